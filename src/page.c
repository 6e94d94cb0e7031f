/* page.c: page cleanup.  Marks what the printed page added to the text:
 * job numbers, barcodes, page numbers, running heads, and the footnote
 * blocks under the rule, whose entries it collects.  Nothing is deleted: lines
 * are flagged, so offsets into the source stay valid. */
#include "internal.h"
#include <stdlib.h>

#define LN(i) (p->L.lines[i])
#define TXT(i) (p->L.text + LN(i).start)
#define LEN(i) (LN(i).end - LN(i).start)

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* One furniture token at s: a job number (24-21660, 24-21660 (E), 10-54244*),
 * a barcode (*2421660*), a page number (2/4), a print date (170925).
 * Returns its length or 0. */
static size_t furniture_token(const char *s, size_t n) {
    size_t i = 0;
    if (n >= 8 && s[0] == '*') {
        i = 1;
        while (i < n && is_digit(s[i])) i++;
        if (i >= 8 && i < n && s[i] == '*') return i + 1;
        return 0;
    }
    while (i < n && is_digit(s[i])) i++;
    if (i == 2 && i < n && s[i] == '-') {
        size_t j = 3;
        while (j < n && is_digit(s[j])) j++;
        if (j - 3 != 5) return 0;
        if (j < n && s[j] == '*') j++;
        /* language letter: " (E)" */
        size_t k = j;
        while (k < n && s[k] == ' ') k++;
        if (k + 2 < n && s[k] == '(' && s[k + 2] == ')' && s[k + 1] >= 'A' && s[k + 1] <= 'Z') j = k + 3;
        return j;
    }
    if (i >= 1 && i <= 3 && i < n && s[i] == '/') {
        size_t j = i + 1;
        while (j < n && is_digit(s[j])) j++;
        if (j > i + 1 && j - i - 1 <= 3) return j;
        return 0;
    }
    if (i == 6) return i; /* print date next to a job number: 170925 */
    return 0;
}

static inline unsigned char fold_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* False if no page word ("Page 2") can start s[0..n): its first letter and
 * the text's are ASCII and differ (utf8_prefix_fold compares them as such). */
static bool page_word_at(const unres_lang_table *lt, const char *s, size_t n) {
    for (const char *const *w = lt->page_words; w && *w && n < 16; w++) {
        unsigned char a = n ? (unsigned char)s[0] : 0, b = (unsigned char)(*w)[0];
        if (!(a && a < 0x80 && b && b < 0x80 && b != ' ' && fold_ascii(a) != fold_ascii(b))) return true;
    }
    return false;
}

static bool furniture_tokens(const unres_lang_table *lt, const char *s, size_t n) {
    size_t i = 0;
    /* "Page 2" in older typescripts */
    for (const char *const *w = lt->page_words; w && *w && n < 16; w++) {
        size_t m = utf8_prefix_fold(s, n, *w);
        if (!m || m >= n || s[m] != ' ') continue;
        for (i = m + 1; i < n && is_digit(s[i]); i++) {}
        if (i == n && is_digit(s[m + 1])) return true;
        i = 0;
    }
    bool any = false, strong = false;
    /* a barcode opens the line: what follows is print furniture too ("Please recycle") */
    if (n >= 9 && s[0] == '*' && furniture_token(s, n) >= 9) {
        size_t k = furniture_token(s, n), rest = 0;
        for (; k < n; k++)
            if (s[k] != ' ') rest++;
        if (rest < 24) return true;
    }
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        if (i >= n) break;
        size_t t = furniture_token(s + i, n - i);
        if (!t || (i + t < n && s[i + t] != ' ')) return false;
        /* a lone six-digit number is not furniture by itself */
        if (!(t == 6 && is_digit(s[i]))) strong = true;
        any = true;
        i += t;
    }
    return any && strong;
}

/* A line made only of furniture tokens. */
static inline bool furniture_line(const unres_lang_table *lt, const char *s, size_t n) {
    if (!n) return false;
    unsigned char c = (unsigned char)s[0];
    if (c != ' ' && c != '*' && (n >= 16 || !page_word_at(lt, s, n))) {
        /* most lines: only a token of digits could start them (24-21660,
         * 2/4, 170925), and most do not */
        if (!is_digit((char)c)) return false;
        size_t d = 1;
        while (d < n && is_digit(s[d])) d++;
        if (d < n && s[d] != '-' && s[d] != '/' && d != 6) return false;
    }
    return furniture_tokens(lt, s, n);
}

static inline bool rule_line(const char *s, size_t n) {
    if (n < 5 || s[0] != '_') return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') return false;
    return true;
}

/* A footnote marker token at s: 1–3 digits or 1–3 asterisks.  Returns its
 * length, 0 if none; *val gets the number (0 for asterisks). */
static size_t marker_token(const char *s, size_t n, int *val) {
    size_t i = 0;
    if (n && s[0] == '*') {
        while (i < n && i < 3 && s[i] == '*') i++;
        *val = 0;
        return i;
    }
    int v = 0;
    /* Arabic texts write markers "(1)" */
    if (n >= 3 && s[0] == '(' && is_digit(s[1])) {
        i = 1;
        while (i < n && i < 5 && is_digit(s[i])) v = v * 10 + (s[i++] - '0');
        if (i < n && s[i] == ')' && i <= 4) {
            *val = v;
            return i + 1;
        }
        return 0;
    }
    while (i < n && i < 4 && is_digit(s[i])) v = v * 10 + (s[i++] - '0');
    if (!i || i > 3) return 0;
    /* older Security Council texts write markers "1/" */
    if (i < n && s[i] == '/' && (i + 1 == n || s[i + 1] == ' ')) i++;
    *val = v;
    return i;
}

/* The marker as printed, without the slash of "1/" (the parser notes the style). */
static const char *marker_dup(parser *p, const char *s, size_t m) {
    if (m > 1 && s[m - 1] == '/') {
        p->slash_markers = true;
        m--;
    }
    if (m > 2 && s[0] == '(' && s[m - 1] == ')') {
        p->paren_markers = true;
        s++;
        m -= 2;
    }
    return arena_strndup(p->arena, s, m);
}

/* Double-spaced extraction (a blank line after every line): there, two text
 * lines with no blank between them mean the page turned. */
static bool double_spaced(parser *p) {
    size_t nonblank = 0, followed = 0;
    for (size_t i = 0; i + 1 < p->L.n_lines; i++) {
        if (LN(i).flags & LINE_BLANK) continue;
        nonblank++;
        if (LN(i + 1).flags & LINE_BLANK) followed++;
    }
    return nonblank > 10 && followed * 10 > nonblank * 8;
}

static void push_fn(parser *p, const char *marker, size_t start, size_t end, int page) {
    fn_def f = {marker, start, end, page, false, 0, 0, 0};
    VEC_PUSH(p->arena, p->fns, f);
}

/* A line of job numbers only (24-21660, 24-21660 (E) 170925). */
static bool job_line(const char *s, size_t n) {
    return n >= 8 && is_digit(s[0]) && is_digit(s[1]) && s[2] == '-' && furniture_line(&unres_lang_en, s, n);
}

static bool barcode_line(const char *s, size_t n) { return n >= 9 && s[0] == '*' && is_digit(s[1]); }

static bool starts_capital(const char *s, size_t n) {
    uint32_t c;
    if (!utf8_decode(s, n, &c)) return false;
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && cp_fold(c) != c);
}

/* The next content line of a footnote block after line i, or n. */
static size_t block_next(parser *p, size_t i) {
    for (size_t k = i + 1; k < p->L.n_lines; k++) {
        if (LN(k).flags & LINE_PAGEBREAK) return p->L.n_lines;
        if (LN(k).flags & LINE_FURNITURE) {
            if (!barcode_line(TXT(k), LEN(k))) continue;
            return p->L.n_lines;
        }
        if (!(LN(k).flags & LINE_BLANK)) return k;
    }
    return p->L.n_lines;
}

typedef struct {
    const char *marker;
    size_t s, e;
} fn_entry;

/* Reads the footnote block that starts after the rule at line r; returns the
 * first line after it.  Entries come as "1 Text" (one line, Chinese and most
 * extractions), as "1" alone followed by text lines (pdftotext -layout), or, in
 * plain pdftotext, as a run of lone markers before their texts, or a marker
 * after its text. */
static size_t footnote_block(parser *p, size_t r, int *next_num) {
    size_t i = r + 1, n = p->L.n_lines;
    bool ruled = LN(r).flags & LINE_RULE;
    bool raw = !p->L.layout && !p->dbl;
    int page = LN(r).page;
    VEC(const char *) pending = {0};
    size_t pend_head = 0;
    VEC(fn_entry) ents = {0};
    bool cur_done = true; /* the current entry's text ended with a full stop */
    for (; i < n; i++) {
        unres_line *ln = &LN(i);
        if ((i > r + 1 || !ruled) && (ln->flags & LINE_PAGEBREAK)) break;
        if (ln->flags & LINE_BLANK) continue;
        /* plain pdftotext puts the job number in the middle of the block */
        if (ln->flags & LINE_FURNITURE) {
            /* ... and the page number too, before texts whose markers came first */
            if (raw && (job_line(TXT(i), LEN(i)) || (pend_head < pending.n && !barcode_line(TXT(i), LEN(i)))))
                continue;
            break;
        }
        if (rule_line(TXT(i), LEN(i))) break;
        const char *s = TXT(i);
        size_t len = LEN(i);
        if (raw && symbol_scan(s, len, NULL, 0) == len) break; /* the next page's running head */
        int v = 0;
        size_t m = marker_token(s, len, &v);
        ln->flags |= LINE_FOOTNOTE;
        if (m && m == len && (v == 0 || v <= *next_num + 20)) {
            const char *mk = marker_dup(p, s, m);
            size_t nx = block_next(p, i);
            int v2;
            bool text_follows = nx < n && !(marker_token(TXT(nx), LEN(nx), &v2) == LEN(nx));
            /* a marker after its text belongs to an entry still without one */
            fn_entry *orphan = NULL;
            for (size_t k = 0; k < ents.n; k++)
                if (!ents.v[k].marker) { orphan = &ents.v[k]; break; }
            if (orphan && (!text_follows || (v && v < *next_num)))
                orphan->marker = mk;
            else
                VEC_PUSH(p->arena, pending, mk);
            if (v >= *next_num) *next_num = v + 1;
            continue;
        }
        size_t ts = ln->start, te = ln->end;
        const char *mk = NULL;
        bool starts = false;
        if (m && m < len && (s[m] == ' ' || (unsigned char)s[m] >= 0x80) && (v == 0 || v == *next_num)) {
            mk = marker_dup(p, s, m);
            ts += m;
            while (ts < te && p->L.text[ts] == ' ') ts++;
            if (v) *next_num = v + 1;
            starts = true;
        } else if (pend_head < pending.n && (cur_done || !ents.n)) {
            mk = pending.v[pend_head++];
            starts = true;
        } else if (!ents.n) {
            starts = true; /* text whose marker comes later (or never) */
        } else if (raw && cur_done && starts_capital(s, len)) {
            starts = true; /* in plain pdftotext, a marker may follow its text */
        }
        if (starts) {
            fn_entry e = {mk, ts, te};
            VEC_PUSH(p->arena, ents, e);
        } else {
            ents.v[ents.n - 1].e = te;
        }
        char last = p->L.text[te - 1];
        cur_done = last == '.' || (te >= 3 && memcmp(p->L.text + te - 3, "\xE3\x80\x82", 3) == 0);
    }
    /* leftover lone markers go to entries that had none, in order; an entry
     * left without a marker was a continuation of the one before */
    for (size_t k = 0; k < ents.n && pend_head < pending.n; k++)
        if (!ents.v[k].marker) ents.v[k].marker = pending.v[pend_head++];
    for (size_t k = 0; k < ents.n; k++) {
        /* a block that opens without a marker continues the last note of the
         * page before ("… A/AC.105/1166," / "A/AC.105/1168, …") */
        if (k == 0 && !ents.v[0].marker && ruled && p->fns.n && !p->fns.v[p->fns.n - 1].cont_end &&
            p->fns.v[p->fns.n - 1].page < page) {
            p->fns.v[p->fns.n - 1].cont_start = ents.v[0].s;
            p->fns.v[p->fns.n - 1].cont_end = ents.v[0].e;
            continue;
        }
        if (!ents.v[k].marker && k > 0 && raw) {
            size_t j = p->fns.n - 1;
            if (p->fns.v[j].end < ents.v[k].e) p->fns.v[j].end = ents.v[k].e;
            continue;
        }
        push_fn(p, ents.v[k].marker, ents.v[k].s, ents.v[k].e, page);
    }
    return i;
}

/* The numbers that lines of the page before line i close with, after a
 * sentence or clause and a space ("Adopted at the 2nd meeting. 22"): the
 * calls of notes that have no rule above them.  A bit per number below 1000;
 * a printed page's lines at most (a page may be called at every one of its
 * furniture lines). */
static void page_calls(parser *p, size_t i, uint64_t calls[16]) {
    int page = LN(i).page;
    for (size_t k = i; k-- > 0 && i - k <= 200 && LN(k).page == page;) {
        const char *s = TXT(k);
        size_t n = LEN(k), d = n;
        while (d > 0 && n - d < 3 && is_digit(s[d - 1])) d--;
        if (d == n || d < 3 || s[d - 1] != ' ' || !strchr(".;:,", s[d - 2])) continue;
        int v = 0;
        for (size_t j = d; j < n; j++) v = v * 10 + (s[j] - '0');
        calls[v >> 6] |= 1ull << (v & 63);
    }
}

/* A page's last lines, if they are notes after a blank line, are a footnote
 * block without a rule: asterisk notes, "1/" notes, and "22 Text" notes
 * whose number a line of the page closes with (*calls, read when first
 * needed).  Returns the note's number (0 for the first two forms), or -1. */
static int note_start(parser *p, size_t i, uint64_t calls[16], bool *have_calls) {
    const char *s = TXT(i);
    size_t n = LEN(i), m = 0;
    if (n > 2 && s[0] == '*') {
        while (m < n && s[m] == '*') m++;
        return m <= 3 && s[m] == ' ' ? 0 : -1;
    }
    int v = 0;
    while (m < n && m < 3 && is_digit(s[m])) v = v * 10 + (s[m++] - '0');
    if (!m || m + 1 >= n) return -1;
    if (s[m] == '/' && s[m + 1] == ' ') return 0;
    if (s[m] != ' ' || !starts_capital(s + m + 1, n - m - 1)) return -1;
    if (!*have_calls) page_calls(p, i, calls), *have_calls = true;
    return calls[v >> 6] >> (v & 63) & 1 ? v : -1;
}

static void star_block(parser *p, size_t last, int *next_num) {
    /* back over groups of lines that each open with a note marker */
    size_t first = (size_t)-1, k = last + 1;
    uint64_t calls[16] = {0};
    bool have_calls = false;
    int v = -1, first_v = 0;
    while (k > 0) {
        size_t g = k - 1;
        while (g > 0 && !(LN(g - 1).flags & (LINE_BLANK | LINE_FURNITURE | LINE_RULE))) g--;
        if ((v = note_start(p, g, calls, &have_calls)) < 0) break;
        first = g;
        first_v = v;
        k = g;
        while (k > 0 && (LN(k - 1).flags & LINE_BLANK)) k--;
        if (k == 0 || (LN(k - 1).flags & (LINE_FURNITURE | LINE_RULE))) break;
    }
    if (first == (size_t)-1 || first == 0 || !(LN(first - 1).flags & LINE_BLANK)) return;
    /* numbered notes go on from their first number, which its call confirms
     * (compilations number their notes through the volume) */
    if (first_v > *next_num) *next_num = first_v;
    size_t e = footnote_block(p, first - 1, next_num);
    for (size_t j = first; j < e; j++) LN(j).flags |= LINE_DROP;
}

/* Text that other extractors wrote as Markdown: YAML front matter, "---"
 * rules and footnotes "[^1]: text" with indented continuation lines.  The
 * front matter first: */
static void front_matter(parser *p) {
    size_t n = p->L.n_lines, i = 0;
    while (i < n && (LN(i).flags & LINE_BLANK)) i++;
    if (i < n && LEN(i) == 3 && !memcmp(TXT(i), "---", 3)) {
        size_t k = i + 1;
        while (k < n && !(LEN(k) == 3 && !memcmp(TXT(k), "---", 3))) k++;
        if (k < n)
            for (size_t j = i; j <= k; j++) LN(j).flags |= LINE_DROP | LINE_FURNITURE;
    }
}

/* ... then, line by line, a rule or a footnote at line i (neither blank nor
 * dropped); returns the next line to look at, past a footnote's lines. */
static size_t markdown_line(parser *p, size_t i) {
    const char *s = TXT(i);
    size_t len = LEN(i), n = p->L.n_lines;
    if (len == 3 && !memcmp(s, "---", 3)) {
        LN(i).flags |= LINE_DROP | LINE_FURNITURE;
        return i + 1;
    }
    if (len < 5 || s[0] != '[' || s[1] != '^') return i + 1;
    size_t m = 2;
    while (m < len && s[m] != ']' && m < 8) m++;
    if (m >= len || m == 2 || m + 1 >= len || s[m + 1] != ':') return i + 1;
    size_t ts = LN(i).start + m + 2, te = LN(i).end;
    while (ts < te && p->L.text[ts] == ' ') ts++;
    LN(i).flags |= LINE_DROP | LINE_FOOTNOTE;
    size_t k = i + 1;
    for (; k < n; k++) {
        if (LN(k).flags & LINE_BLANK) continue;
        if (LN(k).indent < 2) break;
        LN(k).flags |= LINE_DROP | LINE_FOOTNOTE;
        te = LN(k).end;
    }
    push_fn(p, arena_strndup(p->arena, s + 2, m - 2), ts, te, LN(i).page);
    return k;
}

/* The first bytes that may open furniture (digits, '*', ' '), a rule ('_')
 * or Markdown ('-', '['); a line of 16 bytes or more that starts otherwise
 * is none of these. */
static const bool opens[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['*'] = 1, [' '] = 1, ['_'] = 1, ['-'] = 1, ['['] = 1,
};

void page_cleanup(parser *p) {
    size_t n = p->L.n_lines;
    bool has_ff = false;
    for (size_t i = 0; i < n && !has_ff; i++)
        if (LN(i).flags & LINE_PAGEBREAK) has_ff = true;
    bool dbl = p->dbl = !has_ff && double_spaced(p);

    /* furniture, and page numbering where the text has no form feeds; then
     * Markdown (which needs the line's furniture, and its page) */
    front_matter(p);
    int page = 0;
    bool prev_furn = false;
    size_t md_next = 0;
    for (size_t i = 0; i < n; i++) {
        unres_line *ln = &LN(i);
        if (ln->flags & LINE_BLANK) {
            if (!has_ff) ln->page = page;
            continue;
        }
        const char *s = TXT(i);
        size_t len = LEN(i);
        bool furn = false, opener = len && (len < 16 || opens[(unsigned char)s[0]]);
        if (opener) {
            furn = furniture_line(p->lt, s, len);
            if (furn) ln->flags |= LINE_FURNITURE | LINE_DROP;
            else if (rule_line(s, len)) ln->flags |= LINE_RULE | LINE_DROP;
        }
        if (!has_ff) {
            if (!furn && prev_furn) {
                page++;
                ln->flags |= LINE_PAGEBREAK;
            } else if (dbl && i > 0 && !(LN(i - 1).flags & LINE_BLANK) && !furn) {
                page++;
                ln->flags |= LINE_PAGEBREAK;
            }
            ln->page = page;
        }
        prev_furn = furn;
        if (opener && i >= md_next && !(ln->flags & LINE_DROP) && (s[0] == '-' || s[0] == '['))
            md_next = markdown_line(p, i);
    }

    /* footnote blocks: from a rule to the end of its page */
    int next_num = 1;
    int ruled_page = -1;
    size_t last = n; /* the content line before i, if only blank lines follow it */
    for (size_t i = 0; i <= n; i++) {
        unsigned f = i < n ? LN(i).flags : LINE_PAGEBREAK;
        if ((f & (LINE_BLANK | LINE_PAGEBREAK | LINE_FURNITURE)) == LINE_BLANK) continue;
        if (last < n) {
            /* the end of a page without a rule (furniture, a page break or the
             * end of the text follows its last content line): a sponsors' note
             * "* Any changes…" may still stand at its foot */
            if ((f & (LINE_PAGEBREAK | LINE_FURNITURE)) && LN(last).page != ruled_page) star_block(p, last, &next_num);
            last = n;
        }
        if (i == n) break;
        if (!(f & LINE_RULE)) {
            if (!(f & (LINE_BLANK | LINE_FURNITURE))) last = i;
            continue;
        }
        ruled_page = LN(i).page;
        size_t e = footnote_block(p, i, &next_num);
        for (size_t k = i + 1; k < e; k++) LN(k).flags |= LINE_DROP;
        i = e - 1;
    }
}

/* Collapses white space of a line into out (for comparisons). */
static size_t squeeze(const char *s, size_t n, char *out, size_t cap) {
    size_t k = 0;
    bool sp = false;
    if (n < cap) {
        /* the usual case: out cannot fill up, as k <= i < n < cap */
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            if ((unsigned char)c <= ' ' && (c == ' ' || c == '\t')) {
                sp = k > 0;
                continue;
            }
            out[k] = ' ';
            k += sp;
            sp = false;
            out[k++] = c;
        }
        out[k] = 0;
        return k;
    }
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        if (s[i] == ' ' || s[i] == '\t') { sp = k > 0; continue; }
        if (sp && k + 2 < cap) out[k++] = ' ';
        sp = false;
        out[k++] = s[i];
    }
    out[k] = 0;
    return k;
}

/* Pairs of bytes hashed to 64 bits, to tell that a line is no part of
 * another without searching it: the pairs of a line t at every fourth
 * offset (0, 4, 8 …); a line that t holds at offset o has these pairs at
 * the offsets that are -o modulo 4, all of them. */
static inline uint64_t pair_bit(const char *s) {
    return 1ull << ((unsigned)((unsigned char)s[0] << 8 | (unsigned char)s[1]) * 0x9E3779B1u >> 26);
}

static uint64_t pairs_every4(const char *t, size_t n) {
    uint64_t b = 0;
    for (size_t i = 0; i + 1 < n; i += 4) b |= pair_bit(t + i);
    return b;
}

/* True if the symbol token (symlen bytes, not 0) stands at s+j. */
static inline bool symbol_at(const char *s, size_t n, size_t j, const char *sym, size_t symlen) {
    return s[j] == sym[0] && j + symlen <= n && memcmp(s + j, sym, symlen) == 0 &&
           (j + symlen == n || s[j + symlen] == ' ');
}

/* Removes the symbol token (symlen bytes, or none) from a line; true if what
 * is left (squeezed) is empty or a part of the title. */
static bool head_line(parser *p, size_t i, const char *sym, size_t symlen, const char *title_sq,
                      bool *had_symbol) {
    enum { CAP = 1024 };
    char sq[CAP];
    const char *s = TXT(i);
    size_t n = LEN(i), k = 0, m = 0;
    bool sp = false, checked = false;
    *had_symbol = false;
    /* the line's first CAP - 1 bytes without the symbol, squeezed as they
     * are copied (squeeze never fills sq: m < k) */
    for (size_t j = 0; j < n && k + 1 < CAP;) {
        if (symlen && symbol_at(s, n, j, sym, symlen)) {
            *had_symbol = true;
            j += symlen;
            continue;
        }
        char c = s[j++];
        k++;
        if (c == ' ' || c == '\t') {
            sp = m > 0;
            continue;
        }
        if (sp) sq[m++] = ' ';
        sp = false;
        sq[m++] = c;
        if (m >= 8 && !checked) {
            /* a line whose start is not in the title is no part of it: only
             * the symbol is left to look for, up to where the copy would stop */
            checked = true;
            sq[m] = 0;
            if (title_sq && strstr(title_sq, sq)) continue;
            if (!symlen || *had_symbol || k + 1 >= CAP) return false;
            size_t end = j + (CAP - 2 - k) + 1 < n ? j + (CAP - 2 - k) + 1 : n;
            while (j < end) {
                const char *q = memchr(s + j, sym[0], end - j);
                if (!q) break;
                j = (size_t)(q - s);
                if (symbol_at(s, n, j, sym, symlen)) {
                    *had_symbol = true;
                    break;
                }
                j++;
            }
            return false;
        }
    }
    sq[m] = 0;
    if (!m) return *had_symbol;
    if (m < 8 && !*had_symbol) return false;
    return title_sq && strstr(title_sq, sq) != NULL;
}

/* True if the text of line j also stands among the first lines of another page. */
/* The first lines of each page, squeezed, to compare running heads with. */
typedef struct {
    int page;
    const char *line[4];
    size_t len[4];
    uint64_t pairs[4]; /* pairs_every4 */
} page_top;

static size_t collect_tops(parser *p, page_top *tops, size_t max) {
    size_t nt = 0;
    for (size_t i = 1; i < p->L.n_lines && nt < max; i++) {
        if (!(LN(i).flags & LINE_PAGEBREAK)) continue;
        page_top *t = &tops[nt++];
        memset(t, 0, sizeof *t);
        t->page = LN(i).page;
        size_t seen = 0;
        for (size_t k = i; k < p->L.n_lines && seen < 4; k++) {
            if (LN(k).flags & (LINE_BLANK | LINE_FURNITURE)) continue;
            if (k > i && (LN(k).flags & LINE_PAGEBREAK)) break;
            char b[512];
            t->len[seen] = squeeze(TXT(k), LEN(k), b, sizeof b);
            t->line[seen] = arena_strndup(p->arena, b, t->len[seen]);
            t->pairs[seen] = pairs_every4(b, t->len[seen]);
            seen++;
        }
    }
    return nt;
}

/* False if a line whose pairs are ap (by offset modulo 4) cannot stand in a
 * line whose pairs_every4 are tp. */
static inline bool holds_pairs(uint64_t tp, const uint64_t ap[4]) {
    return !(ap[0] & ~tp) || !(ap[1] & ~tp) || !(ap[2] & ~tp) || !(ap[3] & ~tp);
}

/* True if the text of line j also stands among the first lines of another page. */
static bool recurs_at_tops(parser *p, size_t j, const page_top *tops, size_t nt) {
    char a[512];
    size_t al = squeeze(TXT(j), LEN(j), a, sizeof a);
    if (al < 6) return false;
    uint64_t ap[4] = {0}; /* a's pairs at offsets 0, 1, 2, 3 modulo 4 */
    for (size_t i = 0; al > 12 && i + 1 < al; i++) ap[i & 3] |= pair_bit(a + i);
    for (size_t i = 0; i < nt; i++) {
        if (tops[i].page == LN(j).page) continue;
        for (int k = 0; k < 4 && tops[i].line[k]; k++) {
            size_t tl = tops[i].len[k];
            /* the same line, or (long enough) a part of one */
            if (tl == al ? !memcmp(a, tops[i].line[k], al) : al > 12 && tl > al && holds_pairs(tops[i].pairs[k], ap) &&
                                       strstr(tops[i].line[k], a))
                return true;
        }
    }
    return false;
}

/* The first lines of each page, up to and around the symbol, are running
 * heads: the symbol and the short title.  Lines before the symbol go with it;
 * lines after it must be part of the title or recur at other page tops. */
void page_drop_heads(parser *p) {
    size_t n = p->L.n_lines;
    char title_sq[4096];
    const char *title_sq_p = NULL;
    if (p->doc->title) {
        squeeze(p->doc->title, strlen(p->doc->title), title_sq, sizeof title_sq);
        title_sq_p = title_sq;
    }
    const char *sym = p->doc->symbol;
    size_t sl = sym ? strlen(sym) : 0;
    enum { W = 4 };
    page_top tops[64]; /* the first 64 pages' tops, read when first needed */
    size_t ntops = 0;
    bool have_tops = false;
    for (size_t i = 1; i < n; i++) {
        if (!(LN(i).flags & LINE_PAGEBREAK) || LN(i).page == 0) continue;
        size_t cand[W], nc = 0, sym_at = (size_t)-1;
        bool hs[W], in_title[W];
        for (size_t k = i; k < n && nc < W; k++) {
            if (LN(k).flags & (LINE_BLANK | LINE_FURNITURE)) continue;
            if (k > i && (LN(k).flags & LINE_PAGEBREAK)) break;
            in_title[nc] = head_line(p, k, sym, sl, title_sq_p, &hs[nc]);
            if (hs[nc] && sym_at == (size_t)-1) sym_at = nc;
            cand[nc++] = k;
        }
        if (sym_at == (size_t)-1 || sym_at >= 3) continue;
        size_t last = sym_at;
        for (size_t k = sym_at + 1; k < nc; k++) {
            if (!in_title[k]) {
                if (!have_tops) {
                    ntops = collect_tops(p, tops, 64);
                    have_tops = true;
                }
                if (!recurs_at_tops(p, cand[k], tops, ntops)) break;
            }
            last = k;
        }
        for (size_t k = 0; k <= last; k++) LN(cand[k]).flags |= LINE_FURNITURE | LINE_DROP;
    }
    /* the symbol alone on a line, anywhere past the masthead, is a running head
     * (texts without page breaks keep them mid-paragraph) */
    if (sym) {
        for (size_t i = p->body_start; i < n; i++) {
            if (LN(i).flags & (LINE_BLANK | LINE_DROP)) continue;
            const char *t = TXT(i);
            size_t len = LEN(i), k = 0, j = 0;
            if (len && t[0] != ' ' && t[0] != sym[0]) continue;
            /* compare without spaces: "S/RES/1445 (2002)" is S/RES/1445(2002) */
            for (; j < len && k < sl; j++) {
                if (t[j] == ' ') continue;
                if (t[j] != sym[k]) break;
                k++;
            }
            while (j < len && t[j] == ' ') j++;
            if (k == sl && j == len) LN(i).flags |= LINE_FURNITURE | LINE_DROP;
        }
    }
}

/* ---- two-column pages ----------------------------------------------------
 * Summary records print two columns; pdftotext -layout writes them side by
 * side, so each text line holds a line of each.  A page whose body lines
 * mostly share a gutter (three or more spaces over the same columns, text on
 * both sides) and whose lines hardly ever cross it is read column by column:
 * its lines are split at the gutter, the left pieces first.  Lines stay
 * ranges of the source; only their order changes. */

#define COLS 256

typedef struct {
    int gap_from, gap_to; /* the gutter's columns in this line, or -1 */
    int first, last;      /* columns of its first and last character */
    size_t bfrom, bto;    /* the gutter's bytes */
} col_info;

/* The gaps of line i: every run of 3+ spaces between text, as columns, the
 * one covering column c into *ci (c < 0: count the columns each covers). */
static void line_gaps(parser *p, size_t i, int votes[COLS], int c, col_info *ci) {
    const char *s = p->L.text;
    size_t b = LN(i).raw_start, e = LN(i).end;
    int col = 0, run = 0;
    size_t run_b = 0;
    ci->gap_from = ci->gap_to = -1;
    ci->first = LN(i).indent;
    ci->last = -1;
    for (size_t k = b; k < e && col < COLS; col++) {
        unsigned char u = (unsigned char)s[k];
        size_t l = u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
        if (u == ' ') {
            if (!run) run_b = k;
            run++;
        } else {
            if (run >= 3 && ci->last >= 0) {
                int from = col - run, to = col; /* spaces at [from, to) */
                if (c < 0)
                    for (int x = from + 1; x < to - 1; x++) votes[x]++;
                else if (from < c && c < to) {
                    ci->gap_from = from, ci->gap_to = to;
                    ci->bfrom = run_b, ci->bto = k;
                }
            }
            run = 0;
            ci->last = col;
        }
        k += l;
    }
}

/* Three spaces in a row in s[0, n).  Every such run covers a byte at an
 * index 2 mod 3: only those are tried first. */
static bool three_spaces(const char *s, size_t n) {
    for (size_t k = 2; k < n; k += 3) {
        if (s[k] != ' ') continue;
        bool l1 = s[k - 1] == ' ', r1 = k + 1 < n && s[k + 1] == ' ';
        if ((l1 && (s[k - 2] == ' ' || r1)) || (r1 && k + 2 < n && s[k + 2] == ' ')) return true;
    }
    return false;
}

void page_columns(parser *p) {
    unres_lines *L = &p->L;
    if (L->n_lines < 12) return;
    size_t n = L->n_lines;
    unres_line *out = NULL;
    size_t o = 0;
    for (size_t a = p->body_start; a < n;) {
        size_t b = a;
        while (b < n && LN(b).page == LN(a).page) b++;
        /* most lines must be as wide as two printed columns (and no wider) and
         * hold a run of three spaces: most pages are let go here */
        int nonblank = 0, wide = 0, gapped = 0;
        for (size_t i = a; i < b; i++)
            if (!(LN(i).flags & (LINE_BLANK | LINE_DROP))) {
                nonblank++;
                wide += LN(i).end - LN(i).raw_start >= 90 && LEN(i) < 320;
            }
        for (size_t i = a; i < b && wide >= 10 && wide * 2 >= nonblank; i++)
            if (!(LN(i).flags & (LINE_BLANK | LINE_DROP)) && LN(i).end - LN(i).raw_start >= 90 && LEN(i) < 320)
                /* past a paragraph's number ("1.    Decides"): a column's text first */
                gapped += LEN(i) > 12 && three_spaces(TXT(i) + 12, LEN(i) < 140 ? LEN(i) - 12 : 128);
        if (gapped < 10 || gapped * 2 < nonblank) {
            if (out) memcpy(out + o, L->lines + a, (b - a) * sizeof *out), o += b - a;
            a = b;
            continue;
        }
        /* the gutter: the column most lines' gaps cover */
        int votes[COLS] = {0};
        col_info *ci = arena_alloc(p->arena, (b - a) * sizeof *ci);
        for (size_t i = a; i < b; i++)
            if (!(LN(i).flags & (LINE_BLANK | LINE_DROP))) line_gaps(p, i, votes, -1, &ci[i - a]);
        int c = 0;
        for (int x = 1; x < COLS; x++)
            if (votes[x] > votes[c]) c = x;
        int crossing = 0;
        if (votes[c] >= 10 && votes[c] * 2 >= nonblank)
            for (size_t i = a; i < b; i++)
                if (!(LN(i).flags & (LINE_BLANK | LINE_DROP))) {
                    col_info *x = &ci[i - a];
                    line_gaps(p, i, votes, c, x);
                    crossing += x->gap_from < 0 && x->first < c && x->last > c;
                }
        if (votes[c] < 10 || votes[c] * 2 < nonblank || crossing * 10 > nonblank) {
            if (out) memcpy(out + o, L->lines + a, (b - a) * sizeof *out), o += b - a;
            a = b;
            continue;
        }
        if (!out) {
            /* at most one more line per line */
            out = arena_alloc(p->arena, 2 * n * sizeof *out);
            memcpy(out, L->lines, a * sizeof *out);
            o = a;
        }
        /* the first page's masthead fills both columns' tops ("Nations Unies …
         * QUATRIEME COMMISSION"): its lines down to the right column's first
         * blank lines stay whole */
        size_t from = a;
        if (!LN(a).page) {
            size_t r = a;
            bool right = false;
            for (; r < b; r++) {
                bool has = !(LN(r).flags & (LINE_BLANK | LINE_DROP)) &&
                           (ci[r - a].gap_from >= 0 || ci[r - a].first > c);
                /* two lines with nothing on the right end the masthead's block */
                if (!has && right && r + 1 < b && (LN(r + 1).flags & LINE_BLANK)) break;
                right |= has;
            }
            if (r < b) {
                memcpy(out + o, L->lines + a, (r - a) * sizeof *out);
                o += r - a;
                from = r;
            }
        }
        /* left pieces, then right pieces */
        for (int side = 0; side < 2; side++)
            for (size_t i = from; i < b; i++) {
                unres_line ln = LN(i);
                const col_info *x = &ci[i - a];
                if (ln.flags & (LINE_BLANK | LINE_DROP)) {
                    if (!side) out[o++] = ln;
                    continue;
                }
                if (x->gap_from >= 0) {
                    if (!side) ln.end = x->bfrom;
                    else ln.start = ln.raw_start = x->bto, ln.indent = x->gap_to - c;
                } else if ((x->first > c) != side)
                    continue; /* the other column's */
                else if (side)
                    ln.indent = x->first - c;
                out[o++] = ln;
            }
        p->columns = true;
        a = b;
    }
    if (!out) return;
    L->lines = out;
    L->n_lines = o;
}
