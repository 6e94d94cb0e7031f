/* masthead.c: everything above the enacting formula: symbol, organ, date,
 * session, agenda items, sponsors, document type, title, resolution number,
 * the adoption line and the draft it came from. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <utf8proc.h>

#define LN(i) (p->L.lines[i])
#define TXT(i) (p->L.text + LN(i).start)
#define LEN(i) (LN(i).end - LN(i).start)

static bool dig(char c) { return c >= '0' && c <= '9'; }

static const unres_lang_table *const all_tables[] = {&unres_lang_en, &unres_lang_zh, &unres_lang_fr,
                                                     &unres_lang_es, &unres_lang_ru, &unres_lang_ar};

/* Arabic tatweel and vowel marks, which utf8_prefix_fold passes over. */
static bool ignorable(uint32_t c) { return c == 0x0640 || (c >= 0x064B && c <= 0x0652); }

enum { KEY_NONE = 0xFFFFFFFEu, KEY_ANY = 0xFFFFFFFFu };

/* What utf8_prefix_fold compares the first letter of a phrase with: the first
 * code point that is no tatweel or vowel mark, folded, the typographic
 * apostrophe as a straight one.  Two texts can match only if their keys are
 * equal.  KEY_NONE: no letter; KEY_ANY (phrases only): anything may match. */
static inline uint32_t first_key(const char *s, size_t n, bool phrase) {
    size_t i = 0;
    uint32_t c;
    int l;
    if (n && (unsigned char)s[0] < 0x80 && s[0] != ' ') {
        unsigned char b = (unsigned char)s[0];
        return b >= 'A' && b <= 'Z' ? b + 32u : b;
    }
    while (i < n && (l = utf8_decode(s + i, n - i, &c))) {
        if (ignorable(c)) { i += (size_t)l; continue; }
        if (phrase && c == ' ') return KEY_ANY;
        return c == 0x2019 ? '\'' : cp_fold(c);
    }
    return phrase ? KEY_ANY : KEY_NONE;
}

/* The second letter of a phrase, folded, where utf8_prefix_fold compares it
 * with the second letter of the text (neither it nor the first is a space or
 * a mark, nor it an apostrophe); 0 where it does not. */
static uint32_t second_key(const char *w, size_t n) {
    uint32_t a, b;
    int la = utf8_decode(w, n, &a);
    if (!la || a == ' ' || ignorable(a) || !utf8_decode(w + la, n - (size_t)la, &b)) return 0;
    if (b == ' ' || ignorable(b) || b == '\'' || b == 0x2019) return 0;
    return cp_fold(b);
}

/* True if utf8_prefix_fold(s, n, phrase) must fail, given that the first
 * letters agree and f1 is the phrase's second_key. */
static inline bool second_differs(const char *s, size_t n, uint32_t f1) {
    if (!f1) return false;
    if (n >= 2 && (unsigned char)s[0] < 0x80 && (unsigned char)s[1] < 0x80) {
        /* the common case: two ASCII letters */
        unsigned char c = (unsigned char)s[1];
        return (c >= 'A' && c <= 'Z' ? c + 32u : c) != f1;
    }
    bool first = true;
    for (size_t i = 0; i < n;) {
        uint32_t c = (unsigned char)s[i];
        int l = 1;
        if (c >= 0x80 && !(l = utf8_decode(s + i, n - i, &c))) return true;
        i += (size_t)l;
        if (ignorable(c)) continue;
        if (!first) return cp_fold(c) != f1;
        first = false;
    }
    return true;
}

/* The last letter of a phrase, folded, unless it is a space or an
 * apostrophe (0 then): the text's last letter before the marks that close
 * a match of the phrase (see utf8_prefix_fold). */
static uint32_t last_key(const char *w, size_t n) {
    while (n) {
        size_t l = utf8_prev(w, n);
        uint32_t c;
        if (!utf8_decode(w + n - l, l, &c)) return 0;
        n -= l;
        if (ignorable(c)) continue;
        return c == ' ' || c == '\'' || c == 0x2019 ? 0 : cp_fold(c);
    }
    return 0;
}

static inline unsigned char fold_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The letters (folded) a phrase must end with to stand alone on a line
 * s[0..n): a match must end at some m with m + 2 >= n, its last letter
 * followed by marks only (see last_key).  0 where there is none. */
static void end_keys(const char *s, size_t n, uint32_t ends[3]) {
    if (n >= 3 && (unsigned char)(s[n - 1] | s[n - 2] | s[n - 3]) < 0x80) {
        /* ASCII: the last letter is just before m */
        for (int k = 0; k < 3; k++) ends[k] = fold_ascii((unsigned char)s[n - 1 - k]);
        return;
    }
    int k = 0;
    for (size_t m = n; m > 0 && m + 2 >= n; m--, k++) {
        ends[k] = 0;
        if (m < n && ((unsigned char)s[m] & 0xC0) == 0x80) continue; /* not a code point's start */
        size_t q = m;
        /* the marks after the last letter (2 bytes each) */
        while (q >= 2 && (unsigned char)s[q - 2] == 0xD9 &&
               ((unsigned char)s[q - 1] == 0x80 || ((unsigned char)s[q - 1] >= 0x8B && (unsigned char)s[q - 1] <= 0x92)))
            q -= 2;
        if (!q) continue;
        size_t l = utf8_prev(s, q);
        uint32_t c;
        if (utf8_decode(s + q - l, l, &c) == (int)l) ends[k] = cp_fold(c);
    }
    for (; k < 3; k++) ends[k] = 0;
}

/* The enacting formula at the start of a line, in the document's language
 * (or any language when detection was unsure). */
static bool ends_comma(const char *ph) {
    size_t l = strlen(ph);
    return l && (ph[l - 1] == ',' || (l >= 3 && !memcmp(ph + l - 3, "\xEF\xBC\x8C", 3)) || /* ， */
                 (l >= 2 && !memcmp(ph + l - 2, "\xD8\x8C", 2)));                         /* ، */
}

typedef struct {
    const unres_formula *f;
    size_t len;
    uint32_t f1, fl; /* second_key, last_key */
    bool comma;
} formula_ent;

/* A table word, with what find_words checks before comparing it whole. */
typedef struct {
    const char *w;
    size_t len;
    unsigned char b0; /* the first byte if ASCII, else 0 */
    uint32_t f0;      /* else the first letter, folded (0 if malformed) */
    uint32_t f1;      /* second_key */
    uint32_t p4, m4;  /* its first (up to 4) bytes folded, if ASCII letters, and their mask */
} word_ent;

/* The masthead words of a language in one list, kind after kind, with, for
 * each byte, the words that can start there: by[start[c] .. start[c + 1]). */
enum { W_LABELS, W_ADOPTED, W_SESSION, W_AGENDA, W_KINDS, MAXWORDS = MASTHEAD_WORDS_MAX };
typedef struct {
    word_ent v[MAXWORDS];
    size_t n;
    uint64_t all;             /* the words that are not empty */
    size_t from[W_KINDS + 1]; /* kind k: v[from[k] .. from[k + 1]) */
    uint16_t start[257];
    uint8_t *by;
} word_set;

/* Per document language, built once: the formulas of all six tables in the
 * order they are tried (the document's own first), listed again by their
 * first_key mod NFB, in that order; and the language's masthead words. */
enum { NFB = 128 };
typedef struct {
    formula_ent *formulas;
    uint16_t *order;
    uint16_t start[NFB + 1];
    word_set words;
} mh_index;

static mh_index mh_tables[UNRES_LANG_ES + 1];
static pthread_once_t mh_once = PTHREAD_ONCE_INIT;

static void *xcalloc(size_t n, size_t sz) {
    void *v = calloc(n ? n : 1, sz);
    if (!v) abort();
    return v;
}

/* Appends the n words at words (stride bytes apart) as the next kind. */
static void set_add(word_set *ws, const char *const *words, size_t n, size_t stride) {
    if (ws->n + n > MAXWORDS) abort(); /* a table past the limit: test_lang_tables fails first */
    for (size_t i = 0; i < n; i++) {
        const char *w = *(const char *const *)((const char *)words + i * stride);
        size_t k = ws->n++;
        word_ent *e = &ws->v[k];
        e->w = w;
        e->len = strlen(w);
        if (!e->len) continue;
        ws->all |= 1ull << k;
        e->f1 = second_key(w, e->len);
        for (int b = 0; b < 4 && (unsigned char)w[b] > ' ' && (unsigned char)w[b] < 0x80; b++) {
            e->p4 |= (uint32_t)fold_ascii((unsigned char)w[b]) << 8 * b;
            e->m4 |= 0xFFu << 8 * b;
        }
        unsigned char c = (unsigned char)w[0];
        uint32_t cp;
        if (c < 0x80) e->b0 = c;
        else if (utf8_decode(w, e->len, &cp)) e->f0 = cp_fold(cp);
    }
}

/* The bytes word e can start at: its first byte in either case, or any
 * lead byte for a word that starts beyond ASCII.  Returns how many. */
static int start_bytes(const word_ent *e, unsigned char out[64]) {
    if (!e->len) return 0;
    if (!e->b0) {
        for (int b = 0; b < 64; b++) out[b] = (unsigned char)(0xC0 + b);
        return 64;
    }
    out[0] = e->b0;
    if ((e->b0 | 32) < 'a' || (e->b0 | 32) > 'z') return 1;
    out[1] = e->b0 ^ 32;
    return 2;
}

static void set_index(word_set *ws) {
    uint16_t count[256] = {0}, fill[256];
    unsigned char b[64];
    size_t total = 0;
    for (size_t k = 0; k < ws->n; k++)
        for (int j = start_bytes(&ws->v[k], b); j-- > 0; total++) count[b[j]]++;
    ws->by = xcalloc(total, 1);
    ws->start[0] = 0;
    for (int c = 0; c < 256; c++) ws->start[c + 1] = (uint16_t)(ws->start[c] + count[c]);
    memcpy(fill, ws->start, sizeof fill);
    for (size_t k = 0; k < ws->n; k++)
        for (int j = start_bytes(&ws->v[k], b); j-- > 0;) ws->by[fill[b[j]]++] = (uint8_t)k;
}

static size_t n_words(const char *const *w) {
    size_t n = 0;
    while (w && w[n]) n++;
    return n;
}

/* Case folded, marks stripped: "QUATORZIÈME" and "QUATORZIEME" are
 * "quatorzieme" (capitals often go without their accents).  malloc'd, or
 * NULL. */
static char *plain_fold(const char *s, size_t n) {
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
    if (r < 0) return NULL;
    return (char *)out;
}

static void mh_build(void) {
    size_t total = 0;
    for (int k = 0; k < 6; k++) total += all_tables[k]->n_formulas;
    uint32_t *key = xcalloc(total, sizeof *key);
    for (int l = UNRES_LANG_AR; l <= UNRES_LANG_ES; l++) {
        const unres_lang_table *lt = lang_table((unres_lang)l);
        mh_index *x = &mh_tables[l];
        x->formulas = xcalloc(total, sizeof *x->formulas);
        size_t nf = 0;
        for (int k = -1; k < 6; k++) {
            const unres_lang_table *t = k < 0 ? lt : all_tables[k];
            if (k >= 0 && t == lt) continue;
            for (size_t f = 0; f < t->n_formulas; f++) {
                formula_ent *e = &x->formulas[nf];
                e->f = &t->formulas[f];
                e->len = strlen(e->f->phrase);
                e->f1 = second_key(e->f->phrase, e->len);
                e->fl = last_key(e->f->phrase, e->len);
                e->comma = ends_comma(e->f->phrase);
                key[nf++] = first_key(e->f->phrase, e->len, true);
            }
        }
        /* a phrase of KEY_ANY goes in every bucket */
        uint16_t count[NFB] = {0}, fill[NFB];
        size_t any = 0;
        for (size_t f = 0; f < nf; f++)
            if (key[f] == KEY_ANY) any++;
            else count[key[f] % NFB]++;
        x->start[0] = 0;
        for (int b = 0; b < NFB; b++) x->start[b + 1] = (uint16_t)(x->start[b] + count[b] + any);
        x->order = xcalloc(x->start[NFB], sizeof *x->order);
        memcpy(fill, x->start, sizeof fill);
        for (size_t f = 0; f < nf; f++)
            if (key[f] == KEY_ANY)
                for (int b = 0; b < NFB; b++) x->order[fill[b]++] = (uint16_t)f;
            else
                x->order[fill[key[f] % NFB]++] = (uint16_t)f;
        word_set *ws = &x->words;
        ws->from[W_LABELS] = ws->n;
        set_add(ws, &lt->doclabels[0].phrase, lt->n_doclabels, sizeof *lt->doclabels);
        ws->from[W_ADOPTED] = ws->n;
        set_add(ws, lt->adopted_words, n_words(lt->adopted_words), sizeof(char *));
        ws->from[W_SESSION] = ws->n;
        set_add(ws, lt->session_words, n_words(lt->session_words), sizeof(char *));
        ws->from[W_AGENDA] = ws->n;
        set_add(ws, lt->agenda_words, n_words(lt->agenda_words), sizeof(char *));
        ws->from[W_KINDS] = ws->n;
        set_index(ws);
    }
    free(key);
}

/* The tables with their number words plain_fold'ed: built when a session
 * line first needs them (rarely: utf8proc_map costs). */
static unres_lang_table plain_tables[UNRES_LANG_ES + 1];
static pthread_once_t plain_once = PTHREAD_ONCE_INIT;

static void plain_build(void) {
    for (int l = UNRES_LANG_AR; l <= UNRES_LANG_ES; l++) {
        const unres_lang_table *lt = lang_table((unres_lang)l);
        unres_numword *nw = xcalloc(lt->n_numwords, sizeof *nw);
        for (size_t k = 0; k < lt->n_numwords; k++) {
            nw[k] = lt->numwords[k];
            char *f = plain_fold(nw[k].word, strlen(nw[k].word));
            if (f) nw[k].word = f;
        }
        plain_tables[l] = *lt;
        plain_tables[l].numwords = nw;
    }
}

static const mh_index *index_of(const unres_lang_table *t) {
    pthread_once(&mh_once, mh_build);
    return &mh_tables[t->lang];
}

/* The formula standing alone on line i: the first (in table order) with its
 * comma, else, if plain_too, the first without; *comma tells which. */
static const unres_formula *formula_at(parser *p, const mh_index *x, size_t i, bool plain_too, int *comma) {
    const char *s = TXT(i);
    size_t n = LEN(i);
    uint32_t key = first_key(s, n, false), ends[3];
    const unres_formula *plain = NULL;
    bool have_ends = false;
    *comma = 0;
    if (key == KEY_NONE) return NULL;
    for (size_t k = x->start[key % NFB]; k < x->start[key % NFB + 1]; k++) {
        const formula_ent *e = &x->formulas[x->order[k]];
        if (!e->comma && (plain || !plain_too)) continue;
        if (e->fl) {
            if (!have_ends) end_keys(s, n, ends), have_ends = true;
            if (e->fl != ends[0] && e->fl != ends[1] && e->fl != ends[2]) continue;
        }
        if (second_differs(s, n, e->f1)) continue;
        size_t m = utf8_prefix_fold_n(s, n, e->f->phrase, e->len);
        /* the formula stands alone on its line */
        if (m && m + 2 >= n) {
            if (e->comma) {
                *comma = 1;
                return e->f;
            }
            plain = e->f;
        }
    }
    return plain;
}

/* ---- session numbers that OCR or capitals spoiled -------------------- */

static bool blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ') return false;
    return true;
}

enum { WORD_CP = 24 };

/* s[0..n) as code points; the count, or WORD_CP + 1 if there are more. */
static size_t code_points(const char *s, size_t n, uint32_t cp[WORD_CP]) {
    size_t k = 0;
    for (size_t i = 0; i < n; k++) {
        uint32_t c;
        int l = utf8_decode(s + i, n - i, &c);
        if (!l || k == WORD_CP) return WORD_CP + 1;
        cp[k] = c;
        i += (size_t)l;
    }
    return k;
}

/* One error of the kinds OCR makes between a word read (a) and a word of
 * the table (b): a letter lost, added or misread, one letter read as two
 * ("rr" for "T") or two as one ("m" for "rn"). */
static bool one_ocr_error(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    size_t pre = 0, suf = 0;
    while (pre < na && pre < nb && a[pre] == b[pre]) pre++;
    while (suf < na - pre && suf < nb - pre && a[na - 1 - suf] == b[nb - 1 - suf]) suf++;
    size_t xa = na - pre - suf, xb = nb - pre - suf, lo = xa < xb ? xa : xb, hi = xa < xb ? xb : xa;
    return hi >= 1 && hi <= 2 && (hi == 1 || lo == 1);
}

/* True if w[0..n) is a number word of the (plain) table, or a part of one
 * between its hyphens ("quatre" of "quatre-vingt"). */
static bool number_part(const unres_lang_table *t, const char *w, size_t n) {
    for (size_t k = 0; k < t->n_numwords; k++) {
        const char *a = t->numwords[k].word;
        for (;;) {
            size_t l = strcspn(a, "- ");
            if (l == n && !memcmp(a, w, n)) return true;
            if (!a[l]) break;
            a += l + 1;
        }
    }
    return false;
}

/* The only number word of the (plain) table within one OCR error of
 * w[0..n), or NULL (none, or two of different values).  Short words are
 * too easily near another. */
static const char *near_number(const unres_lang_table *t, const char *w, size_t n) {
    uint32_t a[WORD_CP], b[WORD_CP];
    size_t na = code_points(w, n, a);
    const unres_numword *found = NULL;
    if (na < 4 || na > WORD_CP) return NULL;
    for (size_t k = 0; k < t->n_numwords; k++) {
        const unres_numword *e = &t->numwords[k];
        size_t nb = code_points(e->word, strlen(e->word), b);
        if (nb < 5 || nb > WORD_CP || !one_ocr_error(a, na, b, nb)) continue;
        if (found && found->value != e->value) return NULL;
        found = e;
    }
    return found ? found->word : NULL;
}

/* A session number that only a tolerant reading finds, where the exact one
 * found none: s[0..n) holds the ordinal and nothing else ("rrwenty-sixth",
 * "QUATORZIEME"); read with case and marks set aside, one of its words
 * allowed one OCR error where a single number word is that close.  0 if it
 * does not read so. */
static int tolerant_ordinal(parser *p, const char *s, size_t n) {
    while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.' || s[n - 1] == ':')) n--;
    if (!n || n > 96 || p->lt->lang == UNRES_LANG_ZH || !p->lt->n_numwords) return 0;
    pthread_once(&plain_once, plain_build);
    const unres_lang_table *pt = &plain_tables[p->lt->lang];
    char *f = plain_fold(s, n);
    if (!f) return 0;
    strbuf out = {0};
    bool fixed = false;
    size_t fl = strlen(f);
    for (size_t i = 0; i < fl;) {
        size_t e = i + strcspn(f + i, "- ");
        const char *w = NULL;
        if (e > i && !number_part(pt, f + i, e - i) && !fixed && (w = near_number(pt, f + i, e - i)))
            fixed = true;
        if (w) sb_puts(&out, w);
        else sb_put(&out, f + i, e - i);
        if (e < fl) sb_putc(&out, f[e]);
        i = e + 1;
    }
    size_t c = 0;
    int v = out.s && !out.oom ? lang_parse_ordinal(pt, out.s, out.n, &c) : 0;
    if (c != out.n) v = 0;
    free(f);
    sb_free(&out);
    return v;
}

/* Where the language's masthead words first stand on a line: at[k] is the
 * offset of word k (case-insensitive), or -1, and ml[k] its length as
 * written. */
typedef struct {
    size_t line;
    long at[MAXWORDS];
    size_t ml[MAXWORDS];
} line_words;

/* Four bytes at s, ASCII capitals in lower case (bytes above 0x7F may
 * spoil the ones after them). */
static inline uint32_t fold4(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    uint32_t x = (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
    uint32_t ge_a = x + 0x3F3F3F3Fu, gt_z = x + 0x25252525u; /* high bits: >= 'A', > 'Z' */
    return x | (ge_a & ~gt_z & 0x80808080u) >> 2;
}

/* One pass for all the words, comparing a word whole only where its first
 * letters can match (find_word's test of the first letter, kept as it was). */
static void find_words(const char *s, size_t n, const word_set *ws, line_words *lw) {
    uint64_t pending = ws->all;
    for (size_t k = 0; k < ws->n; k++) lw->at[k] = -1;
    for (size_t i = 0; i < n && pending; i++) {
        unsigned char c = (unsigned char)s[i];
        uint32_t f = 0, x4 = 0;
        bool decoded = false, loaded = false;
        for (size_t j = ws->start[c]; j < ws->start[c + 1]; j++) {
            size_t k = ws->by[j];
            if (!(pending >> k & 1)) continue;
            const word_ent *e = &ws->v[k];
            if (e->m4 && i + 4 <= n) {
                /* ASCII against ASCII: the first letters compare as they are */
                if (!loaded) x4 = fold4(s + i), loaded = true;
                if (!(x4 & e->m4 & 0x80808080u) && (x4 & e->m4) != e->p4) continue;
            }
            if (!e->b0) {
                /* only where the first letter can match */
                if (!decoded) {
                    uint32_t cp;
                    f = utf8_decode(s + i, n - i, &cp) ? cp_fold(cp) : 0;
                    decoded = true;
                }
                if (!f || f != e->f0) continue;
            }
            if (second_differs(s + i, n - i, e->f1)) continue;
            size_t m = utf8_prefix_fold_n(s + i, n - i, e->w, e->len);
            if (!m) continue;
            lw->at[k] = (long)i;
            lw->ml[k] = m;
            pending &= ~(1ull << k);
        }
    }
}

/* The words of the last few lines looked at (the masthead loop looks at a
 * line up to three times, and ahead at the next two). */
enum { NCACHE = 4 };
typedef struct {
    const word_set *ws;
    line_words slot[NCACHE];
    size_t next;
} words_cache;

static const line_words *words_of(parser *p, words_cache *wc, size_t i) {
    for (size_t k = 0; k < NCACHE; k++)
        if (wc->slot[k].line == i) return &wc->slot[k];
    line_words *lw = &wc->slot[wc->next++ % NCACHE];
    lw->line = i;
    find_words(TXT(i), LEN(i), wc->ws, lw);
    return lw;
}

static char *squeezed(parser *p, const char *s, size_t n) {
    return clean_text(p->arena, p->doc->lang, s, n);
}

/* "125 (t)", "125(t)", "72 d)", "124 (ج)" → "125(t)"; returns bytes consumed. */
static size_t agenda_number(parser *p, const char *s, size_t n, char *out, size_t outsz) {
    size_t i = 0;
    while (i < n && dig(s[i])) i++;
    if (!i || i > 4) return 0;
    size_t k = (size_t)snprintf(out, outsz, "%.*s", (int)i, s);
    size_t j = i;
    while (j < n && s[j] == ' ') j++;
    char c;
    size_t l;
    if (j < n && s[j] == '(' && (l = lang_item_letter(p->lt, s + j + 1, n - j - 1, &c)) && j + 1 + l < n &&
        s[j + 1 + l] == ')') {
        snprintf(out + k, outsz - k, "(%c)", c);
        return j + 2 + l;
    }
    if ((l = lang_item_letter(p->lt, s + j, n - j, &c)) && j + l < n && s[j + l] == ')') {
        snprintf(out + k, outsz - k, "(%c)", c);
        return j + 1 + l;
    }
    return i;
}

static size_t add_agenda(parser *p, const char *s, size_t n) {
    VEC(unres_agenda_item) items = {0};
    size_t i = 0, end = 0;
    while (i < n) {
        while (i < n && !dig(s[i])) {
            /* stop at anything that is not a list separator */
            if (s[i] == '.' || s[i] == ':') { i = n; break; }
            i++;
        }
        if (i >= n) break;
        char num[32];
        size_t m = agenda_number(p, s + i, n - i, num, sizeof num);
        if (!m) break;
        unres_agenda_item it = {arena_strdup(p->arena, num), NULL};
        VEC_PUSH(p->arena, items, it);
        i += m;
        end = i;
    }
    if (!items.n) return 0;
    p->doc->agenda_items = items.v;
    p->doc->n_agenda_items = items.n;
    return end;
}

/* True if the separator at s+i is inside a name like "Trinidad and Tobago". */
static bool in_compound(parser *p, const char *s, size_t n, size_t i, const char *sep) {
    for (const char *const *c = p->lt->sponsor_compounds; c && *c; c++) {
        const char *at = strstr(*c, sep);
        if (!at) continue;
        size_t o = (size_t)(at - *c), cl = strlen(*c);
        if (i >= o && i - o + cl <= n && memcmp(s + i - o, *c, cl) == 0) return true;
    }
    return false;
}

/* True if a part of s[0..n) between the table's sponsor separators (and
 * commas) is the name of a Member State: a line of a sponsor list. */
static bool names_states(parser *p, const char *s, size_t n) {
    size_t st = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t sl = 0;
        if (i < n) {
            for (const char *const *w = p->lt->sponsor_seps; w && *w && !sl; w++) {
                size_t wl = strlen(*w);
                if (i + wl <= n && !memcmp(s + i, *w, wl)) sl = wl;
            }
            if (!sl && s[i] != ',') continue;
        }
        size_t a = st, e = i;
        while (a < e && s[a] == ' ') a++;
        while (e > a && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '*')) e--;
        if (e > a && country_code(s + a, e - a)) return true;
        st = i + (sl ? sl : 1);
        if (sl) i += sl - 1;
    }
    return false;
}

/* Splits the sponsor list "A, B and C" / "A、B和C" at the table's separators,
 * leaving parenthesized groups ("on behalf of the Group of 77 and China") whole. */
static void split_sponsors(parser *p, const char *s, size_t n) {
    VEC(const char *) out = {0};
    const char *const *seps = p->lt->sponsor_seps;
    size_t st = 0;
    int depth = 0;
    bool used_last = false;
    for (size_t i = 0; i <= n; i++) {
        size_t sl = 0;
        if (i < n) {
            bool wide = (unsigned char)s[i] == 0xEF && i + 3 <= n; /* （ ） */
            if (s[i] == '(' || (wide && memcmp(s + i, "（", 3) == 0)) depth++;
            if (s[i] == ')' || (wide && memcmp(s + i, "）", 3) == 0)) depth--;
            if (depth > 0) continue;
            for (const char *const *w = seps; w && *w; w++) {
                if ((*w)[0] && (*w)[0] != s[i]) continue;
                size_t wl = strlen(*w);
                if (i + wl <= n && memcmp(s + i, *w, wl) == 0) {
                    /* a conjunction ("and", "y", "和") ends the list once, and
                     * never inside a name like "Trinidad and Tobago" */
                    bool conj = w != seps;
                    if (conj && (used_last || in_compound(p, s, n, i, *w))) continue;
                    sl = wl;
                    if (conj) used_last = true;
                    break;
                }
            }
            if (!sl) continue;
        }
        char *name = squeezed(p, s + st, i - st);
        /* strip the sponsors' footnote asterisk and trailing punctuation */
        size_t l = strlen(name);
        while (l && (name[l - 1] == '*' || name[l - 1] == ' ' || name[l - 1] == ',')) name[--l] = 0;
        if (l) VEC_PUSH(p->arena, out, name);
        st = i + sl;
        if (i < n) i += sl - 1;
    }
    p->doc->sponsors = out.v;
    p->doc->n_sponsors = out.n;
}

/* True if s[0..e) holds more than white space and asterisks. */
static bool LEN0(const char *s, size_t e) {
    for (size_t i = 0; i < e; i++)
        if (s[i] != ' ' && s[i] != '*') return true;
    return false;
}

/* The document-type label of a sponsor line: "...: draft resolution". */
static const unres_doclabel *doclabel_at_end(parser *p, words_cache *wc, size_t i, size_t *pos) {
    const unres_lang_table *t = p->lt;
    const unres_doclabel *best = NULL;
    const char *s = TXT(i);
    size_t n = LEN(i);
    const line_words *lw = words_of(p, wc, i);
    const long *at = lw->at + wc->ws->from[W_LABELS];
    const size_t *ml = lw->ml + wc->ws->from[W_LABELS];
    for (size_t k = 0; k < t->n_doclabels; k++) {
        if (at[k] < 0) continue;
        size_t e = (size_t)at[k];
        size_t after = e + ml[k];
        while (after < n && s[after] == ' ') after++;
        /* the label closes the line, or a symbol follows it (amendments) */
        if (after + 1 < n && !(symbol_scan(s + after, n - after, NULL, 0) + after >= n)) continue;
        /* a label starts the line or follows the sponsors' colon */
        if (e > 0 && !memchr(s, ':', e) && !memmem(s, e, "\xEF\xBC\x9A", 3) && LEN0(s, e)) continue;
        /* the earliest, longest label: "amendment to draft resolution" */
        if (!best || e < *pos) {
            best = &t->doclabels[k];
            *pos = e;
        }
    }
    return best;
}

static bool adopted_line(parser *p, words_cache *wc, size_t i) {
    const line_words *lw = words_of(p, wc, i);
    for (size_t k = wc->ws->from[W_ADOPTED]; k < wc->ws->from[W_ADOPTED + 1]; k++)
        if (lw->at[k] >= 0) return true;
    return false;
}

/* The sponsors' line when the label wraps onto the next line alone:
 * "Andorra, …, Papua New Guinea and Portugal:" / "draft resolution". */
static bool label_follows(parser *p, words_cache *wc, size_t i, size_t end) {
    size_t k = i + 1;
    while (k < end && (LN(k).flags & LINE_BLANK)) k++;
    if (k >= end || k > i + 2) return false;
    size_t lp;
    return doclabel_at_end(p, wc, k, &lp) && lp == 0;
}

static void adopt(parser *p) {
    if (!p->doc->adoption) p->doc->adoption = arena_alloc(p->arena, sizeof(unres_adoption));
}

/* "[without reference to a Main Committee (A/79/L.11)]",
 * "[on the report of the Third Committee (A/79/456)]". */
static void bracket_line(parser *p, const char *s, size_t n) {
    adopt(p);
    VEC(const char *) drafts = {0};
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (s[i - 1] == '/' || dig(s[i - 1]) || (s[i - 1] >= 'A' && s[i - 1] <= 'Z'))) continue;
        char sym[128];
        size_t m = symbol_scan(s + i, n - i, sym, sizeof sym);
        /* "(A/70/L.8 and Add.1)": a modifier alone belongs to the symbol before it */
        if (!m && drafts.n && (!strncmp(s + i, "Add.", 4) || !strncmp(s + i, "Rev.", 4) || !strncmp(s + i, "Corr.", 5))) {
            size_t e = i;
            while (e < n && s[e] != ' ' && s[e] != ')' && s[e] != ',' && s[e] != ']') e++;
            const char *base = drafts.v[drafts.n - 1];
            /* the base is the symbol without its own modifiers */
            size_t bl = strlen(base);
            const char *mod = strstr(base, "/Add.");
            if (!mod) mod = strstr(base, "/Rev.");
            if (mod) bl = (size_t)(mod - base);
            VEC_PUSH(p->arena, drafts, arena_printf(p->arena, "%.*s/%.*s", (int)bl, base, (int)(e - i), s + i));
            i = e;
            continue;
        }
        if (!m) continue;
        if (strstr(sym, "/L.")) VEC_PUSH(p->arena, drafts, arena_strdup(p->arena, sym));
        else if (!p->doc->adoption->committee_report)
            p->doc->adoption->committee_report = arena_strdup(p->arena, sym);
        i += m - 1;
    }
    p->doc->adoption->drafts = drafts.v;
    p->doc->adoption->n_drafts = drafts.n;
}

/* The heading of a resolution in the early compilations, which print no
 * masthead: "1 (1946) Resolution of 25 January 1946", "18 (1947).
 * Resolution of 13 February 1947 [S/268]": its number, the language's first
 * reference word and the date of adoption.  Returns the bytes of the number,
 * or 0; iso gets the date. */
static size_t compilation_heading(parser *p, const char *s, size_t n, char iso[11]) {
    int form = 0;
    size_t m = n && dig(s[0]) ? scan_resnum(s, n, &form) : 0;
    if (!m || (form != RN_SC && form != RN_OLD) || !p->lt->ref_words || !p->lt->ref_words[0]) return 0;
    size_t j = m;
    if (j < n && s[j] == '.') j++;
    while (j < n && s[j] == ' ') j++;
    size_t w = utf8_prefix_fold(s + j, n - j, p->lt->ref_words[0]);
    if (!w || j + w >= n || s[j + w] != ' ') return 0;
    for (j += w; j < n && s[j] == ' '; j++) {}
    /* "of", "du": the word before a date */
    for (const char *const *l = p->lt->ref_date_links; l && *l; l++) {
        size_t k = utf8_prefix_fold(s + j, n - j, *l);
        if (k && j + k < n && s[j + k] == ' ') {
            for (j += k; j < n && s[j] == ' '; j++) {}
            break;
        }
    }
    size_t e = date_at(p->lt, s, n, j, iso);
    if (!e) return 0;
    while (e < n && s[e] == ' ') e++;
    /* nothing after the date but the symbol of the draft, in brackets */
    return e == n || s[e] == '[' ? m : 0;
}

void masthead_parse(parser *p) {
    unres_doc *d = p->doc;
    size_t n = p->L.n_lines, F = n;
    const mh_index *x = index_of(p->lt);
    const unres_formula *fm = NULL, *plain = NULL;
    size_t F0 = n;
    /* "The General Assembly," — without its comma only where no line has it
     * (a resolution that adopts a text: "The General Assembly / Adopts …") */
    for (size_t i = 0; i < n; i++) {
        if (LN(i).flags & (LINE_BLANK | LINE_DROP)) continue;
        int comma;
        const unres_formula *f = formula_at(p, x, i, !plain, &comma);
        if (f && comma) {
            fm = f;
            F = i;
            break;
        }
        if (f && !plain) plain = f, F0 = i;
    }
    if (!fm && plain) fm = plain, F = F0;
    if (fm) {
        d->formula = squeezed(p, TXT(F), LEN(F));
        d->organ = fm->organ;
        LN(F).flags |= LINE_MASTHEAD;
        p->body_start = F + 1;
        p->formula_line = F;
    } else {
        p->body_start = 0;
    }
    size_t mend = fm ? F : (n < 40 ? n : 40);

    char sym[128];
    size_t title_from = 0;
    int title_indent = -1;
    bool in_agenda_title = false;
    int agenda_indent = -1;
    strbuf agenda_title = {0};
    words_cache wc = {.ws = &x->words};
    for (size_t k = 0; k < NCACHE; k++) wc.slot[k].line = (size_t)-1;
    size_t used_upto = 0;     /* lines before it belong to a masthead element */
    size_t title_first = (size_t)-1, title_last = (size_t)-1; /* the agenda title's lines after its item's */
    bool compiled = false;    /* a compilation's heading, no formula */
    bool date_lost = false;   /* the masthead date, damaged */
    for (size_t i = 0; i < mend; i++) {
        unres_line *ln = &LN(i);
        if (ln->flags & (LINE_BLANK | LINE_DROP)) {
            /* a blank line ends the agenda title, except in double-spaced text */
            if ((ln->flags & LINE_BLANK) && in_agenda_title && !p->dbl) in_agenda_title = false;
            continue;
        }
        if (fm) ln->flags |= LINE_MASTHEAD;
        const char *s = TXT(i);
        size_t len = LEN(i);
        bool used = false;

        size_t lp0;
        if (in_agenda_title && ln->indent == agenda_indent && s[0] != '[' && !doclabel_at_end(p, &wc, i, &lp0) &&
            !adopted_line(p, &wc, i) && !label_follows(p, &wc, i, mend)) {
            if (agenda_title.n) sb_putc(&agenda_title, '\n');
            sb_put(&agenda_title, s, len);
            if (title_first == (size_t)-1) title_first = i;
            title_last = i;
            used_upto = i + 1;
            continue;
        }
        in_agenda_title = false;

        /* the symbol: the first symbol token in the masthead */
        if (!d->symbol) {
            for (size_t j = 0; j < len; j++) {
                if (j > 0 && s[j - 1] != ' ') continue;
                size_t m = symbol_scan(s + j, len - j, sym, sizeof sym);
                if (m && strchr(sym, '/') && (m == len - j || s[j + m] == ' ')) {
                    d->symbol = arena_strdup(p->arena, sym);
                    break;
                }
            }
        }
        /* an early compilation's heading gives the number and the date of
         * adoption; where no formula follows, the text starts after it */
        char hiso[11];
        size_t hm;
        if (!d->number && !d->adoption && (hm = compilation_heading(p, s, len, hiso))) {
            d->number = squeezed(p, s, hm);
            adopt(p);
            d->adoption->date = arena_strdup(p->arena, hiso);
            d->doc_type = "resolution";
            used_upto = i + 1;
            if (!fm) {
                for (size_t k = 0; k <= i; k++) LN(k).flags |= LINE_MASTHEAD;
                p->body_start = i + 1;
                compiled = true;
                break;
            }
            continue;
        }
        /* the masthead date: the first date before the session line */
        char iso[11];
        size_t ds, de;
        /* Chinese, Russian and Arabic mastheads keep the English date */
        if (!d->date && !date_lost && !d->session && !d->adoption &&
            (date_find(p->lt, s, len, iso, &ds, &de) || date_find(&unres_lang_en, s, len, iso, &ds, &de))) {
            /* "~9 September 1971": a mark glued to the day is a digit OCR
             * lost (19? 29?), and the day is not known */
            unsigned char b = ds ? (unsigned char)s[ds - 1] : ' ';
            if (b > ' ' && b < 0x80 && !strchr("([,:;-/.", b)) {
                date_lost = true;
                warn(p, LN(i).start + ds - 1, "damaged_date", "the masthead date \"%.*s\" is damaged: day unknown",
                     (int)(de - ds + 1), s + ds - 1);
            } else
                d->date = arena_strdup(p->arena, iso);
        }

        /* session: "Seventy-ninth session", "第七十九届会议" */
        if (!d->session && p->lt->session_words) {
            const word_set *ws = &x->words;
            const long *at = words_of(p, &wc, i)->at;
            for (size_t k = ws->from[W_SESSION]; k < ws->from[W_SESSION + 1] && !d->session; k++) {
                if (at[k] < 0) continue;
                size_t c = 0, after = (size_t)at[k] + ws->v[k].len;
                while (after < len && s[after] == ' ') after++;
                int v = lang_parse_ordinal(p->lt, s, len, &c);
                /* an ordinal before the word runs up to it: "Twenty-sevemth
                 * session" is no twentieth */
                bool part = v && c < (size_t)at[k] && !blank(s + c, (size_t)at[k] - c);
                if (!v) v = lang_parse_ordinal(p->lt, s + after, len - after, &c);
                /* the ordinal alone before the word, or after it, misread */
                int t = !v || part ? tolerant_ordinal(p, s, (size_t)at[k]) : 0;
                if (!v && !t) t = tolerant_ordinal(p, s + after, len - after);
                if (t) v = t;
                if (v > 0 && v < 200) {
                    d->session = v;
                    used = true;
                }
            }
        }
        /* agenda items; their title follows on lines of the same indent */
        if (!d->n_agenda_items && p->lt->agenda_words) {
            const word_set *ws = &x->words;
            for (size_t k = ws->from[W_AGENDA]; k < ws->from[W_AGENDA + 1]; k++) {
                const word_ent *w = &ws->v[k];
                size_t m = utf8_prefix_fold_n(s, len, w->w, w->len);
                /* "Eightieth session Agenda item 89" on one line */
                if (!m && d->session) {
                    const line_words *lw = words_of(p, &wc, i);
                    if (lw->at[k] > 0) m = (size_t)lw->at[k] + lw->ml[k];
                }
                if (!m) continue;
                size_t e = m + add_agenda(p, s + m, len - m);
                if (d->n_agenda_items) {
                    used = true;
                    in_agenda_title = true;
                    agenda_indent = ln->indent;
                    /* the title may start on the same line, after "de l'ordre du jour" */
                    while (e < len && s[e] == ' ') e++;
                    for (const char *const *tl = p->lt->agenda_tails; tl && *tl; tl++) {
                        size_t tm = utf8_prefix_fold(s + e, len - e, *tl);
                        if (tm) {
                            e += tm;
                            while (e < len && s[e] == ' ') e++;
                            break;
                        }
                    }
                    /* "Point 36 de l'ordre du jour:   ment britannique…": what lies
                     * past a gap of three spaces is the next column's */
                    if (e < len && s[e] == ':') e++;
                    if (!(e + 3 <= len && !memcmp(s + e, "   ", 3))) {
                        while (e < len && s[e] == ' ') e++;
                        size_t te = e;
                        while (te < len && !(te + 3 <= len && !memcmp(s + te, "   ", 3))) te++;
                        if (te > e) sb_put(&agenda_title, s + e, te - e);
                    }
                }
                break;
            }
        }
        /* adopted texts: "Resolution adopted by the General Assembly on …" */
        if (!used && p->lt->adopted_words && adopted_line(p, &wc, i)) {
            adopt(p);
            d->doc_type = "resolution";
            char iso2[11];
            size_t a, b;
            size_t end = i + 3 < mend ? i + 3 : mend;
            size_t last = i;
            for (size_t k = i; k < end && !d->adoption->date; k++) {
                if (LN(k).flags & (LINE_BLANK | LINE_DROP)) continue;
                if (k > i && LEN(k) && TXT(k)[0] == '[') break;
                if (date_find(p->lt, TXT(k), LEN(k), iso2, &a, &b)) {
                    d->adoption->date = arena_strdup(p->arena, iso2);
                    last = k;
                }
            }
            /* the Security Council names its meeting here */
            for (size_t k = i; k < end; k++) {
                const char *ks = TXT(k);
                size_t kl = LEN(k);
                for (size_t j = 0; j + 1 < kl; j++) {
                    if (!dig(ks[j]) || (j && dig(ks[j - 1]))) continue;
                    size_t e = j;
                    while (e < kl && dig(ks[e])) e++;
                    /* "4700th meeting": the number, its ordinal ending (a
                     * few letters), then the table's word for a meeting */
                    size_t w = e;
                    while (w < kl && w - e < 4 && ks[w] != ' ' && !dig(ks[w])) w++;
                    if (w == e || w >= kl || ks[w] != ' ') continue;
                    w++;
                    size_t ml = 0;
                    for (const char *const *mw = p->lt->meeting_words; mw && *mw && !ml; mw++)
                        ml = utf8_prefix_fold(ks + w, kl - w, *mw);
                    if (ml) {
                        d->adoption->meeting = arena_strndup(p->arena, ks + j, w + ml - j);
                        break;
                    }
                }
            }
            /* the adoption line may end on the next line: "on 18 November 2024" */
            for (size_t k = i + 1; k <= last; k++)
                if (fm) LN(k).flags |= LINE_MASTHEAD;
            title_from = last;
            title_indent = -1;
            i = last;
            used = true;
        }
        if (used && d->adoption && title_from == i) {
            used_upto = i + 1;
            continue;
        }
        if (!used && len && s[0] == '[') {
            /* the bracket may run over two lines */
            size_t e = i;
            while (e + 1 < mend && !memchr(TXT(e), ']', LEN(e))) e++;
            strbuf b = {0};
            for (size_t k = i; k <= e; k++) {
                if (LN(k).flags & (LINE_BLANK | LINE_DROP)) continue;
                sb_put(&b, TXT(k), LEN(k));
                sb_putc(&b, ' ');
                if (k != i) LN(k).flags |= LINE_MASTHEAD;
            }
            if (b.s) bracket_line(p, b.s, b.n);
            sb_free(&b);
            i = e;
            used_upto = e + 1;
            if (!d->number) {
                title_from = e;
                title_indent = -1;
            }
            continue;
        }
        /* resolution number: "79/10." possibly followed by the title */
        if (!used && len >= 3 && dig(s[0])) {
            size_t j = 0;
            while (j < len && dig(s[j])) j++;
            if (j < len && s[j] == '/' && j + 1 < len && dig(s[j + 1])) {
                size_t k = j + 1;
                while (k < len && dig(s[k])) k++;
                while (k < len && s[k] == ' ') k++;
                /* letters: 70/93 A */
                if (k + 1 < len && s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] == '.') k++;
                /* "79/10." — Arabic "81/12 - " */
                size_t dash = k < len && s[k] == '-' && k + 1 < len && s[k + 1] == ' ' ? 1 : 0;
                if (k < len && (s[k] == '.' || dash)) {
                    size_t nk = k;
                    while (nk > 0 && s[nk - 1] == ' ') nk--;
                    d->number = squeezed(p, s, nk);
                    size_t t = k + 1;
                    while (t < len && s[t] == ' ') t++;
                    title_from = i;
                    if (t < len) {
                        /* the title starts on this line */
                        title_indent = (int)(t - 0) + ln->indent;
                    }
                    if (!d->doc_type) d->doc_type = "resolution";
                    used = true;
                }
            }
        }
        /* Security Council: "Resolution 1445 (2002)": the language's first
         * reference word, alone before the number */
        size_t rw = len < 40 && p->lt->ref_words && p->lt->ref_words[0]
                        ? utf8_prefix_fold(s, len, p->lt->ref_words[0]) : 0;
        if (!used && rw && rw < len && s[rw] == ' ') {
            size_t j = rw;
            while (j < len && s[j] == ' ') j++;
            if (j < len && dig(s[j])) {
                d->number = squeezed(p, s + j, len - j);
                if (!d->doc_type) d->doc_type = "resolution";
                used = true;
            }
        }
        /* sponsors and document type: "Belarus, …:* draft resolution" */
        size_t lp;
        const unres_doclabel *dl = !used ? doclabel_at_end(p, &wc, i, &lp) : NULL;
        if (dl) {
            d->doc_type = dl->doc_type;
            /* the list may start on earlier lines of its block: contiguous
             * lines that no other masthead element took */
            size_t from = i;
            if (!p->dbl)
                while (from > used_upto && !(LN(from - 1).flags & (LINE_BLANK | LINE_DROP))) from--;
            /* plain text runs the agenda item's title into the list: its last
             * lines that name Member States are the list's first */
            while (!p->dbl && from == title_last + 1 && from > title_first &&
                   names_states(p, TXT(from - 1), LEN(from - 1))) {
                from--;
                agenda_title.n = agenda_title.n > LEN(from) ? agenda_title.n - LEN(from) - 1 : 0;
                title_last = from - 1;
            }
            strbuf b = {0};
            for (size_t k = from; k < i; k++) {
                sb_put(&b, TXT(k), LEN(k));
                sb_putc(&b, ' ');
            }
            sb_put(&b, s, lp);
            /* drop the colon and the sponsors' footnote mark before the label */
            while (b.n && (b.s[b.n - 1] == ' ' || b.s[b.n - 1] == '*' || b.s[b.n - 1] == ',' ||
                           b.s[b.n - 1] == ':'))
                b.n--;
            if (b.n >= 3 && memcmp(b.s + b.n - 3, "\xEF\xBC\x9A", 3) == 0) b.n -= 3; /* ： */
            while (b.n && (b.s[b.n - 1] == ' ' || b.s[b.n - 1] == '*')) b.n--;
            if (b.n) split_sponsors(p, b.s, b.n);
            sb_free(&b);
            /* "amendment to draft resolution A/80/L.18": the text amended */
            char tsym[128];
            size_t ll = lp + utf8_prefix_fold(s + lp, len - lp, dl->phrase);
            while (ll < len && s[ll] == ' ') ll++;
            if (ll < len && symbol_scan(s + ll, len - ll, tsym, sizeof tsym)) p->amends = arena_strdup(p->arena, tsym);
            title_from = i;
            title_indent = -1;
            used = true;
        }
        if (used) used_upto = i + 1;
    }
    if (agenda_title.n && d->n_agenda_items)
        d->agenda_items[d->n_agenda_items - 1].title = squeezed(p, agenda_title.s, agenda_title.n);
    sb_free(&agenda_title);

    /* the title: after the sponsors' line or the resolution number, up to the formula */
    if (title_from && fm) {
        strbuf b = {0};
        for (size_t k = title_from; k < F; k++) {
            if (LN(k).flags & (LINE_BLANK | LINE_DROP)) continue;
            const char *s = TXT(k);
            size_t len = LEN(k);
            if (k == title_from) {
                if (d->number && title_indent >= 0) {
                    /* skip "79/10." (Arabic "81/12 - ") */
                    size_t t = strlen(d->number);
                    if (t > len) t = len; /* the number was squeezed from this line */
                    while (t < len && (s[t] == ' ' || s[t] == '.' || s[t] == '-')) t++;
                    while (t < len && s[t] == ' ') t++;
                    s += t, len -= t;
                } else
                    continue;
            }
            if (len && s[0] == '[') continue;
            if (b.n) sb_putc(&b, '\n');
            sb_put(&b, s, len);
        }
        if (b.n) d->title = join_text(p, b.s, b.n);
        sb_free(&b);
    }

    if (!fm && d->doc_type && !strcmp(d->doc_type, "amendment") && title_from && d->n_sponsors &&
        d->symbol && strstr(d->symbol, "/L.")) {
        /* an amendment has no formula: title, then instructions and quoted text */
        size_t k = title_from + 1;
        while (k < n && (LN(k).flags & (LINE_BLANK | LINE_DROP))) k++;
        size_t ts = k;
        while (k < n && !(LN(k).flags & (LINE_BLANK | LINE_DROP))) k++;
        d->title = join_lines(p, ts, k, 0);
        for (size_t j = 0; j < k; j++) LN(j).flags |= LINE_MASTHEAD;
        d->amends = p->amends;
        d->amendment_text = join_lines(p, k, n, 0);
        p->amendment_from = k;
        p->body_start = n;
    } else if (!fm && !compiled) {
        d->doc_type = "unknown";
        warn(p, 0, "not_a_resolution", "no enacting formula (\"The General Assembly,\") found: not a resolution?");
    } else if (!d->doc_type) {
        d->doc_type = "resolution";
    }
}

/* What the symbol tells when the masthead did not: organ, type, session. */
void masthead_from_symbol(parser *p) {
    unres_doc *d = p->doc;
    /* fall-backs from the symbol */
    if (d->symbol) {
        const char *s = d->symbol;
        if (!d->organ || !strcmp(d->organ, "unknown")) {
            if (!strncmp(s, "A/HRC/", 6)) d->organ = "human_rights_council";
            else if (s[0] == 'A' && s[1] == '/') d->organ = "general_assembly";
            else if (s[0] == 'S' && s[1] == '/') d->organ = "security_council";
            else if (s[0] == 'E' && s[1] == '/') d->organ = "economic_and_social_council";
        }
        if (!d->doc_type || (!strcmp(d->doc_type, "unknown") && d->formula)) {
            if (strstr(s, "/RES/")) d->doc_type = "resolution";
            else if (strstr(s, "/L.")) d->doc_type = "draft_resolution";
        }
        if (!d->session && s[0] == 'A' && s[1] == '/') {
            /* A/79/…, A/RES/79/…, A/C.3/80/… */
            const char *q = s + 2;
            if (!strncmp(q, "RES/", 4)) q += 4;
            else if (q[0] == 'C' && q[1] == '.') { q = strchr(q, '/'); q = q ? q + 1 : s; }
            int v = atoi(q);
            if (v > 30 && v < 200 && dig(q[0])) d->session = v;
        }
    }
    if (!d->organ) d->organ = "unknown";
    if (!d->doc_type) d->doc_type = "unknown";
    if (!strcmp(d->organ, "security_council")) d->session = 0;
}
