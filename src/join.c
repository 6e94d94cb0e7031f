/* join.c: paragraph text from lines.  Lines are joined per script (no space
 * between CJK characters, one space in Latin text), a line-end hyphen stays a
 * hyphen, the stray space PDFs put before a hyphen goes, and in Chinese the
 * spaces layout puts between CJK and digits or Latin letters go too. */
#include "internal.h"
#include <utf8proc.h>

/* The code point ending at s[k) (0 at the start or if malformed), as
 * utf8_prev and utf8_decode read it; *len its bytes. */
static inline uint32_t cp_before_k(const char *s, size_t k, size_t *len) {
    uint32_t c = 0;
    *len = 0;
    if (!k) return 0;
    if ((unsigned char)s[k - 1] < 0x80) {
        *len = 1;
        return (unsigned char)s[k - 1];
    }
    size_t l = utf8_prev(s, k);
    *len = l;
    utf8_decode(s + k - l, l, &c);
    return c;
}

static bool alnum_cp(uint32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) || k == UTF8PROC_CATEGORY_ND;
}

/* The hyphen at s[j] is the last thing on its line. */
static bool hyphen_ends_line(const char *s, size_t n, size_t j) {
    for (size_t k = j + 1; k < n; k++) {
        if (s[k] == '\n') return true;
        if (s[k] != ' ' && s[k] != '\t') return false;
    }
    return false;
}

/* Bytes that can start a Unicode space (U+00A0, U+2000–200A, U+202F, U+205F,
 * U+3000, U+FEFF): every other byte is copied without decoding. */
static inline bool maybe_space(unsigned char c) {
    return c <= ' ' || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF;
}

/* Copies the ordinary bytes from s[i] to out[*k], and the blanks between
 * ASCII words that stay one space, up to the first byte that maybe_space
 * flags otherwise, or n; returns where it stopped.  Eight bytes at a time: a
 * byte below 0x21 or equal to a lead byte sets its high bit in f, and the
 * lowest bit set is a true one (a borrow only flags bytes above one).  The
 * whole word is stored: the bytes after the stop are written over later. */
static inline size_t copy_run(char *out, size_t *kp, const char *s, size_t i, size_t n) {
    size_t k = *kp;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    for (uint64_t w; i + 8 <= n;) {
#if defined(__SSE2__)
        /* Sixteen bytes of plain prose (printable ASCII, no hyphen, single
         * blanks) come out as they are, line breaks as spaces: each blank
         * has an ASCII letter or sign on both sides. */
        if (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i nl = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
            __m128i ws = _mm_or_si128(nl, _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
            /* below '!' or above '~' (signed compare: bytes >= 0x80 are
             * negative), or a hyphen */
            __m128i odd = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8('!')),
                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
            unsigned m = (unsigned)_mm_movemask_epi8(ws), o = (unsigned)_mm_movemask_epi8(odd) & ~m;
            /* a blank at either end looks at the byte beyond it: printable
             * ASCII there (no hyphen after, nor before a line break) */
            unsigned edge = 0x8001;
            if (m & 1) {
                unsigned char pc = k ? (unsigned char)out[k - 1] : 0;
                if (pc > ' ' && pc < 0x80 && !(s[i] == '\n' && pc == '-')) edge &= ~1u;
            }
            if (m & 0x8000 && i + 16 < n) {
                unsigned char nc = (unsigned char)s[i + 16];
                if (nc > ' ' && nc < 0x80 && nc != '-') edge &= ~0x8000u;
            }
            if (!o && !(m & ((m >> 1) | edge))) {
                v = _mm_or_si128(_mm_andnot_si128(nl, v), _mm_and_si128(nl, _mm_set1_epi8(' ')));
                _mm_storeu_si128((__m128i *)(void *)(out + k), v);
                i += 16, k += 16;
                continue;
            }
        }
#endif
        memcpy(&w, s + i, 8);
        memcpy(out + k, &w, 8);
        uint64_t f = (w - 0x21 * ones) & ~w;
        if (w & high) {
            uint64_t a = w ^ (0xC2 * ones), b = w ^ (0xE2 * ones), c = w ^ (0xE3 * ones), d = w ^ (0xEF * ones);
            f |= ((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c) | ((d - ones) & ~d);
        }
        f &= high;
        if (!f) {
            i += 8, k += 8;
            continue;
        }
        size_t q = (size_t)(__builtin_ctzll(f) >> 3);
        i += q, k += q;
        /* one blank between ASCII, no hyphen after it (nor before a line
         * break): a space, as keep_space says */
        unsigned char c = (unsigned char)s[i];
        if ((c == ' ' || c == '\n') && k && i + 1 < n) {
            unsigned char pc = (unsigned char)out[k - 1], nc = (unsigned char)s[i + 1];
            if (nc > ' ' && nc < 0x80 && nc != '-' && pc < 0x80 && !(c == '\n' && pc == '-')) {
                out[k++] = ' ';
                i++;
                continue;
            }
        }
        break;
    }
#endif
    while (i < n && !maybe_space((unsigned char)s[i])) out[k++] = s[i++];
    *kp = k;
    return i;
}

/* Whether the white space between out[..k) (the text so far) and s[j..n)
 * becomes one space (k > 0, j < n) when a character beyond ASCII or a hyphen
 * stands next to it; newline if a line break was in it. */
static bool keep_space_slow(const char *out, size_t k, const char *s, size_t n, size_t j, bool newline) {
    size_t pl;
    uint32_t prev = cp_before_k(out, k, &pl), next = 0, next2 = 0;
    if (newline && prev == '-') {
        size_t l2;
        if (alnum_cp(cp_before_k(out, k - pl, &l2))) return false; /* human-|made */
    }
    int m = utf8_decode(s + j, n - j, &next);
    if (cp_is_cjk(prev) || cp_is_cjk(next)) return false; /* 2004 年 → 2004年 */
    if (next != '-' && next != 0x2013) return true;
    if (m) utf8_decode(s + j + m, n - j - m, &next2);
    if (!alnum_cp(prev)) return true;
    if (next == '-' && (next2 == '\n' || (next2 == ' ' && hyphen_ends_line(s, n, j))))
        return false; /* human -|made */
    if (next2 && alnum_cp(next2) && !(next == '-' && next2 >= '0' && next2 <= '9' && !(prev >= '0' && prev <= '9')))
        return false; /* Secretary -General */
    return true;
}

static inline bool keep_space(const char *out, size_t k, const char *s, size_t n, size_t j, bool newline) {
    unsigned char pc = (unsigned char)out[k - 1], nc = (unsigned char)s[j];
    /* ASCII on both sides, no hyphen: a space */
    if (pc < 0x80 && nc < 0x80 && nc != '-' && !(newline && pc == '-')) return true;
    return keep_space_slow(out, k, s, n, j, newline);
}

/* Cleans s[0, n) into out (n + 1 bytes), which lies apart from s or at least
 * 8 bytes before it: what copy_run stores never reaches bytes not yet read.
 * Returns the bytes written. */
static size_t clean_to(char *out, const char *s, size_t n) {
    size_t k = 0, i = 0;
    while (i < n) {
        /* a run of ordinary bytes */
        i = copy_run(out, &k, s, i, n);
        if (i >= n) break;
        unsigned char c = (unsigned char)s[i];
        /* one blank before an ASCII word: most white space */
        if ((c == ' ' || c == '\n') && i + 1 < n && (unsigned char)s[i + 1] > ' ' &&
            (unsigned char)s[i + 1] < 0x80) {
            i++;
            if (k && keep_space(out, k, s, n, i, c == '\n')) out[k++] = ' ';
            continue;
        }
        if (c != ' ' && c != '\n') {
            uint32_t cp;
            int l = utf8_decode(s + i, n - i, &cp);
            if (!l) { i++; continue; }
            if (!cp_is_space(cp)) {
                while (l--) out[k++] = s[i++];
                continue;
            }
        }
        /* a run of white space: decide what it becomes */
        bool newline = false;
        size_t j = i;
        while (j < n) {
            /* ASCII without decoding */
            unsigned char b = (unsigned char)s[j];
            if (b > ' ' && b < 0x80) break;
            if (b == '\n') newline = true;
            else if (b != ' ' && b != '\t' && b != '\r') {
                uint32_t cp;
                int m = utf8_decode(s + j, n - j, &cp);
                if (!m || !cp_is_space(cp)) break;
                j += (size_t)m;
                continue;
            }
            j++;
        }
        i = j;
        if (!k || j >= n) continue; /* leading or trailing */
        if (keep_space(out, k, s, n, j, newline)) out[k++] = ' ';
    }
    return k;
}

char *clean_text(unres_arena *a, unres_lang lang, const char *s, size_t n) {
    (void)lang;
    char *out = arena_alloc_bytes(a, n + 1);
    out[clean_to(out, s, n)] = 0;
    return out;
}

/* The first cut that may overlap [start, …). */
static size_t first_cut(parser *p, size_t start) {
    size_t lo = 0, hi = p->cuts.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->cuts.v[mid].end <= start) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The lines are gathered 8 bytes into an arena block, then cleaned to its
 * start. */
char *join_lines(parser *p, size_t from, size_t to, size_t first_off) {
    const unsigned skip = LINE_BLANK | LINE_DROP | LINE_MASTHEAD;
    size_t cap = 1;
    for (size_t i = from; i < to; i++) {
        const unres_line *ln = &p->L.lines[i];
        if (!(ln->flags & skip)) cap += (ln->end > ln->start ? ln->end - ln->start : 0) + 1;
    }
    char *out = arena_alloc_bytes(p->arena, cap + 8), *buf = out + 8;
    size_t n = 0;
    for (size_t i = from; i < to; i++) {
        unres_line *ln = &p->L.lines[i];
        if (ln->flags & skip) continue;
        size_t s = ln->start, e = ln->end;
        if (i == from && first_off > s && first_off <= e) s = first_off;
        if (n) buf[n++] = '\n';
        size_t c = first_cut(p, s);
        while (s < e) {
            if (c < p->cuts.n && p->cuts.v[c].start < e) {
                size_t cs = p->cuts.v[c].start > s ? p->cuts.v[c].start : s;
                memcpy(buf + n, p->L.text + s, cs - s);
                n += cs - s;
                s = p->cuts.v[c].end > s ? p->cuts.v[c].end : s;
                c++;
            } else {
                memcpy(buf + n, p->L.text + s, e - s);
                n += e - s;
                s = e;
            }
        }
    }
    out[clean_to(out, buf, n)] = 0;
    return out;
}

bool line_ends_clause(parser *p, size_t i) {
    const char *t = p->L.text;
    size_t s = p->L.lines[i].start, e = p->L.lines[i].end;
    /* a footnote marker after the punctuation: "organizations, 1", "报告，1" */
    size_t q = e;
    if (q > s + 1 && t[q - 1] == '/' && t[q - 2] >= '0' && t[q - 2] <= '9') q--, e--; /* "1/" */
    while (q > s && t[q - 1] >= '0' && t[q - 1] <= '9' && e - q < 3) q--;
    if (q < e && q > s) {
        e = q;
        while (e > s && t[e - 1] == ' ') e--;
    }
    while (e > s && t[e - 1] == '*') e--;
    if (e == s) return false;
    char c = t[e - 1];
    if (c == ',' || c == ';' || c == ':' || c == '.') return true;
    if ((unsigned char)c < 0x80) return false;
    size_t pl = utf8_prev(t, e);
    uint32_t cp;
    if (!utf8_decode(t + e - pl, pl, &cp)) return false;
    return cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF1A || cp == 0x3002 || /* ，；：。 */
           cp == 0x060C || cp == 0x061B;                                   /* ، ؛ */
}
