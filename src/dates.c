/* dates.c: dates as the six languages write them, to ISO 8601.
 *   en  2 December 2004          fr  1er février 1946
 *   es  2 de diciembre de 2004   ru  2 декабря 2004 года
 *   ar  2 كانون الأول/ديسمبر 2004  zh  2004年12月2日 (spaces allowed)
 * Month names come from the language tables. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

static bool dig(char c) { return c >= '0' && c <= '9'; }

static size_t skip_spaces(const char *s, size_t n, size_t i) {
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) {
            if (b != ' ' && (b < '\t' || b > '\r')) break;
            i++;
            continue;
        }
        uint32_t c;
        int l = utf8_decode(s + i, n - i, &c);
        if (!l || !cp_is_space(c)) break;
        i += (size_t)l;
    }
    return i;
}

static bool word_end(const char *s, size_t n, size_t i) {
    if (i >= n) return true;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return !((c | 32) >= 'a' && (c | 32) <= 'z');
    /* a multi-byte letter continues the word (Cyrillic, Arabic, accented) */
    uint32_t cp;
    if (!utf8_decode(s + i, n - i, &cp)) return true;
    return cp_is_space(cp) || cp == 0x2019 || cp == 0x060C || cp >= 0x2000;
}

/* The bytes a month name of each table can match from, by unres_lang: the
 * first letters of its months in both cases, and every byte from 0x80 (a
 * folding or a skipped Arabic mark may match there). */
static bool month_lead[7][256];
/* The months whose names month_at compares from an ASCII byte, by unres_lang
 * and byte, as bits (128 names at most; else all are tried). */
static uint64_t month_try[7][128][2];
static bool month_indexed[7];
/* Those names of ASCII without a space, up to sixteen bytes, folded and
 * padded with zeros, for month16; month_flen 0 for the others. */
_Alignas(16) static unsigned char month_fw[7][128][16];
static uint8_t month_flen[7][128];
/* The bytes the link of a date range can start with: dashes, range words. */
static bool range_lead[7][256];

/* Is t the language's own table (so that the leads built from it hold)? */
static bool is_known(const unres_lang_table *t) {
    static const unres_lang_table *const own[7] = {NULL,           &unres_lang_ar, &unres_lang_zh, &unres_lang_en,
                                                   &unres_lang_fr, &unres_lang_ru, &unres_lang_es};
    return t->lang >= 1 && t->lang <= 6 && own[t->lang] == t;
}
static pthread_once_t month_lead_once = PTHREAD_ONCE_INIT;
static void month_lead_build(void) {
    for (int l = 1; l <= 6; l++) {
        const unres_lang_table *t = lang_table((unres_lang)l);
        bool *lead = month_lead[l];
        month_indexed[l] = t->n_months <= 128;
        for (size_t k = 0; k < t->n_months && month_indexed[l]; k++) {
            unsigned char b = (unsigned char)t->months[k].word[0];
            for (unsigned a = 0; a < 128; a++)
                if (b >= 0x80 || b == ' ' || (a | 32) == (b | 32u)) month_try[l][a][k >> 6] |= 1ull << (k & 63);
            const char *w = t->months[k].word;
            size_t q = 0;
            while (w[q] && (unsigned char)w[q] < 0x80 && w[q] != ' ' && q < 17) q++;
            if (w[q] || q > 16) continue;
            for (size_t j = 0; j < q; j++) month_fw[l][k][j] = (unsigned char)(w[j] >= 'A' && w[j] <= 'Z' ? w[j] | 32 : w[j]);
            month_flen[l][k] = (uint8_t)q;
        }
        range_lead[l]['-'] = range_lead[l][0xE2] = true;
        for (const char *const *w = t->date_range_words; w && *w; w++) range_lead[l][(unsigned char)**w] = true;
        for (unsigned c = 0x80; c < 256; c++) lead[c] = true;
        for (size_t k = 0; k < t->n_months; k++) {
            unsigned char b = (unsigned char)t->months[k].word[0];
            uint32_t cp = 0;
            if (b < 0x80 && b != ' ') {
                lead[b] = true;
                if ((b | 32) >= 'a' && (b | 32) <= 'z') lead[b ^ 32] = true;
            } else if (b == ' ' || !utf8_decode(t->months[k].word, 4, &cp) || cp_fold(cp) < 0x80 || cp == 0x2019 ||
                       cp == 0x0640 || (cp >= 0x064B && cp <= 0x0652))
                for (unsigned c = 0; c < 0x80; c++) lead[c] = true;
        }
    }
}

/* utf8_prefix_fold(s + i, n - i, w), decided here while both are ASCII and w
 * has no space: month names mostly are. */
static size_t fold_ascii_at(const char *s, size_t n, size_t i, const char *w) {
    for (size_t q = 0;; q++) {
        unsigned char b = (unsigned char)w[q], c = i + q < n ? (unsigned char)s[i + q] : 0x80;
        if (!b) {
            /* Arabic marks (0xD9 leads them) would belong to the word */
            if (c == 0xD9) break;
            return q;
        }
        if (b >= 0x80 || b == ' ' || c >= 0x80) break;
        if ((c >= 'A' && c <= 'Z' ? c | 32 : c) != (b >= 'A' && b <= 'Z' ? b | 32 : b)) return 0;
    }
    return utf8_prefix_fold(s + i, n - i, w);
}

/* fold16_at for name k of language l (month_flen 0: not such a name). */
static inline size_t month16(const char *s, size_t n, size_t i, int l, size_t k) {
    return fold16_at(s, n, i, month_fw[l][k], month_flen[l][k]);
}

/* Month word at s+i; longest table entry.  Returns bytes or 0. */
static size_t month_at(const unres_lang_table *t, const char *s, size_t n, size_t i, int *month) {
    pthread_once(&month_lead_once, month_lead_build);
    bool known = is_known(t);
    if (i < n && known && !month_lead[t->lang][(unsigned char)s[i]]) return 0;
    size_t best = 0;
    unsigned char a = i < n ? (unsigned char)s[i] : 0x80;
    if (known && a < 0x80 && month_indexed[t->lang]) {
        /* the names an ASCII byte may start, by their index */
        for (int h = 0; h < 2; h++)
            for (uint64_t m = month_try[t->lang][a][h]; m; m &= m - 1) {
                size_t k = (size_t)h * 64 + (size_t)__builtin_ctzll(m);
                size_t l = month16(s, n, i, t->lang, k);
                if (l == (size_t)-1) l = fold_ascii_at(s, n, i, t->months[k].word);
                if (l > best && word_end(s, n, i + l)) {
                    best = l;
                    *month = t->months[k].month;
                }
            }
        return best;
    }
    for (size_t k = 0; k < t->n_months; k++) {
        /* ASCII against an ASCII letter decides at once, as it would there */
        unsigned char b = (unsigned char)t->months[k].word[0];
        if (a < 0x80 && b < 0x80 && b != ' ' && (a | 32) != (b | 32)) continue;
        size_t m = fold_ascii_at(s, n, i, t->months[k].word);
        if (m > best && word_end(s, n, i + m)) {
            best = m;
            *month = t->months[k].month;
        }
    }
    return best;
}

static void iso_write(char iso[11], int y, int m, int d) {
    iso[0] = (char)('0' + y / 1000 % 10), iso[1] = (char)('0' + y / 100 % 10);
    iso[2] = (char)('0' + y / 10 % 10), iso[3] = (char)('0' + y % 10), iso[4] = '-';
    iso[5] = (char)('0' + m / 10 % 10), iso[6] = (char)('0' + m % 10), iso[7] = '-';
    iso[8] = (char)('0' + d / 10 % 10), iso[9] = (char)('0' + d % 10), iso[10] = 0;
}

static bool valid(int y, int m, int d) {
    static const int dim[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= dim[m - 1];
}

static bool dmy_at(const unres_lang_table *t, const char *s, size_t n, size_t i, int *Y, int *M, int *D,
                   size_t *end, bool range);

/* After a range's first half ending at j ("1–", "5 March to"), the second
 * half, a whole date: its year (and month) complete the first. */
static inline bool range_may(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    if (j >= n) return false;
    if (is_known(t)) return range_lead[t->lang][(unsigned char)s[j]]; /* month_at built them */
    bool may = s[j] == '-' || (unsigned char)s[j] == 0xE2;
    for (const char *const *w = t->date_range_words; !may && w && *w; w++) may = **w == s[j];
    return may;
}
/* The link of a range after s+j: "-", "–", or a range word ("to", "至"), which
 * in a language with spaces stands alone.  Its end, or 0. */
static size_t range_link(const unres_lang_table *t, const char *s, size_t n, size_t j) {
    if (j < n && s[j] == '-') return j + 1;
    if (j + 3 <= n && !memcmp(s + j, "\xE2\x80\x93", 3)) return j + 3;
    for (const char *const *w = t->date_range_words; w && *w; w++) {
        size_t l = strlen(*w);
        if (j + l <= n && !memcmp(s + j, *w, l) && (t->date_order == DATE_YMD_CJK || (j + l < n && s[j + l] == ' ')))
            return j + l;
    }
    return 0;
}

static bool range_rest(const unres_lang_table *t, const char *s, size_t n, size_t j, int *Y, int *M, int *D) {
    size_t k = range_link(t, s, n, j), e2;
    return k && dmy_at(t, s, n, skip_spaces(s, n, k), Y, M, D, &e2, false);
}

/* The first half of a range, day d (of month m, or 0 for the second's)
 * ending at e, whose link starts at j.  Out of the way of dmy_at's path. */
static __attribute__((noinline)) bool range_first(const unres_lang_table *t, const char *s, size_t n, size_t j,
                                                  int d, int m, size_t e, int *Y, int *M, int *D, size_t *end) {
    int y, m2, d2;
    if (!range_rest(t, s, n, j, &y, &m2, &d2)) return false;
    if (!m) m = m2;
    if (m == m2 && d >= d2) return false;
    if (m > m2) y--; /* "28 December–3 January 2010" */
    if (!valid(y, m, d)) return false;
    *Y = y, *M = m, *D = d;
    *end = e;
    return true;
}

/* D Month YYYY with the connecting words of fr/es/ru/ar; where range allows,
 * the first half of a shortened range ("1–5 March 2010", "du 5 mars au
 * 2 avril 2010"), which ends where the first day or month does. */
static bool dmy_at(const unres_lang_table *t, const char *s, size_t n, size_t i, int *Y, int *M,
                   int *D, size_t *end, bool range) {
    size_t j = i;
    int d = 0;
    while (j < n && dig(s[j]) && j - i < 2) d = d * 10 + (s[j++] - '0');
    if (j == i || (j < n && dig(s[j]))) return false;
    if (t->lang == UNRES_LANG_FR && j + 1 < n && s[j] == 'e' && s[j + 1] == 'r') j += 2; /* 1er */
    size_t day_end = j;
    j = skip_spaces(s, n, j);
    size_t after_day = j;
    if (t->lang == UNRES_LANG_ES && j + 3 <= n && memcmp(s + j, "de ", 3) == 0) j = skip_spaces(s, n, j + 3);
    int m = 0;
    size_t ml = month_at(t, s, n, j, &m);
    if (!ml)
        return range && range_may(t, s, n, after_day) &&
               range_first(t, s, n, after_day, d, 0, day_end, Y, M, D, end);
    j += ml;
    if (t->lang == UNRES_LANG_AR) {
        /* the second, Western month name after a slash: تشرين الأول/أكتوبر */
        size_t k = skip_spaces(s, n, j);
        if (k < n && s[k] == '/') {
            k = skip_spaces(s, n, k + 1);
            int m2 = 0;
            size_t l2 = month_at(t, s, n, k, &m2);
            if (l2) j = k + l2;
        }
    }
    size_t month_end = j;
    j = skip_spaces(s, n, j);
    if (t->lang == UNRES_LANG_ES && j + 3 <= n && memcmp(s + j, "de ", 3) == 0) j = skip_spaces(s, n, j + 3);
    size_t ys = j;
    int y = 0;
    while (j < n && dig(s[j]) && j - ys < 4) y = y * 10 + (s[j++] - '0');
    if (j - ys != 4 || (j < n && dig(s[j])))
        return range && j == ys && range_may(t, s, n, ys) && range_first(t, s, n, ys, d, m, month_end, Y, M, D, end);
    if (!valid(y, m, d)) return false;
    if (t->lang == UNRES_LANG_RU) {
        size_t k = skip_spaces(s, n, j);
        if (k + 8 <= n && memcmp(s + k, "года", 8) == 0) j = k + 8;
        else if (k + 3 <= n && memcmp(s + k, "г.", 3) == 0) j = k + 3;
    }
    *Y = y, *M = m, *D = d;
    *end = j;
    return true;
}

/* YYYY年M月D日 with optional spaces (PDF layout puts them around digits). */
static bool ymd_cjk_at(const char *s, size_t n, size_t i, int *Y, int *M, int *D, size_t *end) {
    size_t j = i;
    int v[3] = {0, 0, 0};
    static const char *const unit[3] = {"年", "月", "日"};
    for (int k = 0; k < 3; k++) {
        size_t st = j;
        while (j < n && dig(s[j]) && j - st < 4) v[k] = v[k] * 10 + (s[j++] - '0');
        if (j == st || (k == 0 && j - st != 4) || (k > 0 && j - st > 2)) return false;
        j = skip_spaces(s, n, j);
        if (j + 3 > n || memcmp(s + j, unit[k], 3) != 0) return false;
        j += 3;
        if (k < 2) j = skip_spaces(s, n, j);
    }
    if (!valid(v[0], v[1], v[2])) return false;
    *Y = v[0], *M = v[1], *D = v[2];
    *end = j;
    return true;
}

size_t date_at(const unres_lang_table *t, const char *s, size_t n, size_t i, char iso[11]) {
    if (i >= n || !dig(s[i]) || (i > 0 && dig(s[i - 1]))) return 0;
    static const unres_lang_table *const all[] = {&unres_lang_en, &unres_lang_fr, &unres_lang_es,
                                                  &unres_lang_ru, &unres_lang_ar, &unres_lang_zh};
    for (int k = 0; k < 6; k++) {
        const unres_lang_table *u = t ? t : all[k];
        int Y, M, D;
        size_t e = 0;
        bool ok = u->date_order == DATE_YMD_CJK ? ymd_cjk_at(s, n, i, &Y, &M, &D, &e)
                                                : u->n_months && dmy_at(u, s, n, i, &Y, &M, &D, &e, true);
        if (ok) {
            iso_write(iso, Y, M, D);
            return e;
        }
        if (t) break;
    }
    return 0;
}

size_t date_range_end(const unres_lang_table *t, const char *s, size_t n, size_t de, const char first[11],
                      char iso[11]) {
    size_t k = range_link(t, s, n, skip_spaces(s, n, de));
    if (!k) return 0;
    k = skip_spaces(s, n, k);
    size_t e = date_at(t, s, n, k, iso);
    if (e || t->date_order != DATE_YMD_CJK) return e;
    /* 2010年3月1日至5日, 2010年3月29日至4月2日: the year, and the month, are the first's */
    int v[2] = {0, 0}, got = 0;
    static const char *const unit[2] = {"月", "日"};
    size_t j = k;
    for (int u = 0; u < 2; u++) {
        size_t st = j;
        int x = 0;
        while (j < n && dig(s[j]) && j - st < 2) x = x * 10 + (s[j++] - '0');
        size_t q = skip_spaces(s, n, j);
        if (j == st || q + 3 > n || memcmp(s + q, unit[u], 3)) {
            if (u == 0 && j > st) {
                j = st; /* no month: the day alone */
                continue;
            }
            return 0;
        }
        v[u] = x, got |= 1 << u;
        j = q + 3;
        if (u == 0) j = skip_spaces(s, n, j);
    }
    int y = atoi(first), fm = atoi(first + 5), fd = atoi(first + 8), m = got & 1 ? v[0] : fm, d = v[1];
    if (!valid(y, m, d) || m < fm || (m == fm && d <= fd)) return 0;
    iso_write(iso, y, m, d);
    return j;
}

/* Longest session word of the table at s+i; bytes or 0. */
static size_t session_word_at(const unres_lang_table *t, const char *s, size_t n, size_t i) {
    size_t best = 0;
    for (const char *const *w = t->session_words; w && *w; w++) {
        size_t m = utf8_prefix_fold(s + i, n - i, *w);
        if (m > best && word_end(s, n, i + m)) best = m;
    }
    return best;
}

int session_at(const unres_lang_table *t, const char *s, size_t n, size_t i, size_t *end) {
    size_t c = 0;
    if (t->lang == UNRES_LANG_ZH) {
        /* 第八十一届会议; 第 81 届会议 */
        if (i + 3 > n || memcmp(s + i, "第", 3) != 0) return 0;
        int v = lang_parse_ordinal(t, s + i, n - i, &c);
        if (!v) return 0;
        size_t j = skip_spaces(s, n, i + c);
        size_t m = session_word_at(t, s, n, j);
        if (!m) return 0;
        *end = j + m;
        return v;
    }
    if (t->lang == UNRES_LANG_AR) {
        /* the word first: الدورة الحادية والثمانين, في دورتها الثمانين */
        size_t m = session_word_at(t, s, n, i);
        if (!m) return 0;
        size_t j = skip_spaces(s, n, i + m);
        int v = lang_parse_ordinal(t, s + j, n - j, &c);
        if (!v) return 0;
        *end = j + c;
        return v;
    }
    int v = lang_parse_ordinal(t, s + i, n - i, &c);
    if (!v) return 0;
    size_t j = skip_spaces(s, n, i + c);
    size_t m = session_word_at(t, s, n, j);
    if (!m) return 0;
    *end = j + m;
    return v;
}

bool date_find(const unres_lang_table *t, const char *s, size_t n, char iso[11], size_t *start,
               size_t *end) {
    for (size_t i = 0; i < n; i++) {
        if (!dig(s[i]) || (i > 0 && dig(s[i - 1]))) continue;
        int Y, M, D;
        size_t e;
        bool ok = false;
        const unres_lang_table *tried[6];
        size_t nt = 0;
        if (t) tried[nt++] = t;
        else {
            static const unres_lang_table *const all[] = {&unres_lang_en, &unres_lang_fr, &unres_lang_es,
                                                          &unres_lang_ru, &unres_lang_ar, &unres_lang_zh};
            for (int k = 0; k < 6; k++) tried[nt++] = all[k];
        }
        for (size_t k = 0; k < nt && !ok; k++) {
            if (tried[k]->date_order == DATE_YMD_CJK) ok = ymd_cjk_at(s, n, i, &Y, &M, &D, &e);
            else if (tried[k]->n_months) ok = dmy_at(tried[k], s, n, i, &Y, &M, &D, &e, true);
        }
        if (ok) {
            iso_write(iso, Y, M, D);
            *start = i;
            *end = e;
            return true;
        }
    }
    return false;
}
