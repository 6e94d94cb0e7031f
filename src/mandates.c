/* mandates.c: who is asked to do what, by when.
 *
 * Every operative paragraph and sub-paragraph gives a mandate for its
 * opening verb; a paragraph holding a second directive ("…, and requests the
 * Secretary-General to …", "…，并请…") gives one more per clause.  For each
 * clause: the addressee (canonical English from the language table, or the
 * body named before "to"), the action (report, agenda_inclusion, meeting,
 * other: the first phrase of the table's list found), the session it is due
 * at ("at its eighty-first session", "第八十一届会议") and a date not taken
 * by a reference ("on 24 April 2026").  Preambular paragraphs mandate nothing. */
#include "filter.h"
#include <strings.h>
#include <pthread.h>

typedef VEC(unres_mandate) mvec;

static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool upc(char c) { return c >= 'A' && c <= 'Z'; }

/* bytes to the next character; from a continuation byte, the next byte */
static size_t cplen(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* memcmp(a, b, l) == 0 for the few bytes of a join, without a call */
static inline bool same(const char *a, const char *b, size_t l) {
    size_t k = 0;
    while (k < l && a[k] == b[k]) k++;
    return k == l;
}

static bool word_start(const char *s, size_t i) {
    if (!i) return true;
    size_t l = utf8_prev(s, i);
    uint32_t c = 0;
    utf8_decode(s + i - l, l, &c);
    return cp_is_space(c) || (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z') && !dig((char)c)) ||
           cp_is_cjk(c) || c == 0x060C;
}

/* ---- phrase keys ---------------------------------------------------------- */

/* Four bytes of s from i, zero past n (a zero byte matches no key byte). */
static inline uint32_t load4(const char *s, size_t n, size_t i) {
    unsigned char b[4] = {0};
    if (i + 4 <= n) memcpy(b, s + i, 4);
    else
        for (size_t k = 0; i + k < n; k++) b[k] = (unsigned char)s[i + k];
    uint32_t w;
    memcpy(&w, b, 4);
    return w;
}

/* A phrase's first ASCII bytes as one compare: up to four before a space,
 * and as many after the run of white space it stands for. */
typedef struct {
    uint32_t k1, m1, k2, m2; /* bytes | 0x20 (case), and which count */
    uint8_t l1;              /* bytes in k1 */
    bool sp;                 /* a space follows them */
} pkey;

/* Up to four ASCII bytes of ph that are not spaces, as a key; their count. */
static size_t key_part(const char *ph, uint32_t *k, uint32_t *m) {
    unsigned char kb[4] = {0}, mb[4] = {0};
    size_t l = 0;
    while (l < 4 && ph[l] && (unsigned char)ph[l] < 0x80 && ph[l] != ' ') {
        kb[l] = (unsigned char)(ph[l] | 0x20);
        mb[l++] = 0xFF;
    }
    memcpy(k, kb, 4);
    memcpy(m, mb, 4);
    return l;
}

static void pkey_make(pkey *K, const char *ph) {
    K->l1 = (uint8_t)key_part(ph, &K->k1, &K->m1);
    K->sp = K->l1 < 4 && ph[K->l1] == ' ';
    K->k2 = K->m2 = 0;
    if (K->sp) key_part(ph + K->l1 + 1, &K->k2, &K->m2);
}

/* Can text bytes w hold key k (bytes m)?  ASCII letters compare alike with
 * 0x20 set; a non-ASCII byte of the text may match anything. */
static inline bool key_may(uint32_t w, uint32_t k, uint32_t m) {
    return (w & m & 0x80808080u) || ((w | 0x20202020u) & m) == k;
}

/* The rest of pkey_may, from the white space at s+j on. */
static bool pkey_after_space(const pkey *K, const char *s, size_t n, size_t j) {
    while (j < n && pf_space((unsigned char)s[j])) j++;
    if (j < n && (unsigned char)s[j] >= 0x80) return true;
    return key_may(load4(s, n, j), K->k2, K->m2);
}

/* False only where pf_may_match(s + i, n - i, ph) is, for K of ph. */
static inline __attribute__((always_inline)) bool pkey_may(const pkey *K, const char *s, size_t n, size_t i) {
    if (!key_may(load4(s, n, i), K->k1, K->m1)) return false;
    if (!K->sp) return true;
    size_t j = i + K->l1;
    if (j >= n) return false;
    unsigned char c = (unsigned char)s[j];
    return c >= 0x80 || (pf_space(c) && pkey_after_space(K, s, n, j));
}

/* A set of phrases as their first keys (k1 of pkey), hashed by length and
 * key: where none can match, one look a length tells. */
typedef struct {
    uint8_t bloom[512];
    uint8_t lens; /* the key lengths present, as bits 1 to 4 */
    bool wide;    /* a phrase has no key (opens with a space or non-ASCII) */
} kset;

static unsigned kset_hash(uint32_t k, unsigned l) { return ((k ^ l) * 0x9E3779B1u) >> 20; }

static void kset_add(kset *S, const pkey *K) {
    if (!K->l1) {
        S->wide = true;
        return;
    }
    unsigned h = kset_hash(K->k1, K->l1);
    S->bloom[h >> 3] |= (uint8_t)(1u << (h & 7));
    S->lens |= (uint8_t)(1u << K->l1);
}

/* False only where no phrase of S has pkey_may at s+i. */
static bool kset_may(const kset *S, const char *s, size_t n, size_t i) {
    if (S->wide) return true;
    static const unsigned char mb[8] = {0xFF, 0xFF, 0xFF, 0xFF};
    uint32_t w = load4(s, n, i);
    for (unsigned lens = S->lens; lens; lens &= lens - 1) {
        unsigned l = (unsigned)__builtin_ctz(lens);
        uint32_t m;
        memcpy(&m, mb + 4 - l, 4); /* the first l bytes */
        if (w & m & 0x80808080u) return true;
        unsigned h = kset_hash((w | 0x20202020u) & m, l);
        if (S->bloom[h >> 3] >> (h & 7) & 1) return true;
    }
    return false;
}

/* ---- per-table indexes, built on first use ------------------------------ */

enum { ACT_MAX = 64, JOIN_MAX = 16, OPEN_MAX = 2048, ADDR_MAX = 64, WLIST_MAX = 64 };

/* A word list by first byte, each byte's entries in the list's order: a
 * lookup compares only the entries that can match. */
typedef struct {
    const char *const *list;
    bool all;                   /* too long to index: every entry is tried */
    uint8_t start[257];
    uint8_t idx[WLIST_MAX];
} wlist;

static void wlist_build(wlist *L, const char *const *list) {
    size_t n = 0, count[256] = {0};
    L->list = list;
    for (const char *const *e = list; e && *e; e++, n++) count[(unsigned char)(*e)[0]]++;
    L->all = n > WLIST_MAX;
    if (L->all) return;
    L->start[0] = 0;
    for (int c = 0; c < 256; c++) L->start[c + 1] = (uint8_t)(L->start[c] + count[c]);
    uint8_t fill[256];
    memcpy(fill, L->start, sizeof fill);
    for (size_t k = 0; k < n; k++) L->idx[fill[(unsigned char)list[k][0]]++] = (uint8_t)k;
}
enum { C_ACT = 1, C_SESS = 2, C_DIG = 4, C_MV = 8 };
typedef struct {
    const unres_lang_table *t;  /* NULL: not indexed, read without */
    size_t join_len[JOIN_MAX];
    /* the joins searched for: those holding no other; every join holds one,
     * at most back[] bytes after its start */
    size_t n_anchor;
    uint8_t anchor[JOIN_MAX];
    size_t back[JOIN_MAX];
    /* where verb_at can find an operative verb (only those split a clause) */
    pfilter ops;                /* … at a non-ASCII character */
    bool op_loose[128];         /* … at an ASCII byte, without the buckets below */
    uint16_t ob[129];           /* by folded ASCII first byte: obi[ob[c]..ob[c+1]) */
    uint16_t obi[OPEN_MAX];
    pkey okey[OPEN_MAX];        /* their keys, as obi */
    kset okeys;                 /* … all of them */
    kset mkeys;                 /* the keys of the openings that mandate … */
    bool mk_ok;                 /* … each opening with an ASCII byte (C_MV) */
    pfilter numwords;           /* where an ordinal can start */
    kset numkeys;               /* their keys */
    uint16_t join_by[256];      /* the joins a byte starts, as bits */
    size_t n_addr;              /* addressees, if no more than ADDR_MAX */
    pkey addr_key[ADDR_MAX];
    uint64_t addr_by[256];      /* the addressees a byte can start, as bits */
    size_t n_act;               /* actions, or ACT_MAX + 1 if too many to index */
    lead act[ACT_MAX];          /* each action phrase's first code point */
    pkey act_key[ACT_MAX];
    size_t act_len[ACT_MAX];
    uint64_t act_by[128];       /* the actions an ASCII byte can start, as bits */
    uint64_t act_wide;          /* the actions opening with a non-ASCII byte */
    pfilter acts;               /* all of them */
    pfilter sess;               /* where a session word can start */
    bool sess1[256];            /* first bytes session_here looks further at */
    uint8_t at[1 << 16];        /* C_ bits of what may start at a pair of bytes (pair_key) */
    wlist links, subjects;      /* clause_links, clause_subjects */
    bool pron1[256];            /* … of the pronouns after a verb */
    bool clitic1[256];          /* … of those before it */
} mindex;

/* Two bytes as one index of mindex.at, read as the scan reads them. */
static inline uint16_t pair_key(const char *s) {
    uint16_t k;
    memcpy(&k, s, 2);
    return k;
}

static bool pf_pair(const pfilter *F, unsigned c, unsigned d) {
    return F->any || (d < 128 ? F->two[c][d >> 3] >> (d & 7) & 1 : F->ascii[c]);
}

/* Can an ASCII byte a open the phrase with lead L (pf_lead_ok, folded)? */
static bool lead_ascii(const lead *L, unsigned a) {
    return L->any || a == L->b || pf_lower((unsigned char)a) == L->fb || (a == '\'' && L->b == 0x2019);
}

/* Where join o first occurs inside join k, or -1. */
static long join_in(const mindex *x, size_t o, size_t k) {
    const char *a = x->t->clause_joins[o], *b = x->t->clause_joins[k];
    const char *f = x->join_len[o] ? memmem(b, x->join_len[k], a, x->join_len[o]) : NULL;
    return f ? (long)(f - b) : -1;
}

static void mindex_joins(mindex *x, size_t nj) {
    /* an anchor holds no other join (of two alike, the first is one) */
    for (size_t k = 0; k < nj; k++) {
        bool anchor = x->join_len[k] > 0;
        for (size_t o = 0; o < nj && anchor; o++)
            if (o != k && join_in(x, o, k) >= 0 && (x->join_len[o] < x->join_len[k] || o < k)) anchor = false;
        if (!anchor) continue;
        x->anchor[x->n_anchor++] = (uint8_t)k;
    }
    /* each join to the anchor it holds nearest its start */
    for (size_t k = 0; k < nj; k++) {
        size_t near = 0;
        long d = -1;
        for (size_t a = 0; a < x->n_anchor; a++) {
            long e = join_in(x, x->anchor[a], k);
            if (e >= 0 && (d < 0 || e < d)) d = e, near = a;
        }
        if (d > 0 && (size_t)d > x->back[near]) x->back[near] = (size_t)d;
    }
}

/* What a verb (a canonical key) asks: see mandating() below. */
enum { M_NONE, M_ASKS, M_SELF };
static int mandating(const char *verb);

static void mindex_build(mindex *x, const unres_lang_table *t) {
    x->t = t;
    size_t nj = 0;
    for (const char *const *j = t->clause_joins; j && *j; j++, nj++) {
        if (nj == JOIN_MAX) {
            x->t = NULL; /* not indexed: read without */
            return;
        }
        x->join_len[nj] = strlen(*j);
        x->join_by[(unsigned char)(*j)[0]] |= (uint16_t)(1u << nj);
    }
    mindex_joins(x, nj);
    wlist_build(&x->links, t->clause_links);
    wlist_build(&x->subjects, t->clause_subjects);
    for (const char *const *w = t->addressee_pronouns; w && *w; w++) {
        size_t l = strlen(*w);
        bool cl = (*w)[l - 1] == ' ' || (*w)[l - 1] == '\'' || (l >= 3 && !memcmp(*w + l - 3, "\xE2\x80\x99", 3));
        (cl ? x->clitic1 : x->pron1)[(unsigned char)(*w)[0]] = true;
    }
    /* a session word's first letter in either case ("Сессия" at a sentence's
     * start): its first two bytes, where it is not ASCII */
    unsigned char sp[32][2];
    size_t nsp = 0;
    for (const char *const *w = t->session_words; w && *w; w++) {
        unsigned char b = (unsigned char)(*w)[0];
        uint32_t f;
        if (b < 0x80 || !utf8_decode(*w, strlen(*w), &f)) {
            for (unsigned a = 0; a < 0x80; a++)
                if ((a | 32) == (unsigned)(b | 32)) x->sess1[a] = true;
        } else
            for (uint32_t c = f > 0x180 ? f - 0x100 : 0x80; c < f + 0x100; c++) {
                char e[4];
                if (cp_fold(c) != cp_fold(f) || utf8_encode(c, e) < 2 || nsp == 32) continue;
                x->sess1[(unsigned char)e[0]] = true;
                sp[nsp][0] = (unsigned char)e[0], sp[nsp++][1] = (unsigned char)e[1];
            }
        pf_add(&x->sess, *w);
    }
    for (size_t w = 0; w < t->n_numwords; w++) {
        pkey K;
        pkey_make(&K, t->numwords[w].word);
        kset_add(&x->numkeys, &K);
        pf_add(&x->numwords, t->numwords[w].word);
    }
    /* the operative openings, those with an ASCII first byte bucketed (counting sort) */
    size_t no = 0, cnt[129] = {0};
    for (size_t o = 0; o < t->n_openings; o++) {
        const char *ph = t->openings[o].phrase;
        unsigned char b = (unsigned char)ph[0];
        if (!t->openings[o].op_key) continue;
        pf_add(&x->ops, ph);
        if (b < 0x80 && b != ' ' && no < OPEN_MAX) {
            no++;
            cnt[pf_lower(b) + 1]++;
            continue;
        }
        lead L = pf_lead(ph);
        /* most such phrases open with a letter no ASCII byte folds to */
        if (no < OPEN_MAX && !L.any && L.b >= 0x80 && L.fb >= 0x80 && L.b != 0x2019) continue;
        for (unsigned a = 0; a < 128; a++)
            if (no == OPEN_MAX || lead_ascii(&L, a)) x->op_loose[a] = true;
    }
    for (unsigned c = 0; c < 128; c++) x->ob[c + 1] = (uint16_t)(x->ob[c] + cnt[c + 1]);
    uint16_t fill[128];
    memcpy(fill, x->ob, sizeof fill);
    for (size_t o = 0; o < t->n_openings; o++) {
        const char *ph = t->openings[o].phrase;
        unsigned char b = pf_lower((unsigned char)ph[0]);
        if (!t->openings[o].op_key || ph[0] == ' ' || b >= 0x80 || fill[b] == x->ob[b + 1]) continue;
        pkey_make(&x->okey[fill[b]], ph);
        kset_add(&x->okeys, &x->okey[fill[b]]);
        x->obi[fill[b]++] = (uint16_t)o;
    }
    for (const unres_canon *c = t->addressees; c && c->phrase; c++, x->n_addr++) {
        if (x->n_addr >= ADDR_MAX) continue;
        pkey_make(&x->addr_key[x->n_addr], c->phrase);
        /* an ASCII letter in either case; any byte a non-ASCII letter's
         * capital or small form may start with */
        unsigned char f = (unsigned char)c->phrase[0];
        for (unsigned a = 0; a < 256; a++)
            if (f >= 0x80 ? a >= 0x80 : pf_lower((unsigned char)a) == pf_lower(f))
                x->addr_by[a] |= (uint64_t)1 << x->n_addr;
    }
    if (x->n_addr > ADDR_MAX) x->n_addr = 0;
    x->n_act = 0;
    for (const unres_canon *c = t->actions; c && c->phrase; c++) {
        if (x->n_act == ACT_MAX) {
            x->n_act = ACT_MAX + 1;
            break;
        }
        lead *L = &x->act[x->n_act];
        *L = pf_lead(c->phrase);
        pkey_make(&x->act_key[x->n_act], c->phrase);
        x->act_len[x->n_act] = strlen(c->phrase);
        unsigned char f = (unsigned char)c->phrase[0];
        /* as clause tries a phrase at a byte: the first byte, then the lead */
        for (unsigned a = 0; a < 128; a++)
            if ((f >= 0x80 || (a | 32) == (f | 32u)) && lead_ascii(L, a)) x->act_by[a] |= (uint64_t)1 << x->n_act;
        if (f >= 0x80) x->act_wide |= (uint64_t)1 << x->n_act;
        pf_add(&x->acts, c->phrase);
        x->n_act++;
    }
    unsigned char k2[2];
    /* where an opening that mandates may stand: its first two bytes (C_MV,
     * either case, any lead byte after a first ASCII one) and its key */
    x->mk_ok = true;
    for (size_t o = 0; o < t->n_openings && x->mk_ok; o++) {
        const unres_opening *op = &t->openings[o];
        if (!op->op_key || mandating(op->op_key) == M_NONE) continue;
        unsigned char a = (unsigned char)op->phrase[0], b = a ? (unsigned char)op->phrase[1] : 0;
        if (a >= 0x80 || a == ' ' || !b) {
            x->mk_ok = false;
            break;
        }
        /* "Also requests" holds "requests", an opening of its own: its
         * key would be "also", a common word */
        bool held = false;
        for (const char *w = strchr(op->phrase, ' '); w && !held; w = strchr(w + 1, ' '))
            for (size_t q = 0; q < t->n_openings && !held; q++)
                held = q != o && t->openings[q].op_key && mandating(t->openings[q].op_key) != M_NONE &&
                       !strcasecmp(w + 1, t->openings[q].phrase);
        if (held) continue;
        pkey K;
        pkey_make(&K, op->phrase);
        kset_add(&x->mkeys, &K);
        unsigned char cs[2] = {pf_lower(a), (unsigned char)(a >= 'a' && a <= 'z' ? a - 32 : a)};
        for (int i = 0; i < 2; i++)
            for (unsigned d = 0; d < 256; d++) {
                bool ok = b >= 0x80 ? d >= 0xC0 : pf_lower((unsigned char)d) == pf_lower(b);
                if (ok) k2[0] = cs[i], k2[1] = (unsigned char)d, x->at[pair_key((const char *)k2)] |= C_MV;
            }
    }
    for (unsigned c = 0; c < 256; c++) {
        bool act = c < 0x80 ? x->act_by[c] != 0 : c >= 0xC0 && x->act_wide;
        if (!act && !x->sess1[c] && !dig((char)c)) continue;
        for (unsigned d = 0; d < 256; d++) {
            k2[0] = (unsigned char)c, k2[1] = (unsigned char)d;
            unsigned v = dig((char)c) ? C_DIG : 0;
            if (c < 0x80) {
                v |= act && pf_pair(&x->acts, c, d) ? C_ACT : 0;
                v |= x->sess1[c] && pf_pair(&x->sess, c, d) ? C_SESS : 0;
            } else {
                v |= act ? C_ACT : 0;
                for (size_t k = 0; k < nsp && !(v & C_SESS); k++)
                    if (sp[k][0] == c && sp[k][1] == d) v |= C_SESS;
            }
            x->at[pair_key((const char *)k2)] |= (uint8_t)v;
        }
    }
}

static mindex mindexes[UNRES_LANG_ES + 1];
static pthread_once_t mindex_once[UNRES_LANG_ES + 1] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
                                                        PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
                                                        PTHREAD_ONCE_INIT};
/* pthread_once takes no argument: one builder a language */
#define MINDEX_BUILDER(L) \
    static void mindex_build_##L(void) { mindex_build(&mindexes[UNRES_LANG_##L], lang_table(UNRES_LANG_##L)); }
MINDEX_BUILDER(AR)
MINDEX_BUILDER(ZH)
MINDEX_BUILDER(EN)
MINDEX_BUILDER(FR)
MINDEX_BUILDER(RU)
MINDEX_BUILDER(ES)
static void (*const mindex_builders[UNRES_LANG_ES + 1])(void) = {
    [UNRES_LANG_AR] = mindex_build_AR, [UNRES_LANG_ZH] = mindex_build_ZH, [UNRES_LANG_EN] = mindex_build_EN,
    [UNRES_LANG_FR] = mindex_build_FR, [UNRES_LANG_RU] = mindex_build_RU, [UNRES_LANG_ES] = mindex_build_ES};

/* The index of a language table, built the first time it is asked for, so
 * a process pays only for the languages it reads. */
static const mindex *mindex_of(const unres_lang_table *t) {
    unres_lang l = t->lang;
    if (l <= UNRES_LANG_UNKNOWN || l > UNRES_LANG_ES || lang_table(l) != t) return NULL;
    pthread_once(&mindex_once[l], mindex_builders[l]);
    return mindexes[l].t ? &mindexes[l] : NULL;
}

/* False only where verb_at can find no operative verb at s+i (i < n). */
static bool verb_may(const mindex *x, const char *s, size_t n, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return pf_at(&x->ops, s, n, i);
    if (x->op_loose[c]) return true;
    if (!kset_may(&x->okeys, s, n, i)) return false;
    c = pf_lower(c);
    for (size_t k = x->ob[c]; k < x->ob[c + 1]; k++)
        if (pkey_may(&x->okey[k], s, n, i) && pf_may_match(s + i, n - i, x->t->openings[x->obi[k]].phrase))
            return true;
    return false;
}

/* False only where no ordinal word can start at s+i. */
static bool number_may(const mindex *x, const char *s, size_t n, size_t i) {
    return pf_at(&x->numwords, s, n, i) && kset_may(&x->numkeys, s, n, i);
}

/* The next byte at or after i where something wanted may start (n: none).
 * s[n] is readable: clauses lie inside their paragraph's text. */
static inline size_t seek(const mindex *x, const char *s, size_t n, size_t i, unsigned want) {
    const uint8_t *at = x->at;
    for (; i + 4 <= n; i += 4) {
        if (at[pair_key(s + i)] & want) return i;
        if (at[pair_key(s + i + 1)] & want) return i + 1;
        if (at[pair_key(s + i + 2)] & want) return i + 2;
        if (at[pair_key(s + i + 3)] & want) return i + 3;
    }
    while (i < n && !(at[pair_key(s + i)] & want)) i++;
    return i;
}

/* The first place at or after i where anchor a of the joins is (n: none);
 * s is a paragraph's text, which ends at n with its NUL. */
static size_t anchor_find(const mindex *x, size_t a, const char *s, size_t n, size_t i) {
    /* memchr for its first byte that is not a space, then a compare: a
     * search reads no further than what it finds (strstr measures the rest
     * of the text first under a sanitizer, and ", " is frequent) */
    const char *w = x->t->clause_joins[x->anchor[a]];
    size_t l = x->join_len[x->anchor[a]], o = 0;
    while (o + 1 < l && w[o] == ' ') o++;
    size_t j = i + o;
#if defined(__SSE2__)
    /* its first two bytes, sixteen places at a time: "an" of " and " is
     * rarer than 'a' alone (s[n] is readable: the loads stay within) */
    if (o + 1 < l) {
        const __m128i c0 = _mm_set1_epi8(w[o]), c1 = _mm_set1_epi8(w[o + 1]);
        for (; j + 16 <= n; j += 16) {
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + j)), c0),
                              _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + j + 1)), c1)));
            for (; m; m &= m - 1) {
                size_t q = j + (size_t)__builtin_ctz(m);
                if (q - o + l <= n && same(s + q - o, w, l)) return q - o;
            }
        }
    }
#endif
    for (; j < n; j++) {
        const char *f = memchr(s + j, w[o], n - j);
        if (!f) break;
        j = (size_t)(f - s);
        if (j - o + l <= n && same(s + j - o, w, l)) return j - o;
    }
    return n;
}

/* A character at or after i before which no join starts (n: none): each
 * anchor is searched for again only once passed. */
static size_t next_join(const mindex *x, const char *s, size_t n, size_t i, size_t at[JOIN_MAX]) {
    size_t best = n;
    for (size_t a = 0; a < x->n_anchor; a++) {
        if (at[a] < i) at[a] = anchor_find(x, a, s, n, i);
        size_t c = at[a] >= n ? n : at[a] < i + x->back[a] ? i : at[a] - x->back[a];
        if (c < best) best = c;
    }
    while (best < n && ((unsigned char)s[best] & 0xC0) == 0x80) best++;
    return best;
}

/* An operative opening at s (lower-case as clauses write it); its key. */
static const char *verb_at(const unres_lang_table *t, const char *s, size_t n, size_t *m) {
    const unres_opening *o = lang_match_opening(t, s, n, m);
    return o && o->op_key ? o->op_key : NULL;
}

/* ---- addressees ----------------------------------------------------------- */

/* A document's reading: its index, where the mandates go, the last verb
 * asked about (clauses of a paragraph mostly share theirs), and what a
 * pronoun ("them", "both organizations") may stand for: the addressee of the
 * paragraph's last clause, the first body the paragraph names (searched up
 * to body_at, once), the first body of the title. */
/* Source offsets of a paragraph's text.  Its characters other than white
 * space are, in order, bytes of the source lines it was joined from (a
 * footnote call cut from the text is passed over), so one forward walk that
 * matches them one by one maps offsets of the text, in increasing order, to
 * the source.  Lost where the text was put together out of order. */
typedef struct {
    const char *src, *txt;
    size_t si, se, ti, end; /* end: after the last byte matched */
    bool lost;
} align;

static void align_to(align *A, size_t off) {
    const char *src = A->src, *txt = A->txt;
    size_t si = A->si, ti = A->ti, se = A->se, end = A->end;
    while (ti < off) {
#if defined(__SSE2__)
        /* most of a line is the same bytes in both */
        if (ti + 16 <= off && si + 16 <= se) {
            __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(txt + ti));
            __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(src + si));
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(a, b)) == 0xFFFF) {
                ti += 16, si += 16, end = si;
                continue;
            }
        }
#endif
        char c = txt[ti++];
        if (c == ' ') continue;
        while (si < se && src[si] != c) si++;
        if (si == se) {
            A->lost = true;
            break;
        }
        end = ++si;
    }
    A->si = si, A->ti = ti, A->end = end;
}

typedef struct {
    parser *p;
    const mindex *x;
    align al;              /* the paragraph's text to the source */
    mvec out;
    const char *verb;
    int verb_mandates;     /* M_ of verb */
    const char *para;      /* the paragraph's text */
    const char *last;      /* the addressee of its last mandating clause */
    const char *body;      /* the first body it names, where found */
    size_t body_at;        /* how far it was searched */
    const char *title_body;
    bool title_read;
} mscan;

/* Does no word go on at s+j (white space, punctuation, the end)?  A hyphen
 * or an apostrophe inside a word does not end it ("Secretary-General",
 * "Children’s"). */
static bool word_edge(const char *s, size_t n, size_t j) {
    if (j >= n) return true;
    unsigned char c = (unsigned char)s[j];
    if (c < 0x80) return !((c | 32) >= 'a' && (c | 32) <= 'z') && !dig((char)c) && c != '-' && c != '\'';
    uint32_t cp = 0;
    utf8_decode(s + j, n - j, &cp);
    return cp_is_space(cp) || cp == 0x060C || cp == 0x061B || (cp >= 0x2000 && cp <= 0x206F && cp != 0x2019) ||
           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF20);
}

static size_t word_end(const char *s, size_t n, size_t j) {
    while (j < n && !word_edge(s, n, j)) j += cplen((unsigned char)s[j]);
    return j;
}

/* The code point at s+j, 0 past the end. */
static uint32_t cp_at(const char *s, size_t n, size_t j) {
    uint32_t cp = 0;
    if (j < n) utf8_decode(s + j, n - j, &cp);
    return cp;
}

/* An upper-case letter at s+j ("États", "Комитет") */
static bool upper_at(const char *s, size_t n, size_t j) {
    uint32_t c = cp_at(s, n, j);
    return c < 0x80 ? upc((char)c) : cp_fold(c) != c;
}

/* A letter that is not upper case at s+j (Arabic letters have no case) */
static bool lower_at(const char *s, size_t n, size_t j) {
    uint32_t c = cp_at(s, n, j);
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return c >= 0xC0 && c < 0x2000 && c != 0x060C && c != 0x061B && cp_fold(c) == c;
}

/* Is the character before s+e (the last of a list entry) one after which a
 * word may go on: a space, an elision ("l'", "d’"), a Han character? */
static bool entry_open(const char *s, size_t e) {
    uint32_t c = 0;
    size_t l = utf8_prev(s, e);
    utf8_decode(s + e - l, l, &c);
    return c == ' ' || c == '\'' || c == 0x2019 || cp_is_cjk(c);
}

/* Entry w written at s+j (j < n) as whole words: its bytes, or 0. */
static inline size_t entry_at(const char *w, const char *s, size_t n, size_t j) {
    if (w[0] != s[j]) return 0;
    /* compared as far as they agree: most entries part early */
    size_t l = 1;
    while (w[l] && j + l < n && w[l] == s[j + l]) l++;
    return !w[l] && (entry_open(w, l) || word_edge(s, n, j + l)) ? l : 0;
}

/* The first entry of list written at s+j; its bytes, or 0 */
static size_t list_at(const char *const *list, const char *s, size_t n, size_t j) {
    if (j >= n) return 0;
    for (const char *const *e = list; e && *e; e++) {
        size_t l = entry_at(*e, s, n, j);
        if (l) return l;
    }
    return 0;
}

/* list_at over an indexed list */
static inline size_t wlist_at(const wlist *L, const char *s, size_t n, size_t j) {
    if (L->all || j >= n) return list_at(L->list, s, n, j);
    unsigned c = (unsigned char)s[j];
    if (L->start[c] == L->start[c + 1]) return 0;
    for (size_t k = L->start[c]; k < L->start[c + 1]; k++) {
        size_t l = entry_at(L->list[L->idx[k]], s, n, j);
        if (l) return l;
    }
    return 0;
}

static size_t skip_sp(const char *s, size_t n, size_t j) {
    while (j < n && s[j] == ' ') j++;
    return j;
}

/* A verb at s+j, as an infinitive marker wants one after it ("to continue",
 * "de présenter", "a que"): a word in lower case that is no determiner
 * ("to the", "to its"). */
static bool verb_follows(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    j = skip_sp(s, n, j);
    return lower_at(s, n, j) && !list_at(t->determiners, s, n, j);
}

/* Is the word at s+j a verb by its ending ("-ть" entries)? */
static bool verb_word(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    size_t we = word_end(s, n, j);
    for (const char *const *e = t->addressee_ends; e && *e; e++) {
        size_t l = (*e)[0] == '-' ? strlen(*e + 1) : 0;
        if (l && we - j > l && !memcmp(s + we - l, *e + 1, l)) return true;
    }
    return false;
}

/* Does the addressee's name end before the word at s+j?  An entry of
 * addressee_ends ("to", "à") before a verb, or, for an entry "-ть", a word
 * with that ending (a Russian infinitive, the verb itself). */
static bool name_ends_at(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    if (verb_word(t, s, n, j)) return true;
    for (const char *const *e = t->addressee_ends; e && *e; e++) {
        if ((*e)[0] == s[j] && (*e)[0] != '-') {
            size_t l = strlen(*e);
            if (l <= n - j && !memcmp(s + j, *e, l) && (entry_open(*e, l) || word_edge(s, n, j + l)) &&
                verb_follows(t, s, n, j + l))
                return true;
        }
    }
    return false;
}

/* Is a verb asked for later in the clause ("Urges Governments, in
 * cooperation with youth, to develop")?  Read up to 600 bytes or a ';'. */
static bool verb_later(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    size_t e = n - j > 600 ? j + 600 : n;
    while (j < e && s[j] != ';') {
        if (!word_edge(s, n, j) && (name_ends_at(t, s, e, j) || list_at(t->that_words, s, e, j))) return true;
        j = word_edge(s, n, j) ? j + cplen((unsigned char)s[j]) : word_end(s, e, j);
    }
    return false;
}

/* The canonical addressee of the table written at s+i, or NULL; *len gets
 * its bytes.  It is a whole word or its plural ("the secretariats"), and,
 * where names are capitalized, not the start of a longer name ("the United
 * Nations Development Programme"). */
static const char *table_at(const mscan *S, const char *s, size_t n, size_t i, size_t *len) {
    const unres_lang_table *t = S->p->lt;
    const mindex *x = S->x;
    size_t best = 0, k = 0;
    const char *canon = NULL;
    uint64_t by = x && x->n_addr ? x->addr_by[(unsigned char)s[i]] : ~(uint64_t)0;
    for (const unres_canon *c = t->addressees; by && c && c->phrase; c++, k++) {
        if (!(by >> k & 1) || (x && x->n_addr && !pkey_may(&x->addr_key[k], s, n, i)) ||
            !pf_may_match(s + i, n - i, c->phrase))
            continue;
        size_t m = utf8_prefix_fold(s + i, n - i, c->phrase);
        if (m > best) best = m, canon = c->canonical;
    }
    if (!canon) return NULL;
    size_t e = i + best;
    if (!entry_open(s, e)) {
        if (e < n && s[e] == 's' && word_edge(s, n, e + 1)) e++;
        if (!word_edge(s, n, e)) return NULL;
    }
    if (t->names_capitalized && upper_at(s, n, skip_sp(s, n, e)) && skip_sp(s, n, e) > e) return NULL;
    *len = e - i;
    return canon;
}

/* A name read in a clause: s[a..b); sing: the first of "Governments of A and
 * B", its head word (ending at head) in the singular. */
typedef struct {
    size_t a, b, head;
    bool sing, cap;
} np;

enum { NP_TO, NP_THAT, NP_SCAN };
enum { END_NONE, END_INF, END_THAT, END_COMMA, END_AND, END_WORD };

/* From s+j on, past the links of a name and its articles ("of the"). */
static size_t past_links(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    for (size_t l;;) {
        j = skip_sp(s, n, j);
        if (!(l = list_at(t->name_links, s, n, j)) && !(l = list_at(t->determiners, s, n, j))) return j;
        j += l;
    }
}

/* The capitalized words from s+j on; their end. */
static size_t cap_run(const char *s, size_t n, size_t j) {
    size_t e = j;
    for (j = skip_sp(s, n, j); j < n && upper_at(s, n, j); j = skip_sp(s, n, e)) e = word_end(s, n, j);
    return e;
}

/* After "and" inside a name's complement: a second body, named by several
 * words or with its own complement ("… Cooperation and the United Nations
 * Educational, …", "… of Outer Space and the Office for Outer Space
 * Affairs"), not a part of the first ("for Latin America and the
 * Caribbean", "of Economic and Social Affairs"). */
static bool second_body(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    size_t d = skip_sp(s, n, j), l = list_at(t->determiners, s, n, d);
    if (!l) return false;
    size_t w = skip_sp(s, n, d + l), e = cap_run(s, n, w), k = skip_sp(s, n, e);
    if (e <= w) return false;
    if (e > word_end(s, n, w)) return true;
    return k > e && list_at(t->name_links, s, n, k) && !list_at(t->ref_letter_joins, s, n, k) &&
           !list_at(t->determiners, s, n, k) && upper_at(s, n, past_links(t, s, n, k));
}

/* Lower-case words from s+j on that end in a noun, before the end of an
 * addressee: "entities,", "thereto to", "humanitarian and development
 * organizations to" (adjectives sharing the noun).  Their end, the kind of
 * end after them in *end; j where there are none. */
static size_t noun_words(const unres_lang_table *t, const char *s, size_t n, size_t j, int *end) {
    size_t e = j, w = 0, l;
    for (;; w++) {
        size_t c = skip_sp(s, n, e);
        if (w && s[e - 1] != 's' && (l = list_at(t->ref_letter_joins, s, n, c))) c = skip_sp(s, n, c + l);
        if (w == 4 || !lower_at(s, n, c) || name_ends_at(t, s, n, c) || list_at(t->name_links, s, n, c) ||
            list_at(t->that_words, s, n, c) || list_at(t->ref_letter_joins, s, n, c) ||
            list_at(t->determiners, s, n, c) || list_at(t->addressee_stops, s, n, c))
            break;
        e = word_end(s, n, c);
    }
    size_t k = skip_sp(s, n, e);
    if (!w) return j;
    if (name_ends_at(t, s, n, k)) {
        *end = END_INF;
        return e;
    }
    if (s[e - 1] == 's' && k < n && (s[k] == ',' || list_at(t->ref_letter_joins, s, n, k))) {
        *end = s[k] == ',' ? END_COMMA : END_AND;
        return e;
    }
    return j;
}

/* After "and": names or adjectives sharing the noun that follows them
 * ("Olympic and Paralympic movements", "humanitarian and development
 * actors"), before the end of the addressee.  Where so, the end of the
 * whole in *last and the kind of end after it. */
static bool shared_noun(const unres_lang_table *t, const char *s, size_t n, size_t j, size_t *last, int *end) {
    size_t e = cap_run(s, n, j), f = noun_words(t, s, n, e, end);
    if (f == e || s[f - 1] != 's') return false;
    *last = f;
    return true;
}

/* "leaders and members of the armed groups": after a plural noun in lower
 * case and a conjunction, another plural noun that a link ("of") follows
 * shares that complement: one addressee, not two. */
static bool shared_complement(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    j = skip_sp(s, n, j);
    if (!lower_at(s, n, j)) return false;
    size_t e = word_end(s, n, j);
    if (e - j < 3 || s[e - 1] != 's') return false;
    size_t k = skip_sp(s, n, e);
    return k > e && list_at(t->name_links, s, n, k) && !list_at(t->ref_letter_joins, s, n, k) &&
           !list_at(t->determiners, s, n, k);
}

/* What a clause says of its addressee: nobody is named ("Invites increased
 * cooperation", "Encourages efforts"), it could not be read, it is named. */
enum { R_NOBODY, R_UNSURE, R_NAMED };

/* The addressee's name from s+i (determiners passed): a body whose name is
 * capitalized (words of it and the links between them), or, in lower case,
 * a few words in the plural ending where the verb asked for begins
 * ("parties concerned to", "heads of such entities that").  R_NOBODY for
 * "increased cooperation among …", "efforts aimed at …".  mode: NP_THAT
 * reads the subject of a clause ("that all parties concerned desist"),
 * NP_SCAN only capitalized names, wherever they end. */
static int np_read(const unres_lang_table *t, const char *s, size_t n, size_t i, int mode, np *r) {
    if (i >= n) return R_UNSURE;
    /* "Encourages efforts", "يشجع على مواصلة", "рекомендует продолжать":
     * what is done, nobody who does it */
    if (list_at(t->addressee_stops, s, n, i) || name_ends_at(t, s, n, i) || verb_word(t, s, n, i)) return R_NOBODY;
    bool cap = upper_at(s, n, i);
    if (!cap && (mode == NP_SCAN || !lower_at(s, n, i))) return R_UNSURE;
    bool capn = cap && t->names_capitalized, in_pp = false, plural = false, in_noun = false, noun_pl = false;
    bool latin = t->lang == UNRES_LANG_EN || t->lang == UNRES_LANG_FR || t->lang == UNRES_LANG_ES;
    size_t j = i, last = i, words = 0, l;
    int end = END_NONE;
    *r = (np){.a = i, .cap = cap};
    /* names run long; a phrase in lower case is a few words, more where
     * letters have no case */
    size_t most = cap ? 16 : latin ? 6 : 12;
    while ((j = skip_sp(s, n, j)) < n) {
        if (s[j] == ',' || cp_at(s, n, j) == 0x060C) {
            end = END_COMMA;
            break;
        }
        /* "(TPVM)", "(1990)": part of a name */
        const char *q = s[j] == '(' && cap && words ? memchr(s + j, ')', n - j < 48 ? n - j : 48) : NULL;
        if (q) {
            j = last = (size_t)(q - s) + 1;
            continue;
        }
        if (word_edge(s, n, j)) break;
        size_t we = word_end(s, n, j);
        if (words && name_ends_at(t, s, n, j)) {
            end = END_INF;
            break;
        }
        if (words && list_at(t->that_words, s, n, j)) {
            end = END_THAT;
            break;
        }
        bool conj = words && (l = list_at(t->ref_letter_joins, s, n, j));
        if (conj && !in_pp && s[last - 1] != 's' && shared_noun(t, s, n, j + l, &last, &end)) break;
        if (conj && !in_pp && !cap && latin && s[last - 1] == 's' && shared_complement(t, s, n, j + l)) {
            j += l;
            continue;
        }
        if (conj && (!in_pp || !cap || (plural && capn) || second_body(t, s, n, j + l))) {
            r->sing = in_pp && plural && capn;
            end = END_AND;
            break;
        }
        /* "further efforts by …" names nobody; after people in the plural
         * a complement is theirs ("parties in the region to") */
        if (words && !capn && (l = list_at(t->addressee_stops, s, n, j))) {
            if (!cap && latin && noun_pl) {
                in_pp = true;
                j += l;
                continue;
            }
            if (!cap) return latin ? R_NOBODY : R_UNSURE;
            end = END_WORD;
            break;
        }
        if (words && (l = conj ? list_at(t->ref_letter_joins, s, n, j) : list_at(t->name_links, s, n, j))) {
            bool pp = !conj && !list_at(t->determiners, s, n, j);
            in_pp |= pp;
            in_noun = pp;
            if (!capn) {
                j += l; /* "l'homme": the word after an elision */
                continue;
            }
            size_t k = past_links(t, s, n, j);
            if (!(upper_at(s, n, k) || dig(s[k]))) {
                end = END_WORD;
                break;
            }
            j = k;
            continue;
        }
        if (capn && !upper_at(s, n, j) && !dig(s[j])) {
            end = END_WORD;
            size_t e = noun_words(t, s, n, j, &end);
            if (e > j) last = e;
            break;
        }
        /* the subject of a clause in lower case: plurals, their complements
         * and participles ("parties concerned", "heads of such entities"),
         * up to its verb */
        if (mode == NP_THAT && !cap && !in_noun && s[we - 1] != 's' &&
            (!words || we - j < 3 || memcmp(s + we - 2, "ed", 2))) {
            if (!words && latin) return R_NOBODY; /* "that the report be issued" */
            end = END_WORD;
            break;
        }
        in_noun = in_pp && s[we - 1] != 's';
        if (words == most) {
            if (!capn) return R_UNSURE;
            break;
        }
        if (!words) r->head = we, plural = we - j > 3 && s[we - 1] == 's' && s[we - 2] != 's';
        /* the noun, not a participle after it ("parties concerned") */
        if (!in_pp && (!words || we - j < 3 || memcmp(s + we - 2, "ed", 2)))
            noun_pl = s[we - 1] == 's' || s[we - 1] == 'x';
        words++;
        last = j = we;
    }
    if (!words) return R_UNSURE;
    r->b = last;
    if (capn) return R_NAMED;
    /* in lower case, people or bodies in the plural ("donors", "parties
     * concerned"), not what is done ("increased cooperation", "scaling up
     * of …"); singular collectives are in the table */
    if (!cap && latin && !noun_pl) return R_NOBODY;
    bool ok;
    switch (end) {
    case END_INF: ok = true; break;
    case END_WORD: ok = mode == NP_THAT; break;
    case END_COMMA:
    case END_AND:
    case END_THAT: ok = mode == NP_THAT ? cap : verb_later(t, s, n, j); break;
    default: ok = false;
    }
    return ok ? R_NAMED : R_UNSURE;
}

/* The name as the addressee: its head in the singular where it names the
 * first of several, a qualifier at its end left off. */
static const char *np_text(parser *p, const char *s, const np *r) {
    size_t b = r->b;
    for (const char *const *q = p->lt->addressee_qualifiers; q && *q; q++) {
        size_t l = strlen(*q);
        if (b - r->a > l && !memcmp(s + b - l, *q, l)) {
            b -= l;
            break;
        }
    }
    if (!r->sing || r->head > b) return arena_strndup(p->arena, s + r->a, b - r->a);
    char *o = arena_strndup(p->arena, s + r->a, b - r->a);
    memmove(o + (r->head - 1 - r->a), o + (r->head - r->a), b - r->head + 1);
    return o;
}

/* A capitalized name at s+k, or NULL.  Where a name goes on in lower case
 * ("l'Organisation des Nations Unies"), only one that ends with its
 * capitals ("l'UNICEF dans"). */
static const char *name_at(const mscan *S, const char *s, size_t n, size_t k) {
    const unres_lang_table *t = S->p->lt;
    np r;
    if (!upper_at(s, n, k)) return NULL;
    if (t->names_capitalized) return np_read(t, s, n, k, NP_SCAN, &r) == R_NAMED ? np_text(S->p, s, &r) : NULL;
    size_t e = cap_run(s, n, k), f = skip_sp(s, n, e);
    if (list_at(t->name_links, s, n, f) || list_at(t->ref_letter_joins, s, n, f)) return NULL;
    return arena_strndup(S->p->arena, s + k, e - k);
}

/* The first body s[from..to) names: a canonical addressee, or a capitalized
 * name after an article ("the Government of …"); *at gets how far it read. */
static const char *first_body(const mscan *S, const char *s, size_t from, size_t to, size_t *at) {
    const unres_lang_table *t = S->p->lt;
    bool cjk = t->lang == UNRES_LANG_ZH;
    size_t j = from, l;
    for (; j < to; j = cjk ? j + cplen((unsigned char)s[j]) : word_end(s, to, j)) {
        if (!cjk) {
            while (j < to && word_edge(s, to, j)) j += cplen((unsigned char)s[j]);
            if (j >= to) break;
        }
        const char *c = table_at(S, s, to, j, &l);
        if (!c && (l = list_at(t->determiners, s, to, j))) c = name_at(S, s, to, skip_sp(s, to, j + l));
        if (c) {
            *at = to;
            return c;
        }
    }
    *at = j;
    return NULL;
}

/* What a pronoun at byte at of the paragraph stands for, or NULL. */
static const char *pronoun_body(mscan *S, size_t at) {
    if (S->last) return S->last;
    if (!S->body && S->body_at < at) S->body = first_body(S, S->para, S->body_at, at, &S->body_at);
    if (S->body) return S->body;
    const char *title = S->p->doc->title;
    if (!S->title_read && title) {
        size_t e;
        S->title_body = first_body(S, title, 0, strlen(title), &e);
        S->title_read = true;
    }
    return S->title_body;
}

/* A pronoun of the table at s+i: one after the verb ("them"), or, where
 * clitic, one before it (entries ending in a space or an apostrophe: "et
 * l'invite à", "y les pide que"). */
static bool pronoun_at(const unres_lang_table *t, const char *s, size_t n, size_t i, bool clitic, size_t *len) {
    for (const char *const *e = t->addressee_pronouns; e && *e; e++) {
        size_t l = strlen(*e);
        char z = (*e)[l - 1];
        if ((z == ' ' || z == '\'' || (l >= 3 && !memcmp(*e + l - 3, "\xE2\x80\x99", 3))) != clitic) continue;
        if (list_at((const char *const[]){*e, NULL}, s, n, i)) {
            *len = l;
            return true;
        }
    }
    return false;
}

/* The addressee of a clause whose verb ends at s+i: after the words that
 * open it ("upon", "once more", "all the", a parenthesis between commas) a
 * pronoun, a canonical one from the table, the subject of a clause opened by
 * "that", else the name as read (np_read).  self: the organ binds itself
 * ("decides"): an addressee only where a "that" clause names one.  clitic:
 * a pronoun stood before the verb.  *state: R_ of what was found (R_NAMED
 * for a pronoun, even one that stands for nobody known). */
static const char *addressee(mscan *S, const char *s, size_t n, size_t i, bool self, bool clitic, int *state) {
    const unres_lang_table *t = S->p->lt;
    bool that = false;
    size_t l;
    *state = R_UNSURE;
    if (clitic && !self) {
        *state = R_NAMED;
        return pronoun_body(S, (size_t)(s - S->para) + i);
    }
    for (int step = 0; step < 8; step++) {
        i = skip_sp(s, n, i);
        if (i >= n) return NULL;
        if (s[i] == ',') {
            size_t k = skip_sp(s, n, i + 1);
            const char *q = list_at(t->that_words, s, n, k) ? s + k - 1 : memchr(s + k, ',', n - k < 400 ? n - k : 400);
            if (!q) return NULL;
            i = (size_t)(q - s) + 1;
            continue;
        }
        if ((!S->x || S->x->pron1[(unsigned char)s[i]]) && pronoun_at(t, s, n, i, false, &l)) {
            if (self && !that) return NULL;
            *state = R_NAMED;
            return pronoun_body(S, (size_t)(s - S->para) + i);
        }
        const char *c = table_at(S, s, n, i, &l);
        if (c) {
            /* "the United Nations development system to": a longer name */
            int end;
            size_t k = skip_sp(s, n, i + l), we = word_end(s, n, k);
            if (that || !t->names_capitalized || k == i + l || we - k <= 2 || !memcmp(s + we - 2, "ed", 2) ||
                noun_words(t, s, n, i + l, &end) == i + l) {
                if (self && !that) return NULL;
                *state = R_NAMED;
                return c;
            }
        }
        if ((l = list_at(t->that_words, s, n, i))) that = true;
        else if (list_at(t->addressee_stops, s, n, i) || !(l = list_at(t->determiners, s, n, i))) break;
        i += l;
    }
    if ((self && !that) || !t->addressee_ends) return NULL;
    np r;
    *state = np_read(t, s, n, i, that ? NP_THAT : NP_TO, &r);
    if (*state != R_NAMED || (self && !r.cap)) return NULL;
    /* "the Committee" after "the Committee on the Peaceful Uses of Outer
     * Space": the body named in full before */
    if (S->last && r.b - r.a < strlen(S->last) && !memcmp(S->last, s + r.a, r.b - r.a) && S->last[r.b - r.a] == ' ')
        return S->last;
    return np_text(S->p, s, &r);
}

/* The first action of the table's list found anywhere in the clause. */
static const char *action_of(const unres_lang_table *t, const char *s, size_t n) {
    for (const unres_canon *c = t->actions; c && c->phrase; c++) {
        unsigned char f = (unsigned char)c->phrase[0];
        for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
            if (f < 0x80 && ((unsigned char)s[i] | 32) != (f | 32)) continue;
            if (utf8_prefix_fold(s + i, n - i, c->phrase)) return c->canonical;
        }
    }
    return "other";
}

/* A session number whose session word starts at s+i ("eighty-first
 * session", "第八十一届会议", "الدورة الحادية والثمانين"), or 0.  Ordinals are
 * read only where a session word is, so a clause is read in linear time. */
static int session_here(const mindex *x, const unres_lang_table *t, const char *s, size_t n, size_t i) {
    size_t wl = 0;
    uint32_t a = 0, fa = 0;
    if ((unsigned char)s[i] >= 0x80 && utf8_decode(s + i, n - i, &a)) fa = cp_fold(a);
    for (const char *const *w = t->session_words; w && *w; w++) {
        unsigned char b = (unsigned char)(*w)[0];
        uint32_t f = 0;
        if (!fa ? ((unsigned char)s[i] | 32) != (b | 32) : !utf8_decode(*w, strlen(*w), &f) || (f != a && cp_fold(f) != fa))
            continue;
        if (!pf_may_match(s + i, n - i, *w)) continue;
        size_t m = utf8_prefix_fold(s + i, n - i, *w);
        if (m > wl) wl = m;
    }
    if (!wl) return 0;
    size_t e;
    if (t->lang == UNRES_LANG_AR) {
        int v = session_at(t, s, n, i, &e);
        return v > 0 && v < 200 ? v : 0;
    }
    /* the ordinal before the word: the earliest start that reads up to it */
    for (size_t j = i > 90 ? i - 90 : 0; j < i; j++) {
        if ((s[j] & 0xC0) == 0x80) continue;
        /* outside Chinese, an ordinal starts with a number word */
        if (x && t->lang != UNRES_LANG_ZH && !number_may(x, s, n, j)) continue;
        if (!(word_start(s, j) || (t->lang == UNRES_LANG_ZH && !memcmp(s + j, "第", 3)))) continue;
        int v = session_at(t, s, n, j, &e);
        if (v > 0 && v < 200 && e == i + wl) return v;
    }
    return 0;
}

/* Does s open with the prefix q?  Its length, or 0. */
static size_t opens(const char *s, const char *q) {
    size_t k = 0;
    while (q[k] && s[k] == q[k]) k++;
    return q[k] ? 0 : k;
}

/* Verbs that ask someone to do something (canonical keys, with their also_,
 * further_… forms): "welcomes", "notes", "reaffirms" mandate nothing.
 * M_SELF: the organ binds itself ("decides", "authorizes"), a mandate with
 * or without an addressee; M_ASKS: a mandate only where someone is asked. */
static int mandating(const char *verb) {
    static const char *const pre[] = {"also_", "further_", "strongly_", "once_again_", "again_", "urgently_", NULL};
    static const char *const verbs[] = {"requests", "invites", "encourages", "calls_upon", "calls_for",
                                        "urges", "directs", "demands", "recommends", "appeals",
                                        "designates", "proposes", "entrusts", "instructs", "requires", "mandates",
                                        "reiterates_call", "reiterates_request", "reiterates_demand", "asks",
                                        "calls", NULL};
    if (!verb) return M_NONE;
    for (int again = 1; again;) {
        again = 0;
        for (const char *const *q = pre; *q; q++) {
            size_t l = opens(verb, *q);
            if (l) {
                verb += l;
                again = 1;
            }
        }
    }
    if (!strcmp(verb, "decides") || !strcmp(verb, "authorizes")) return M_SELF;
    for (const char *const *v = verbs; *v; v++)
        if (**v == *verb && !strcmp(verb, *v)) return M_ASKS;
    return M_NONE;
}

/* The action (the first phrase of the table's list found anywhere: each
 * position is tried only for the phrases before the best so far), the
 * session and the due date of a clause, in one pass. */
static void clause(mscan *S, const unres_para *para, const char *verb, const char *s, size_t n, size_t vlen,
                   bool clitic) {
    parser *p = S->p;
    const mindex *x = S->x;
    const unres_lang_table *t = p->lt;
    if (verb != S->verb) S->verb = verb, S->verb_mandates = mandating(verb);
    if (!S->verb_mandates) return;
    unres_mandate m = {0};
    m.in = para->id;
    m.verb = verb;
    int state;
    m.addressee = addressee(S, s, n, vlen, S->verb_mandates == M_SELF, clitic, &state);
    /* "Invites increased cooperation", "Encourages efforts": nobody is asked */
    if (S->verb_mandates == M_ASKS && state == R_NOBODY) return;
    if (m.addressee) S->last = m.addressee;
    bool indexed = x && x->n_act <= ACT_MAX;
    if (!indexed) m.action = action_of(t, s, n);
    m.text = arena_strndup(p->arena, s, n);
    /* the clause where it stands: from its first character to its last */
    m.span = para->span;
    align *A = &S->al;
    size_t off = (size_t)(s - para->text), e = off + n;
    while (off < e && para->text[off] == ' ') off++;
    align_to(A, off);
    const char *f = A->lost || off >= e ? NULL : memchr(A->src + A->si, para->text[off], A->se - A->si);
    /* before the first clause stand only its number and blanks: more, and
     * the text was put together out of order (an opening printed after the
     * page's furniture) */
    if (f && !A->end) {
        size_t seen = 0;
        for (const char *q = A->src + A->si; q < f; q++) seen += (unsigned char)*q > ' ';
        if (seen > 16) A->lost = true, f = NULL;
    }
    if (f) {
        size_t start = (size_t)(f - A->src);
        align_to(A, e);
        if (!A->lost && A->end > start) m.span = (unres_span){start, A->end};
    }
    size_t best = indexed ? x->n_act : 0;
    /* dates a reference gives are not due dates; the references are read
     * only when the clause has a date */
    ref_hit *h = NULL;
    size_t nh = 0, k = 0;
    bool scanned = false;
    for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
        unsigned want = (best ? C_ACT : 0) | (m.due_session ? 0 : C_SESS) | (m.due_date ? 0 : C_DIG);
        if (!want) break;
        if (x) {
            i = seek(x, s, n, i, want);
            if (i >= n) break;
        }
        uint64_t cand = 0;
        if (best) {
            unsigned char c = (unsigned char)s[i];
            cand = (c < 0x80 ? x->act_by[c] : x->act_wide) & (best < 64 ? ((uint64_t)1 << best) - 1 : ~(uint64_t)0);
        }
        if (cand && pf_at(&x->acts, s, n, i)) {
            /* act_by holds the lead test of an ASCII byte already */
            uint32_t a = (unsigned char)s[i], fa = 0;
            bool ascii = a < 0x80, odd = false;
            if (!ascii) {
                odd = !utf8_decode(s + i, n - i, &a);
                fa = cp_fold(a);
            }
            for (; cand; cand &= cand - 1) {
                size_t q = (size_t)__builtin_ctzll(cand);
                const char *ph = t->actions[q].phrase;
                if ((ascii || odd || pf_lead_ok(&x->act[q], a, fa)) && pkey_may(&x->act_key[q], s, n, i) &&
                    pf_may_match(s + i, n - i, ph) && utf8_prefix_fold_n(s + i, n - i, ph, x->act_len[q])) {
                    best = q;
                    break;
                }
            }
        }
        if (!m.due_session && (!x || x->sess1[(unsigned char)s[i]])) {
            /* what is due is due at a later session ("the records of its
             * seventieth session" in a 70th-session text is no deadline) */
            int v = session_here(x, t, s, n, i);
            if (v && (!p->doc->session || v > p->doc->session)) m.due_session = v;
        }
        if (!m.due_date && dig(s[i]) && (!i || !dig(s[i - 1]))) {
            char iso[11];
            if (date_at(t, s, n, i, iso)) {
                if (!scanned) nh = refs_scan(p->arena, t, p->doc->organ, s, n, &h), scanned = true;
                while (k < nh && h[k].end <= i) k++;
                if (!(k < nh && h[k].start <= i)) m.due_date = arena_strdup(p->arena, iso);
            }
        }
    }
    if (indexed) m.action = best < x->n_act ? t->actions[best].canonical : "other";
    VEC_PUSH(p->arena, S->out, m);
}

/* "The Security Council requests …": the verb's key after the organ,
 * *vlen the bytes up to the verb's end (inner verbs are lower case). */
static const char *organ_verb(const unres_lang_table *t, const char *s, size_t n, size_t *vlen) {
    size_t at, m;
    const char *organ;
    const unres_opening *o = lang_organ_verb(t, s, n, &at, &m, &organ);
    if (!o || upc(s[at])) return NULL;
    *vlen = at + m;
    return o->op_key;
}

/* Does a verb that mandates stand in s at a word's start (C_MV, its key,
 * then verb_at: "institutions" and "decision" pass the first two)? */
static inline bool mandate_at(const mindex *x, const char *s, size_t n, size_t i) {
    size_t m;
    const char *v;
    return i + 1 < n && (x->at[pair_key(s + i)] & C_MV) && kset_may(&x->mkeys, s, n, i) &&
           (v = verb_at(x->t, s + i, n - i, &m)) && mandating(v) != M_NONE;
}

static bool may_mandate(const mindex *x, const char *s, size_t n) {
    if (mandate_at(x, s, n, 0)) return true;
    size_t i = 0;
#if defined(__SSE2__)
    /* the bytes after which a word starts: ASCII but no letter or digit
     * (signed compares: bytes from 0x80 are negative), and the last byte of
     * ’ ("l’invite"), sixteen at a time */
    for (; i + 16 < n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1)));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        unsigned sep = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), _mm_cmplt_epi8(v, _mm_setzero_si128())));
        sep = ~sep & 0xFFFFu;
        unsigned q99 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x99)));
        for (; q99; q99 &= q99 - 1) {
            size_t k = i + (size_t)__builtin_ctz(q99);
            if (k >= 2 && !memcmp(s + k - 2, "\xE2\x80\x99", 3)) sep |= 1u << (k - i);
        }
        for (; sep; sep &= sep - 1)
            if (mandate_at(x, s, n, i + (size_t)__builtin_ctz(sep) + 1)) return true;
    }
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool sep = c < 0x80 ? !((c | 32) >= 'a' && (c | 32) <= 'z') && !dig((char)c)
                            : i >= 2 && c == 0x99 && !memcmp(s + i - 2, "\xE2\x80\x99", 3);
        if (sep && mandate_at(x, s, n, i + 1)) return true;
    }
    return false;
}

/* Splits a paragraph's text into clauses at a join before an operative verb
 * ("…, and requests", "…, calls upon", "… and in this regard invites"). */
static void para_mandates(mscan *S, const unres_para *para, const char *inherited) {
    const mindex *x = S->x;
    const unres_lang_table *t = S->p->lt;
    const char *s = para->text;
    size_t n = strlen(s);
    /* a sub-paragraph mandates only with a verb of its own: "(a) To continue"
     * is part of its parent's request, which is reported once */
    if (inherited && !para->opening_key) {
        for (size_t k = 0; k < para->n_items; k++) para_mandates(S, &para->items[k], inherited);
        return;
    }
    /* a paragraph whose verb asks nothing, with no verb that asks at a
     * word's start, gives no mandate: most of a declaration's paragraphs */
    if (S->x && S->x->mk_ok && mandating(para->opening_key) == M_NONE && !may_mandate(S->x, s, n)) {
        for (size_t k = 0; k < para->n_items; k++)
            para_mandates(S, &para->items[k], para->opening_key ? para->opening_key : inherited);
        return;
    }
    const char *verb = para->opening_key ? para->opening_key : inherited;
    size_t vlen = para->opening && para->opening_key ? strlen(para->opening) : 0;
    if (!verb) verb = organ_verb(t, s, n, &vlen);
    else if (vlen && !utf8_prefix_fold(s, n, para->opening)) {
        /* the opening stands after the organ ("The Security Council directs"):
         * the clause's words start after the verb, where it is */
        size_t k = 0;
        if (organ_verb(t, s, n, &k)) vlen = k;
        else {
            const char *o = strstr(s, para->opening);
            vlen = o ? (size_t)(o - s) + vlen : 0;
        }
    }
    S->para = s;
    S->al = (align){.src = S->p->doc->text, .txt = s, .si = para->span.start, .se = para->span.end};
    if (!S->al.src || para->span.end > S->p->doc->text_len || para->span.start > para->span.end) S->al.lost = true;
    S->last = S->body = NULL;
    S->body_at = vlen;
    size_t st = 0;
    bool clitic = false;
    size_t at[JOIN_MAX] = {0}; /* where each anchor was found (0 at first: tried) */
    /* i steps a character at a time; after a split, from the verb's last
     * byte to the byte after it */
    for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
        if (!t->clause_joins) break;
        if (x && ((unsigned char)s[i] & 0xC0) != 0x80) {
            i = next_join(x, s, n, i, at);
            if (i >= n) break;
        }
        size_t jl = 0, k = 0;
        if (x)
            for (unsigned b = x->join_by[(unsigned char)s[i]]; b; b &= b - 1) {
                k = (size_t)__builtin_ctz(b);
                size_t l = x->join_len[k];
                if (l > jl && i + l <= n && same(s + i, t->clause_joins[k], l)) jl = l;
            }
        else
            for (const char *const *j = t->clause_joins; *j; j++) {
                size_t l = strlen(*j);
                if (l > jl && i + l <= n && same(s + i, *j, l)) jl = l;
            }
        if (!jl) continue;
        size_t vs = skip_sp(s, n, i + jl), m = 0, l;
        if (vs < n && (x ? (l = wlist_at(&x->links, s, n, vs)) : (l = list_at(t->clause_links, s, n, vs))))
            for (vs += l; vs < n && (s[vs] == ' ' || s[vs] == ',');) vs++;
        /* "We decide": a declaration's subject before its verb */
        if (vs < n && (x ? (l = wlist_at(&x->subjects, s, n, vs)) : (l = list_at(t->clause_subjects, s, n, vs))))
            vs = skip_sp(s, n, vs + l);
        /* "et l'invite à": the addressee, a pronoun, before the verb */
        bool cl = vs < n && (!x || x->clitic1[(unsigned char)s[vs]]) && pronoun_at(t, s, n, vs, true, &l);
        if (cl) vs = skip_sp(s, n, vs + l);
        /* inner verbs are lower case ("and requests"); "and Member States" is not one */
        if (vs < n && upc(s[vs])) continue;
        if (x && !(vs < n && verb_may(x, s, n, vs))) continue;
        const char *v2 = verb_at(t, s + vs, n - vs, &m);
        if (!v2 || vs == 0) continue;
        if (i > st) clause(S, para, verb, s + st, i - st, vlen, clitic);
        st = vs;
        verb = v2;
        vlen = m;
        clitic = cl;
        i = vs + m - 1;
    }
    if (n > st) clause(S, para, verb, s + st, n - st, vlen, clitic);
    for (size_t k = 0; k < para->n_items; k++)
        para_mandates(S, &para->items[k], para->opening_key ? para->opening_key : inherited);
}

void mandates_find(parser *p) {
    unres_doc *d = p->doc;
    mscan S = {.p = p, .x = mindex_of(p->lt)};
    for (size_t k = 0; k < d->n_operative; k++) para_mandates(&S, &d->operative[k], NULL);
    /* a text the resolution adopts asks and decides as operative paragraphs do */
    const unres_annex *at = d->adopted_text;
    for (size_t k = 0; at && k < at->n_paragraphs; k++) para_mandates(&S, &at->paragraphs[k], NULL);
    d->mandates = S.out.v;
    d->n_mandates = S.out.n;
}
