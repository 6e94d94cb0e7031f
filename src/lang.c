/* lang.c: language detection and the lookups that read the per-language
 * tables in src/lang/.  No language knowledge lives here, only the matching. */
#include "internal.h"
#include <stdlib.h>
#include <pthread.h>
#include <utf8proc.h>

static const unres_lang_table *const tables[] = {
    [UNRES_LANG_AR] = &unres_lang_ar, [UNRES_LANG_ZH] = &unres_lang_zh,
    [UNRES_LANG_EN] = &unres_lang_en, [UNRES_LANG_FR] = &unres_lang_fr,
    [UNRES_LANG_RU] = &unres_lang_ru, [UNRES_LANG_ES] = &unres_lang_es,
};

const unres_lang_table *lang_table(unres_lang lang) {
    if (lang <= UNRES_LANG_UNKNOWN || lang > UNRES_LANG_ES) return &unres_lang_en;
    return tables[lang];
}

const char *unres_lang_code(unres_lang lang) {
    if (lang <= UNRES_LANG_UNKNOWN || lang > UNRES_LANG_ES) return "und";
    return tables[lang]->code;
}

unres_lang unres_lang_from_code(const char *code) {
    if (!code) return UNRES_LANG_UNKNOWN;
    for (int l = UNRES_LANG_AR; l <= UNRES_LANG_ES; l++) {
        const char *c = tables[l]->code;
        if ((code[0] | 32) == c[0] && (code[1] | 32) == c[1] && code[2] == 0) return (unres_lang)l;
    }
    return UNRES_LANG_UNKNOWN;
}

static bool cp_is_letter(uint32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME;
}

/* True if s[i..n) starts at a word boundary (no letter or digit follows). */
static bool boundary(const char *s, size_t n, size_t i, bool cjk) {
    if (cjk || i >= n) return true;
    uint32_t c;
    if (!utf8_decode(s + i, n - i, &c)) return true;
    return !cp_is_letter(c) && !(c >= '0' && c <= '9');
}

/* Openings bucketed by their first letter (folded), with their lengths, so a
 * line is compared with the few phrases that can match it, not the hundreds a
 * table holds.  Built once, for all tables. */
enum { NBUCKET = 256 };
typedef struct {
    uint16_t *order;            /* opening indices, bucket by bucket */
    uint16_t start[NBUCKET + 1];
    uint16_t *len;              /* strlen of each phrase */
    char (*pre)[4];             /* its first ASCII letters, folded (up to 4) … */
    uint8_t *npre;              /* … and how many */
    char **low;                 /* the phrase in lower case if it is ASCII and
                                   shorter than HEAD_MAX, else NULL … */
    uint64_t *k8, *m8;          /* … its first 8 bytes, and which of them are */
    /* the ASCII phrases of four bytes or more by their first four (of low),
     * the others by bucket: each key's phrases in index order, so a line is
     * compared only with those its first four letters allow */
    struct key_ent { uint32_t key; uint16_t i; } *keys;
    size_t n_keys;
} opening_index;

static int key_cmp(const void *a, const void *b) {
    const struct key_ent *x = a, *y = b;
    return x->key != y->key ? (x->key < y->key ? -1 : 1) : (x->i > y->i) - (x->i < y->i);
}

/* Keys: four lower-case ASCII bytes, or 0xFFFFFF00 | bucket for the rest
 * (no four-byte key has 0xFF bytes: they are ASCII). */
static inline uint32_t key4(const char *c) {
    return (uint32_t)(unsigned char)c[0] | (uint32_t)(unsigned char)c[1] << 8 | (uint32_t)(unsigned char)c[2] << 16 |
           (uint32_t)(unsigned char)c[3] << 24;
}

/* [*a, *e): the entries of key k. */
static void key_range(const opening_index *x, uint32_t k, size_t *a, size_t *e) {
    size_t lo = 0, hi = x->n_keys;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->keys[mid].key < k) lo = mid + 1;
        else hi = mid;
    }
    *a = *e = lo;
    while (*e < x->n_keys && x->keys[*e].key == k) ++*e;
}
static opening_index oindex[UNRES_LANG_ES + 1];
static pthread_once_t oindex_once = PTHREAD_ONCE_INIT;

static uint32_t first_folded(const char *s, size_t n) {
    size_t i = 0;
    uint32_t c = 0;
    int l;
    while (i < n && (l = utf8_decode(s + i, n - i, &c))) {
        /* Arabic tatweel and vowel marks do not count */
        if (!(c == 0x0640 || (c >= 0x064B && c <= 0x0652))) return cp_fold(c);
        i += (size_t)l;
    }
    return 0;
}

/* False when s cannot start with a phrase whose first letters are pre: ASCII
 * against ASCII compares as utf8_prefix_fold_n would; anything else (a
 * letter that may fold, a vowel mark) is left to it. */
static inline bool may_start(const char *s, size_t n, const char *pre, int npre) {
    for (int j = 0; j < npre; j++) {
        if ((size_t)j >= n) return false;
        unsigned char c = (unsigned char)s[j];
        if (c >= 0x80) return true;
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)pre[j]) return false;
    }
    return true;
}

/* The head of a line as ASCII phrases compare with it: letters in lower
 * case, a run of white space as one space, up to the first byte beyond ASCII;
 * at[k] is the offset in s after c[k-1].  A phrase in ASCII is then one
 * memcmp, as utf8_prefix_fold_n would compare it; the head is read only as
 * far as a phrase asks. */
enum { HEAD_MAX = 64 };
typedef struct {
    const char *s;
    size_t n, i;   /* the line; how far it is read */
    size_t len;    /* bytes in c */
    bool stop;     /* no more: a byte beyond ASCII, the end or HEAD_MAX */
    uint64_t c8;   /* c[0..8), zeros past len */
    char c[HEAD_MAX];
    uint8_t at[HEAD_MAX + 1];
} head;

static void head_more(head *h, size_t want) {
    while (h->len < want && !h->stop) {
#if defined(__SSE2__)
        /* sixteen bytes of words and single spaces (the last no space) at
         * once: capitals to small letters, each byte where it was */
        if (h->i + 16 <= h->n && h->len + 16 <= HEAD_MAX) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(h->s + h->i));
            __m128i sp = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
            unsigned m = (unsigned)_mm_movemask_epi8(sp);
            unsigned odd = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8('!'))) & ~m;
            if (!odd && !(m & ((m >> 1) | 0x8000))) {
                __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
                _mm_storeu_si128((__m128i *)(void *)(h->c + h->len),
                                 _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(32))));
                for (size_t k = 1; k <= 16; k++) h->at[h->len + k] = (uint8_t)(h->i + k);
                h->len += 16, h->i += 16;
                continue;
            }
        }
#endif
        if (h->i >= h->n || h->len == HEAD_MAX) {
            h->stop = true;
            break;
        }
        unsigned char b = (unsigned char)h->s[h->i];
        if (b >= 0x80) {
            h->stop = true;
            break;
        }
        if (b == ' ' || (b >= '\t' && b <= '\r')) {
            while (h->i < h->n && (h->s[h->i] == ' ' || (h->s[h->i] >= '\t' && h->s[h->i] <= '\r'))) h->i++;
            h->c[h->len++] = ' ';
        } else
            h->c[h->len++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b), h->i++;
        h->at[h->len] = (uint8_t)h->i;
    }
}

static inline void head_read(head *h, size_t want) {
    if (h->len < want && !h->stop) head_more(h, want);
}

/* utf8_prefix_fold_n(s, n, phrase i) where the head decides it; -1 where it
 * does not (a phrase beyond ASCII, a byte beyond ASCII within its length) */
static inline long head_match(head *h, const opening_index *x, size_t i) {
    const char *low = x->low[i];
    size_t l = x->len[i];
    if (!low) return -1;
    /* most phrases of a bucket part from the line within 8 bytes */
    if (h->len >= (l < 8 ? l : 8) && (h->c8 & x->m8[i]) != x->k8[i]) return 0;
    head_read(h, l + 1);
    if (h->len < l) {
        /* the line ends first, or a byte beyond ASCII may still fold */
        if (h->i >= h->n && h->len < HEAD_MAX) return 0;
        return -1;
    }
    if (memcmp(h->c, low, l)) return 0;
    /* a vowel mark after the phrase would belong to it */
    if (h->len == l && h->i < h->n) return -1;
    return h->at[l];
}

static void build_oindex(void) {
    for (int l = UNRES_LANG_AR; l <= UNRES_LANG_ES; l++) {
        const unres_lang_table *t = tables[l];
        opening_index *x = &oindex[l];
        size_t n = t->n_openings;
        x->order = calloc(n + 1, sizeof *x->order);
        x->len = calloc(n + 1, sizeof *x->len);
        x->pre = calloc(n + 1, sizeof *x->pre);
        x->npre = calloc(n + 1, sizeof *x->npre);
        x->low = calloc(n + 1, sizeof *x->low);
        x->k8 = calloc(n + 1, sizeof *x->k8);
        x->m8 = calloc(n + 1, sizeof *x->m8);
        uint16_t *bucket = calloc(n + 1, sizeof *bucket);
        if (!x->order || !x->len || !x->pre || !x->npre || !x->low || !x->k8 || !x->m8 || !bucket) abort();
        uint16_t count[NBUCKET] = {0};
        for (size_t i = 0; i < n; i++) {
            size_t pl = strlen(t->openings[i].phrase);
            x->len[i] = (uint16_t)pl;
            const char *ph = t->openings[i].phrase;
            int k = 0;
            while (k < 4 && (size_t)k < pl && ((ph[k] | 32) >= 'a' && (ph[k] | 32) <= 'z'))
                x->pre[i][k] = (char)(ph[k] | 32), k++;
            x->npre[i] = (uint8_t)k;
            /* a typographic apostrophe in the line matches a straight one:
             * such phrases stay with utf8_prefix_fold_n */
            bool ascii = pl < HEAD_MAX && pl && ph[pl - 1] != ' ';
            for (size_t j = 0; j < pl && ascii; j++) ascii = (unsigned char)ph[j] < 0x80 && ph[j] != '\'';
            if (ascii) {
                if (!(x->low[i] = malloc(pl + 1))) abort();
                for (size_t j = 0; j <= pl; j++) x->low[i][j] = (char)(ph[j] >= 'A' && ph[j] <= 'Z' ? ph[j] + 32 : ph[j]);
                for (size_t j = 0; j < pl && j < 8; j++) {
                    x->k8[i] |= (uint64_t)(unsigned char)x->low[i][j] << (8 * j);
                    x->m8[i] |= (uint64_t)0xFF << (8 * j);
                }
            }
            bucket[i] = (uint16_t)(first_folded(t->openings[i].phrase, pl) % NBUCKET);
            count[bucket[i]]++;
        }
        x->start[0] = 0;
        for (int b = 0; b < NBUCKET; b++) x->start[b + 1] = (uint16_t)(x->start[b] + count[b]);
        uint16_t fill[NBUCKET];
        memcpy(fill, x->start, sizeof fill);
        for (size_t i = 0; i < n; i++) x->order[fill[bucket[i]]++] = (uint16_t)i;
        x->keys = calloc(n + 1, sizeof *x->keys);
        if (!x->keys) abort();
        for (size_t i = 0; i < n; i++) {
            uint32_t k = x->low[i] && x->len[i] >= 4 ? key4(x->low[i]) : 0xFFFFFF00u | bucket[i];
            x->keys[i] = (struct key_ent){k, (uint16_t)i};
        }
        x->n_keys = n;
        qsort(x->keys, n, sizeof *x->keys, key_cmp);
        free(bucket);
    }
}

const unres_opening *lang_match_opening(const unres_lang_table *t, const char *s, size_t n,
                                        size_t *consumed) {
    const unres_opening *best = NULL;
    size_t best_len = 0;
    bool cjk = t->lang == UNRES_LANG_ZH;
    pthread_once(&oindex_once, build_oindex);
    const opening_index *x = &oindex[t->lang];
    uint32_t b = first_folded(s, n) % NBUCKET;
    head h = {.s = s, .n = n};
    head_read(&h, 8);
    for (size_t j = 0; j < h.len && j < 8; j++) h.c8 |= (uint64_t)(unsigned char)h.c[j] << (8 * j);
    /* with four letters read, the phrases that open with them and the
     * bucket's others, merged in index order; else the whole bucket */
    size_t pa = 0, pe = 0, qa = 0, qe = 0;
    bool keyed = h.len >= 4;
    if (keyed) {
        key_range(x, key4(h.c), &pa, &pe);
        key_range(x, 0xFFFFFF00u | b, &qa, &qe);
    }
    for (size_t k = x->start[b];;) {
        size_t i;
        if (keyed) {
            if (pa < pe && (qa >= qe || x->keys[pa].i < x->keys[qa].i)) i = x->keys[pa++].i;
            else if (qa < qe) i = x->keys[qa++].i;
            else break;
        } else {
            if (k >= x->start[b + 1]) break;
            i = x->order[k++];
        }
        long hm = head_match(&h, x, i);
        if (!hm) continue;
        if (hm < 0 && !may_start(s, n, x->pre[i], x->npre[i])) continue;
        size_t m = hm > 0 ? (size_t)hm : utf8_prefix_fold_n(s, n, t->openings[i].phrase, x->len[i]);
        if (m > best_len && boundary(s, n, m, cjk)) {
            best = &t->openings[i];
            best_len = m;
        }
    }
    if (!best) return NULL;
    /* keep a trailing preposition in the opening as written ("Referring to",
     * "Takes note of"); an operative verb's "to" belongs to the verb after it
     * ("Decides to include") */
    if (t->opening_tails && best->pre_key) {
        size_t j = best_len;
        while (j < n && s[j] == ' ') j++;
        for (const char *const *w = t->opening_tails; *w; w++) {
            size_t m = utf8_prefix_fold(s + j, n - j, *w);
            if (m && j > best_len && boundary(s, n, j + m, false)) {
                best_len = j + m;
                break;
            }
        }
    }
    else if (t->opening_tails_op && !best->pre_key) {
        size_t j = best_len;
        while (j < n && s[j] == ' ') j++;
        for (const char *const *w = t->opening_tails_op; *w; w++) {
            size_t m = utf8_prefix_fold(s + j, n - j, *w);
            if (m && j > best_len && boundary(s, n, j + m, false)) {
                best_len = j + m;
                break;
            }
        }
    }
    *consumed = best_len;
    return best;
}

const unres_opening *lang_organ_verb(const unres_lang_table *t, const char *s, size_t n, size_t *at, size_t *m,
                                     const char **organ) {
    for (size_t k = 0; k < t->n_formulas; k++) {
        const char *ph = t->formulas[k].phrase;
        /* most lines: an ASCII first letter that is not the name's */
        unsigned char a0 = n ? (unsigned char)s[0] : 0, b0 = (unsigned char)ph[0];
        if (a0 < 0x80 && b0 < 0x80 && (a0 | 32) != (b0 | 32)) continue;
        /* the name without its comma (, ， ،) */
        size_t pl = strlen(ph);
        for (bool cut = true; cut;) {
            cut = false;
            while (pl && (ph[pl - 1] == ',' || ph[pl - 1] == ' ')) pl--, cut = true;
            if (pl >= 3 && !memcmp(ph + pl - 3, "\xEF\xBC\x8C", 3)) pl -= 3, cut = true;
            if (pl >= 2 && !memcmp(ph + pl - 2, "\xD8\x8C", 2)) pl -= 2, cut = true;
        }
        size_t e = pl ? utf8_prefix_fold_n(s, n, ph, pl) : 0;
        if (!e || e >= n || (s[e] != ' ' && t->lang != UNRES_LANG_ZH)) continue;
        /* the name as the table writes it: "the Security Council requests"
         * goes on a sentence */
        uint32_t a, b;
        if (utf8_decode(ph, pl, &b) && utf8_decode(s, n, &a) && cp_fold(b) != b && a != b) continue;
        while (e < n && s[e] == ' ') e++;
        const unres_opening *o = lang_match_opening(t, s + e, n - e, m);
        if (!o || !o->op_key) continue;
        *at = e;
        *organ = t->formulas[k].organ;
        return o;
    }
    return NULL;
}

size_t lang_item_letter(const unres_lang_table *t, const char *s, size_t n, char *ascii) {
    if (n && s[0] >= 'a' && s[0] <= 'z') {
        *ascii = s[0];
        return 1;
    }
    for (int k = 0; t && t->item_letters && t->item_letters[k] && k < 26; k++) {
        size_t l = strlen(t->item_letters[k]);
        if (l <= n && memcmp(s, t->item_letters[k], l) == 0) {
            *ascii = (char)('a' + k);
            return l;
        }
    }
    return 0;
}

int parse_cjk_number(const char *s, size_t n, size_t *consumed) {
    size_t i = 0;
    int total = 0, cur = 0;
    bool any = false;
    while (i < n) {
        uint32_t c;
        int l = utf8_decode(s + i, n - i, &c);
        if (!l) break;
        int d = -1;
        switch (c) {
        case 0x96F6: case 0x3007: d = 0; break;  /* 零 〇 */
        case 0x4E00: d = 1; break;               /* 一 */
        case 0x4E8C: case 0x4E24: d = 2; break;  /* 二 两 */
        case 0x4E09: d = 3; break;               /* 三 */
        case 0x56DB: d = 4; break;               /* 四 */
        case 0x4E94: d = 5; break;               /* 五 */
        case 0x516D: d = 6; break;               /* 六 */
        case 0x4E03: d = 7; break;               /* 七 */
        case 0x516B: d = 8; break;               /* 八 */
        case 0x4E5D: d = 9; break;               /* 九 */
        }
        if (d >= 0) cur = d;
        else if (c == 0x5341) total += (cur ? cur : 1) * 10, cur = 0;  /* 十 */
        else if (c == 0x767E) total += (cur ? cur : 1) * 100, cur = 0; /* 百 */
        else if (c >= '0' && c <= '9' && !any) {
            /* Arabic digits in a Chinese ordinal: 第 79 届 */
            int v = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9' && v < 100000) v = v * 10 + (s[i++] - '0');
            *consumed = i;
            return v;
        } else break;
        any = true;
        i += (size_t)l;
    }
    if (!any) return 0;
    *consumed = i;
    return total + cur;
}

int lang_parse_ordinal(const unres_lang_table *t, const char *s, size_t n, size_t *consumed) {
    size_t i = 0;
    if (t->lang == UNRES_LANG_ZH) {
        if (n >= 3 && memcmp(s, "第", 3) == 0) i = 3;
        while (i < n && s[i] == ' ') i++;
        size_t c = 0;
        int v = parse_cjk_number(s + i, n - i, &c);
        if (!v) return 0;
        *consumed = i + c;
        return v;
    }
    int total = 0;
    size_t end = 0;
    bool any = false;
    for (;;) {
        size_t j = i;
        if (any) {
            /* separators between number words */
            while (j < n && (s[j] == ' ' || s[j] == '-')) j++;
            static const char *const joins[] = {"et ", "y ", "and ", NULL};
            for (const char *const *w = joins; *w; w++) {
                size_t m = strlen(*w);
                if (j + m <= n && memcmp(s + j, *w, m) == 0) { j += m; break; }
            }
        }
        size_t best = 0;
        int val = 0;
        for (size_t k = 0; k < t->n_numwords; k++) {
            size_t m = utf8_prefix_fold(s + j, n - j, t->numwords[k].word);
            if (m > best && boundary(s, n, j + m, false)) {
                best = m;
                val = t->numwords[k].value;
            }
        }
        if (!best) break;
        total += val;
        any = true;
        i = end = j + best;
    }
    if (!any) return 0;
    *consumed = end;
    return total;
}

unres_lang lang_detect(const char *text, size_t len) {
    size_t han = 0, arabic = 0, cyr = 0, latin = 0;
    /* the first 8 KB (a page and more of body text) tell the script and the language */
    size_t lim = len < 8192 ? len : 8192;
    /* by lead byte, without decoding: the text is valid UTF-8, and a
     * character cut by the window's end is not counted */
    const unsigned char *u = (const unsigned char *)text;
    for (size_t i = 0; i < lim;) {
        unsigned c = u[i];
        if (c < 0x80) {
            /* ASCII eight bytes at a time: a byte is a letter when, with
             * 0x20 set, it lies in 'a'..'z' (high bits mark each bound) */
            const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
#if defined(__SSE2__)
            /* letters counted per byte lane (a letter's lane is -1), summed
             * before a lane can overflow */
            for (;;) {
                __m128i acc = _mm_setzero_si128();
                int k = 0;
                for (__m128i v; k < 255 && i + 16 <= lim; k++, i += 16) {
                    v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
                    if (_mm_movemask_epi8(v)) break;
                    __m128i y = _mm_or_si128(v, _mm_set1_epi8(0x20));
                    acc = _mm_sub_epi8(acc, _mm_and_si128(_mm_cmpgt_epi8(y, _mm_set1_epi8('a' - 1)),
                                                          _mm_cmplt_epi8(y, _mm_set1_epi8('z' + 1))));
                }
                __m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
                latin += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
                if (k < 255) break;
            }
#endif
            while (i + 8 <= lim) {
                uint64_t w;
                memcpy(&w, u + i, 8);
                if (w & highs) break;
                uint64_t y = w | 0x20 * ones;
                uint64_t in = (y + (0x80 - 'a') * ones) & ~(y + (0x80 - 'z' - 1) * ones) & highs;
                latin += (size_t)(((in >> 7) * ones) >> 56);
                i += 8;
            }
            for (; i < lim && u[i] < 0x80; i++) latin += (unsigned char)((u[i] | 32) - 'a') < 26;
            continue;
        }
        size_t l = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + l > lim) break;
        if (l == 3) han += 2 * ((c == 0xE4 && u[i + 1] >= 0xB8) || (c >= 0xE5 && c <= 0xE9)); /* U+4E00–9FFF */
        else if (l == 2) {
            if (c >= 0xD8 && c <= 0xDB) arabic++;                        /* U+0600–06FF */
            else if (c >= 0xD0 && c <= 0xD3) cyr++;                      /* U+0400–04FF */
            else if ((c >= 0xC3 && c <= 0xC8) || (c == 0xC9 && u[i + 1] < 0x90)) latin++; /* U+00C0–024F */
        }
        i += l;
    }
    if (han > latin / 2 && han >= arabic && han >= cyr) return han ? UNRES_LANG_ZH : UNRES_LANG_UNKNOWN;
    if (arabic > latin / 2 && arabic >= cyr) return UNRES_LANG_AR;
    if (cyr > latin / 2) return UNRES_LANG_RU;
    if (!latin) return UNRES_LANG_UNKNOWN;
    /* Latin script: count function words that belong to one language only
     * (0 English, 1 French, 2 Spanish) */
    static const struct { const char *w; unsigned char len, lang; } fw[] = {
        {" the ", 5, 0}, {" of the ", 8, 0}, {" and ", 5, 0}, {" to ", 4, 0}, {" its ", 5, 0},
        {" which ", 7, 0}, {" les ", 5, 1}, {" des ", 5, 1}, {" du ", 4, 1}, {" et ", 4, 1},
        {" la ", 4, 1}, {" sur ", 5, 1}, {" aux ", 5, 1}, {" los ", 5, 2}, {" las ", 5, 2},
        {" del ", 5, 2}, {" y ", 3, 2}, {" el ", 4, 2}, {" sobre ", 7, 2}, {" para ", 6, 2},
    };
    enum { NFW = sizeof fw / sizeof fw[0] };
    size_t score[3] = {0};
    /* 4 KB of running text hold dozens of function words */
    if (lim > 4096) lim = 4096;
    /* every word starts with a space: one pass over the spaces counts each
     * word's non-overlapping occurrences, as repeated searches would; the
     * words are looked up by their first letter */
    uint32_t by_letter[26] = {0};
    uint64_t key[NFW] = {0}, mask[NFW] = {0}; /* each word as 8 bytes (none is longer) */
    for (int w = 0; w < NFW; w++) {
        by_letter[fw[w].w[1] - 'a'] |= 1u << w;
        /* as bytes in memory, like the text's 8 bytes loaded below */
        unsigned char kb[8] = {0}, mb[8] = {0};
        memcpy(kb, fw[w].w, fw[w].len);
        memset(mb, 0xFF, fw[w].len);
        memcpy(&key[w], kb, 8);
        memcpy(&mask[w], mb, 8);
    }
    size_t next[NFW] = {0};
    /* the spaces of each 16 bytes as a mask */
    for (size_t b = 0; b + 1 < lim; b += 16) {
        /* a language far ahead of the others after a kilobyte or more is
         * the answer: the rest would not change it */
        if (b && !(b & 1023)) {
            size_t hi = score[0], lo = 0;
            for (int k = 1; k < 3; k++)
                if (score[k] > hi) lo = hi, hi = score[k];
                else if (score[k] > lo) lo = score[k];
            if (hi >= 16 && hi >= 4 * lo) break;
        }
        unsigned sp = 0;
#if defined(__SSE2__)
        if (b + 16 <= lim - 1)
            sp = (unsigned)_mm_movemask_epi8(
                _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(text + b)), _mm_set1_epi8(' ')));
        else
#endif
            for (size_t j = b; j < b + 16 && j + 1 < lim; j++) sp |= (unsigned)(text[j] == ' ') << (j - b);
        for (; sp; sp &= sp - 1) {
            size_t at = b + (size_t)__builtin_ctz(sp);
            const char *q = text + at;
            if (q[1] < 'a' || q[1] > 'z') continue;
            uint64_t q8 = 0;
            bool whole = at + 8 <= len;
            if (whole) memcpy(&q8, q, 8);
            for (uint32_t c = by_letter[q[1] - 'a']; c; c &= c - 1) {
                int w = __builtin_ctz(c);
                if (at + fw[w].len > lim || at < next[w]) continue;
                if (whole ? (q8 & mask[w]) != key[w] : memcmp(q, fw[w].w, fw[w].len) != 0) continue;
                score[fw[w].lang]++;
                next[w] = at + fw[w].len;
            }
        }
    }
    if (score[1] > score[0] && score[1] >= score[2]) return UNRES_LANG_FR;
    if (score[2] > score[0] && score[2] > score[1]) return UNRES_LANG_ES;
    return UNRES_LANG_EN;
}
