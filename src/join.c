/* join.c: paragraph text from lines.  Lines are joined per script (no space
 * between CJK characters, one space in Latin text), a line-end hyphen stays a
 * hyphen, the stray space PDFs put before a hyphen goes, and in Chinese the
 * spaces layout puts between CJK and digits or Latin letters go too. */
#include "internal.h"
#include <utf8proc.h>

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

/* The code point ending at out[k) (0 at the start). */
static uint32_t cp_before_k(const char *out, size_t k) {
    if (!k) return 0;
    size_t l = utf8_prev(out, k);
    uint32_t c = 0;
    utf8_decode(out + k - l, l, &c);
    return c;
}

char *clean_text(unres_arena *a, unres_lang lang, const char *s, size_t n) {
    char *out = arena_alloc(a, n + 1);
    size_t k = 0, i = 0;
    (void)lang;
    while (i < n) {
        /* a run of ordinary bytes */
        size_t r = i;
        while (r < n && !maybe_space((unsigned char)s[r])) r++;
        if (r > i) {
            memcpy(out + k, s + i, r - i);
            k += r - i;
            i = r;
            if (i >= n) break;
        }
        uint32_t c;
        int l = utf8_decode(s + i, n - i, &c);
        if (!l) { i++; continue; }
        if (!cp_is_space(c)) {
            memcpy(out + k, s + i, (size_t)l);
            k += (size_t)l;
            i += (size_t)l;
            continue;
        }
        /* a run of white space: decide what it becomes */
        bool newline = false;
        size_t j = i;
        while (j < n) {
            /* ASCII blanks without decoding */
            if (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
                j++;
                continue;
            }
            if (s[j] == '\n') {
                newline = true;
                j++;
                continue;
            }
            int m = utf8_decode(s + j, n - j, &c);
            if (!m || !cp_is_space(c)) break;
            if (c == '\n') newline = true;
            j += (size_t)m;
        }
        i = j;
        if (!k || j >= n) continue; /* leading or trailing */
        uint32_t prev = cp_before_k(out, k);
        uint32_t prev2 = cp_before_k(out, k - utf8_prev(out, k));
        uint32_t next = 0, next2 = 0;
        int m = utf8_decode(s + j, n - j, &next);
        if (m) utf8_decode(s + j + m, n - j - m, &next2);
        bool space = true;
        if (newline && prev == '-' && alnum_cp(prev2)) space = false;   /* human-|made */
        else if (cp_is_cjk(prev) || cp_is_cjk(next)) space = false;      /* 2004 年 → 2004年 */
        else if (next == '-' && alnum_cp(prev) && (next2 == '\n' || (next2 == ' ' && hyphen_ends_line(s, n, j))))
            space = false;                                              /* human -|made */
        else if ((next == '-' || next == 0x2013) && alnum_cp(prev) && next2 && alnum_cp(next2) &&
                 !(next == '-' && next2 >= '0' && next2 <= '9' && !(prev >= '0' && prev <= '9')))
            space = false;                                              /* Secretary -General */
        if (space) out[k++] = ' ';
    }
    out[k] = 0;
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

char *join_lines(parser *p, size_t from, size_t to, size_t first_off) {
    strbuf b = {0};
    for (size_t i = from; i < to; i++) {
        unres_line *ln = &p->L.lines[i];
        if (ln->flags & (LINE_BLANK | LINE_DROP | LINE_MASTHEAD)) continue;
        size_t s = ln->start, e = ln->end;
        if (i == from && first_off > s && first_off <= e) s = first_off;
        if (b.n) sb_putc(&b, '\n');
        size_t c = first_cut(p, s);
        while (s < e) {
            if (c < p->cuts.n && p->cuts.v[c].start < e) {
                size_t cs = p->cuts.v[c].start > s ? p->cuts.v[c].start : s;
                sb_put(&b, p->L.text + s, cs - s);
                s = p->cuts.v[c].end > s ? p->cuts.v[c].end : s;
                c++;
            } else {
                sb_put(&b, p->L.text + s, e - s);
                s = e;
            }
        }
    }
    char *r = clean_text(p->arena, p->doc->lang, b.s ? b.s : "", b.n);
    sb_free(&b);
    return r;
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
    size_t pl = utf8_prev(t, e);
    uint32_t cp;
    if (!utf8_decode(t + e - pl, pl, &cp)) return false;
    return cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF1A || cp == 0x3002 || /* ，；：。 */
           cp == 0x060C || cp == 0x061B;                                   /* ، ؛ */
}
