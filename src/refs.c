/* refs.c: references to resolutions, decisions, documents and instruments.
 *
 * Each paragraph, footnote and the masthead is read as one run of text: its
 * source lines with white space collapsed (and footnote calls cut), with a
 * map back to source offsets, so spans point into the text the parser read.
 * One left-to-right pass over the run finds:
 *   symbols          A/79/302-S/2024/600 (two), A/70/L.8 and Add.1 (two)
 *   cited numbers    resolution 59/50, resolutions 64/256 of …, 65/122 of …,
 *                    1631 (2005), 3363 (XXX), S-30/1, 第 59/50 号决议
 *   their dates      "of 2 December 2004", "2004年12月2日第…" (date first)
 *   instruments      the United Nations Global Counter-Terrorism Strategy, 《…》
 * A bare n/m is a reference only shortly after a cue word ("resolutions",
 * "决议" after "第…号"), so page numbers, fractions and year ranges are not.
 *
 * Most of the text starts none of these, so the pass looks only where one
 * can start: per-language tables of bytes, byte pairs and the first three
 * or four bytes of the phrases say where (next_act), sixteen bytes at a
 * time with SSE2.  Runs are copied the same way where the text needs no
 * change, and the map keeps only the pieces where the offsets shift. */
#include "filter.h"
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

#define WINDOW 40 /* bytes a cue word or a reference keeps a list open */

static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool upc(char c) { return c >= 'A' && c <= 'Z'; }
static bool alnum(char c) { return dig(c) || ((c | 32) >= 'a' && (c | 32) <= 'z'); }

static uint32_t cp_at_mb(const char *s, size_t n, size_t i) {
    uint32_t c = 0;
    if (i < n && !utf8_decode(s + i, n - i, &c)) c = (unsigned char)s[i];
    return c;
}
/* The code point at s+i, 0 past the end; ASCII where it stands. */
static inline uint32_t cp_at(const char *s, size_t n, size_t i) {
    return i < n && (unsigned char)s[i] < 0x80 ? (unsigned char)s[i] : cp_at_mb(s, n, i);
}
static uint32_t cp_before(const char *s, size_t i) {
    if (!i) return 0;
    size_t l = utf8_prev(s, i);
    uint32_t c = 0;
    utf8_decode(s + i - l, l, &c);
    return c;
}
static bool is_letter(uint32_t c) {
    if (c < 0x80) return ((c | 32) >= 'a' && (c | 32) <= 'z');
    /* Latin-1's signs are not letters: "«Декларацию" opens a word */
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;
    return !cp_is_space(c) && !cp_is_cjk(c) && c < 0x2000 && c != 0x060C && c != 0x061B && c != 0xA0;
}
static size_t skip_ws(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i;
}

/* ---- per-table indexes, built once -------------------------------------- */

/* What a byte can start (refindex.cls), so that the scan passes over the
 * rest as fast as it can read it */
enum {
    B_END = 1,   /* ';' and '.': a sentence end when a space follows */
    B_DIGIT = 2, /* a date or cited number, unless inside a word or number */
    B_UP = 4,    /* at a word start: a symbol, S-30/1 */
    B_HEAD = 8,  /* at a word start: an instrument's head */
    B_CUE = 16,  /* a cue word may start with it */
    B_WORD = 32, /* a letter or digit, after which the rest of the word starts nothing */
    B_MB = 64,   /* from 0x80: a multi-byte character */
};

/* A list of words (at most 32) by their first byte as word_at tries them:
 * bits of their places, for ASCII bytes by b | 32; from 0x80 all are tried. */
typedef struct {
    uint32_t first[128], other, all;
    bool ok;
    /* the words of ASCII without a space, up to sixteen bytes: folded and
     * padded with zeros, for fold16; flen 0 for the others */
    uint8_t flen[32];
    _Alignas(16) unsigned char fw[32][16];
} wordix;

typedef struct {
    const unres_lang_table *t;
    pfilter cues;           /* where cue_at can find a cue word */
    wordix cuefw;           /* the cue words for fold16 (fw, flen), the first 32 */
    wordix date_links, joins, ranges, links; /* word_at's lists */
    wordix ends[2];         /* instrument_ends, 32 by 32 */
    bool anywhere;          /* Chinese and Arabic read cue words anywhere, the others at word starts */
    bool words;             /* nothing starts at a space or inside an ASCII word */
    uint8_t cls[256];       /* B_ flags */
    uint8_t pair[128][32];  /* ASCII c then d, as bits: where c may start something, at one look */
    uint8_t head2[256][32]; /* the first two bytes of the instrument words, as bits */
    uint64_t heads_by_first[256]; /* the words by first byte, as bits of their place */
    bool heads_indexed;           /* … where there are at most 64 */
    uint8_t head3[4096];    /* their first three (tri3), but for the shorter (head_short) */
    uint8_t head4[4096];    /* their first four (quad3), but for those of three (head3_only) */
    uint8_t head3_only[4096];
    bool head_short[256];
    /* the first three bytes of the cue words, folded, as bits (tri3), and
     * the first four (quad3) of those that have four, else the three in tri_only;
     * those not all ASCII let through what starts with their first (loose),
     * but for a second letter that folds to no ASCII one, as 'é' in "décision" */
    uint8_t tri[4096], tri_only[4096], quad[4096];
    bool loose[128], loose_any;
    /* the ASCII bytes with B_ flags other than capitals, digits, ';' and '.',
     * each sixteen times, for flags16: at most four, else n_others is -1;
     * the slots past them hold ';' */
    _Alignas(16) unsigned char others[4][16];
    int n_others;
    /* the bodies (at most 32): lengths, first and last two bytes (ASCII
     * folded), and the first bytes of those named further on in a clause */
    uint8_t n_bodies;
    uint8_t body_len[32];
    uint16_t body_tail[32];
    uint32_t body_head[32]; /* the first four bytes, folded */
    uint8_t tails[8192];    /* the last two bytes of those named before, as bits */
    uint8_t heads[2][8192]; /* the first four of those named after, and further on (head13) */
    uint8_t later[256];     /* 1: a clause ends at this byte, 2: a name further on may start */
} refindex;

/* by unres_lang, each built on first use: most runs read one language */
static refindex refindexes[7];

/* alnum() as a table, for the loop that skips the inside of words */
static bool alnum_tab[256];
/* ASCII letters to lower case, the other bytes as they are */
static unsigned char lower_tab[256];
/* bytes after which a digit starts nothing: inside a word or number */
static bool numprev[256];

static pthread_once_t tabs_once = PTHREAD_ONCE_INIT;
static void tabs_build(void) {
    for (unsigned c = 0; c < 256; c++) {
        alnum_tab[c] = alnum((char)c);
        lower_tab[c] = (unsigned char)(upc((char)c) ? c + 32 : c);
        numprev[c] = c < 0x80 && (alnum_tab[c] || c == '/' || c == '.' || c == '-');
    }
}

/* Three bytes, folded, as 15 bits: for the filters of cue words and heads.
 * Their low five bits, which folding ASCII letters (0x20) leaves alone. */
static inline unsigned tri3(unsigned char a, unsigned char b, unsigned char c) {
    return (a & 31u) | (b & 31u) << 5 | (c & 31u) << 10;
}

/* Word k of a list as fold16 compares it, where it can. */
static void wordix_fast(wordix *ix, size_t k, const char *w) {
    size_t l = 0;
    while (w[l] && (unsigned char)w[l] < 0x80 && w[l] != ' ' && l < 17) l++;
    if (w[l] || l > 16) return;
    for (size_t q = 0; q < l; q++) ix->fw[k][q] = lower_tab[(unsigned char)w[q]];
    ix->flen[k] = (uint8_t)l;
}

/* The first n words of list (n <= 32). */
static void wordix_part(wordix *ix, const char *const *list, size_t n) {
    ix->ok = true;
    for (size_t k = 0; k < n; k++) {
        unsigned char b = (unsigned char)list[k][0];
        if (b < 0x80) ix->first[b | 32] |= 1u << k;
        else ix->other |= 1u << k;
        ix->all |= 1u << k;
        wordix_fast(ix, k, list[k]);
    }
}

static void wordix_build(wordix *ix, const char *const *list) {
    ix->ok = true;
    for (size_t k = 0; list && list[k]; k++) {
        if (k == 32) {
            ix->ok = false;
            return;
        }
        unsigned char b = (unsigned char)list[k][0];
        if (b < 0x80) ix->first[b | 32] |= 1u << k;
        else ix->other |= 1u << k;
        ix->all |= 1u << k;
        wordix_fast(ix, k, list[k]);
    }
}

static inline unsigned quad3(unsigned char a, unsigned char b, unsigned char c, unsigned char d) {
    return (tri3(a, b, c) ^ (d & 31u) * 0x421u) & 0x7FFFu;
}

/* Four bytes, folded, as one word; and as 13 bits, for the bodies' filters.
 * Names have four bytes at least. */
static inline uint32_t four_at(const char *s, size_t i) {
    return (uint32_t)lower_tab[(unsigned char)s[i]] | (uint32_t)lower_tab[(unsigned char)s[i + 1]] << 8 |
           (uint32_t)lower_tab[(unsigned char)s[i + 2]] << 16 | (uint32_t)lower_tab[(unsigned char)s[i + 3]] << 24;
}
static unsigned head13(uint32_t h) { return (h * 2654435761u) >> 19; }

static void refindex_build(unres_lang l) {
    pthread_once(&tabs_once, tabs_build);
    refindex *x = &refindexes[l];
    const unres_lang_table *t = lang_table(l);
    x->t = t;
    for (size_t k = 0;; k++) {
        const char *w = t->ref_cues ? t->ref_cues[k].word : t->ref_words ? t->ref_words[k] : NULL;
        if (!w) break;
        pf_add(&x->cues, w);
        if (k < 32) wordix_fast(&x->cuefw, k, w);
        size_t p = 0;
        while (p < 4 && w[p] && (unsigned char)w[p] < 0x80 && w[p] != ' ') p++;
        uint32_t c2 = 0;
        const unsigned char *u = (const unsigned char *)w;
        if (p >= 3) {
            unsigned h = tri3(u[0], u[1], u[2]), q = p == 4 ? quad3(u[0], u[1], u[2], u[3]) : 0;
            x->tri[h >> 3] |= (uint8_t)(1u << (h & 7));
            if (p == 4) x->quad[q >> 3] |= (uint8_t)(1u << (q & 7));
            else x->tri_only[h >> 3] |= (uint8_t)(1u << (h & 7));
        } else if (!p) x->loose_any = true;
        else if (!(p == 1 && utf8_decode(w + 1, 4, &c2) && !pf_ignorable(c2) && c2 != 0x2019 && cp_fold(c2) >= 0x80))
            x->loose[lower_tab[(unsigned char)w[0]]] = true;
    }
    wordix_build(&x->date_links, t->ref_date_links);
    wordix_build(&x->joins, t->ref_letter_joins);
    wordix_build(&x->ranges, t->range_words);
    wordix_build(&x->links, t->instrument_links);
    size_t ne = 0;
    while (t->instrument_ends && t->instrument_ends[ne]) ne++;
    if (ne && ne <= 64) {
        wordix_part(&x->ends[0], t->instrument_ends, ne < 32 ? ne : 32);
        if (ne > 32) wordix_part(&x->ends[1], t->instrument_ends + 32, ne - 32);
    }
    x->heads_indexed = true;
    for (const char *const *w = t->instrument_words; w && *w; w++) {
        unsigned char c0 = (unsigned char)(*w)[0], c1 = (unsigned char)(*w)[1];
        size_t k = (size_t)(w - t->instrument_words);
        if (k < 64) x->heads_by_first[c0] |= (uint64_t)1 << k;
        else x->heads_indexed = false;
        uint8_t *row = x->head2[c0];
        if (c1) row[c1 >> 3] |= (uint8_t)(1u << (c1 & 7));
        else memset(row, 0xFF, 32);
        if (c1 && (*w)[2]) {
            unsigned char c2 = (unsigned char)(*w)[2], c3 = (unsigned char)(*w)[3];
            unsigned h = tri3(c0, c1, c2), q = quad3(c0, c1, c2, c3);
            x->head3[h >> 3] |= (uint8_t)(1u << (h & 7));
            if (c3) x->head4[q >> 3] |= (uint8_t)(1u << (q & 7));
            else x->head3_only[h >> 3] |= (uint8_t)(1u << (h & 7));
        } else x->head_short[c0] = true;
    }
    for (const unres_refbody *b = t->ref_bodies; b && b->phrase && x->n_bodies < 32; b++) {
        const unsigned char *w = (const unsigned char *)b->phrase;
        size_t len = strlen(b->phrase), k = x->n_bodies++;
        x->body_len[k] = (uint8_t)(len < 255 ? len : 255);
        x->body_head[k] = four_at(b->phrase, 0);
        x->body_tail[k] = (uint16_t)(lower_tab[w[len - 2]] | lower_tab[w[len - 1]] << 8);
        if (b->where & BODY_BEFORE) x->tails[x->body_tail[k] >> 3] |= (uint8_t)(1u << (x->body_tail[k] & 7));
        for (int m = 0; m < 2; m++)
            if (b->where & (m ? BODY_LATER : BODY_AFTER))
                x->heads[m][head13(x->body_head[k]) >> 3] |= (uint8_t)(1u << (head13(x->body_head[k]) & 7));
        if (b->where & BODY_LATER) x->later[w[0]] = x->later[w[0] ^ (alnum((char)w[0]) ? 32 : 0)] = 2;
    }
    for (const char *c = ",;.():"; *c; c++) x->later[(unsigned char)*c] = 1;
    x->anywhere = t->lang == UNRES_LANG_ZH || t->lang == UNRES_LANG_AR;
    for (unsigned c = 0; c < 128; c++) {
        bool head = false;
        for (int k = 0; k < 32 && t->lang != UNRES_LANG_ZH; k++) head |= x->head2[c][k] != 0;
        x->cls[c] = (uint8_t)((c == ';' || c == '.' ? B_END : 0) | (dig((char)c) ? B_DIGIT : 0) |
                              (upc((char)c) ? B_UP : 0) | (head ? B_HEAD : 0) |
                              (x->cues.any || x->cues.ascii[c] ? B_CUE : 0) |
                              (!x->anywhere && alnum_tab[c] ? B_WORD : 0));
    }
    for (unsigned c = 128; c < 256; c++) x->cls[c] = B_MB;
    x->words = !x->anywhere && !x->cls[' '];
    for (unsigned c = 0; c < 128 && x->n_others >= 0; c++) {
        if (!(x->cls[c] & ~B_WORD) || upc((char)c) || dig((char)c) || c == ';' || c == '.') continue;
        if (x->n_others == 4) x->n_others = -1;
        else memset(x->others[x->n_others++], (int)c, 16);
    }
    for (int k = x->n_others < 0 ? 4 : x->n_others; k < 4; k++) memset(x->others[k], ';', 16);
    /* what next_act looks at after c, d past the end being 0 */
    for (unsigned c = 0; c < 128; c++) {
        uint8_t *row = x->pair[c];
        if (c == ';' || dig((char)c) || c == 'S' || c == 'E' || x->cues.any) { /* S-30/1 in a list */
            memset(row, 0xFF, 32);
            continue;
        }
        if (c == '.') row[' ' >> 3] |= 1u << (' ' & 7), row[0] |= 1;
        if (upc((char)c)) /* a symbol: capitals, then '/' or '(' */
            for (unsigned d = 0; d < 128; d++)
                if (upc((char)d) || d == '/' || d == '(') row[d >> 3] |= (uint8_t)(1u << (d & 7));
        for (int k = 0; k < 32 && t->lang != UNRES_LANG_ZH; k++) row[k] |= x->head2[c][k];
        if (x->cues.ascii[c]) {
            for (int k = 0; k < 16; k++) row[k] |= x->cues.two[c][k];
            memset(row + 16, 0xFF, 16);
        }
    }
}
static void build_ar(void) { refindex_build(UNRES_LANG_AR); }
static void build_zh(void) { refindex_build(UNRES_LANG_ZH); }
static void build_en(void) { refindex_build(UNRES_LANG_EN); }
static void build_fr(void) { refindex_build(UNRES_LANG_FR); }
static void build_ru(void) { refindex_build(UNRES_LANG_RU); }
static void build_es(void) { refindex_build(UNRES_LANG_ES); }
static void (*const builders[7])(void) = {NULL, build_ar, build_zh, build_en, build_fr, build_ru, build_es};
static pthread_once_t built[7] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
                                  PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT};

/* Can an instrument word start at s+i (i < n)?  By its first four bytes. */
static inline __attribute__((always_inline)) bool head_at(const refindex *x, const char *s, size_t n, size_t i) {
    unsigned char a = (unsigned char)s[i], b = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    if (!(x->head2[a][b >> 3] >> (b & 7) & 1)) return false;
    if (x->head_short[a] || i + 2 >= n) return true;
    unsigned h = tri3(a, b, (unsigned char)s[i + 2]);
    if (!(x->head3[h >> 3] >> (h & 7) & 1)) return false;
    if (x->head3_only[h >> 3] >> (h & 7) & 1 || i + 3 >= n) return true;
    unsigned q = quad3(a, b, (unsigned char)s[i + 2], (unsigned char)s[i + 3]);
    return x->head4[q >> 3] >> (q & 7) & 1;
}

/* Can a cue word start at s+i (i < n)?  For ASCII text, by its first three
 * or four bytes as fold_at reads them, where no loose word starts; else
 * pf_at. */
static inline __attribute__((always_inline)) bool cue_may(const refindex *x, const char *s, size_t n, size_t i) {
    unsigned char a = (unsigned char)s[i];
    if (a < 0x80 && !x->loose_any && !x->loose[lower_tab[a]] && i + 2 < n) {
        unsigned char b = (unsigned char)s[i + 1], c = (unsigned char)s[i + 2];
        if (b < 0x80 && c < 0x80) {
            unsigned h = tri3(a, b, c);
            if (!(x->tri[h >> 3] >> (h & 7) & 1)) return false;
            if (x->tri_only[h >> 3] >> (h & 7) & 1 || i + 3 >= n || (unsigned char)s[i + 3] >= 0x80) return true;
            unsigned q = quad3(a, b, c, (unsigned char)s[i + 3]);
            return x->quad[q >> 3] >> (q & 7) & 1;
        }
    }
    return pf_at(&x->cues, s, n, i);
}

static const refindex *refindex_of(const unres_lang_table *t) {
    unsigned l = (unsigned)t->lang;
    if (l < 1 || l > 6) return NULL;
    pthread_once(&built[l], builders[l]);
    return refindexes[l].t == t ? &refindexes[l] : NULL;
}

/* ---- the scanner ------------------------------------------------------ */

typedef struct {
    unres_arena *a;
    const unres_lang_table *t;
    const refindex *x;     /* t's index, or NULL */
    const char *organ;
    const char *s;
    size_t n;
    VEC(ref_hit) hits;
    const char *armed;     /* the kind a cue word announced, while armed_until */
    size_t armed_until;
    size_t cue_at, cue_end; /* where that cue word starts, and what follows it */
    size_t cue_seen;       /* … when cue_body is the body named before it */
    const unres_refbody *cue_body;
    size_t peek_e, peek_de, peek_at; /* the date body_after read after e: its end, start */
    char peek_iso[11];
    size_t zh_pending;     /* first hit still waiting for 决议 / 决定 */
    const char *sent_kind; /* the kind the sentence's last cue word announced */
    size_t list_from;      /* the first hit after the last cue word */
    size_t pd_next;        /* a date ended just before this offset (Chinese order) */
    size_t pd_start, pd_end;
    char pdate[11];
    bool zh;
    bool inner;            /* reading a name inside another name (nested_names) */
} scan;

static void arm(scan *S, const char *kind, size_t until) {
    if (kind) S->armed = kind;
    if (until > S->armed_until) S->armed_until = until;
}
static const char *armed(const scan *S, size_t i) { return i <= S->armed_until ? S->armed : NULL; }

static size_t cue_at(scan *S, size_t i, const char **kind);
static size_t join_at(const scan *S, size_t lim, size_t k);

/* Chinese: after 第…号 (ending at e) come its cue word or the list's next
 * number (、, 和); else it is another kind of number (第1997/2号商定结论). */
static bool zh_number_goes_on(scan *S, size_t e) {
    const char *s = S->s;
    size_t n = S->n, q = skip_ws(s, n, e);
    const char *kind;
    return q >= n || cp_at(s, n, q) == 0x3001 || cue_at(S, q, &kind) || join_at(S, n, q);
}

/* Chinese: the numbers waiting for a cue word get none (工作文件，第18/96号): they
 * are no resolutions. */
static void zh_close(scan *S) {
    size_t w = S->zh_pending;
    for (size_t k = S->zh_pending; k < S->hits.n; k++)
        if (!S->hits.v[k].bare) S->hits.v[w++] = S->hits.v[k];
    S->hits.n = S->zh_pending = w;
}

/* utf8_prefix_fold(s + i, n - i, w), most often decided here: code point
 * against code point as it compares them, ASCII without decoding.  What
 * this does not follow (spaces in w, Arabic marks, the end of s) it leaves
 * to utf8_prefix_fold, from the start. */
static size_t fold_at(const char *s, size_t n, size_t i, const char *w) {
    for (size_t k = i, j = 0;;) {
        unsigned char b = (unsigned char)w[j];
        if (!b) {
            /* matched: Arabic marks may follow (0xD9 leads them) */
            if (k < n && (unsigned char)s[k] == 0xD9) break;
            return k - i;
        }
        if (b == ' ' || k >= n) break;
        unsigned char a = (unsigned char)s[k];
        if (a < 0x80 && b < 0x80) {
            if (lower_tab[a] != lower_tab[b]) return 0;
            k++, j++;
            continue;
        }
        if (a == b && b != 0xD9) {
            /* the same character (not an Arabic mark) matches */
            size_t l = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4, q = 1;
            while (q < l && w[j + q] && k + q < n && s[k + q] == w[j + q]) q++;
            if (q == l) {
                k += l, j += l;
                continue;
            }
        }
        uint32_t ca, cb;
        int la = utf8_decode(s + k, n - k, &ca), lb = utf8_decode(w + j, 4, &cb);
        if (!la || !lb || pf_ignorable(ca) || pf_ignorable(cb)) break;
        if (ca != cb && !(ca == 0x2019 && cb == '\'') && !(ca == '\'' && cb == 0x2019) && cp_fold(ca) != cp_fold(cb))
            return 0;
        k += (size_t)la, j += (size_t)lb;
    }
    return utf8_prefix_fold(s + i, n - i, w);
}

/* fold16_at for word k of ix (flen 0: not such a word). */
static inline size_t fold16(const char *s, size_t n, size_t i, const wordix *ix, size_t k) {
    return fold16_at(s, n, i, ix->fw[k], ix->flen[k]);
}

/* The longest word of a NULL-terminated list at s+i, on a word boundary;
 * through its index ix where there is one. */
static size_t word_at(const char *s, size_t n, size_t i, const char *const *list, const wordix *ix, bool cjk) {
    size_t best = 0;
    unsigned char a = (unsigned char)s[i];
    if (ix && ix->ok) {
        for (uint32_t m = a < 0x80 ? ix->first[a | 32] | ix->other : ix->all; m; m &= m - 1) {
            size_t k = (size_t)__builtin_ctz(m), l = fold16(s, n, i, ix, k);
            if (l == (size_t)-1) l = fold_at(s, n, i, list[k]);
            if (l > best && (cjk || !is_letter(cp_at(s, n, i + l)))) best = l;
        }
        return best;
    }
    for (const char *const *w = list; w && *w; w++) {
        unsigned char b = (unsigned char)(*w)[0];
        if (a < 0x80 && b < 0x80 && (a | 32) != (b | 32)) continue;
        size_t m = fold_at(s, n, i, *w);
        if (m > best && (cjk || !is_letter(cp_at(s, n, i + m)))) best = m;
    }
    return best;
}

/* A word joining a list's items ("and", "et", "和") at s+k, before lim: its length. */
static size_t join_at(const scan *S, size_t lim, size_t k) {
    return word_at(S->s, lim, k, S->t->ref_letter_joins, S->x ? &S->x->joins : NULL, S->zh);
}

/* A cue word at s+i: its kind and length. */
static size_t cue_at(scan *S, size_t i, const char **kind) {
    const unres_lang_table *t = S->t;
    size_t best = 0;
    bool open_end = S->zh || t->lang == UNRES_LANG_AR;
    if (t->ref_cues) {
        for (const unres_refcue *c = t->ref_cues; c->word; c++) {
            unsigned char a = (unsigned char)S->s[i], b = (unsigned char)c->word[0];
            if (a < 0x80 && b < 0x80 && (a | 32) != (b | 32)) continue;
            size_t k = (size_t)(c - t->ref_cues), m = S->x && k < 32 ? fold16(S->s, S->n, i, &S->x->cuefw, k) : (size_t)-1;
            if (m == (size_t)-1) m = fold_at(S->s, S->n, i, c->word);
            if (m > best && (open_end || !is_letter(cp_at(S->s, S->n, i + m)))) {
                best = m;
                *kind = c->kind;
            }
        }
        return best;
    }
    best = word_at(S->s, S->n, i, t->ref_words, NULL, open_end);
    if (best) *kind = "resolution";
    return best;
}

static ref_hit *push(scan *S, const char *kind, const char *sym, size_t st, size_t en) {
    ref_hit h = {0};
    h.kind = kind;
    h.symbol = sym ? arena_strdup(S->a, sym) : NULL;
    h.start = st;
    h.end = en;
    VEC_PUSH(S->a, S->hits, h);
    return &S->hits.v[S->hits.n - 1];
}

/* "of 2 December 2004" at e: the date's end (its start in *at), or 0. */
static size_t date_linked(const scan *S, size_t e, size_t *at, char iso[11]) {
    const char *s = S->s;
    size_t n = S->n, j = skip_ws(s, n, e);
    if (j < n && s[j] == ',') j = skip_ws(s, n, j + 1);
    else if (cp_at(s, n, j) == 0x060C) j = skip_ws(s, n, j + 2);
    size_t m = word_at(s, n, j, S->t->ref_date_links, S->x ? &S->x->date_links : NULL, false);
    if (!m) return 0;
    *at = j = skip_ws(s, n, j + m);
    return date_at(S->t, s, n, j, iso);
}

/* s[a, b) only separates the items of a list: a comma, "and" (which joined asks for). */
static bool list_gap(const scan *S, size_t a, size_t b, bool joined) {
    const char *s = S->s;
    if (a > b || b - a > 8) return false;
    size_t k = skip_ws(s, b, a);
    if (k < b && s[k] == ',') k = skip_ws(s, b, k + 1);
    size_t l = k < b ? join_at(S, b, k) : 0;
    if (l) k = skip_ws(s, b, k + l);
    return k == b && (l || !joined);
}

/* "of 2 December 2004" after hits [from, n): the date goes to each.  As
 * body_after read it, where it did. */
static size_t link_date(scan *S, size_t from, size_t e) {
    size_t j = S->peek_at, de = S->peek_de;
    char iso[11];
    if (S->peek_e == e) memcpy(iso, S->peek_iso, 11);
    else de = date_linked(S, e, &j, iso);
    S->peek_e = (size_t)-1;
    if (!de) return e;
    /* the first day of "18–20 March 2010" ("2010年3月1日至5日"): the reference
     * runs to the range's end */
    char iso2[11];
    size_t end = date_range_end(S->t, S->s, S->n, de, iso, iso2);
    if (!end) end = de;
    for (size_t k = from; k < S->hits.n; k++) {
        ref_hit *h = &S->hits.v[k];
        h->date = arena_strdup(S->a, iso);
        h->dstart = j;
        h->dend = de;
        h->end = end;
    }
    /* "resolutions 5/1 and 5/2 of 18 June 2007": the numbers listed right
     * before, with no date of their own, were adopted that day too */
    for (size_t k = from; k > S->list_from && k > 0 && !S->zh; k--) {
        ref_hit *h = &S->hits.v[k - 1];
        /* "and" before the dated one ("242 (1967), 338 (1973), 425 (1978) of 19
         * March 1978" dates the last only); a Security Council number's year is its own */
        const char *y = h->symbol ? strchr(h->symbol, '(') : NULL;
        if (h->date || !h->symbol || strcmp(h->kind, S->hits.v[k].kind) ||
            !list_gap(S, h->end, S->hits.v[k].start, k == from) || (y && strncmp(y + 1, iso, 4)))
            break;
        h->date = S->hits.v[from].date;
        h->dstart = j;
        h->dend = de;
    }
    return end;
}

/* "the special report of 10 September 2002 (S/2002/1005)": a date right
 * before the parenthesis a symbol opens is its date, but for a range's end
 * ("1 August 2009–31 July 2010 (S/INF/65)" covers a period). */
static inline void date_before_paren(scan *S, size_t from) {
    const char *s = S->s;
    /* pd_next is (size_t)-1 where no date was read */
    if (from == S->hits.n || S->pd_next == (size_t)-1 || S->hits.v[from].start != S->pd_next + 1 || S->zh ||
        S->hits.v[from].date || s[S->pd_next] != '(')
        return;
    size_t q = S->pd_start;
    while (q && s[q - 1] == ' ') q--;
    if (q && (s[q - 1] == '-' || (q >= 3 && !memcmp(s + q - 3, "\xE2\x80\x93", 3)))) return;
    for (size_t k = from; k < S->hits.n; k++) {
        ref_hit *h = &S->hits.v[k];
        h->date = arena_strdup(S->a, S->pdate);
        h->dstart = S->pd_start;
        h->dend = S->pd_end;
    }
}

static const unres_refbody *body_ending(const scan *S, size_t q, size_t *len);

/* Chinese: where a description of a cited number that ends at q begins
 * (2015年9月25日大会题为“…”的第70/1号决议: q is 第, the description 题为“…”的),
 * or q where none does.  Inside quotes (“…”, 《…》) anything but a sentence's end goes;
 * outside them, no comma or colon. */
static size_t description_before(const scan *S, size_t q) {
    const unres_lang_table *t = S->t;
    const char *s = S->s, *end = t->ref_description_end;
    size_t le = end ? strlen(end) : 0;
    if (!le || q < le || memcmp(s + q - le, end, le)) return q;
    int depth = 0;
    for (size_t k = q - le, lim = q > 600 ? q - 600 : 0; k > lim;) {
        do k--; while (k > lim && ((unsigned char)s[k] & 0xC0) == 0x80);
        uint32_t c = cp_at(s, S->n, k);
        if (c == 0x201D || c == 0x300B) depth++;
        else if (c == 0x201C || c == 0x300A) depth--;
        else if (c == 0x3002 || c == 0xFF1B || (!depth && (c == 0xFF0C || c == 0xFF1A || c == 0x7B2C)))
            return q;
        if (depth < 0) return q;
        if (depth) continue;
        for (const char *const *w = t->ref_descriptions; *w; w++)
            if (!memcmp(s + k, *w, strnlen(*w, (size_t)(q - k)))) return k;
    }
    return q;
}

/* w (l bytes) ends at s+q, ASCII in any case. */
static bool ends_with(const char *s, size_t q, const char *w, size_t l) {
    if (q < l) return false;
    for (size_t k = 0; k < l; k++)
        if (lower_tab[(unsigned char)s[q - l + k]] != lower_tab[(unsigned char)w[k]]) return false;
    return true;
}
/* One of the table's words for "adopted" ending at q: its length, or 0. */
static size_t adopted_before(const scan *S, size_t q) {
    for (const char *const *w = S->t->ref_adopted; w && *w; w++)
        if (ends_with(S->s, q, *w, strlen(*w))) return strlen(*w);
    return 0;
}

/* One of the table's issuers of documents (秘书处) ending at q: its length, or 0. */
static size_t issuer_before(const scan *S, size_t q) {
    for (const char *const *w = S->t->ref_issuers; w && *w; w++)
        if (ends_with(S->s, q, *w, strlen(*w))) return strlen(*w);
    return 0;
}

/* Chinese puts what belongs to a cited number before its 第 (at q): its
 * date, its body, "adopted" (通过的) and a description, in either order (人权理事会2022年3月31日
 * 题为“…”的第49/6号决议, 2015年9月25日大会关于…的第70/1号决议).  The body named
 * there into *body (NULL if none); returns whether the last date read is
 * the number's. */
static bool lead_before(const scan *S, size_t q, const unres_refbody **body) {
    bool dated = false;
    if (body) *body = NULL;
    for (int step = 0; step < 4; step++) {
        while (q && S->s[q - 1] == ' ') q--;
        size_t l, d;
        const unres_refbody *b;
        if (!dated && S->pd_next == q) dated = true, q = S->pd_start;
        else if ((l = adopted_before(S, q))) q -= l;
        else if ((l = issuer_before(S, q))) q -= l;
        else if ((b = body_ending(S, q, &l))) {
            if (body && !*body) *body = b;
            q -= l;
        } else if ((d = description_before(S, q)) < q) q = d;
        else break;
    }
    return dated;
}

/* Chinese: the date before 第 (at st) belongs to the reference. */
static void link_date_before(scan *S, size_t st, size_t from) {
    if (!S->zh || S->pd_next == (size_t)-1 || S->pd_next > st || !lead_before(S, st, NULL)) return;
    for (size_t k = from; k < S->hits.n; k++) {
        ref_hit *h = &S->hits.v[k];
        h->date = arena_strdup(S->a, S->pdate);
        h->dstart = S->pd_start;
        h->dend = S->pd_end;
        /* the date written right before it opens the reference */
        if (S->pd_next == st) h->start = S->pd_start;
    }
    S->pd_next = (size_t)-1;
}

/* "A and B", "A-B", "A to D", "A.2, A.3 and B" after a number: the parts
 * of a resolution adopted in parts, each a capital (and ".2") standing
 * alone.  Returns the bytes read, the parts into P. */
typedef char part[8];
static size_t part_one(const char *s, size_t n, size_t k, part p) {
    if (!(k < n && upc(s[k]))) return 0;
    size_t e = k + 1;
    if (e + 1 < n && s[e] == '.' && dig(s[e + 1]))
        for (e++; e < n && dig(s[e]) && e - k < 7; e++) {}
    if (e < n && (alnum(s[e]) || s[e] == '/' || (s[e] == '.' && e + 1 < n && dig(s[e + 1])))) return 0;
    memcpy(p, s + k, e - k);
    p[e - k] = 0;
    return e - k;
}
static size_t letters_at(scan *S, size_t i, part *P, int *np) {
    const char *s = S->s;
    size_t n = S->n, j = i;
    *np = 0;
    if (!(j < n && (s[j] == ' ' || (S->zh && upc(s[j]))))) return 0;
    j = skip_ws(s, n, j);
    size_t m = part_one(s, n, j, P[0]);
    if (!m) return 0;
    *np = 1;
    size_t end = j += m;
    for (;;) {
        size_t k = skip_ws(s, n, j);
        bool range = false;
        if (k < n && (s[k] == '-' || s[k] == ',')) k++;
        else {
            size_t w = join_at(S, n, k);
            if (!w) {
                w = word_at(s, n, k, S->t->range_words, S->x ? &S->x->ranges : NULL, false);
                range = w > 0;
            }
            if (!w) break;
            k += w;
        }
        k = skip_ws(s, n, k);
        part p;
        if (!(m = part_one(s, n, k, p))) break;
        if (range && m == 1 && !P[*np - 1][1])
            for (char c = (char)(P[*np - 1][0] + 1); c < p[0] && *np < 7; c++) P[*np][0] = c, P[(*np)++][1] = 0;
        if (*np < 8) memcpy(P[(*np)++], p, sizeof p);
        j = end = k + m;
    }
    return end - i;
}

/* "SYM A", "SYM B", … for each part. */
static void push_parts(scan *S, const char *kind, const char *sym, const part *P, int np, size_t st, size_t en) {
    for (int k = 0; k < np; k++) {
        char s2[112];
        size_t ls = strnlen(sym, 100), lp = strlen(P[k]);
        memcpy(s2, sym, ls);
        s2[ls] = ' ';
        memcpy(s2 + ls + 1, P[k], lp + 1);
        push(S, kind, s2, st, en);
    }
}

static const char *roman_of(int v, char *buf) {
    static const char *const r[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    static const char *const x[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    snprintf(buf, 16, "%s%s", x[v / 10 % 10], r[v % 10]);
    return buf;
}

/* Plausible Security Council resolution number for a year: the Council
 * passed resolution 1 in 1946, ~700 by 1991 and ~2760 by 2024. */
static bool sc_plausible(long num, long year) {
    static const struct { int y, lo, hi; } pts[] = {
        {1946, 1, 20}, {1960, 130, 170}, {1980, 460, 485}, {1991, 680, 730},
        {2000, 1280, 1340}, {2010, 1910, 1965}, {2020, 2500, 2565}, {2025, 2760, 2820}};
    if (year < 1946 || year > 2100 || num < 1) return false;
    for (size_t k = 0; k + 1 < sizeof pts / sizeof *pts; k++)
        if (year >= pts[k].y && year <= pts[k + 1].y) return num >= pts[k].lo - 5 && num <= pts[k + 1].hi + 5;
    return num >= 2700;
}

/* ---- the body a cited number belongs to ---- */

/* s[q-l, q) is w, ASCII letters in any case. */
static uint16_t two_at(const char *s, size_t i) {
    return (uint16_t)(lower_tab[(unsigned char)s[i]] | lower_tab[(unsigned char)s[i + 1]] << 8);
}

/* The body named right before s+p ("Human Rights Council resolution",
 * "قرار مجلس حقوق الإنسان 16/18", "人权理事会2011年3月24日第16/18号决议"), or
 * whose record the reference just before is ("WHA58/2005/REC/1, resolution
 * 58.3"): the longest.  Chinese and Arabic join words to names before them. */
static const unres_refbody *body_ending(const scan *S, size_t q, size_t *len) {
    const char *s = S->s;
    const refindex *x = S->x;
    const unres_refbody *best = NULL;
    size_t bl = 0;
    bool joined = S->zh || S->t->lang == UNRES_LANG_AR;
    uint16_t tail = q >= 2 ? two_at(s, q - 2) : 0;
    for (size_t k = 0; x->tails[tail >> 3] >> (tail & 7) & 1 && k < x->n_bodies; k++) {
        const unres_refbody *b = &S->t->ref_bodies[k];
        size_t l = x->body_len[k];
        if (x->body_tail[k] == tail && b->where & BODY_BEFORE && l > bl && ends_with(s, q, b->phrase, l) &&
            (joined || !is_letter(cp_before(s, q - l))))
            best = b, bl = l;
    }
    *len = bl;
    return best;
}
static const unres_refbody *body_before(const scan *S, size_t p, bool records) {
    const char *s = S->s;
    size_t q = p, bl;
    while (q && s[q - 1] == ' ') q--;
    const unres_refbody *best;
    if (S->zh && q >= 3 && !memcmp(s + q - 3, "第", 3)) {
        q -= 3;
        lead_before(S, q, &best);
    } else
        best = body_ending(S, q, &bl);
    if (best || !records || !S->hits.n) return best;
    const ref_hit *h = &S->hits.v[S->hits.n - 1];
    if (q && s[q - 1] == ',') q--;
    if (h->end != q || !h->symbol) return NULL;
    for (const unres_refbody *b = S->t->ref_bodies; b->phrase; b++) {
        size_t l = strlen(b->family);
        if (!strncmp(h->symbol, b->family, l) && dig(h->symbol[l])) return b;
    }
    return NULL;
}

/* w at s+k, ASCII letters in any case and ' as ’ too: its length in s, or 0. */
static size_t phrase_at(const char *s, size_t n, size_t k, const char *w) {
    size_t i = k;
    for (; *w; w++, i++) {
        if (i >= n) return 0;
        if (*w == '\'' && i + 3 <= n && !memcmp(s + i, "\xE2\x80\x99", 3)) i += 2;
        else if (lower_tab[(unsigned char)s[i]] != lower_tab[(unsigned char)*w]) return 0;
    }
    return i - k;
}

/* A body's name that starts at s+k, where may says, the longest. */
static const unres_refbody *body_at(const scan *S, size_t k, int may, size_t *len) {
    const char *s = S->s;
    const refindex *x = S->x;
    const unres_refbody *best = NULL;
    *len = 0;
    if (k + 4 > S->n) return NULL;
    uint32_t head = four_at(s, k);
    unsigned h = head13(head);
    if (!(x->heads[may == BODY_LATER][h >> 3] >> (h & 7) & 1)) return NULL;
    for (size_t j = 0; j < x->n_bodies; j++) {
        const unres_refbody *b = &S->t->ref_bodies[j];
        if (x->body_head[j] != head || !(b->where & may)) continue;
        size_t l = phrase_at(s, S->n, k, b->phrase);
        if (l > *len && !is_letter(cp_at(s, S->n, k + l))) best = b, *len = l;
    }
    return best;
}

/* The body named after a cited number that ends at e: right after it or its
 * date ("16/18 du Conseil des droits de l'homme", "16/18 of 24 March 2011
 * of the Human Rights Council"), or further on in its clause ("16/18 … and
 * all its subsequent versions adopted by the Human Rights Council").  *end
 * is past a name right after the number, where its date may follow.  The
 * date read is kept for link_date. */
static const unres_refbody *body_after(scan *S, size_t e, size_t *end) {
    const char *s = S->s;
    size_t n = S->n, j = e, l;
    *end = e;
    for (int pass = 0; pass < 2; pass++) {
        size_t k = skip_ws(s, n, j);
        if (k < n && s[k] == ',') k = skip_ws(s, n, k + 1);
        const unres_refbody *b = body_at(S, k, BODY_AFTER, &l);
        if (b) {
            if (!pass) *end = k + l;
            return b;
        }
        if (pass) break;
        S->peek_e = e;
        S->peek_de = date_linked(S, e, &S->peek_at, S->peek_iso);
        if (!S->peek_de) break;
        j = S->peek_de;
    }
    /* further on: to the clause's end, 64 bytes at most */
    const uint8_t *later = S->x->later;
    for (size_t k = j, lim = j + 64 < n ? j + 64 : n; k < lim; k++) {
        uint8_t c = later[(unsigned char)s[k]];
        if (!c) continue;
        if (c == 1) break;
        const unres_refbody *b = k && s[k - 1] == ' ' ? body_at(S, k, BODY_LATER, &l) : NULL;
        if (b) return b;
    }
    return NULL;
}

/* The body of a number cited at s+i (ending at e) after a cue word, if the
 * text names one; *end as body_after's, *later whether it was named after
 * the number (later may be NULL). */
static const unres_refbody *body_of(scan *S, size_t i, size_t e, size_t *end, bool records, bool *later) {
    *end = e;
    if (!S->x || !S->x->n_bodies) return NULL;
    /* right after the cue word ("resolution 16/18") no name comes between */
    const unres_refbody *b = S->cue_end == i ? NULL : body_before(S, i, false);
    if (!b && !S->zh && S->armed && S->cue_at < i) {
        /* the numbers of a list share their cue word's */
        if (records || S->cue_seen != S->cue_at) S->cue_body = body_before(S, S->cue_at, records);
        S->cue_seen = records ? (size_t)-1 : S->cue_at;
        b = S->cue_body;
    }
    if (later) *later = !b;
    return b ? b : body_after(S, e, end);
}

/* sym ("E/RES/2023/315", "A/DEC/50/411") in family ("A/HRC/RES/", or NULL
 * for its own), a decision's or a resolution's: NULL where sym has no RES/
 * or DEC/, or family is not a RES/ one. */
static const char *refamily(scan *S, const char *sym, const char *family, bool dec) {
    const char *r = sym ? strstr(sym, "RES/") : NULL;
    if (!r && sym) r = strstr(sym, "DEC/");
    size_t fl = family ? strlen(family) : 0;
    if (!r || (family && (fl < 4 || strcmp(family + fl - 4, "RES/")))) return NULL;
    const char *pre = family ? family : sym;
    int pl = family ? (int)(fl - 4) : (int)(r - sym);
    return arena_printf(S->a, "%.*s%s%s", pl, pre, dec ? "DEC/" : "RES/", r + 4);
}

/* s+i comes next in a list: after a comma or "and" ("…, 74/274", "… and 74/307"). */
static bool after_list_sep(const scan *S, size_t i) {
    const char *s = S->s;
    size_t q = i;
    while (q && s[q - 1] == ' ') q--;
    if (q && s[q - 1] == ',') return true;
    size_t w = q;
    while (w && s[w - 1] != ' ') w--;
    return w < q && join_at(S, q, w) == q - w;
}

/* A cited number at s+i (the digit, or S-/ES-).  Returns its end or 0. */
static size_t resnum_(scan *S, size_t i, bool cued, size_t *zh_end);

/* "World Health Assembly resolution 71.3": a number with a dot, where the
 * body named numbers its resolutions so (WHA71.3).  de is the dot. */
static size_t dotted(scan *S, size_t i, size_t de) {
    const char *s = S->s;
    size_t n = S->n, e = de + 1;
    while (e < n && dig(s[e])) e++;
    if (e < n && (alnum(s[e]) || s[e] == '/' || (s[e] == '.' && e + 1 < n && dig(s[e + 1])))) return 0;
    size_t end;
    const unres_refbody *b = body_of(S, i, e, &end, true, NULL);
    if (!b || !*b->family || strchr(b->family, '/') || e - i > 12) return 0;
    char sym[32];
    size_t lf = strnlen(b->family, 16);
    memcpy(sym, b->family, lf);
    memcpy(sym + lf, s + i, e - i);
    sym[lf + e - i] = 0;
    push(S, "resolution", sym, i, e);
    return end;
}
static size_t resnum(scan *S, size_t i, bool cued) {
    size_t from = S->hits.n, zh_end = 0;
    size_t e = resnum_(S, i, cued, &zh_end);
    if (e && zh_end) {
        for (size_t k = from; k < S->hits.n; k++) S->hits.v[k].end = zh_end, S->hits.v[k].bare = true;
        if (!zh_number_goes_on(S, zh_end)) S->hits.n = from;
        link_date_before(S, i, from);
        /* 2015年12月22日第70/213和70/219号决议: one 第 and its date for both */
        const ref_hit *p = from > S->zh_pending ? &S->hits.v[from - 1] : NULL;
        if (p && p->date && from < S->hits.n && !S->hits.v[from].date && p->end <= i && i - p->end <= 9 &&
            !memmem(S->s + p->end, i - p->end, "第", 3))
            for (size_t k = from; k < S->hits.n; k++) {
                S->hits.v[k].date = p->date;
                S->hits.v[k].dstart = p->dstart;
                S->hits.v[k].dend = p->dend;
            }
        return zh_end;
    }
    return e;
}
static size_t resnum_(scan *S, size_t i, bool cued, size_t *zh_endp) {
    const char *s = S->s;
    size_t n = S->n;
    int form = 0;
    /* digits go on with '/', '(' or a space (or NBSP), or there is none (scanners.re) */
    size_t de = i;
    while (de < n && dig(s[de])) de++;
    if (de > i && de + 1 < n && s[de] == '.' && dig(s[de + 1]) && armed(S, i))
        return dotted(S, i, de);
    if (de > i && !(de < n && (s[de] == '/' || s[de] == '(' || s[de] == ' ' || (unsigned char)s[de] == 0xC2)))
        return 0;
    size_t m = scan_resnum(s + i, n - i, &form);
    if (!m) return 0;
    size_t e = i + m;
    if (e < n && (alnum(s[e]) || s[e] == '/' || (s[e] == '.' && e + 1 < n && dig(s[e + 1])))) return 0;
    const char *kind = armed(S, i);
    if (!kind && cued) kind = "resolution";
    /* Chinese: the number is followed by 号 (见S-30/1号决议) */
    size_t zh_end = 0;
    *zh_endp = 0;
    if (S->zh) {
        size_t q = skip_ws(s, n, e);
        if (q + 3 <= n && !memcmp(s + q, "号", 3)) {
            zh_end = q + 3;
            if (!kind) kind = "resolution";
            *zh_endp = zh_end;
        }
    }
    char sym[96];
    const char *sess = s + i;
    long a = strtol(dig(sess[0]) ? sess : strchr(sess, '-') + 1, NULL, 10);
    if (form == RN_GA) {
        /* "resolutions 74/270 of 2 April 2020 on …, 74/274 of 20 April 2020 on …": a
         * number with its date, far from its cue word but in its sentence */
        char iso[11];
        size_t at;
        if (!kind && S->sent_kind && after_list_sep(S, i) && date_linked(S, e, &at, iso)) kind = S->sent_kind;
        if (!kind) return 0;
        const char *slash = memchr(s + i, '/', m);
        long b = strtol(slash + 1, NULL, 10);
        bool year = dig(sess[0]) && a >= 1946 && a < 2200;
        if (b < 1 || b > 9999 || (dig(sess[0]) && (a < 1 || (a > 99 && !year)))) return 0;
        bool dec = !strcmp(kind, "decision");
        if (!strcmp(kind, "presidential_statement")) return 0;
        part P[8];
        int np = 0;
        size_t lm = letters_at(S, e, P, &np), end;
        /* the body named next to it, else the organ's: the symbol's family */
        bool later;
        const unres_refbody *body = body_of(S, i, e + lm, &end, false, &later);
        const char *pre = body && strchr(body->family, '/') ? body->family
                          : year || !strcmp(S->organ, "economic_and_social_council") ? "E/RES/"
                          : !strcmp(S->organ, "human_rights_council") ? "A/HRC/RES/"
                          : "A/RES/";
        /* pre (its RES as DEC) and the number, cut to fit as snprintf would */
        size_t lp = strlen(pre), ln = m < sizeof sym - 1 - lp ? m : sizeof sym - 1 - lp;
        memcpy(sym, pre, lp);
        if (dec && lp >= 4 && !memcmp(sym + lp - 4, "RES/", 4)) memcpy(sym + lp - 4, "DEC/", 4);
        memcpy(sym + lp, s + i, ln);
        sym[lp + ln] = 0;
        size_t first = S->hits.n;
        if (!np) push(S, dec ? "decision" : "resolution", sym, i, e);
        else push_parts(S, dec ? "decision" : "resolution", sym, P, np, i, e + lm);
        for (size_t k = first; k < S->hits.n; k++) {
            S->hits.v[k].organ_default = !body;
            /* another body's series, which has no symbol in the UN's system */
            if (body && !*body->family) S->hits.v[k].symbol = NULL;
        }
        /* "resolutions 16/18 and 19/25 of the Human Rights Council": the body
         * named after a list's last number is its earlier numbers' too */
        if (body && later && !S->zh)
            for (size_t k = S->list_from; k < first; k++) {
                ref_hit *h = &S->hits.v[k];
                const char *sym2 = h->organ_default ? refamily(S, h->symbol, body->family, !strcmp(h->kind, "decision")) : NULL;
                if (sym2) h->symbol = sym2, h->organ_default = false;
            }
        return end;
    }
    if (form == RN_SC) {
        const char *par = memchr(s + i, '(', m);
        long y = strtol(par + 1, NULL, 10);
        if (!kind && !sc_plausible(a, y)) return 0;
        if (kind && strcmp(kind, "resolution") && !sc_plausible(a, y)) return 0;
        snprintf(sym, sizeof sym, "S/RES/%ld(%ld)", a, y);
        push(S, "resolution", sym, i, e);
        return e;
    }
    /* 3363 (XXX), 3367 A (XXX), 3201 (S-VI), 1079 (د-39) */
    char rom[24] = "", L = 0;
    const char *par = memchr(s + i, '(', m);
    const char *q = s + i;
    while (dig(*q)) q++;
    q = (const char *)s + (size_t)(q - s);
    if (*q == ' ' && upc(q[1])) L = q[1];
    if (form == RN_OLD_AR) {
        const char *d = par + 1;
        while (!dig(*d)) d++;
        char buf[16];
        snprintf(rom, sizeof rom, "%s", roman_of((int)strtol(d, NULL, 10), buf));
    } else {
        size_t k = 0;
        for (const char *c = par + 1; *c != ')' && k + 1 < sizeof rom; c++) {
            unsigned char u = (unsigned char)*c;
            if (u == 0xD0) {
                unsigned char v = (unsigned char)*++c;
                rom[k++] = v == 0xA5 ? 'X' : v == 0xA1 ? 'C' : 'I';
            } else rom[k++] = *c;
        }
        rom[k] = 0;
    }
    /* "Economic and Social Council resolution 1894 (LVII)": the body's; the
     * Assembly numbered its sessions in Roman up to the thirtieth (1975), the
     * Council beyond: "Council resolution 1817 (LV)", "قرارات المجلس 1079 (د-39)" */
    size_t end;
    const unres_refbody *body = body_of(S, i, e, &end, false, NULL);
    int session = roman_value(rom, strlen(rom));
    const char *pre = body && strchr(body->family, '/')                                  ? body->family
                      : session > 30 || !strcmp(S->organ, "economic_and_social_council") ? "E/RES/"
                                                                                         : "A/RES/";
    if (L) snprintf(sym, sizeof sym, "%s%ld %c(%s)", pre, a, L, rom);
    else snprintf(sym, sizeof sym, "%s%ld(%s)", pre, a, rom);
    push(S, kind && !strcmp(kind, "decision") ? "decision" : "resolution", body && !*body->family ? NULL : sym, i, e);
    return end;
}

/* Every symbol opens with one to six capitals and '/' or '(', or two to six
 * and a number (scanners.re). */
static inline bool symbol_may(const char *s, size_t n, size_t i) {
    size_t u = i;
    while (u < n && u - i < 7 && upc(s[u])) u++;
    if (u - i > 6 || u >= n) return false;
    if (s[u] == '/' || s[u] == '(') return true;
    /* or a session after them: WHA69/2016/REC/1, WHA71.3 */
    if (u - i < 2 || !dig(s[u])) return false;
    while (u < n && dig(s[u])) u++;
    return u < n && (s[u] == '/' || s[u] == '.');
}

/* A symbol at s+i, a joint second symbol, "and Add.1". Returns the end or 0. */
/* A Security Council or General Assembly document symbol as OCR misreads
 * it in typescripts: 5 for the organ S ("5/2002/1005", with a year after
 * it), O or G for a 0 between digits ("S/26G26").  Only symbols of numbers
 * are read so. */
static size_t symbol_ocr(const char *s, size_t n, size_t i, char *out, size_t outsz) {
    char b[40];
    size_t k = 0;
    bool fixed = false;
    for (; i + k < n && k < sizeof b - 1; k++) {
        char c = s[i + k];
        if (!k && c == '5') c = 'S', fixed = true;
        else if ((c == 'O' || c == 'o' || c == 'G') && k && dig(s[i + k - 1]) && i + k + 1 < n && dig(s[i + k + 1]))
            c = '0', fixed = true;
        else if (!(upc(c) || dig(c) || c == '/')) break;
        b[k] = c;
    }
    size_t m = fixed ? symbol_scan(b, k, out, outsz) : 0;
    if (!m || !((out[0] == 'S' || out[0] == 'A') && out[1] == '/')) return 0;
    for (const char *c = out + 2; *c; c++)
        if (!dig(*c) && *c != '/') return 0;
    long y = strtol(out + 2, NULL, 10);
    return s[i] != '5' || (y >= 1946 && y < 2100 && out[6] == '/') ? m : 0;
}

static size_t symbol_here(scan *S, size_t i) {
    const char *s = S->s;
    size_t n = S->n;
    bool five = s[i] == '5';
    if (!five && !symbol_may(s, n, i)) return 0;
    char sym[128];
    size_t m = five ? 0 : symbol_scan(s + i, n - i, sym, sizeof sym);
    if (!m) m = symbol_ocr(s, n, i, sym, sizeof sym);
    if (!m) return 0;
    size_t e = i + m;
    bool ph = strchr(sym, '_') != NULL; /* A/80/___ */
    /* GC(59)/RES/12 A, GC(69)/RES/9 A.2, A.3 and B: the parts */
    part P[8];
    int np = 0;
    size_t lm = e + 1 < n && s[e] == ' ' && upc(s[e + 1]) && dig(s[e - 1]) && strstr(sym, "/RES/")
                    ? letters_at(S, e, P, &np)
                    : 0;
    if (np) {
        push_parts(S, "resolution", sym, P, np, i, e + lm);
        return e + lm;
    }
    size_t from = S->hits.n;
    ref_hit *h = push(S, ph ? "document" : symbol_kind(sym), ph ? NULL : sym, i, e);
    h->placeholder = ph;
    /* 1999年5月14日秘书处ST/CS/SER.A/29/Rev.1号文件: the date before a
     * document's number, and who issued it, are the document's */
    if (S->zh && e + 3 <= n && !memcmp(s + e, "号", 3)) link_date_before(S, i, from);
    /* A/79/302-S/2024/600, A/65/382–S/2010/490 */
    size_t j = e;
    if (j < n && s[j] == '-') j++;
    else if (j + 3 <= n && !memcmp(s + j, "\xE2\x80\x93", 3)) j += 3;
    if (j > e && j < n && upc(s[j])) {
        char sym2[128];
        size_t m2 = symbol_scan(s + j, n - j, sym2, sizeof sym2);
        if (m2) {
            push(S, symbol_kind(sym2), sym2, j, j + m2);
            e = j + m2;
        }
    }
    /* "A/70/L.8 and Add.1", "(A/55/L.21 y Add.1)": the addendum of the last one */
    for (;;) {
        size_t k = skip_ws(s, n, e);
        size_t w = join_at(S, n, k);
        if (!w && k < n && s[k] == ',') w = 1;
        if (!w) break;
        k = skip_ws(s, n, k + w);
        /* "A/73/12 (Part I) and (Part II)": another part of the last one */
        const char *last = S->hits.v[S->hits.n - 1].symbol, *lp;
        if (k + 8 < n && !memcmp(s + k, "(Part ", 6) && last && (lp = strstr(last, "(Part "))) {
            size_t q = k + 6;
            while (q < n && (s[q] == 'I' || s[q] == 'V' || s[q] == 'X')) q++;
            if (q == k + 6 || !(q < n && s[q] == ')')) break;
            char s3[160];
            snprintf(s3, sizeof s3, "%.*s%.*s", (int)(lp - last), last, (int)(q + 1 - k), s + k);
            push(S, symbol_kind(s3), s3, k, q + 1);
            e = q + 1;
            continue;
        }
        if (!(k + 4 < n && (!memcmp(s + k, "Add.", 4) || !memcmp(s + k, "Rev.", 4) || !memcmp(s + k, "Corr.", 5))))
            break;
        size_t q = k + (s[k] == 'C' ? 5 : 4);
        if (!(q < n && dig(s[q]))) break;
        while (q < n && dig(s[q])) q++;
        const char *base = S->hits.v[S->hits.n - 1].symbol;
        if (!base) break;
        char s3[160];
        snprintf(s3, sizeof s3, "%s/%.*s", base, (int)(q - k), s + k);
        push(S, symbol_kind(s3), s3, k, q);
        e = q;
    }
    return e;
}

/* A named instrument: a capitalized run around a head word ("United Nations
 * Global Counter-Terrorism Strategy", "Charter of the United Nations"), or
 * a lower-case head read to the end of the clause ("memorandum of
 * understanding … signed on 9 November 2018").  Returns the end or 0. */
static bool cap_word(const char *s, size_t n, size_t i) {
    uint32_t c = cp_at(s, n, i);
    return (c < 0x80 && upc((char)c)) || (c >= 0xC0 && c < 0x2000 && cp_fold(c) != c);
}
static size_t word_end(const char *s, size_t n, size_t i) {
    /* a sentence's full stop, and one a note's number is glued to ("Rights.15 We") */
    while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != ';' && s[i] != ':' && s[i] != '(' && s[i] != ')' &&
           s[i] != '[' && !(s[i] == '.' && (i + 1 >= n || s[i + 1] == ' ' || (dig(s[i + 1]) && i && s[i - 1] >= 'a' && s[i - 1] <= 'z')))) {
        uint32_t c = cp_at(s, n, i);
        if (c == 0x201C || c == 0x201D || c == '"' || c == 0xAB || c == 0xBB || c == 0xFF0C || c == 0x060C ||
            c == 0x061B)
            break;
        i += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return i;
}
/* w at s+i, as written, before a non-letter: its length if longer than head.
 * A '*' in w stands for a word's inflected ending (Russian "Устав*": Устава,
 * Уставе …), letters up to the word's end. */
static __attribute__((noinline)) size_t head_star(const char *s, size_t n, size_t i, const char *w, size_t l,
                                                  size_t head) {
    size_t k = l;
    while (w[k] == '*') {
        uint32_t c;
        while (i + l < n && is_letter(c = cp_at(s, n, i + l))) l += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        for (k++; w[k] && w[k] != '*' && i + l < n && s[i + l] == w[k];) l++, k++;
    }
    return !w[k] && l > head && !is_letter(cp_at(s, n, i + l)) ? l : head;
}
static size_t head_longer(const char *s, size_t n, size_t i, const char *w, size_t head) {
    size_t l = 0;
    while (w[l] && i + l < n && s[i + l] == w[l]) l++;
    if (w[l] == '*') return head_star(s, n, i, w, l, head);
    return !w[l] && l > head && !is_letter(cp_at(s, n, i + l)) ? l : head;
}
/* The longest instrument word at s+i, as written, before a non-letter. */
static size_t head_len(scan *S, size_t i) {
    const char *s = S->s;
    size_t n = S->n, head = 0;
    const char *const *w = S->t->instrument_words;
    if (S->x && S->x->heads_indexed) {
        for (uint64_t m = S->x->heads_by_first[(unsigned char)s[i]]; m; m &= m - 1)
            head = head_longer(s, n, i, w[__builtin_ctzll(m)], head);
        return head;
    }
    for (; *w; w++)
        if ((*w)[0] == s[i]) head = head_longer(s, n, i, *w, head);
    return head;
}
/* Does the capitalized run at j hold an instrument's head word?  Up to its
 * "and", where one_run. */
static bool head_ahead(scan *S, size_t j, bool one_run) {
    const char *s = S->s;
    size_t n = S->n;
    for (size_t lim = j + 200; j < n && j < lim;) {
        size_t h = head_len(S, j);
        if (h && cap_word(s, n, j) && !(j + h + 1 < n && s[j + h] == ' ' && cap_word(s, n, j + h + 1)))
            return true;
        size_t m = word_at(s, n, j, S->t->instrument_links, S->x ? &S->x->links : NULL, false);
        if (m && one_run && word_at(s, n, j, S->t->ref_letter_joins, S->x ? &S->x->joins : NULL, false) == m)
            return false;
        if (!m && !cap_word(s, n, j)) return false;
        j = m ? j + m : word_end(s, n, j);
        if (!(j < n && s[j] == ' ')) return false;
        j++;
    }
    return false;
}
/* One of the words a lower-case name does not run into, at s+j. */
static size_t end_word_at(const scan *S, size_t j) {
    const char *const *w = S->t->instrument_ends;
    if (!w || !S->x || !S->x->ends[0].ok) return w ? word_at(S->s, S->n, j, w, NULL, false) : 0;
    size_t m = word_at(S->s, S->n, j, w, &S->x->ends[0], false);
    return m || !S->x->ends[1].ok ? m : word_at(S->s, S->n, j, w + 32, &S->x->ends[1], false);
}

/* A letter with no case: Arabic, Chinese. */
static bool uncased(uint32_t c) { return c >= 0x0590 && is_letter(c); }
/* The start of the word before s+i (a space before it), or i. */
static size_t word_before(const char *s, size_t i) {
    if (i < 2 || s[i - 1] != ' ') return i;
    size_t b = i - 1;
    while (b > 0 && s[b - 1] != ' ') b--;
    return b;
}
/* An elided article or preposition at s+j: "l'", "d’" before a letter. */
static size_t elision(const char *s, size_t n, size_t j) {
    if (!(j + 2 < n && ((s[j] | 32) == 'l' || (s[j] | 32) == 'd'))) return 0;
    size_t a = s[j + 1] == '\'' ? 1 : j + 4 < n && !memcmp(s + j + 1, "\xE2\x80\x99", 3) ? 3 : 0;
    return a && is_letter(cp_at(s, n, j + 1 + a)) ? 1 + a : 0;
}

/* One of the prefixes in list at s+j, with more of the word after it: its length, or 0. */
static size_t joined_prefix(const char *s, size_t n, size_t j, const char *const *list) {
    for (; list && *list; list++) {
        size_t l = strlen(*list);
        if (j + l < n && !memcmp(s + j, *list, l) && is_letter(cp_at(s, n, j + l))) return l;
    }
    return 0;
}

/* Does the word at s+j, of four letters or more, end with one of ends? */
static bool ending_at(const scan *S, size_t j, const char *const *ends) {
    const char *s = S->s;
    size_t we = word_end(s, S->n, j);
    size_t letters = 0;
    for (size_t k = j; k < we; k++) letters += ((unsigned char)s[k] & 0xC0) != 0x80;
    if (!ends || letters < 4) return false;
    for (const char *const *w = ends; *w; w++) {
        size_t l = strlen(*w);
        if (we - j > l && !memcmp(s + we - l, *w, l)) return true;
    }
    return false;
}

/* Forwards from a head's end k in a language whose names run on in lower
 * case ("Programme d'action mondial pour la jeunesse", "декларации прав
 * человека", "ميثاق الأمم المتحدة"): capitalized words, link words and the
 * word after them, up to two words right after the head; a capitalized run
 * ends the name but before links and capitals.  Returns the end; *named
 * says whether a link or a capital came, as a name has ("Charte des
 * Nations Unies", not "Charte peut donner"), or the script has no case. */
static size_t name_lower(scan *S, size_t i, size_t k, bool *named) {
    const char *s = S->s;
    size_t n = S->n;
    const unres_lang_table *t = S->t;
    bool caps = false, definite = false, subject = false, coordinated = false;
    /* a charter is about nothing: "Charte des Nations Unies relatives à …" are its provisions */
    const char *const *about =
        t->name_closed_head && head_longer(s, n, i, t->name_closed_head, 0) ? NULL : t->name_subject_links;
    for (int words = 0, loose = 0; words < 12; words++) {
        size_t j = k;
        bool link = false, and_ = false;
        while (j < n && s[j] == ' ' && (!and_ || subject)) {
            size_t m = word_at(s, n, j + 1, t->instrument_links, S->x ? &S->x->links : NULL, false);
            /* what comes after "… et politiques" is the sentence's: "… à en appliquer" */
            if (m && !link && coordinated) return k;
            /* links open with a preposition: "Charte le fait" is no name */
            if (!m || (!link && !subject && end_word_at(S, j + 1))) break;
            /* what the instrument is about runs on in lower case, after capitals too */
            if (!link && word_at(s, n, j + 1, about, NULL, false) == m) subject = true, caps = false;
            /* "… de la Charte relative au recours à la force": the provisions' */
            if (!link && !about && word_at(s, n, j + 1, t->name_subject_links, NULL, false) == m) return k;
            bool a_ = t->ref_letter_joins &&
                      word_at(s, n, j + 1, t->ref_letter_joins, S->x ? &S->x->joins : NULL, false) == m;
            if (and_ && a_) break;
            and_ |= a_;
            /* "… et la Déclaration …" starts another instrument; "Пекинской
             * декларации и Платформы действий", a head right after "and" that
             * ends the name, is one ("… и Конвенция о ликвидации …" is two) */
            size_t a = skip_ws(s, n, j + 1 + m), h = and_ && cap_word(s, n, a) ? head_len(S, a) : 0;
            size_t nx = a + h + 1, lk = h && nx < n && s[nx - 1] == ' '
                                             ? word_at(s, n, nx, t->instrument_links, S->x ? &S->x->links : NULL, false)
                                             : 0;
            bool joined = h && !(lk && join_at(S, n, nx) != lk);
            if (and_ && !joined && head_ahead(S, a, false)) return k;
            j += 1 + m, link = true;
        }
        if (j < n && s[j] == ' ') j++;
        else if (!link) break;
        size_t el = elision(s, n, j);
        if (el && !link && (s[j] | 32) == 'l') break; /* an article: "eu l'intention" */
        if (el) j += el, link = true;
        if (j >= n) break;
        uint32_t c = cp_at(s, n, j);
        if (cap_word(s, n, j)) {
            if (subject && and_) break; /* "… sur la population et le Secrétaire général" */
            caps = *named = true;
            /* a head of more than one word whole: "и Платформы действий" */
            size_t h = head_len(S, j);
            k = word_end(s, n, j);
            if (j + h > k) k = j + h;
            continue;
        }
        /* joined article, "of" and "and" (Arabic): "اتفاقية حظر الأسلحة الكيميائية",
         * "النظام الأساسي لجائزة الأمم المتحدة لنيلسون روليهلالا مانديلا", not "… للشباب
         * مترابطة" nor "… للشباب وخطة التنمية" */
        if (t->name_definite && uncased(c) && !end_word_at(S, j)) {
            size_t a = joined_prefix(s, n, j, t->name_and);
            size_t ah = a && !head_len(S, j) ? head_len(S, j + a) : 0;
            /* "إعلان ومنهاج عمل بيجين": a head after "و", whole, and the words after it */
            if (ah) {
                *named = true, loose = 0;
                k = j + a + ah;
                continue;
            }
            if (a && !head_len(S, j)) {
                /* what the instrument is about goes on across one "و": "إعلان ريو
                 * بشأن البيئة والتنمية" */
                if (!subject || coordinated || !joined_prefix(s, n, j + a, t->name_definite)) break;
                coordinated = true, loose = 0;
                k = word_end(s, n, j);
                continue;
            }
            bool def = joined_prefix(s, n, j, t->name_definite) > 0; /* "لل" is both: the article's */
            if (def || joined_prefix(s, n, j, t->name_of)) {
                definite = def;
                *named = true, loose = 0;
                k = word_end(s, n, j);
                continue;
            }
            if (definite && !link) break;
        }
        /* a capitalized run ends the name, but before an adjective and what
         * the instrument is about ("Conférence internationale sur la population") */
        if (caps && !link && about) {
            size_t we = word_end(s, n, j);
            if (we + 1 < n && s[we] == ' ' && word_at(s, n, we + 1, about, NULL, false)) caps = false;
        }
        /* after "and", a capitalized word only ("Déclaration et Programme"),
         * but in what the instrument is about a word in lower case, not a
         * clause's verb ("civils et politiques", "… de l'enfant et invite");
         * a subject's genitives run longer ("о борьбе против незаконного
         * оборота наркотических средств") */
        if (!is_letter(c) || (caps && !uncased(c)) || (!link && loose >= (subject ? 4 : 2)) ||
            (and_ && !uncased(c) && !subject))
            break;
        if (end_word_at(S, j)) break;
        size_t om;
        if (subject && lang_match_opening(t, s + j, n - j, &om)) break;
        /* a verb, or a subject that is not a link's, starts the clause:
         * "… ядерных испытаний взяли", "… Договора ссылается", "… испытаний
         * соглашение об …" */
        if (!link && (ending_at(S, j, t->name_verb_ends) || (subject && ending_at(S, j, t->name_clause_ends)))) break;
        coordinated |= subject && and_;
        /* "pour la jeunesse": one word more at most; an adjective, which
         * its noun follows, adds none ("… малых островных развивающихся
         * государств") */
        if (!(subject && ending_at(S, j, t->name_adjective_ends))) loose = link ? 1 : loose + 1;
        *named |= link || uncased(c);
        k = word_end(s, n, j);
    }
    return k;
}

/* Is s[0..l) a month's name in the table? */
static bool month_word(const unres_lang_table *t, const char *s, size_t l) {
    for (size_t k = 0; k < t->n_months; k++)
        if (strlen(t->months[k].word) == l && utf8_prefix_fold_n(s, l, t->months[k].word, l) == l) return true;
    return false;
}

/* Where the quotation that opens right before s+st closes (“…”, «…», "…"),
 * at or after from: the closing mark's offset, or 0 where there is none
 * within a clause's reach (400 bytes, no ';'). */
static size_t quoted_to(const char *s, size_t n, size_t st, size_t from) {
    size_t q = st;
    while (q && s[q - 1] == ' ') q--;
    if (q >= 2 && !memcmp(s + q - 2, "\xC2\xA0", 2)) q -= 2; /* « Déclaration */
    uint32_t open = cp_before(s, q), close = open == 0x201C ? 0x201D : open == 0xAB ? 0xBB : open == '"' ? '"' : 0;
    if (!close) return 0;
    for (size_t k = from; k < n && k - st < 400 && s[k] != ';'; k++)
        if (((unsigned char)s[k] & 0xC0) != 0x80 && cp_at(s, n, k) == close) return k;
    return 0;
}
static size_t quote_close_end(const char *s, size_t n, size_t k) {
    uint32_t c = cp_at(s, n, k);
    return k + (c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
}

/* One of the determiners ("this ", their space included) at s+i: its length, or 0. */
static size_t determiner_at(const char *s, size_t n, size_t i, const char *const *w) {
    for (; w && *w; w++) {
        size_t l = strlen(*w);
        if (fold_at(s, n, i, *w) == l) return l;
    }
    return 0;
}

/* A year, or years, that end a name: "Sendai Framework for Disaster Risk
 * Reduction 2015–2030", "Single Convention on Narcotic Drugs of 1961",
 * "International Health Regulations (2005)".  Returns the name's end, k or
 * after them. */
static size_t name_number(scan *S, size_t k) {
    const char *s = S->s;
    size_t n = S->n, j = k;
    if (!(j + 2 < n && s[j] == ' ')) return k;
    j++;
    size_t m = word_at(s, n, j, S->t->name_year_links, NULL, false);
    if (m && j + m + 1 < n && s[j + m] == ' ') j += m + 1;
    else m = 0;
    bool paren = !m && s[j] == '(';
    size_t d = j + paren, q = d;
    while (q < n && dig(s[q])) q++;
    if (!(q - d == 4 && (s[d] == '1' || s[d] == '2'))) return k;
    if (paren) return q < n && s[q] == ')' ? q + 1 : k;
    /* a second year after a dash: "2015–2030", "2015 –2030" */
    size_t r = q;
    if (r < n && s[r] == ' ') r++;
    size_t dl = r < n && s[r] == '-' ? 1
                : r + 2 < n && !memcmp(s + r, "\xE2\x80", 2) &&
                          ((unsigned char)s[r + 2] == 0x93 || (unsigned char)s[r + 2] == 0x94)
                    ? 3 : 0;
    if (dl) {
        size_t y = r + dl;
        if (y < n && s[y] == ' ') y++;
        size_t z = y;
        while (z < n && dig(s[z])) z++;
        if (z - y == 4 && !(z < n && (is_letter(cp_at(s, n, z)) || s[z] == '/'))) q = z;
    }
    if (q < n && (dig(s[q]) || s[q] == '/' || is_letter(cp_at(s, n, q)) ||
                  (s[q] == '.' && q + 1 < n && dig(s[q + 1])) || (s[q] == ',' && q + 1 < n && dig(s[q + 1]))))
        return k;
    /* "… Платформу действий 1995 года" */
    if (q + 1 < n && s[q] == ' ') {
        size_t a = word_at(s, n, q + 1, S->t->name_year_after, NULL, false);
        if (a) return q + 1 + a;
    }
    return q;
}

/* Is the head at s+i, head bytes long, one that names an instrument alone
 * ("the Charter": the United Nations'), capitalized where the script has case? */
static bool lone_head(scan *S, size_t i, size_t head) {
    if (!uncased(cp_at(S->s, S->n, i)) && !cap_word(S->s, S->n, i)) return false;
    for (const char *const *w = S->t->lone_heads; w && *w; w++)
        if (head_longer(S->s, S->n, i, *w, 0) == head) return true;
    return false;
}

/* "Economic, Social and Cultural Rights", "Safe, Orderly and Regular
 * Migration": capitalized words listed with commas from the comma at k, the
 * last after "and", are part of a name.  Returns the list's end, or 0. */
static size_t cap_list_end(scan *S, size_t k) {
    const char *s = S->s;
    size_t n = S->n, q = k;
    if (!(k + 2 < n && s[k] == ',' && s[k + 1] == ' ' && cap_word(s, n, k + 2))) return 0;
    for (int items = 0; items < 4 && q + 2 < n && s[q] == ',' && s[q + 1] == ' ' && cap_word(s, n, q + 2); items++) {
        q = word_end(s, n, q + 2);
        while (q + 1 < n && s[q] == ' ' && cap_word(s, n, q + 1)) q = word_end(s, n, q + 1);
    }
    size_t a = q < n && s[q] == ' ' && S->t->ref_letter_joins
                   ? word_at(s, n, q + 1, S->t->ref_letter_joins, S->x ? &S->x->joins : NULL, false)
                   : 0;
    return a && q + 1 + a + 1 < n && s[q + 1 + a] == ' ' && cap_word(s, n, q + 2 + a) ? word_end(s, n, q + 2 + a)
                                                                                       : 0;
}

/* Is the capitalized run at s+j a body that writes instruments ("United
 * Nations Educational, Scientific and Cultural Organization", "Inter-Agency
 * Standing Committee")?  By its last word. */
static bool author_at(scan *S, size_t j) {
    const char *s = S->s;
    size_t n = S->n, w = j, e = j;
    if (!S->t->name_authors || !cap_word(s, n, j)) return false;
    for (int words = 0; words < 12; words++) {
        e = word_end(s, n, w);
        size_t le = cap_list_end(S, e);
        if (le)
            for (e = w = le; w > 0 && s[w - 1] != ' ';) w--;
        if (!(e + 1 < n && s[e] == ' ' && cap_word(s, n, e + 1))) break;
        w = e + 1;
    }
    return word_at(s, n, w, S->t->name_authors, NULL, false) == e - w;
}

/* Does a name's subtitle end at s+k as the clause does: a comma or other
 * stop, a note's number, a parenthesis, or a link to what follows ("… Development and the
 * Sendai Framework")?  Not "…: Note by the Secretary-General". */
static bool subtitle_end(scan *S, size_t k) {
    const char *s = S->s;
    size_t n = S->n;
    if (k >= n || s[k] == ',' || s[k] == ';' || s[k] == '.' || s[k] == ')') return true;
    if (!(s[k] == ' ' && k + 1 < n)) return false;
    return dig(s[k + 1]) || s[k + 1] == '(' || word_at(s, n, k + 1, S->t->instrument_links, S->x ? &S->x->links : NULL, false);
}

/* ", including the Moon and Other Celestial Bodies" at s+k: a title's
 * last part, after a comma and a word in name_comma_links, told from a
 * sentence's by a word only a title capitalizes ("Other").  Returns its
 * end, or 0. */
static size_t title_tail(scan *S, size_t k) {
    const char *s = S->s;
    size_t n = S->n, m;
    const unres_lang_table *t = S->t;
    const wordix *links = S->x ? &S->x->links : NULL;
    if (!t->name_comma_links || !(k + 2 < n && s[k] == ',' && s[k + 1] == ' ')) return 0;
    if (!(m = word_at(s, n, k + 2, t->name_comma_links, NULL, false))) return 0;
    size_t j = k + 2 + m, end = 0;
    bool title = false;
    for (int words = 0; words < 12 && j + 1 < n && s[j] == ' '; words++) {
        j++;
        if ((m = word_at(s, n, j, t->instrument_links, links, false))) {
            j += m;
            continue;
        }
        if (!cap_word(s, n, j)) break;
        size_t w = word_end(s, n, j);
        title |= word_at(s, n, j, t->title_case_words, NULL, false) == w - j;
        end = j = w;
    }
    return title && end && subtitle_end(S, end) ? end : 0;
}

/* Can byte b be the last of ';', '"', “, ”, « or »? */
static inline bool quote_end_byte(char b) {
    unsigned char u = (unsigned char)b;
    return u == ';' || u == '"' || u == 0x9C || u == 0x9D || u == 0xAB || u == 0xBB;
}

/* Is the name at s+st inside a quotation that gives a report's title ("the
 * report of the Secretary-General entitled “Our Common Agenda”", "the
 * reports … entitled “Supplement to an Agenda for Peace” and “Our Common
 * Agenda”")?  Its words are a report's, not an instrument's. */
static bool report_title(scan *S, size_t st) {
    const char *s = S->s;
    size_t n = S->n, q = st;
    if (!S->t->title_words) return false;
    /* the quotation's opening mark, no closing one or clause's end between;
     * only a byte that ends a quotation mark or ';' is decoded */
    for (;; q--) {
        if (!q || st - q > 160) return false;
        if (!quote_end_byte(s[q - 1])) continue;
        uint32_t c = cp_before(s, q);
        if (c == 0x201D || c == 0xBB || c == ';') return false;
        if (c == 0x201C || c == 0xAB || (c == '"' && q == st)) break;
    }
    for (int quotes = 0; quotes < 4; quotes++) {
        uint32_t c = cp_before(s, q);
        q -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (q >= 2 && !memcmp(s + q - 2, "\xC2\xA0", 2)) q -= 2;
        else if (q && s[q - 1] == ' ') q--;
        size_t w = word_before(s, q + 1);
        if (w < q && word_at(s, n, w, S->t->title_words, NULL, false) == q - w) {
            for (int back = 0; back < 8 && w >= 2 && s[w - 1] == ' '; back++) {
                w = word_before(s, w);
                size_t m = word_at(s, n, w, S->t->report_words, NULL, false);
                if (m && (w + m == n || !is_letter(cp_at(s, n, w + m)))) return true;
            }
            return false;
        }
        /* one title of a list: "… Peace” 3 and “Our …" */
        if (!(w < q && (s[q - 1] == ',' || word_at(s, n, w, S->t->ref_letter_joins, NULL, false) == q - w)))
            return false;
        if (s[q - 1] != ',') q = w;
        while (q && (s[q - 1] == ' ' || s[q - 1] == ',' || dig(s[q - 1]))) q--;
        c = cp_before(s, q);
        if (c != 0x201D && c != 0xBB) return false;
        size_t close = q;
        for (; q && close - q < 300; q--) {
            if (!quote_end_byte(s[q - 1])) continue;
            c = cp_before(s, q);
            if (c == 0x201C || c == 0xAB) break;
        }
        if (!q || close - q >= 300) return false;
    }
    return false;
}

static size_t instrument_here(scan *S, size_t i) {
    const char *s = S->s;
    size_t n = S->n;
    const unres_lang_table *t = S->t;
    if (!t->instrument_words) return 0;
    size_t head = head_len(S, i);
    if (!head) return 0;
    size_t st = i, e = i + head;
    /* "договорились": a verb a head's inflected ending reads */
    if (t->name_verb_ends && ending_at(S, i, t->name_verb_ends)) return 0;
    /* "تقرر إعلان يوم 21 حزيران": proclaiming a day, not a declaration */
    if (e + 1 < n && s[e] == ' ' && word_at(s, n, i, t->verbal_heads, NULL, false) == head &&
        word_at(s, n, e + 1, t->head_verb_objects, NULL, false))
        return 0;
    /* in lower case, a head names an instrument after a capitalized word
     * ("Всеобщая декларация"), or in a script without case */
    size_t before = word_before(s, i);
    bool named = !t->names_capitalized && (uncased(cp_at(s, n, i)) || (before < i && cap_word(s, n, before) &&
                                                                        determiner_at(s, n, before, t->determiners) != i - before));
    bool clause = word_at(s, n, i, t->clause_heads, NULL, false) == head;
    if ((!cap_word(s, n, i) && !named) || clause) {
        if (!t->names_capitalized) return 0;
        /* lower-case head, or one that names its parties ("Memorandum of
         * Understanding between …"): to the end of the clause, its date read
         * there, but the name ends before what tells of it ("… in June 2011",
         * "signed on …", "to develop …") */
        size_t k = e, te = 0;
        for (; k < n && s[k] != ';' && !(s[k] == '.' && (k + 1 == n || s[k + 1] == ' ')) && k - i < 400; k++) {
            /* "… Educational, Scientific and Cultural Organization" is one party */
            if (s[k] == ',') {
                size_t le = te ? 0 : cap_list_end(S, k);
                if (!le) break;
                k = le - 1;
                continue;
            }
            if (!te && s[k] == ' ' && k + 1 < n) {
                size_t m = word_at(s, n, k + 1, t->clause_stops, NULL, false);
                size_t dm = m ? 0 : word_at(s, n, k + 1, t->clause_date_stops, NULL, false);
                if (dm && k + 2 + dm < n && s[k + 1 + dm] == ' ') {
                    size_t w = k + 2 + dm;
                    if (dig(s[w]) || month_word(t, s + w, word_end(s, n, w) - w)) m = dm;
                }
                if (m) te = k;
            }
        }
        if (!te) te = k;
        ref_hit *h = push(S, "instrument", NULL, st, te);
        for (size_t d = e; d < k; d++)
            if (dig(s[d]) && (d == 0 || !dig(s[d - 1]))) {
                char iso[11];
                size_t de = date_at(t, s, n, d, iso);
                if (de) {
                    h->date = arena_strdup(S->a, iso);
                    h->dstart = d, h->dend = de;
                    break;
                }
            }
        if (!h->date) {
            size_t from = S->hits.n - 1;
            return link_date(S, from, k);
        }
        return k;
    }
    /* a head directly followed by a capitalized word only names something
     * else ("Collective Security Treaty Organization") */
    if (t->instrument_head_last && e + 1 < n && s[e] == ' ' && cap_word(s, n, e + 1)) return 0;
    /* backwards: adjacent capitalized words and years ("2030 Agenda"), not
     * an article opening the sentence in a language whose names run on in
     * lower case ("La Charte") */
    for (int back = 0; back < 8 && st >= 2 && s[st - 1] == ' '; back++) { /* no name has more words before its head */
        size_t b = st - 1;
        while (b > 0 && s[b - 1] != ' ') b--;
        /* "Cessation of Hostilities Agreement", "Status of Forces Agreement": a
         * link between capitalized words, read as one step */
        size_t lb = b >= 2 && s[b - 1] == ' ' && cap_word(s, n, st) && !dig(s[e - 1])
                        ? word_at(s, n, b, t->name_back_links, NULL, false)
                        : 0;
        if (lb && b + lb == st - 1) {
            size_t b2 = b - 1;
            while (b2 > 0 && s[b2 - 1] != ' ') b2--;
            /* not across a comma: "Moreover, in Our Common Agenda" */
            if (cap_word(s, n, b2) && is_letter(cp_before(s, b - 1))) b = b2;
        }
        /* a heading's letter is not: "D. Agenda and organization of work" */
        if (st - 1 - b == 2 && s[b + 1] == '.') break;
        /* the owner is not part of the name: "the Secretary-General’s Action Agenda" */
        if (st - 1 - b > 3 && s[st - 2] == 's' &&
            (s[st - 3] == '\'' || (st - 1 - b > 5 && !memcmp(s + st - 5, "\xE2\x80\x99", 3))))
            break;
        /* "Kunming -Montreal Global …": a compound the PDF broke at its hyphen */
        if (s[b] == '-' && b + 1 < st - 1 && cap_word(s, n, b + 1) && b >= 2 && s[b - 1] == ' ' &&
            cap_word(s, n, word_before(s, b))) {
            st = word_before(s, b);
            continue;
        }
        /* "(TRIPS Agreement)", "“UAE Consensus”": a name opens a parenthesis or
         * a quotation, and ends the walk there; "(SAMOA) Pathway" is inside one */
        size_t om0 = s[b] == '(' || s[b] == '"' ? 1 : cp_at(s, n, b) == 0x201C ? 3 : 0;
        if (om0 && b + om0 < st - 1 && cap_word(s, n, b + om0)) {
            if (s[b] == '(' && s[st - 2] == ')' && b >= 2 && s[b - 1] == ' ' && cap_word(s, n, word_before(s, b))) {
                st = b;
                continue;
            }
            /* but not its article: "“The Pact for the Future”" */
            size_t w = b + om0;
            if (s[st - 2] != ')' && s[st - 2] != '"' && cp_before(s, st - 1) != 0x201D &&
                word_at(s, n, w, t->instrument_links, S->x ? &S->x->links : NULL, false) != st - 1 - w &&
                determiner_at(s, n, w, t->determiners) != st - w)
                st = w;
            break;
        }
        /* "United Nations “Protect, Respect and Remedy” Framework": a
         * capitalized quotation right before the head is part of the name */
        if (st >= 5 && cp_before(s, st - 1) == 0x201D) {
            size_t c = st - 4, q = c; /* the closing mark; q: after the opening one */
            while (q > 3 && c - q < 120 && s[q - 1] != ';' && !(quote_end_byte(s[q - 1]) && cp_before(s, q) == 0x201C))
                q--;
            if (q >= 3 && cp_before(s, q) == 0x201C && cap_word(s, n, q) &&
                (q == 3 || s[q - 4] == ' ' || s[q - 4] == '(')) {
                st = q - 3;
                continue;
            }
        }
        /* "Group of 20 Common Framework": a number after "of" names a group */
        if (dig(s[b]) && st - 1 - b <= 3 && dig(s[st - 2]) && b >= 2 && s[b - 1] == ' ') {
            size_t b1 = word_before(s, b), b2 = word_before(s, b1);
            if (b1 < b && word_at(s, n, b1, t->name_back_links, NULL, false) == b - 1 - b1 && b2 < b1 &&
                cap_word(s, n, b2)) {
                st = b2;
                continue;
            }
        }
        if (!(cap_word(s, n, b) || (st - 1 - b == 4 && dig(s[b])))) break;
        /* a date before the name dates it ("the 9 May 2014 Agreement to Resolve …"),
         * its year is not part of it ("2030 Agenda" is) */
        if (dig(s[b]) && S->pd_next == st && S->pd_end == st - 1) break;
        /* nor an article that opens the sentence ("The Paris Agreement", "La
         * Convención", "This Compact") */
        if (word_at(s, n, b, t->instrument_links, S->x ? &S->x->links : NULL, false) == st - 1 - b ||
            determiner_at(s, n, b, t->determiners) == st - b)
            break;
        /* a paragraph's opening is not part of the name it governs ("Подтверждая
         * Устав", "Reaffirming Agenda 21") */
        size_t om;
        if (lang_match_opening(t, s + b, n - b, &om) && b + om >= st - 1) break;
        /* a chapter's number before a genitive ("главы VIII Устава") */
        size_t r = b;
        while (r < st - 1 && (s[r] == 'I' || s[r] == 'V' || s[r] == 'X' || s[r] == 'L')) r++;
        if (r == st - 1) break;
        if (b + 1 < st - 1 && (s[st - 2] == ',' || s[st - 2] == ';' || s[st - 2] == ')')) break;
        st = b;
    }
    /* a name that opens a quotation is the whole of it (entitled “Declaration
     * on … for the Benefit and in the Interest of All States, Taking into …”);
     * the quotation holds the whole head, so it closes after e */
    if (report_title(S, st)) return e;
    /* "the present Political Declaration": the document itself, no reference */
    size_t sw = word_before(s, st);
    if (sw < st && t->self_words && word_at(s, n, sw, t->self_words, NULL, false) == st - 1 - sw) return 0;
    size_t qe = quoted_to(s, n, st, e), ne = qe;
    while (ne > st && (s[ne - 1] == ' ' || s[ne - 1] == ',')) ne--;
    /* but for a lone head, a short name defined ("hereinafter “the Convention”") */
    if (qe && !(st == i && ne <= e)) {
        size_t from = S->hits.n;
        push(S, "instrument", NULL, st, ne);
        return link_date(S, from, quote_close_end(s, n, qe));
    }
    /* forwards: capitalized words, and link words between them */
    bool full = named && !cap_word(s, n, i); /* "Всеобщая декларация", "ميثاق" */
    /* a lone head of more than one word is a whole name: "Action 21",
     * "جدول أعمال القرن 21" (a one-word one takes its complement: "Charte des
     * Nations Unies") */
    if (!t->names_capitalized && memchr(s + i, ' ', head) && lone_head(S, i, head)) {
        push(S, "instrument", NULL, i, e);
        return e;
    }
    size_t k = t->names_capitalized ? e : name_lower(S, i, e, &full);
    while (k > e && s[k - 1] == '>') k--; /* "<<…>>" written for «…» */
    if (!t->names_capitalized && !full) {
        if (!lone_head(S, i, head)) return 0; /* "la Charte peut donner lieu": the Charter alone */
        push(S, "instrument", NULL, i, e);
        return e;
    }
    bool pair = false; /* "between …": its "and the" goes on */
    int groups = 0;    /* runs of link words read after the head, "and" not counted */
    bool about = false; /* the first of them tells what the name is about ("on", "for"), not whose ("of") */
    size_t pk = 0, pe = 0, ck = 0; /* before a parenthesis and after it; before a subtitle */
    for (int rounds = 0; rounds < 2; rounds++) {
        for (; t->names_capitalized;) {
            /* "Bacteriological (Biological) and Toxin Weapons": a capitalized word
             * in parentheses, kept if the name goes on after it */
            if (!pk && k + 3 < n && s[k] == ' ' && s[k + 1] == '(' && cap_word(s, n, k + 2)) {
                size_t c = word_end(s, n, k + 2);
                if (c < n && s[c] == ')') {
                    pk = k, pe = k = c + 1;
                    continue;
                }
            }
            /* "… for Resilience: Towards a Risk-informed and Integrated Approach
             * to Sustainable Development": a subtitle, kept if it ends as the
             * clause does; after ';' ("… against Cybercrime; Strengthening
             * International Cooperation for …"), not a paragraph's opening and
             * of three capitalized words or more */
            size_t om;
            if (!ck && k + 2 < n && (s[k] == ':' || (s[k] == ';' && !lang_match_opening(t, s + k + 2, n - k - 2, &om))) &&
                s[k + 1] == ' ' && cap_word(s, n, k + 2)) {
                ck = k, k = word_end(s, n, k + 2);
                continue;
            }
            /* "… Cooperation among States in accordance with the Charter of the
             * United Nations": the lower-case phrases names are known to go on
             * with before a capital */
            size_t pa = k + 1 < n && s[k] == ' ' ? k + 1 : k; /* or a comma's: ", supplementing the" */
            size_t ph = k < n && (s[k] == ' ' || s[k] == ',') ? word_at(s, n, pa, t->name_phrases, NULL, false) : 0;
            /* and, from a head attached to another instrument, "Regulations
             * annexed to the Hague Convention" */
            if (!ph && k < n && s[k] == ' ' && word_at(s, n, i, t->attached_heads, NULL, false) == head)
                ph = word_at(s, n, pa, t->attached_phrases, NULL, false);
            if (ph && pa + ph + 1 < n && s[pa + ph] == ' ' && cap_word(s, n, pa + ph + 1)) {
                k = word_end(s, n, pa + ph + 1);
                continue;
            }
            size_t j = k;
            bool and_ = false;
            while (j < n && s[j] == ' ' && !and_) {
                j++;
                size_t m = word_at(s, n, j, t->instrument_links, S->x ? &S->x->links : NULL, false);
                /* a subtitle is in title case: a short word in lower case before
                 * a capital is a link ("… Crimes Committed by Means of …") */
                if (!m && ck && j < n && s[j] >= 'a' && s[j] <= 'z') {
                    size_t w = word_end(s, n, j);
                    if (w - j <= 4 && w + 1 < n && s[w] == ' ' && cap_word(s, n, w + 1)) m = w - j;
                }
                if (!m) break;
                /* a head goes on through a preposition, not an article: "in
                 * accordance with the Rome Statute the Court …" (but "Agreement to
                 * Resolve the Crisis") */
                if (k == e && j == k + 1 && word_at(s, n, j, t->name_articles, NULL, false) == m) break;
                if (t->instrument_pairs && word_at(s, n, j, t->instrument_pairs, NULL, false) == m) pair = true;
                /* "Peace and Security", but "the Charter … and the Universal
                 * Declaration" are two */
                and_ = (t->ref_letter_joins &&
                        word_at(s, n, j, t->ref_letter_joins, S->x ? &S->x->joins : NULL, false) == m) ||
                       (t->name_or_links && word_at(s, n, j, t->name_or_links, NULL, false) == m);
                j += m;
            }
            /* inside another name, "and" joins the outer name's parts: "Doha
             * Declaration on the TRIPS Agreement and Public Health" (but a
             * pair's is its own: "… between the United Nations and the …") */
            if (and_ && S->inner && !pair) break;
            if (j > k + 1 && !and_) {
                size_t l1 = word_end(s, n, k + 1) - k - 1; /* the first link's length */
                /* "to" another instrument goes on only from a head that is
                 * attached to one ("Optional Protocol to the Convention …"):
                 * "a Declaration on Future Generations to the Pact for the Future" */
                if (k > e && t->name_to_links && word_at(s, n, k + 1, t->name_to_links, NULL, false) == l1 &&
                    word_at(s, n, i, t->attached_heads, NULL, false) != head && head_ahead(S, j, true))
                    break;
                /* an author after what the name is about: "Recommendation on the
                 * Ethics of Artificial Intelligence of the United Nations
                 * Educational, Scientific and Cultural Organization" (but
                 * "Sevilla Commitment of the Fourth International Conference …",
                 * "Astana Declaration of the Council … of the Shanghai Cooperation
                 * Organization", "… on the Privileges and Immunities of the …") */
                if (about && groups >= 2 && word_at(s, n, k + 1, t->name_author_links, NULL, false) == j - 2 - k &&
                    author_at(S, j))
                    break;
                if (!groups++) about = word_at(s, n, k + 1, t->name_whose_links, NULL, false) != l1;
            }
            if (and_ && j < n && s[j] == ' ') {
                j++;
                /* "… and the Universal Declaration …" starts another instrument;
                 * "… and the Sustainable Development Goals" names no instrument
                 * at all: either way this name ends before "and" */
                size_t m = word_at(s, n, j, t->instrument_links, S->x ? &S->x->links : NULL, false);
                if (m && j + m < n && s[j + m] == ' ') {
                    /* but "… Weapons and on Their Destruction" goes on */
                    bool on = word_at(s, n, j, t->name_and_links, NULL, false) == m && cap_word(s, n, j + m + 1);
                    /* and "… sobre la Población y el Desarrollo", where no other
                     * instrument or body follows ("y la Convención …", "y la Asamblea
                     * General"), after more than a head ("el Convenio y el PNUMA") */
                    size_t c = j + m + 1;
                    on |= k > e && word_at(s, n, j, t->name_and_articles, NULL, false) == m && cap_word(s, n, c) &&
                          !head_ahead(S, c, true) && !word_at(s, n, c, t->name_and_stops, NULL, false);
                    /* and a subtitle's "… Systems and for the Sharing of …" */
                    size_t a = ck && !on && word_at(s, n, j, t->name_articles, NULL, false) != m
                                   ? word_at(s, n, c, t->name_articles, NULL, false)
                                   : 0;
                    if (a && c + a + 1 < n && s[c + a] == ' ' && cap_word(s, n, c + a + 1)) {
                        j = c + a + 1;
                    } else {
                        if (!pair && !on) break;
                        j += m + 1;
                        pair &= on;
                    }
                }
            }
            /* "Economic, Social and Cultural Rights", "… Outer Space, including
             * the Moon and Other Celestial Bodies" */
            size_t le = j == k ? cap_list_end(S, k) : 0;
            if (!le && j == k) le = title_tail(S, k);
            if (le) {
                k = le;
                continue;
            }
            /* "… the United Nations “Protect, Respect and Remedy” Framework": a
             * capitalized quotation inside a name that goes on after it */
            if (j > k && j + 3 < n && cp_at(s, n, j) == 0x201C && cap_word(s, n, j + 3)) {
                size_t q = quoted_to(s, n, j + 3, j + 3);
                if (q && q + 4 < n && s[q + 3] == ' ' && cap_word(s, n, q + 4)) {
                    k = word_end(s, n, q + 4);
                    continue;
                }
            }
            if (j == k || !(j < n && cap_word(s, n, j))) break;
            size_t w = word_end(s, n, j);
            /* "… Peace Agreement of January 2022": a month and its year date
             * the name, they are not part of it */
            if (w + 5 <= n && s[w] == ' ' && dig(s[w + 1]) && dig(s[w + 2]) && dig(s[w + 3]) && dig(s[w + 4]) &&
                (w + 5 == n || !dig(s[w + 5])) && j > k + 1 && month_word(t, s + j, w - j))
                break;
            /* nor a month and its day: "Minsk Protocol of September 5, 2014" */
            if (w + 3 <= n && s[w] == ' ' && dig(s[w + 1]) &&
                (s[w + 2] == ',' || (dig(s[w + 2]) && w + 3 < n && s[w + 3] == ',')) && j > k + 1 &&
                month_word(t, s + j, w - j))
                break;
            k = w;
            /* "Women ’s, Children’s and Adolescents’ Health": a possessive the
             * PDF set apart, where the name goes on after it */
            if (k + 6 < n && s[k] == ' ' && !memcmp(s + k + 1, "\xE2\x80\x99s", 4) &&
                ((s[k + 5] == ',' && k + 7 < n && s[k + 6] == ' ' && cap_word(s, n, k + 7)) ||
                 (s[k + 5] == ' ' && cap_word(s, n, k + 6))))
                k += 5;
        }
        if (pk && k == pe) k = pk;
        if (ck && s[ck] == ';') {
            int caps = 0;
            for (size_t w = ck + 2; w < k; w = word_end(s, n, w) + 1) caps += cap_word(s, n, w);
            if (caps < 3) k = ck;
        }
        if (ck && !subtitle_end(S, k)) k = ck;
        size_t y = name_number(S, k);
        /* "Convención Única de 1961 sobre Estupefacientes": a name that goes on
         * after its year, with a link and a capital (es) */
        size_t m = t->name_year_inside && y > k && y + 1 < n && s[y] == ' '
                       ? word_at(s, n, y + 1, t->instrument_links, S->x ? &S->x->links : NULL, false)
                       : 0;
        bool on = m && y + 2 + m < n && s[y + 1 + m] == ' ' && cap_word(s, n, y + 2 + m) &&
                  word_at(s, n, y + 1, t->ref_letter_joins, S->x ? &S->x->joins : NULL, false) != m;
        k = y;
        if (!on) break;
    }
    e = k;
    bool dated = S->pd_next == st && S->pd_end < st;
    /* a lone "the Strategy" names nothing, but a date can name it: "the 20 June 2011 Agreement" */
    if (st == i && e == i + head && !dig(s[e - 1]) && !lone_head(S, i, head)) { /* "Agenda 21" is a name */
        if (!dated || !t->names_capitalized) return 0;
        st = S->pd_start;
    }
    size_t from = S->hits.n;
    ref_hit *h = push(S, "instrument", NULL, st, e);
    if (dated) {
        h->date = arena_strdup(S->a, S->pdate);
        h->dstart = S->pd_start, h->dend = S->pd_end;
    }
    return h->date ? e : link_date(S, from, e);
}

/* The end of the ASCII letters and digits from s+i.  Eight bytes at a time,
 * each tested on its own: the low seven bits plus a constant reach 0x80
 * from a bound on, and no sum carries into the next byte. */
static size_t word_end_ascii(const char *s, size_t n, size_t i) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, hi = ones * 0x80, lo = ones * 0x7F;
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        uint64_t v = w & lo, l = v | ones * 0x20;
        uint64_t letter = (l + ones * (0x80 - 'a')) & ~(l + ones * (0x80 - 'z' - 1));
        uint64_t digit = (v + ones * (0x80 - '0')) & ~(v + ones * (0x80 - '9' - 1));
        uint64_t stop = ~((letter | digit) & ~w) & hi;
        if (stop) return i + (size_t)(__builtin_ctzll(stop) >> 3);
    }
#endif
    while (i < n && alnum_tab[(unsigned char)s[i]]) i++;
    return i;
}

/* Does a word start at s+i?  As the scan loop decides it. */
static inline bool wstart_at(const char *s, size_t i) {
    if (!i) return true;
    unsigned char p = (unsigned char)s[i - 1];
    return p < 0x80 ? !alnum_tab[p] : !is_letter(cp_before(s, i));
}

/* May the scan loop act at s+i?  At a sentence end, a digit outside words
 * and numbers, 第 and 《, and at word starts (anywhere in Chinese and Arabic)
 * upper-case letters, instruments' heads and cue words.  If not, *next is
 * where it goes on. */
static inline __attribute__((always_inline)) bool may_act(const refindex *x, const scan *S, size_t i,
                                                          size_t *next) {
    const char *s = S->s;
    size_t n = S->n;
    unsigned char c = (unsigned char)s[i];
    uint8_t f = x->cls[c];
    if (f & B_MB) {
        /* ；。؛ 第 《 lead with these */
        if (c == 0xEF || c == 0xE3 || c == 0xD8 || c == 0xE7) {
            uint32_t cp = cp_at(s, n, i);
            if (cp == 0xFF1B || cp == 0x3002 || cp == 0x061B || (S->zh && (cp == 0x7B2C || cp == 0x300A)))
                return true;
        }
        *next = i + (c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
        return (x->anywhere || wstart_at(s, i)) && ((!S->zh && head_at(x, s, n, i)) || cue_may(x, s, n, i));
    }
    *next = i + 1;
    unsigned char d;
    if (!(f & ~B_WORD) || (d = i + 1 < n ? (unsigned char)s[i + 1] : 0, !(x->pair[c][d >> 3] >> (d & 7) & 1)))
        return false;
    /* a sentence end closes a list: nothing to do where none is open (but
     * in Chinese, whose pending numbers the loop settles at every stop) */
    if ((f & B_END) && (c == ';' || i + 1 == n || s[i + 1] == ' ') && (S->armed || S->zh)) return true;
    if ((f & B_DIGIT) && !(i && numprev[(unsigned char)s[i - 1]])) return true;
    if (!(f & (B_UP | B_HEAD | B_CUE))) return false;
    bool ws = wstart_at(s, i);
    /* a symbol, or S-30/1 in a list */
    if (ws && (f & B_UP) && (symbol_may(s, n, i) || ((c == 'S' || c == 'E') && (armed(S, i) || S->zh))))
        return true;
    if (ws && (f & B_HEAD) && head_at(x, s, n, i)) return true;
    return (f & B_CUE) && (ws || x->anywhere) && cue_may(x, s, n, i);
}

#if defined(__SSE2__)
/* The bytes of v from lo to hi, as 0xFF: shifted so that the range starts
 * at -128, one signed compare (bytes from 0x80 land outside it). */
static inline __m128i in16(__m128i v, char lo, char hi) {
    __m128i t = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo)));
    return _mm_cmplt_epi8(t, _mm_set1_epi8((char)(-128 + (hi - lo) + 1)));
}

/* Of the sixteen bytes v, as bits: those with B_ flags (other than only
 * B_WORD) and lead bytes from 0x80; the ASCII letters and digits into *an.
 * The others are compared four at a time, the slots past n_others holding
 * ';', flagged anyway. */
static inline unsigned flags16(const refindex *x, __m128i v, unsigned *an) {
    __m128i digit = in16(v, '0', '9');
    *an = (unsigned)_mm_movemask_epi8(_mm_or_si128(in16(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z'), digit));
    if (x->n_others < 0) return 0xFFFF;
    __m128i end = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(';')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    __m128i f = _mm_or_si128(_mm_or_si128(in16(v, 'A', 'Z'), digit), end);
    const __m128i *o = (const __m128i *)(const void *)x->others;
    f = _mm_or_si128(f, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_load_si128(o)), _mm_cmpeq_epi8(v, _mm_load_si128(o + 1))));
    f = _mm_or_si128(f, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_load_si128(o + 2)), _mm_cmpeq_epi8(v, _mm_load_si128(o + 3))));
    return (unsigned)(_mm_movemask_epi8(f) | _mm_movemask_epi8(v));
}
#endif

/* The first position from i where the scan loop may act; the rest is passed
 * over as the loop would, only faster: in Latin and Cyrillic text a space or
 * the inside of an ASCII word starts nothing. */
static size_t next_act(const refindex *x, const scan *S, size_t i) {
    const char *s = S->s;
    size_t n = S->n, next;
    while (i < n) {
#if defined(__SSE2__)
        if (x->words && i && i + 16 <= n) {
            /* a letter or digit right before (the last of the block before) */
            unsigned prev = alnum_tab[(unsigned char)s[i - 1]];
            do {
                size_t from = i, end = i + 16;
                unsigned an, m = flags16(x, _mm_loadu_si128((const __m128i *)(const void *)(s + i)), &an);
                m &= ~(an & (an << 1 | prev));
                prev = an >> 15;
                i = end;
                while (m) {
                    size_t j = from + (size_t)__builtin_ctz(m);
                    if (may_act(x, S, j, &next)) return j;
                    if (next >= end) {
                        /* past a character that runs into the next sixteen */
                        if (next > end) i = next, prev = 0;
                        break;
                    }
                    m &= ~0u << (next - from);
                }
            } while (i + 16 <= n);
            continue;
        }
#endif
        unsigned char c = (unsigned char)s[i];
        if (may_act(x, S, i, &next)) return i;
        i = next;
        if (x->cls[c] & B_WORD) i = word_end_ascii(s, n, i);
    }
    return n;
}

/* Names inside a name: "Doha Declaration on the TRIPS Agreement and Public
 * Health" cites the TRIPS Agreement too.  Each head after the outer name's
 * own is read as if the text ended where that name does; a name found there
 * that starts after the outer one is kept, but not one after "and" (the heads
 * of "Beijing Declaration and Platform for Action" name one thing), nor a
 * head that only links words join to the outer one's ("Declaration on
 * Principles of …", "Optional Protocol to the Convention on …"). */
static void nested_names(scan *S, size_t from, size_t i) {
    const ref_hit *o = &S->hits.v[from];
    size_t ost = o->start, oe = o->date && o->dstart > ost ? o->dstart : o->end, n = S->n;
    const char *s = S->s;
    const wordix *links = S->x ? &S->x->links : NULL;
    if (S->hits.n != from + 1 || oe > n || oe - ost > 600) return;
    while (oe > ost && s[oe - 1] == ' ') oe--;
    size_t he = i + head_len(S, i);
    S->n = oe, S->inner = true;
    for (size_t j = he; j < oe; j++) {
        if (s[j - 1] != ' ' || !head_len(S, j)) continue;
        size_t h0 = S->hits.n, e = instrument_here(S, j);
        if (S->hits.n > h0) {
            size_t st = S->hits.v[h0].start, b = word_before(s, st), m;
            bool joined = (b < st && S->t->ref_letter_joins &&
                           word_at(s, oe, b, S->t->ref_letter_joins, S->x ? &S->x->joins : NULL, false) == st - 1 - b) ||
                          (uncased(cp_at(s, oe, st)) && joined_prefix(s, oe, st, S->t->ref_letter_joins));
            size_t w = he;
            while (st == j && w < st && s[w] == ' ' && (m = word_at(s, oe, w + 1, S->t->instrument_links, links, false)))
                w += 1 + m;
            if (st <= ost || joined || w + 1 == st) S->hits.n = h0;
        }
        if (e > j) j = e - 1;
    }
    S->n = n, S->inner = false;
}

size_t refs_scan(unres_arena *a, const unres_lang_table *t, const char *organ, const char *s, size_t n,
                 ref_hit **out) {
    scan S = {0};
    S.a = a, S.t = t, S.organ = organ ? organ : "general_assembly", S.s = s, S.n = n;
    S.x = refindex_of(t);
    S.zh = t->lang == UNRES_LANG_ZH;
    S.pd_next = S.peek_e = S.cue_seen = (size_t)-1;
    const refindex *x = S.x;
    /* Chinese and Arabic read cue words anywhere, the others at word starts */
    bool inword = !S.zh && t->lang != UNRES_LANG_AR;
    size_t i = 0, past = 0;
    while (i < n) {
        /* every step moves on: a reader that ends where it began, or before,
         * must not bring the scan back (it would never end) */
        if (i < past) i = past;
        past = i + 1;
        /* nothing starts inside an ASCII word but its first letter */
        if (inword && i && alnum_tab[(unsigned char)s[i - 1]])
            while (i < n && alnum_tab[(unsigned char)s[i]]) i++;
        if (x) i = next_act(x, &S, i);
        if (i >= n) break;
        unsigned char c = (unsigned char)s[i];
        uint32_t prev = !i ? 0 : (unsigned char)s[i - 1] < 0x80 ? (unsigned char)s[i - 1] : cp_before(s, i);
        bool wstart = !(prev < 0x80 ? alnum((char)prev) : is_letter(prev));
        size_t from = S.hits.n, e = 0;
        if (S.zh && S.zh_pending < S.hits.n && i > S.armed_until) zh_close(&S);
        /* sentence ends close a list */
        if (c == ';' || (c == '.' && (i + 1 == n || s[i + 1] == ' '))) S.armed = S.sent_kind = NULL;
        uint32_t cp = c < 0x80 ? c : cp_at(s, n, i);
        if (cp == 0xFF1B || cp == 0x3002 || cp == 0x061B) {
            S.armed = NULL;
            zh_close(&S);
        }
        /* nor inside one: ST/CS/SER.A/29 holds no A/29 */
        if (upc((char)c) && wstart && prev != '/' && !(prev == '.' && i >= 2 && alnum(s[i - 2]))) {
            if ((e = symbol_here(&S, i))) {
                arm(&S, NULL, e + WINDOW);
                i = link_date(&S, from, e);
                date_before_paren(&S, from);
                continue;
            }
            if ((c == 'S' || c == 'E') && (armed(&S, i) || S.zh) && (e = resnum(&S, i, false))) {
                arm(&S, NULL, e + WINDOW);
                i = link_date(&S, from, e);
                continue;
            }
        }
        if (dig((char)c) && !(prev < 0x80 && (alnum((char)prev) || prev == '/' || prev == '.' || prev == '-'))) {
            char iso[11];
            size_t de = date_at(t, s, n, i, iso);
            if (de) {
                memcpy(S.pdate, iso, 11);
                S.pd_start = i, S.pd_end = de;
                S.pd_next = skip_ws(s, n, de);
                if (armed(&S, i)) arm(&S, NULL, de + WINDOW); /* a date inside a list keeps it open */
                i = de;
                continue;
            }
            if ((e = resnum(&S, i, false)) || (c == '5' && i + 1 < n && s[i + 1] == '/' && (e = symbol_here(&S, i)))) {
                arm(&S, NULL, e + WINDOW);
                i = link_date(&S, from, e);
                date_before_paren(&S, from);
                continue;
            }
        }
        if (S.zh && cp == 0x7B2C) { /* 第 */
            size_t j = skip_ws(s, n, i + 3);
            if (j < n && (dig(s[j]) || s[j] == 'S' || s[j] == 'E')) {
                size_t save = S.armed_until;
                const char *sa = S.armed;
                if (!S.armed) S.armed = "resolution";
                S.armed_until = j;
                e = resnum(&S, j, true);
                S.armed = sa, S.armed_until = save;
                if (e) {
                    for (size_t k = from; k < S.hits.n; k++) S.hits.v[k].start = i;
                    size_t q = skip_ws(s, n, e);
                    if (q + 3 <= n && !memcmp(s + q, "号", 3)) e = q + 3;
                    for (size_t k = from; k < S.hits.n; k++) S.hits.v[k].end = e, S.hits.v[k].bare = true;
                    if (!zh_number_goes_on(&S, e)) S.hits.n = from;
                    link_date_before(&S, i, from);
                    arm(&S, "resolution", e + WINDOW);
                    i = e;
                    continue;
                }
            }
        }
        if (S.zh && cp == 0x300A) { /* 《 … 》 */
            size_t j = i + 3;
            while (j < n && cp_at(s, n, j) != 0x300B && j - i < 600) j += (unsigned char)s[j] < 0x80 ? 1 : (unsigned char)s[j] < 0xE0 ? 2 : (unsigned char)s[j] < 0xF0 ? 3 : 4;
            /* a named instrument ends with its head (…宣言》), a publication does not */
            bool named = !t->instrument_words;
            for (const char *const *w = t->instrument_words; w && *w && !named; w++) {
                size_t l = strlen(*w);
                named = j >= i + 3 + l && !memcmp(s + j - l, *w, l);
            }
            if (j < n && named) {
                push(&S, "instrument", NULL, i, j + 3);
                link_date_before(&S, i, from);
                i = j + 3;
                continue;
            }
        }
        if (wstart || S.zh || t->lang == UNRES_LANG_AR) {
            const char *kind = NULL;
            size_t m = !x || cue_may(x, s, n, i) ? cue_at(&S, i, &kind) : 0;
            if (m) {
                if (S.zh) {
                    /* 第…号、第…号决议: the cue after the numbers gives their kind */
                    bool dec = !strcmp(kind, "decision");
                    size_t w = S.zh_pending;
                    for (size_t k = S.zh_pending; k < S.hits.n; k++) {
                        ref_hit *h = &S.hits.v[k];
                        /* the Security Council decides by resolutions: 第267(2009)号决定 is another body's */
                        if (dec && h->symbol && !strncmp(h->symbol, "S/RES/", 6)) continue;
                        const char *sym2 = dec && !strcmp(h->kind, "resolution") ? refamily(&S, h->symbol, NULL, true)
                                                                                   : NULL;
                        if (sym2) h->kind = "decision", h->symbol = sym2; /* 理事会第2023/315号决定: E/DEC/2023/315 */
                        if (k + 1 == S.hits.n && h->end == i) h->end = i + m;
                        h->bare = false;
                        S.hits.v[w++] = *h;
                    }
                    S.hits.n = S.zh_pending = w;
                } else {
                    arm(&S, kind, i + m + WINDOW);
                    S.sent_kind = kind;
                    S.cue_at = i;
                    S.list_from = S.hits.n;
                    S.cue_end = skip_ws(s, n, i + m);
                }
                i += m;
                continue;
            }
            if (wstart && !S.zh && (!x || head_at(x, s, n, i)) && (e = instrument_here(&S, i))) {
                if (S.hits.n > from) nested_names(&S, from, i);
                i = e;
                continue;
            }
        }
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    zh_close(&S);
    *out = S.hits.v;
    return S.hits.n;
}

/* ---- runs of source text ------------------------------------------------ */

typedef struct {
    size_t b, s; /* buffer offset b is source offset s, up to the next piece */
} piece;

typedef struct {
    strbuf b;
    VEC(piece) map;
    bool space;      /* white space pending */
    size_t space_at; /* its source offset */
    bool newline;
    size_t delta;    /* source less buffer offset in the last piece */
    size_t cut;      /* the first footnote call cut not ended where the last run_add stopped */
    unres_arena *a;
    bool zh;
} run;

/* Buffer offset b maps to source offset s from here.  A piece in line with
 * the last one (text copied as it stands, one space for one) says nothing
 * run_src does not already know, so it is left out. */
static void run_map_push(run *R, size_t b, size_t s) {
    piece pc = {b, s};
    VEC_PUSH(R->a, R->map, pc);
    R->delta = s - b;
}
static inline void run_map(run *R, size_t b, size_t s) {
    if (!R->map.n || s - b != R->delta) run_map_push(R, b, s);
}

/* Room for extra bytes and a NUL (the scanners' strtol stops there). */
static bool run_reserve(run *R, size_t extra) {
    strbuf *b = &R->b;
    if (b->oom) return false;
    if (b->n + extra + 1 <= b->cap) return true;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->n + extra + 1) ncap *= 2;
    char *ns = realloc(b->s, ncap);
    if (!ns) {
        b->oom = true;
        return false;
    }
    b->s = ns;
    b->cap = ncap;
    return true;
}

/* Is the pending space kept before character c?  Not where it joins a
 * hyphenated word or Chinese. */
static bool run_keep_space_(const run *R, uint32_t c) {
    const strbuf *b = &R->b;
    uint32_t prev = cp_before(b->s, b->n);
    if (R->newline && prev == '-' && b->n >= 2 && alnum(b->s[b->n - 2])) return false;
    return !(R->zh && (cp_is_cjk(prev) || cp_is_cjk(c)));
}
static inline bool run_keep_space(const run *R, uint32_t c) {
    return (!R->zh && (!R->newline || R->b.s[R->b.n - 1] != '-')) || run_keep_space_(R, c);
}

/* Character c at source offset at comes next: the pending space first. */
static inline __attribute__((always_inline)) void run_settle(run *R, size_t at, uint32_t c) {
    strbuf *b = &R->b;
    if (R->space) {
        if (b->n && run_keep_space(R, c)) {
            run_map(R, b->n, R->space_at);
            b->s[b->n++] = ' ';
        }
        run_map(R, b->n, at);
        R->space = R->newline = false;
    } else if (!R->map.n) run_map(R, b->n, at);
}

static inline void run_ws(run *R, size_t at, bool nl) {
    if (!R->space) R->space_at = at;
    R->space = true;
    R->newline |= nl;
}

static bool printable(unsigned char c) { return c > ' ' && c < 0x80; }

#if defined(__SSE2__)
/* Copies the sixteen bytes at t to d; as bits, where the copy stops: bytes
 * below 0x21 or from 0x80 (negative), or a space before a space. */
static inline unsigned run_stops16(const char *t, char *d) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)t);
    __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(t + 1));
    _mm_storeu_si128((__m128i *)(void *)d, v);
    __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x21)), sp = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
    __m128i next = _mm_cmpeq_epi8(w, _mm_set1_epi8(' '));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(sp, low), _mm_and_si128(sp, next)));
}
#endif

/* Copies text that stays as it is, from t[i] (printable ASCII) up to lim:
 * printable ASCII with single spaces between.  Returns where it stops: at
 * a control byte, a byte from 0x80, two spaces or a last space, and before
 * a space there.  Sixteen or eight bytes at a time.  Sixteen are read while
 * the text (tn bytes) has them and one more, also past lim, and stored:
 * bytes stored past the end stay within the room run_add reserves.  For
 * eight, where a space at the end of the block stops it too (then looked at
 * here), the lowest flagged byte of a word is the first one below 0x20 (a
 * borrow only flags bytes above a true one), from 0x80, or such a space. */
static size_t run_copy(run *R, const char *t, size_t tn, size_t i, size_t lim) {
    char *d = R->b.s + R->b.n;
    size_t j = i;
    for (;;) {
#if defined(__SSE2__)
        /* the blocks wholly before lim, then the one lim cuts */
        if (j + 17 <= tn) {
            unsigned f = 0;
            if (j + 16 <= lim)
                for (size_t last = lim - 16 < tn - 17 ? lim - 16 : tn - 17; !f && j <= last; j += 16)
                    f = run_stops16(t + j, d + (j - i));
            if (f) j += (size_t)__builtin_ctz(f) - 16;
            else if (j < lim && j + 17 <= tn)
                j += (size_t)__builtin_ctz(run_stops16(t + j, d + (j - i)) | ~0u << (lim - j));
        }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        const uint64_t ones = 0x0101010101010101u, hi = 0x8080808080808080u, lo = 0x7F7F7F7F7F7F7F7Fu;
        for (uint64_t w; j + 8 <= lim; j += 8) {
            memcpy(&w, t + j, 8);
            memcpy(d + (j - i), &w, 8);
            uint64_t x = w ^ (ones * ' ');
            uint64_t sp = ~(((x & lo) + lo) | x | lo); /* exactly the spaces */
            uint64_t f = (((w - ones * ' ') & ~w) | w | (sp & ((sp >> 8) | 1ull << 63))) & hi;
            if (f) {
                j += (size_t)(__builtin_ctzll(f) >> 3);
                break;
            }
        }
#endif
        while (j < lim && printable((unsigned char)t[j])) d[j - i] = t[j], j++;
        if (!(j + 1 < lim && t[j] == ' ' && printable((unsigned char)t[j + 1]))) break;
        d[j - i] = ' ';
        j++;
    }
    /* a space before what stopped the words is left pending */
    if (t[j - 1] == ' ') j--;
    R->b.n += j - i;
    return j;
}

/* The first footnote call cut that ends after s: a few on from where the
 * last run_add stopped (lines come mostly in order), else by halves. */
static size_t run_cut(const parser *p, const run *R, size_t s) {
    size_t c = R->cut, nc = p->cuts.n;
    if (c <= nc && (!c || p->cuts.v[c - 1].end <= s))
        for (int k = 0; k < 4; k++, c++)
            if (c == nc || p->cuts.v[c].end > s) return c;
    size_t lo = 0, hi = nc;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->cuts.v[mid].end <= s) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Adds source bytes [s, e), footnote calls cut out as white space.  The run
 * grows by at most e - s bytes and one pending space; sixteen more bytes of
 * room take run_copy's last block. */
static void run_add(parser *p, run *R, size_t s, size_t e) {
    const char *t = p->L.text;
    if (!run_reserve(R, e - s + 1 + 16)) return;
    size_t c = run_cut(p, R, s);
    for (size_t i = s; i < e;) {
        while (c < p->cuts.n && p->cuts.v[c].end <= i) c++;
        if (c < p->cuts.n && p->cuts.v[c].start <= i) {
            run_ws(R, i, false);
            i = p->cuts.v[c].end;
            continue;
        }
        /* no cut before lim */
        size_t lim = c < p->cuts.n && p->cuts.v[c].start < e ? p->cuts.v[c].start : e;
        while (i < lim) {
            unsigned char b = (unsigned char)t[i];
            if (b > ' ' && b < 0x80) {
                /* the first settles pending space, the rest are copied */
                run_settle(R, i, b);
                i = run_copy(R, t, p->L.len, i, lim);
                continue;
            }
            if (b == ' ') {
                run_ws(R, i, false);
                while (++i < lim && t[i] == ' ') {}
                continue;
            }
            uint32_t cp;
            int l = utf8_decode(t + i, e - i, &cp);
            if (l <= 0) { i++; continue; }
            if (cp_is_space(cp) || cp == '\r') run_ws(R, i, cp == '\n');
            else {
                run_settle(R, i, cp);
                memcpy(R->b.s + R->b.n, t + i, (size_t)l);
                R->b.n += (size_t)l;
            }
            i += (size_t)l;
        }
    }
    R->cut = c;
    R->b.s[R->b.n] = 0;
    run_ws(R, e, true);
}

static size_t run_src(const run *R, size_t x, bool end) {
    if (!R->map.n) return 0;
    if (end && x) x--;
    size_t lo = 0, hi = R->map.n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (R->map.v[mid].b <= x) lo = mid;
        else hi = mid;
    }
    return R->map.v[lo].s + (x - R->map.v[lo].b) + (end ? 1 : 0);
}

/* Scans a run and appends its references to refs. */
typedef VEC(unres_ref) refvec;
static void run_scan(parser *p, run *R, const char *in, refvec *refs, const char *skip_sym) {
    if (!R->b.n) return;
    ref_hit *h;
    size_t k = refs_scan(p->arena, p->lt, p->doc->organ, R->b.s, R->b.n, &h);
    for (size_t j = 0; j < k; j++) {
        if (skip_sym && h[j].symbol && !strcmp(h[j].symbol, skip_sym)) continue;
        unres_ref r = {0};
        r.kind = h[j].kind;
        r.symbol = h[j].symbol;
        r.text = arena_strndup(p->arena, R->b.s + h[j].start, h[j].end - h[j].start);
        r.date = h[j].date;
        r.in = in;
        r.placeholder = h[j].placeholder;
        r.span.start = run_src(R, h[j].start, false);
        r.span.end = run_src(R, h[j].end, true);
        VEC_PUSH(p->arena, *refs, r);
    }
}

static void run_reset(run *R) {
    R->b.n = 0;
    R->map.n = 0;
    R->space = R->newline = false;
}

/* Order of appearance, stable (68/247 A and B share a start): by start,
 * then place. */
typedef struct {
    size_t start, idx;
} ord;
static bool ord_less(const ord *a, const ord *b) {
    return a->start != b->start ? a->start < b->start : a->idx < b->idx;
}
static size_t ord_run(const ord *o, size_t a, size_t n) {
    size_t b = a + 1;
    while (b < n && !ord_less(&o[b], &o[b - 1])) b++;
    return b;
}
/* Sorts o[0..n) with tmp as room; returns which holds the result.  The
 * references come mostly in order, the footnotes' among them: the runs
 * already in order are merged, two by two a pass. */
static ord *ord_sort(ord *o, ord *tmp, size_t n) {
    while (ord_run(o, 0, n) < n) {
        for (size_t a = 0; a < n;) {
            size_t m = ord_run(o, a, n), e = m < n ? ord_run(o, m, n) : n, i = a, j = m, k = a;
            while (i < m && j < e) tmp[k++] = ord_less(&o[j], &o[i]) ? o[j++] : o[i++];
            while (i < m) tmp[k++] = o[i++];
            while (j < e) tmp[k++] = o[j++];
            a = e;
        }
        ord *w = o;
        o = tmp, tmp = w;
    }
    return o;
}

/* Paragraph ids, x y z and "op_" n, without printf: it would cost as much as
 * scanning the paragraph. */
static const char *id_cat(unres_arena *a, const char *x, const char *y, const char *z) {
    size_t lx = strlen(x), ly = strlen(y), lz = strlen(z);
    char *r = arena_alloc_bytes(a, lx + ly + lz + 1);
    memcpy(r, x, lx);
    memcpy(r + lx, y, ly);
    memcpy(r + lx + ly, z, lz);
    r[lx + ly + lz] = 0;
    return r;
}
static const char *id_num(unres_arena *a, const char *x, size_t v) {
    char b[24];
    size_t k = sizeof b - 1;
    b[k] = 0;
    do b[--k] = (char)('0' + v % 10);
    while (v /= 10);
    return id_cat(a, x, "", b + k);
}

#define LN(i) (p->L.lines[i])
static bool skip_line(parser *p, size_t i) { return LN(i).flags & (LINE_BLANK | LINE_DROP | LINE_MASTHEAD); }

/* A line's length without the spaces that indent it. */
static size_t line_len(parser *p, size_t i) {
    size_t a = LN(i).start, e = LN(i).end;
    while (a < e && p->L.text[a] == ' ') a++;
    return e - a;
}

/* Lines [from, to) that are no paragraphs of the parser's (an annex, an
 * amendment's text), read sentence by sentence, a heading apart (a line much
 * shorter than the longest without a clause's end), across page breaks; the
 * first line from byte off. */
static void scan_block(parser *p, run *R, size_t from, size_t to, size_t off, const char *in, refvec *refs) {
    size_t wide = 0;
    for (size_t i = from; i < to; i++)
        if (!skip_line(p, i) && line_len(p, i) > wide) wide = line_len(p, i);
    run_reset(R);
    for (size_t i = from; i < to; i++) {
        if (skip_line(p, i)) continue; /* a page break, a note: the sentence goes on */
        run_add(p, R, i == from ? off : LN(i).start, LN(i).end);
        char c = LN(i).end > LN(i).start ? p->L.text[LN(i).end - 1] : 0;
        /* a short line is a heading, but one that ends with a comma goes on */
        if (c == '.' || c == ';' || c == ':' || i == from || (line_len(p, i) * 5 < wide * 3 && c != ','))
            run_scan(p, R, in, refs, NULL), run_reset(R);
    }
    run_scan(p, R, in, refs, NULL);
}

void refs_find(parser *p) {
    unres_doc *d = p->doc;
    /* the sponsors as Member State codes; groups ("on behalf of …") stay NULL */
    if (d->n_sponsors) {
        d->sponsor_codes = arena_alloc(p->arena, d->n_sponsors * sizeof *d->sponsor_codes);
        for (size_t k = 0; k < d->n_sponsors; k++)
            d->sponsor_codes[k] = country_code(d->sponsors[k], strlen(d->sponsors[k]));
    }
    refvec refs = {0};
    run R = {0};
    R.a = p->arena;
    R.zh = d->lang == UNRES_LANG_ZH;

    /* the masthead: the drafts an adopted text names, the draft an amendment
     * amends.  Its lines are fields ("Sixth Committee", "Agenda item 82"),
     * each read alone so that no name runs from one into the next; a title
     * broken over lines is read whole (a line in lower case goes on the one
     * before).  The enacting formula is no field. */
    for (size_t i = 0; i < p->body_start && i < p->L.n_lines; i++) {
        if (!(LN(i).flags & LINE_MASTHEAD) || i == p->formula_line) continue;
        run_add(p, &R, LN(i).start, LN(i).end);
        size_t k = i + 1;
        while (k < p->body_start && k < p->L.n_lines && (LN(k).flags & LINE_BLANK)) k++;
        bool more = k < p->body_start && k < p->L.n_lines && (LN(k).flags & LINE_MASTHEAD) && k != p->formula_line;
        uint32_t c = 0;
        if (more) utf8_decode(p->L.text + LN(k).start, LN(k).end - LN(k).start, &c);
        if (!more || cp_fold(c) != c) run_scan(p, &R, "header", &refs, d->symbol), run_reset(&R);
    }
    run_scan(p, &R, "header", &refs, d->symbol);

    /* paragraphs: the ids blocks_finish gave, in the same order */
    size_t np = p->paras.n;
    const char **ids = arena_alloc(p->arena, (np + 1) * sizeof *ids);
    size_t npre = 0, nop = 0, nad = 0, nun = 0;
    for (size_t k = 0; k < np; k++) {
        rawpara *r = &p->paras.v[k];
        if (r->parent < 0 && r->kind == 2) /* a text the resolution adopts */
            ids[k] = r->num ? id_num(p->arena, "adopted_", ++nad) : id_num(p->arena, "adopted_unnumbered_", ++nun);
        else if (r->parent < 0) ids[k] = r->kind ? id_num(p->arena, "op_", ++nop) : id_num(p->arena, "pp_", ++npre);
        else /* the label blocks gave it: a letter, a roman number, a position for a dash */
            ids[k] = r->label ? id_cat(p->arena, ids[r->parent], "__", r->label) : id_cat(p->arena, ids[r->parent], "", "0");
        /* its own lines end where its first sub-paragraph, pushed right after it, starts */
        size_t to = k + 1 < np && p->paras.v[k + 1].parent == (int)k ? p->paras.v[k + 1].from : r->to;
        run_reset(&R);
        for (size_t i = r->from; i < to; i++) {
            if (skip_line(p, i)) continue;
            size_t s = LN(i).start;
            if (i == r->from && r->text_off > s && r->text_off <= LN(i).end) s = r->text_off;
            run_add(p, &R, s, LN(i).end);
        }
        run_scan(p, &R, ids[k], &refs, NULL);
    }

    /* footnotes */
    for (size_t f = 0; f < d->n_footnotes; f++) {
        run_reset(&R);
        run_add(p, &R, d->footnotes[f].span.start, d->footnotes[f].span.end);
        /* a note continued under the next page's rule */
        if (f < p->fns.n && p->fns.v[f].cont_end) run_add(p, &R, p->fns.v[f].cont_start, p->fns.v[f].cont_end);
        run_scan(p, &R, id_cat(p->arena, "footnote:", d->footnotes[f].marker, ""), &refs, NULL);
    }
    /* annexes: a declaration the resolution adopts cites as its paragraphs
     * do; an amendment's instructions and the text they quote */
    for (size_t a = 0; a < p->annex_lines.n; a++) {
        const annex_lines *al = &p->annex_lines.v[a];
        scan_block(p, &R, al->from, al->to, al->off, id_num(p->arena, "annex:", a + 1), &refs);
    }
    if (p->amendment_from && d->amendment_text)
        scan_block(p, &R, p->amendment_from, p->L.n_lines, LN(p->amendment_from).start, "amendment", &refs);
    sb_free(&R.b);
    if (refs.n > 1) {
        ord *o = malloc(2 * refs.n * sizeof *o);
        unres_ref *sorted = arena_alloc(p->arena, refs.n * sizeof *sorted);
        if (o && sorted) {
            for (size_t k = 0; k < refs.n; k++) o[k] = (ord){refs.v[k].span.start, k};
            const ord *in = ord_sort(o, o + refs.n, refs.n);
            for (size_t k = 0; k < refs.n; k++) sorted[k] = refs.v[in[k].idx];
            refs.v = sorted;
        }
        free(o);
    }
    d->refs = refs.v;
    d->n_refs = refs.n;
}
