/* footnotes.c: footnote calls.  PDF extraction turns superscript markers
 * into plain digits ("報告，1", "13 January 2010 3 and"), so a call is found
 * from what the footnote blocks say: footnote N sits at the foot of the page
 * that calls it, and calls come in numbering order.  A call is cut from the
 * paragraph text and listed in the paragraph's footnote_refs. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>

#define LN(i) (p->L.lines[i])

static bool dig(char c) { return c >= '0' && c <= '9'; }

/* The first ASCII digit in t[j, e), or e.  Sixteen bytes at a time: digits
 * turn below 10 under the XOR, and the lowest byte of a word flagged below 10
 * is a true one (a borrow only flags bytes above one). */
static size_t next_digit(const char *t, size_t j, size_t e) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, high = 0x80 * ones;
    for (uint64_t w, v; j + 16 <= e; j += 16) {
        memcpy(&w, t + j, 8);
        memcpy(&v, t + j + 8, 8);
        w ^= 0x30 * ones, v ^= 0x30 * ones;
        uint64_t f = (w - 10 * ones) & ~w & high, g = (v - 10 * ones) & ~v & high;
        if (f) return j + (size_t)(__builtin_ctzll(f) >> 3);
        if (g) return j + 8 + (size_t)(__builtin_ctzll(g) >> 3);
    }
#endif
    while (j < e && !dig(t[j])) j++;
    return j;
}

/* Whether a word of a table can start at s[0, n) as utf8_prefix_fold reads
 * it: an ASCII byte must be the word's ASCII first letter in either case.
 * Beyond ASCII the question is left to utf8_prefix_fold. */
static inline bool may_start(const char *s, size_t n, const char *w) {
    unsigned char a = n ? (unsigned char)s[0] : 0, b = (unsigned char)w[0];
    if (!n || a >= 0x80 || b >= 0x80 || b == ' ') return true;
    return (a >= 'A' && a <= 'Z' ? a + 32 : a) == (b >= 'A' && b <= 'Z' ? b + 32 : b);
}

static uint32_t cp_before(const char *t, size_t lo, size_t j) {
    if (j <= lo) return 0;
    size_t l = utf8_prev(t, j);
    uint32_t c = 0;
    utf8_decode(t + j - l, l, &c);
    return c;
}

static uint32_t cp_at(const char *t, size_t j, size_t hi) {
    uint32_t c = 0;
    if (j < hi) utf8_decode(t + j, hi - j, &c);
    return c;
}

static bool is_letter(uint32_t c) {
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= 0xC0 && c < 0x2000 && cp_fold(c) != 0);
}

/* The word of the list (case-insensitive) that t[s, e) is, or NULL. */
static const char *listed(const char *const *words, const char *t, size_t s, size_t e) {
    for (const char *const *w = words; w && *w; w++) {
        if (!may_start(t + s, e - s, *w)) continue;
        size_t l = strlen(*w);
        if (e - s == l && utf8_prefix_fold(t + s, l, *w) == l) return *w;
    }
    return NULL;
}

/* The word of the list (case-insensitive) right before t[j] (spaces
 * between), or NULL. */
static const char *word_before(const char *const *words, const char *t, size_t lo, size_t j) {
    size_t e = j;
    while (e > lo && t[e - 1] == ' ') e--;
    size_t s = e;
    while (s > lo && t[s - 1] != ' ') s--;
    return s < e ? listed(words, t, s, e) : NULL;
}

/* The word at t[k, hi): up to a space or clause punctuation; its end. */
static size_t word_end(const char *t, size_t k, size_t hi) {
    while (k < hi && t[k] != ' ' && t[k] != ',' && t[k] != ';' && t[k] != ':') k++;
    return k;
}

/* A lower-case letter at t[k]. */
static bool lower_at(const char *t, size_t k, size_t hi) {
    uint32_t c = cp_at(t, k, hi);
    return is_letter(c) && (c < 0x80 ? c >= 'a' : cp_fold(c) == c);
}

/* "Goals 2 for the benefit", "Goals 6 and associated": a lone number after
 * a plural the table lists names none of them, as a plural names a list
 * ("Goals 2 and 3", "paragraphs 2 to 5") or a number of something
 * ("paragraphs 2 of …").  So the number is a call when a lower-case word
 * follows it that is no such link, or a list word followed by a lower-case
 * word rather than a number. */
static bool lone_after_plural(parser *p, const char *t, size_t lo, size_t hi, size_t j, size_t m) {
    const char *const *nb = p->lt->number_before;
    const char *w = p->lt->number_plurals ? word_before(nb, t, lo, j) : NULL;
    bool plural = false;
    for (const char *const *x = p->lt->number_plurals; w && *x && !plural; x++) plural = !strcmp(*x, w);
    if (!plural) return false;
    size_t k = j + m;
    if (k >= hi || t[k] != ' ') return false;
    while (k < hi && t[k] == ' ') k++;
    if (!lower_at(t, k, hi)) return false;
    size_t ke = word_end(t, k, hi);
    if (!listed(nb, t, k, ke)) return true;
    /* "and", "to": a list goes on with a number, a clause with a word */
    if (!listed(p->lt->ref_letter_joins, t, k, ke) && !listed(p->lt->range_words, t, k, ke)) return false;
    if (ke >= hi || t[ke] != ' ') return false;
    while (ke < hi && t[ke] == ' ') ke++;
    return lower_at(t, ke, hi);
}

/* Is the digit run t[j, j+m) a plausible call?  lo/hi bound the line. */
static bool plausible(parser *p, const char *t, size_t lo, size_t hi, size_t j, size_t m) {
    uint32_t b = cp_before(t, lo, j), a = cp_at(t, j + m, hi);
    if (dig((char)b) && b < 0x80) return false;
    if (b == '/' || b == '-' || b == '(' || b == '.' || b == 0x2013 || b == '$' || b == 0x7B2C /* 第 */)
        return false;
    if (b == ',' && j >= lo + 2 && dig(t[j - 2]) && m == 3) return false; /* 1,000 */
    if (a && a < 0x80 && (dig((char)a) || a == '/' || a == '%' || a == '(' || is_letter(a))) return false;
    /* a paragraph number at the start of a line: "11. Encourages", "١١ -" */
    if (j == lo && (a == '.' || a == ')' || a == ' ' || a == 0)) return false;
    if ((a == '.' || a == '-' || a == ',') && j + m + 1 < hi && dig(t[j + m + 1])) return false;
    if (a == 0x2013 && j + m + 3 < hi && dig(t[j + m + 3])) return false;
    /* words that count what the number is: 2010 年, 第 59/50 号, 5 届 */
    size_t k = j + m;
    while (k < hi && t[k] == ' ') k++;
    uint32_t nx = cp_at(t, k, hi);
    for (const char *const *w = p->lt->number_after; w && *w; w++)
        if (may_start(t + k, hi - k, *w) && utf8_prefix_fold(t + k, hi - k, *w)) return false;
    if (k > j + m && nx && nx < 0x80 && dig((char)nx)) return false; /* 2 000 */
    /* a month after it: "9 November 2018" */
    if (k > j + m) {
        for (size_t q = 0; q < p->lt->n_months; q++) {
            const char *w = p->lt->months[q].word;
            if ((unsigned char)w[0] >= 'a' && may_start(t + k, hi - k, w) && utf8_prefix_fold(t + k, hi - k, w))
                return false;
        }
    }
    if (b == ' ' && word_before(p->lt->number_before, t, lo, j) && !lone_after_plural(p, t, lo, hi, j, m))
        return false;
    return true;
}

/* The paragraph containing line i: the last one that starts at or before it
 * and still runs there. */
static int para_of_line(parser *p, size_t i) {
    size_t lo = 0, hi = p->paras.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->paras.v[mid].from <= i) lo = mid + 1;
        else hi = mid;
    }
    for (long k = (long)lo - 1; k >= 0; k--)
        if (p->paras.v[k].to > i && p->paras.v[k].from <= i) return (int)k;
    return -1;
}

static int cmp_span(const void *a, const void *b) {
    const unres_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Searches lines [from, to) from byte offset *pos for the marker.  Returns the
 * line index or (size_t)-1; *at is the marker's offset. */
static size_t search(parser *p, const char *mk0, size_t from, size_t to, int page, size_t pos, size_t *at) {
    const char *t = p->L.text;
    /* "1/" style markers are called as "1/" too; at most 15 bytes */
    const char *part[3] = {"", mk0, ""};
    if (p->paren_markers && mk0[0] != '*') part[0] = "(", part[2] = ")";
    else if (p->slash_markers && mk0[0] != '*') part[2] = "/";
    char mk[16];
    size_t m = 0;
    for (int q = 0; q < 3; q++)
        for (const char *c = part[q]; *c && m < sizeof mk - 1; c++) mk[m++] = *c;
    mk[m] = 0;
    bool star = mk[0] == '*';
    for (size_t i = from; i < to; i++) {
        unres_line *ln = &LN(i);
        if (page >= 0 && ln->page != page) continue;
        if (ln->flags & (LINE_BLANK | LINE_DROP)) continue;
        size_t lo = ln->start, hi = ln->end;
        size_t j = pos > lo ? pos : lo;
        for (; j + m <= hi; j++) {
            /* jump to the next place the marker's first byte stands */
            const char *q = memchr(t + j, mk[0], hi - m + 1 - j);
            if (!q) break;
            j = (size_t)(q - t);
            if (memcmp(t + j, mk, m) != 0) continue;
            if (star || mk[0] == '(') {
                /* "(1)" is distinctive wherever it stands */
                if (star && ((j > lo && t[j - 1] == '*') || (j + m < hi && t[j + m] == '*'))) continue;
            } else if (!plausible(p, t, lo, hi, j, m - (mk[m - 1] == '/'))
                       && !(mk[m - 1] == '/' && (j + m == hi || t[j + m] == ' ' || t[j + m] == ','))) {
                continue;
            }
            *at = j;
            return i;
        }
    }
    return (size_t)-1;
}

/* Whether a paragraph starts at the first body line after line i: then line
 * i closes its paragraph.  Paragraphs are stored in the order of their lines. */
static bool closes_paragraph(parser *p, size_t i, size_t lim) {
    size_t k = i + 1;
    while (k < lim && (LN(k).flags & (LINE_BLANK | LINE_DROP | LINE_MASTHEAD))) k++;
    if (k >= lim) return true;
    size_t lo = 0, hi = p->paras.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->paras.v[mid].from < k) lo = mid + 1;
        else hi = mid;
    }
    return lo < p->paras.n && p->paras.v[lo].from == k;
}

/* A footnote called again later.  Only shapes where the number is never part
 * of the text are taken:
 * - after a clause's punctuation and a space, the punctuation not after a
 *   number, closing the line or followed by a lower-case word: "…Energy
 *   Agency; 1" at a line's end, "Court, 2 and also notes";
 * - glued to a number's comma at the end of a paragraph, which always closes
 *   on punctuation: "…priorities of UNISPACE+50,1";
 * - a lone number after a plural that counts numbers: "Goals 2 for the". */
static void recalls(parser *p) {
    const char *t = p->L.text;
    /* a recall's marker was called on an earlier line: none before the first
     * call.  by_num[len - 1][value]: the first footnote called with that
     * marker of one to three digits, plus one (0: none) */
    size_t first = (size_t)-1;
    for (size_t f = 0; f < p->fns.n; f++)
        if (p->fns.v[f].called && p->fns.v[f].marker && p->fns.v[f].call_line < first) first = p->fns.v[f].call_line;
    if (first == (size_t)-1) return;
    uint32_t (*by_num)[1000] = arena_alloc(p->arena, 3 * sizeof *by_num);
    for (size_t f = p->fns.n; f-- > 0;) {
        const char *mk = p->fns.v[f].marker;
        size_t l = mk ? strlen(mk) : 0;
        if (!p->fns.v[f].called || l < 1 || l > 3 || !dig(mk[0]) || (l > 1 && !dig(mk[1])) || (l > 2 && !dig(mk[2])))
            continue;
        by_num[l - 1][atoi(mk)] = (uint32_t)f + 1;
    }
    /* the first calls' cuts, in text order: a recall is never cut twice */
    size_t n_first = p->cuts.n;
    if (n_first > 1) qsort(p->cuts.v, n_first, sizeof *p->cuts.v, cmp_span);
    const unsigned skip = LINE_DROP | LINE_MASTHEAD;
    size_t lim = p->body_end < p->L.n_lines ? p->body_end : p->L.n_lines;
    for (size_t i = first + 1 > p->body_start ? first + 1 : p->body_start; i < lim; i++) {
        if (LN(i).flags & skip) continue;
        /* lines that follow one another (blank ones hold no digit) are
         * scanned as one stretch of text */
        size_t last = i;
        while (last + 1 < lim && !(LN(last + 1).flags & skip)) last++;
        size_t hi = LN(last).end;
        for (size_t j = LN(i).start + 2; (j = next_digit(t, j, hi)) < hi; j++) {
            while (LN(i).end <= j) i++;
            unres_line *ln = &LN(i);
            if (j < ln->start + 2 || dig(t[j - 1])) continue;
            size_t e = j;
            while (e < ln->end && dig(t[e]) && e - j < 4) e++;
            if (e - j > 3) continue;
            int v = 0;
            for (size_t q = j; q < e; q++) v = v * 10 + (t[q] - '0');
            uint32_t f1 = by_num[e - j - 1][v];
            if (!f1 || p->fns.v[f1 - 1].call_line >= i) continue;
            char b = t[j - 1], pc = t[j - 2];
            size_t cs = j - 1; /* the cut takes the space before */
            if (b == ' ' && (pc == ',' || pc == ';' || pc == '.' || pc == ':')) {
                if (j >= ln->start + 3 && dig(t[j - 3])) continue;
                if (!(e == ln->end || (e + 1 < ln->end && t[e] == ' ' && t[e + 1] >= 'a' && t[e + 1] <= 'z')))
                    continue;
            } else if ((b == ',' || b == ';') && dig(pc)) {
                /* "1,000" has three digits; a number's comma goes on within its paragraph */
                if (e - j > 2 || e != ln->end || !closes_paragraph(p, i, lim)) continue;
                cs = j;
            } else if (!(b == ' ' && lone_after_plural(p, t, ln->start, ln->end, j, e - j)))
                continue;
            /* a first call here already: the last cut starting at or before it */
            size_t lo = 0, up = n_first;
            while (lo < up) {
                size_t mid = (lo + up) / 2;
                if (p->cuts.v[mid].start <= j) lo = mid + 1;
                else up = mid;
            }
            if (lo > 0 && p->cuts.v[lo - 1].end == e) continue;
            int k = para_of_line(p, i);
            if (k < 0) continue;
            unres_span cut = {cs, e};
            VEC_PUSH(p->arena, p->cuts, cut);
            VEC_PUSH(p->arena, p->paras.v[k].fnrefs, p->fns.v[f1 - 1].marker);
        }
        i = last;
    }
}

void footnotes_place(parser *p) {
    unres_doc *d = p->doc;
    size_t n = p->L.n_lines;
    size_t cur_line = 0, cur_pos = 0;
    /* the first line of each page; page_first[npages] = n */
    int npages = n ? p->L.lines[n - 1].page + 1 : 1;
    size_t *page_first = arena_alloc(p->arena, ((size_t)npages + 1) * sizeof *page_first);
    for (int q = 0; q <= npages; q++) page_first[q] = n;
    for (size_t i = n; i-- > 0;) page_first[p->L.lines[i].page] = i;
    for (int q = npages - 1; q >= 0; q--)
        if (page_first[q] > page_first[q + 1]) page_first[q] = page_first[q + 1];
    for (size_t f = 0; f < p->fns.n; f++) {
        fn_def *fd = &p->fns.v[f];
        if (!fd->marker) continue;
        size_t at = 0, li;
        /* on its own page first, after the previous call; then anywhere after it */
        size_t from = cur_line;
        size_t pos = cur_pos;
        /* only the footnote's page and its neighbours: a search of the whole
         * text per footnote would make many footnotes quadratic */
        int pg = fd->page;
        size_t lo = page_first[pg > 0 ? pg - 1 : 0], hi = page_first[pg + 2 <= npages ? pg + 2 : npages];
        if (from < lo) from = lo, pos = 0;
        li = search(p, fd->marker, from, hi, pg, pos, &at);
        if (li == (size_t)-1) li = search(p, fd->marker, page_first[pg], hi, pg, 0, &at);
        if (li == (size_t)-1 && fd->marker[0] != '*') li = search(p, fd->marker, from, hi, -1, pos, &at);
        if (li == (size_t)-1) {
            warn(p, fd->start, "footnote_call_not_found", "no call found for footnote %s", fd->marker);
            continue;
        }
        fd->called = true;
        fd->call_line = li;
        cur_line = li;
        cur_pos = at + strlen(fd->marker);
        int k = (LN(li).flags & LINE_MASTHEAD) ? -1 : para_of_line(p, li);
        if (k >= 0 && li < p->body_end) {
            /* "organizations, 1": the call and the space before it */
            size_t s = at;
            while (s > LN(li).start && p->L.text[s - 1] == ' ') s--;
            size_t ml = strlen(fd->marker) + (fd->marker[0] == '*' ? 0 : p->paren_markers ? 2 : p->slash_markers);
            unres_span cut = {s, at + ml};
            VEC_PUSH(p->arena, p->cuts, cut);
            VEC_PUSH(p->arena, p->paras.v[k].fnrefs, fd->marker);
        }
    }
    recalls(p);
    if (p->cuts.n > 1) qsort(p->cuts.v, p->cuts.n, sizeof *p->cuts.v, cmp_span);

    d->footnotes = arena_alloc(p->arena, (p->fns.n + 1) * sizeof *d->footnotes);
    for (size_t f = 0; f < p->fns.n; f++) {
        fn_def *fd = &p->fns.v[f];
        unres_footnote *o = &d->footnotes[d->n_footnotes++];
        if (!fd->marker) {
            warn(p, fd->start, "footnote_without_marker", "a footnote text has no marker");
            o->marker = arena_printf(p->arena, "?%zu", f + 1);
        } else
            o->marker = fd->marker;
        o->text = join_text(p, p->L.text + fd->start, fd->end - fd->start);
        if (fd->cont_end) {
            const char *more = join_text(p, p->L.text + fd->cont_start, fd->cont_end - fd->cont_start);
            o->text = arena_printf(p->arena, "%s %s", o->text, more);
        }
        o->span.start = fd->start;
        o->span.end = fd->end;
    }
}
