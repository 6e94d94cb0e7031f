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
#include <threads.h>

typedef VEC(unres_mandate) mvec;

static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool upc(char c) { return c >= 'A' && c <= 'Z'; }

static size_t cplen(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

static bool word_start(const char *s, size_t i) {
    if (!i) return true;
    size_t l = utf8_prev(s, i);
    uint32_t c = 0;
    utf8_decode(s + i - l, l, &c);
    return cp_is_space(c) || (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z') && !dig((char)c)) ||
           cp_is_cjk(c) || c == 0x060C;
}

/* ---- per-table indexes, built once -------------------------------------- */

enum { ACT_MAX = 64, JOIN_MAX = 16, OPEN_MAX = 2048 };
typedef struct {
    const unres_lang_table *t;
    bool join1[256];            /* first bytes of the clause joins */
    size_t join_len[JOIN_MAX];
    bool sess1[256];            /* first bytes session_here looks further at */
    pfilter numwords;           /* where an ordinal can start */
    pfilter openings;           /* where verb_at can find a verb */
    bool open_loose[128];       /* … at an ASCII byte, without the buckets below */
    uint16_t ob[129];           /* openings by folded ASCII first byte: obi[ob[c]..ob[c+1]) */
    uint16_t obi[OPEN_MAX];
    size_t n_act;               /* actions, or ACT_MAX + 1 if too many to index */
    lead act[ACT_MAX];          /* each action phrase's first code point */
    pfilter acts;               /* all of them */
    pfilter sess;               /* where a session word can start */
    /* what an ASCII byte, by the byte after it (128: non-ASCII), can start */
    uint8_t comb[128][129];
} mindex;

enum { C_ACT = 1, C_SESS = 2, C_DIG = 4, C_JOIN = 8 };

static bool pf_pair(const pfilter *F, unsigned c, unsigned d) {
    return F->any || (d < 128 ? F->two[c][d >> 3] >> (d & 7) & 1 : F->ascii[c]);
}

/* The C_ bits of what may start at s+i; all where s[i] is not ASCII. */
static inline unsigned comb_at(const mindex *x, const char *s, size_t n, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return 0xFF;
    unsigned char d = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    return x->comb[c][d < 0x80 ? d : 128];
}

static mindex mindexes[6];
static once_flag mindex_once = ONCE_FLAG_INIT;

static void mindex_build(void) {
    static const unres_lang langs[6] = {UNRES_LANG_AR, UNRES_LANG_ZH, UNRES_LANG_EN,
                                        UNRES_LANG_FR, UNRES_LANG_RU, UNRES_LANG_ES};
    for (int l = 0; l < 6; l++) {
        mindex *x = &mindexes[l];
        const unres_lang_table *t = lang_table(langs[l]);
        x->t = t;
        size_t k = 0;
        for (const char *const *j = t->clause_joins; j && *j; j++, k++) {
            if (k == JOIN_MAX) {
                x->t = NULL; /* not indexed: read without */
                break;
            }
            x->join1[(unsigned char)(*j)[0]] = true;
            x->join_len[k] = strlen(*j);
        }
        for (const char *const *w = t->session_words; w && *w; w++) {
            unsigned char b = (unsigned char)(*w)[0];
            for (unsigned a = 0; a < 256; a++)
                if (a < 0x80 ? (a | 32) == (unsigned)(b | 32) : a == b) x->sess1[a] = true;
        }
        for (const char *const *w = t->session_words; w && *w; w++) pf_add(&x->sess, *w);
        for (size_t o = 0; o < t->n_openings; o++) pf_add(&x->openings, t->openings[o].phrase);
        for (size_t w = 0; w < t->n_numwords; w++) pf_add(&x->numwords, t->numwords[w].word);
        /* bucket the openings that open with an ASCII byte (counting sort) */
        size_t no = 0;
        for (unsigned c = 0; c < 128; c++) {
            x->ob[c] = (uint16_t)no;
            for (size_t o = 0; o < t->n_openings && no < OPEN_MAX; o++) {
                const char *ph = t->openings[o].phrase;
                unsigned char b = (unsigned char)ph[0];
                if (b < 0x80 && b != ' ' && pf_lower(b) == c) x->obi[no++] = (uint16_t)o;
            }
        }
        x->ob[128] = (uint16_t)no;
        for (size_t o = 0; o < t->n_openings; o++) {
            lead L = pf_lead(t->openings[o].phrase);
            if (L.any || L.b >= 0x80 || no == OPEN_MAX)
                for (uint32_t a = 0; a < 128; a++)
                    if (no == OPEN_MAX || pf_lead_ok(&L, a, cp_fold(a))) x->open_loose[a] = true;
        }
        x->n_act = 0;
        for (const unres_canon *c = t->actions; c && c->phrase; c++) {
            if (x->n_act == ACT_MAX) {
                x->n_act = ACT_MAX + 1;
                break;
            }
            x->act[x->n_act++] = pf_lead(c->phrase);
            pf_add(&x->acts, c->phrase);
        }
        for (unsigned c = 0; c < 128; c++)
            for (unsigned d = 0; d < 129; d++) {
                unsigned v = (pf_pair(&x->acts, c, d) ? C_ACT : 0) | (pf_pair(&x->sess, c, d) ? C_SESS : 0) |
                             (dig((char)c) ? C_DIG : 0);
                for (const char *const *j = t->clause_joins; j && *j; j++) {
                    unsigned char j0 = (unsigned char)(*j)[0], j1 = (unsigned char)(*j)[1];
                    if (j0 == c && (!j1 || (d < 128 ? j1 == d : j1 >= 0x80))) v |= C_JOIN;
                }
                x->comb[c][d] = (uint8_t)v;
            }
    }
}

/* False only where verb_at can find no opening at s+i (i < n). */
static bool verb_may(const mindex *x, const char *s, size_t n, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return pf_at(&x->openings, s, n, i);
    if (x->open_loose[c]) return true;
    c = pf_lower(c);
    for (size_t k = x->ob[c]; k < x->ob[c + 1]; k++)
        if (pf_may_match(s + i, n - i, x->t->openings[x->obi[k]].phrase)) return true;
    return false;
}

static const mindex *mindex_of(const unres_lang_table *t) {
    call_once(&mindex_once, mindex_build);
    for (int l = 0; l < 6; l++)
        if (mindexes[l].t == t) return &mindexes[l];
    return NULL;
}

/* An operative opening at s (lower-case as clauses write it); its key. */
static const char *verb_at(const unres_lang_table *t, const char *s, size_t n, size_t *m) {
    const unres_opening *o = lang_match_opening(t, s, n, m);
    return o && o->op_key ? o->op_key : NULL;
}

/* The addressee right after the verb: a canonical one from the table, else
 * the words up to "to"/"that" ("Urges all parties concerned to" → "parties
 * concerned"), without the determiners. */
static size_t word_in(const char *const *list, const char *s, size_t n) {
    for (const char *const *e = list; e && *e; e++) {
        size_t l = strlen(*e);
        if (l <= n && !memcmp(s, *e, l) && (l == n || s[l] == ' ' || s[l] == ',')) return l;
    }
    return 0;
}

static const char *addressee(parser *p, const char *s, size_t n) {
    const unres_lang_table *t = p->lt;
    size_t i = 0;
    while (i < n && s[i] == ' ') i++;
    size_t best = 0;
    const char *canon = NULL;
    for (const unres_canon *c = t->addressees; c && c->phrase; c++) {
        size_t m = utf8_prefix_fold(s + i, n - i, c->phrase);
        if (m > best) best = m, canon = c->canonical;
    }
    if (canon) return canon;
    if (!t->addressee_ends) return NULL;
    size_t j = i;
    for (const char *const *d = t->determiners; d && *d; d++) {
        size_t l = strlen(*d);
        if (l <= n - j && !memcmp(s + j, *d, l)) {
            j += l;
            break;
        }
    }
    size_t st = j;
    while (j < n) {
        size_t w = j;
        while (w < n && s[w] != ' ' && s[w] != ',' && s[w] != ';') w++;
        if (w == j) return NULL;
        if (word_in(t->addressee_ends, s + j, n - j)) return j > st ? arena_strndup(p->arena, s + st, j - 1 - st) : NULL;
        /* "the United Nations and the Organization": the first body named */
        if (word_in(t->addressee_stops, s + j, n - j))
            return j > st && st < n && upc(s[st]) ? arena_strndup(p->arena, s + st, j - 1 - st) : NULL;
        if (w >= n || s[w] != ' ') return NULL;
        j = w + 1;
        if (j - st > 160) return NULL;
    }
    return NULL;
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
    for (const char *const *w = t->session_words; w && *w; w++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)(*w)[0];
        if (a < 0x80 ? (a | 32) != (b | 32) : a != b) continue;
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
        if ((s[j] & 0xC0) == 0x80 || !(word_start(s, j) || (t->lang == UNRES_LANG_ZH && !memcmp(s + j, "第", 3))))
            continue;
        /* outside Chinese, an ordinal starts with a number word */
        if (x && t->lang != UNRES_LANG_ZH && !pf_at(&x->numwords, s, n, j)) continue;
        int v = session_at(t, s, n, j, &e);
        if (v > 0 && v < 200 && e == i + wl) return v;
    }
    return 0;
}

/* Verbs that ask someone to do something (canonical keys, with their also_,
 * further_… forms): "welcomes", "notes", "reaffirms" mandate nothing. */
static bool mandating(const char *verb) {
    static const char *const pre[] = {"also_", "further_", "strongly_", "once_again_", "again_", "urgently_", NULL};
    static const char *const verbs[] = {"requests", "decides", "invites", "encourages", "calls_upon", "calls_for",
                                        "urges", "authorizes", "directs", "demands", "recommends", "appeals",
                                        "designates", "proposes", "entrusts", "instructs", "requires", "mandates",
                                        "reiterates_call", "reiterates_request", "reiterates_demand", "asks",
                                        "calls", NULL};
    if (!verb) return false;
    for (int again = 1; again;) {
        again = 0;
        for (const char *const *q = pre; *q; q++) {
            size_t l = strlen(*q);
            if (!strncmp(verb, *q, l)) {
                verb += l;
                again = 1;
            }
        }
    }
    for (const char *const *v = verbs; *v; v++)
        if (!strcmp(verb, *v)) return true;
    return false;
}

/* The action (the first phrase of the table's list found anywhere: each
 * position is tried only for the phrases before the best so far), the
 * session and the due date of a clause, in one pass. */
static void clause(parser *p, const mindex *x, mvec *out, const unres_para *para, const char *verb,
                   const char *s, size_t n, size_t vlen) {
    const unres_lang_table *t = p->lt;
    if (!mandating(verb)) return;
    unres_mandate m = {0};
    m.in = para->id;
    m.verb = verb;
    m.addressee = verb ? addressee(p, s + vlen, n - vlen) : NULL;
    bool indexed = x && x->n_act <= ACT_MAX;
    if (!indexed) m.action = action_of(t, s, n);
    m.text = arena_strndup(p->arena, s, n);
    m.span = para->span;
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
            while (i < n && !(comb_at(x, s, n, i) & want)) i++;
            if (i >= n) break;
        }
        if (best && pf_at(&x->acts, s, n, i)) {
            uint32_t a = (unsigned char)s[i], fa = pf_lower((unsigned char)a);
            bool odd = false;
            if (a >= 0x80) {
                odd = !utf8_decode(s + i, n - i, &a);
                fa = cp_fold(a);
            }
            for (size_t q = 0; q < best; q++) {
                const char *ph = t->actions[q].phrase;
                unsigned char f = (unsigned char)ph[0];
                if (f < 0x80 && ((unsigned char)s[i] | 32) != (f | 32)) continue;
                if ((odd || pf_lead_ok(&x->act[q], a, fa)) && pf_may_match(s + i, n - i, ph) &&
                    utf8_prefix_fold(s + i, n - i, ph)) {
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
    VEC_PUSH(p->arena, *out, m);
}

/* Splits a paragraph's text into clauses at a join before an operative verb. */
static void para_mandates(parser *p, const mindex *x, mvec *out, const unres_para *para,
                          const char *inherited) {
    const unres_lang_table *t = p->lt;
    const char *s = para->text;
    size_t n = strlen(s);
    /* a sub-paragraph mandates only with a verb of its own: "(a) To continue"
     * is part of its parent's request, which is reported once */
    if (inherited && !para->opening_key) {
        for (size_t k = 0; k < para->n_items; k++) para_mandates(p, x, out, &para->items[k], inherited);
        return;
    }
    const char *verb = para->opening_key ? para->opening_key : inherited;
    size_t vlen = para->opening && para->opening_key ? strlen(para->opening) : 0;
    size_t st = 0;
    for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
        if (!t->clause_joins) break;
        if (x) {
            while (i < n && !(comb_at(x, s, n, i) & C_JOIN)) i++;
            if (i >= n) break;
            if (!x->join1[(unsigned char)s[i]]) continue;
        }
        size_t jl = 0, k = 0;
        for (const char *const *j = t->clause_joins; *j; j++, k++) {
            size_t l = x ? x->join_len[k] : strlen(*j);
            if (l > jl && i + l <= n && s[i] == (*j)[0] && (l < 2 || s[i + 1] == (*j)[1]) && !memcmp(s + i, *j, l))
                jl = l;
        }
        if (!jl) continue;
        size_t vs = i + jl, m = 0;
        while (vs < n && s[vs] == ' ') vs++;
        /* inner verbs are lower case ("and requests"); "and Member States" is not one */
        if (vs < n && upc(s[vs])) continue;
        if (x && !(vs < n && verb_may(x, s, n, vs))) continue;
        const char *v2 = verb_at(t, s + vs, n - vs, &m);
        if (!v2 || vs == 0) continue;
        if (i > st) clause(p, x, out, para, verb, s + st, i - st, st == 0 ? vlen : 0);
        st = vs;
        verb = v2;
        vlen = m;
        i = vs + m - 1;
    }
    if (n > st) clause(p, x, out, para, verb, s + st, n - st, vlen);
    for (size_t k = 0; k < para->n_items; k++)
        para_mandates(p, x, out, &para->items[k], para->opening_key ? para->opening_key : inherited);
}

void mandates_find(parser *p) {
    unres_doc *d = p->doc;
    mvec out = {0};
    const mindex *x = mindex_of(p->lt);
    for (size_t k = 0; k < d->n_operative; k++) para_mandates(p, x, &out, &d->operative[k], NULL);
    d->mandates = out.v;
    d->n_mandates = out.n;
}
