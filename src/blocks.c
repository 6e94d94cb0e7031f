/* blocks.c: the body of a resolution as paragraphs.  Finds where each
 * preambular and operative paragraph and each sub-paragraph starts, the
 * sections, the adoption meeting that closes the text, and the annexes. */
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#define LN(i) (p->L.lines[i])
#define TXT(i) (p->L.text + LN(i).start)
#define LEN(i) (LN(i).end - LN(i).start)

static bool dig(char c) { return c >= '0' && c <= '9'; }
static int fold_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static bool skip_line(parser *p, size_t i) { return LN(i).flags & (LINE_BLANK | LINE_DROP | LINE_MASTHEAD); }

/* "12." / "12 -" / "١٢ -": a paragraph number.  Returns the bytes of the
 * number with its punctuation and spaces, *val its value. */
static size_t para_number(const char *s, size_t n, int *val) {
    size_t i = 0;
    int v = 0;
    bool arabic_indic = false;
    while (i < n && i < 12 && v < 100000) {
        if (dig(s[i])) v = v * 10 + (s[i++] - '0');
        else if (i + 1 < n && (unsigned char)s[i] == 0xD9 && (unsigned char)s[i + 1] >= 0xA0 &&
                 (unsigned char)s[i + 1] <= 0xA9) {
            v = v * 10 + ((unsigned char)s[i + 1] - 0xA0);
            i += 2;
            arabic_indic = true;
        } else break;
    }
    if (!i || v == 0 || v > 9999) return 0;
    size_t j = i;
    if (j < n && s[j] == '.' && !arabic_indic) {
        j++;
        if (j < n && s[j] != ' ') return 0;
    } else {
        /* Arabic style: "11 - " */
        size_t k = j;
        while (k < n && s[k] == ' ') k++;
        if (!(k < n && s[k] == '-' && k + 1 < n && s[k + 1] == ' ')) return 0;
        j = k + 1;
    }
    while (j < n && s[j] == ' ') j++;
    *val = v;
    return j;
}

static bool roman(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (!strchr("ivxlc", s[i])) return false;
    return true;
}

/* A quotation mark as Arabic item numbers are written between: ' ` ‘ ’. */
static size_t quote_mark(const char *s, size_t n) {
    if (n && (s[0] == '\'' || s[0] == '`')) return 1;
    return n >= 3 && !memcmp(s, "\xE2\x80", 2) && ((unsigned char)s[2] == 0x98 || (unsigned char)s[2] == 0x99) ? 3 : 0;
}

/* Arabic second-degree items, where English has (i) (ii): a number between
 * quotation marks, "'1`", "’2‘", in Western or Arabic-Indic digits.  Returns
 * the bytes of the label with the spaces after it, or 0; lab gets the
 * English label in Roman numerals ("ii"), for the id. */
static size_t quoted_number(const char *s, size_t n, char lab[8], size_t *labn) {
    size_t i = quote_mark(s, n), d = 0;
    if (!i) return 0;
    int v = 0;
    for (; i < n && d < 2; d++) {
        if (dig(s[i])) v = v * 10 + (s[i++] - '0');
        else if (i + 1 < n && (unsigned char)s[i] == 0xD9 && (unsigned char)s[i + 1] >= 0xA0 &&
                 (unsigned char)s[i + 1] <= 0xA9)
            v = v * 10 + ((unsigned char)s[i + 1] - 0xA0), i += 2;
        else break;
    }
    size_t q = i < n ? quote_mark(s + i, n - i) : 0;
    /* up to 39: "xxxviii" fits the label */
    if (!d || v < 1 || v > 39 || !q) return 0;
    i += q;
    if (i < n && s[i] != ' ') return 0;
    while (i < n && s[i] == ' ') i++;
    static const char *const units[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    size_t k = 0;
    for (int t = v / 10; t > 0; t--) lab[k++] = 'x';
    for (const char *u = units[v % 10]; *u; u++) lab[k++] = *u;
    lab[k] = 0;
    *labn = k;
    return i;
}

/* "(a)", "(iv)", "a)", "iv)", Arabic "(أ)" and "'1`".  Returns the bytes of
 * the label with the spaces after it; lab gets its letters in ASCII, and
 * *second tells a label whose form makes it one of the second degree. */
static size_t sub_label(parser *p, const char *s, size_t n, char lab[8], size_t *labn, bool *second) {
    size_t i = 0, k = 0;
    *second = p->doc->lang == UNRES_LANG_AR && (i = quoted_number(s, n, lab, labn));
    if (*second) return i;
    if (n && s[0] == '(') i = 1;
    char c;
    size_t l;
    while (i < n && k < 5 && (l = lang_item_letter(p->lt, s + i, n - i, &c))) {
        lab[k++] = c;
        i += l;
    }
    if (!k || i >= n || s[i] != ')') return 0;
    lab[k] = 0;
    if (k > 1 && !roman(lab, k) && !(k == 2 && lab[0] == lab[1])) return 0; /* (aa) */
    *labn = k;
    i++;
    if (i < n && s[i] != ' ') return 0;
    while (i < n && s[i] == ' ') i++;
    return i;
}

/* "— " or "– " opening a line: a dash item. */
static size_t dash_item(const char *s, size_t n) {
    if (n > 4 && (!memcmp(s, "\xE2\x80\x94 ", 4) || !memcmp(s, "\xE2\x80\x93 ", 4))) {
        size_t i = 4;
        while (i < n && s[i] == ' ') i++;
        return i;
    }
    return 0;
}

/* A Roman-numeral section line: "I", "II.", "IV. Heading". */
static size_t section_num(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X' || s[i] == 'L')) i++;
    if (!i || i > 5) return 0;
    if (i == n) return i;
    if (s[i] == '.' && (i + 1 == n || s[i + 1] == ' ')) return i + 1;
    return 0;
}

static bool starts_upper(parser *p, size_t i) {
    const char *s = TXT(i);
    size_t n = LEN(i);
    uint32_t c;
    if (!utf8_decode(s, n, &c)) return false;
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return cp_fold(c) != c || cp_is_cjk(c) || (c >= 0x0600 && c <= 0x06FF);
}

/* An opening phrase at the start of line i, with the case the table gives
 * (English "Noting" must be capitalized; Russian operatives are lower case). */
static const unres_opening *opening_at(parser *p, const char *s, size_t n, size_t *m) {
    const unres_opening *o = lang_match_opening(p->lt, s, n, m);
    if (!o) return NULL;
    uint32_t a, b;
    if (utf8_decode(o->phrase, strlen(o->phrase), &b) && utf8_decode(s, n, &a) && cp_fold(b) != b && a != b)
        return NULL;
    return o;
}

/* The opening of a paragraph starting at s: a phrase of the table, or the
 * verb after the organ's name. */
static const unres_opening *para_opening(parser *p, const char *s, size_t n, size_t *m) {
    const unres_opening *o = opening_at(p, s, n, m);
    size_t at;
    const char *organ;
    return o ? o : lang_organ_verb(p->lt, s, n, &at, m, &organ);
}

/* "S. Decides": a paragraph number as OCR misreads it (S for 5, l or I for
 * 1, O for 0, B for 8), taken only as the number the sequence expects and
 * before an opening phrase.  Returns the bytes of the number with its point
 * and spaces, or 0. */
static size_t ocr_para_number(parser *p, const char *s, size_t n, int want) {
    static const char from[] = "0123456789SlIOB", to[] = "012345678951108";
    size_t i = 0;
    int v = 0;
    bool misread = false;
    for (const char *c; i < n && i < 4 && (c = memchr(from, s[i], sizeof from - 1)); i++) {
        v = v * 10 + (to[c - from] - '0');
        misread |= c - from >= 10;
    }
    if (!misread || v != want || i + 1 >= n || s[i] != '.' || s[i + 1] != ' ') return 0;
    size_t j = i + 1, m;
    while (j < n && s[j] == ' ') j++;
    const unres_opening *o = opening_at(p, s + j, n - j, &m);
    return o && o->op_key ? j : 0;
}

/* 1: a line naming the meeting that adopted the text ("39th plenary
 * meeting", "第45次全体会议"); 2: a sentence naming it, a footnote call perhaps
 * after it ("Adopted at the 2nd meeting. 22", the early compilations), the
 * meeting's number and words at [*ms, *me).  0: neither. */
static int is_meeting_line(parser *p, size_t i, size_t *ms, size_t *me) {
    const char *s = TXT(i);
    size_t n = LEN(i);
    if (n > 60 || !p->lt->meeting_words) return 0;
    /* a meeting line holds a digit: most lines are let go before the search */
    size_t d = 0;
    while (d < n && !dig(s[d])) d++;
    if (d == n) return 0;
    for (const char *const *w = p->lt->meeting_words; *w; w++) {
        size_t wl = strlen(*w);
        if (n < wl) continue;
        /* "39th plenary meeting", "第45次全体会议": the words close the line,
         * or a date follows them on it */
        long at = -1;
        /* the words never start at a continuation byte, nor at an ASCII byte
         * unless they start with that letter (or with a character that may
         * fold to ASCII or be skipped: then every byte is tried) */
        unsigned char w0 = (unsigned char)(*w)[0];
        uint32_t c0 = 0;
        utf8_decode(*w, wl, &c0);
        int lead = w0 < 0x80 && w0 != ' ' ? fold_ascii(w0)
                   : c0 >= 0x80 && c0 != 0x2019 && c0 != 0x0640 && !(c0 >= 0x064B && c0 <= 0x0652) &&
                           cp_fold(c0) >= 0x80 ? -1 : -2;
        for (size_t k = 0; k + wl <= n; k++) {
            unsigned char c = (unsigned char)s[k];
            if ((c & 0xC0) == 0x80 || (c < 0x80 && lead != -2 && fold_ascii(c) != lead)) continue;
            if (utf8_prefix_fold(s + k, n - k, *w) == wl) { at = (long)k; break; }
        }
        if (at < 0) continue;
        size_t e = (size_t)at + wl;
        char iso[11];
        size_t a, b;
        if (e < n && !(date_find(p->lt, s + e, n - e, iso, &a, &b) && b == n - e) &&
            !(at == 0 && e < n && (dig(s[e]) || (s[e] == ' ' && e + 1 < n && dig(s[e + 1]))))) {
            /* the sentence: its ordinal right before the words, a full stop
             * after them, then at most a call */
            if (s[e] != '.') continue;
            size_t k = e + 1, d0, q = (size_t)at, t;
            while (k < n && s[k] == ' ') k++;
            for (d0 = k; k < n && dig(s[k]); k++) {}
            while (q > 0 && s[q - 1] == ' ') q--;
            for (t = q; t > 0 && s[t - 1] != ' '; t--) {}
            if (k != n || k - d0 > 3 || t == q || !dig(s[t])) continue;
            *ms = t, *me = e;
            return 2;
        }
        /* its ordinal is the word right before ("4683e séance", "第45次会议"):
         * "a adopté le projet A/C.4/L.628 à sa séance" is a sentence's end */
        size_t q = (size_t)at, t;
        while (q > 0 && s[q - 1] == ' ') q--;
        for (t = q; t > 0 && s[t - 1] != ' '; t--) {}
        if (q > 0 && (dig(s[t]) || dig(s[q - 1]))) return 1;
        /* the number after the words: "الجلسة العامة 52" */
        if (at == 0 && e < n) {
            size_t k = e;
            while (k < n && s[k] == ' ') k++;
            if (k < n && dig(s[k])) return 1;
        }
    }
    return 0;
}

static bool is_annex_heading(parser *p, size_t i) {
    const char *s = TXT(i);
    size_t n = LEN(i);
    if (n > 24 || !p->lt->annex_words) return false;
    for (const char *const *w = p->lt->annex_words; *w; w++) {
        size_t m = utf8_prefix_fold(s, n, *w);
        if (!m) continue;
        uint32_t c;
        if (utf8_decode(s, n, &c) && c < 0x80 && !(c >= 'A' && c <= 'Z')) continue;
        if (m == n) return true;
        if (s[m] == ' ' || (unsigned char)s[m] >= 0x80) {
            size_t k = m;
            while (k < n && s[k] == ' ') k++;
            /* "Annex I", "Annex 2", "Annex A", "附件一" */
            if (k < n && (strchr("IVXABCD123456789", s[k]) || (unsigned char)s[k] >= 0x80)) return true;
        }
    }
    return false;
}

/* "Annex 2025 Political Declaration on …": an annex heading that the
 * extraction (Markdown) ran into the annex's title.  Taken where an annex may
 * start (after_sentence: the line before closed a sentence, or the body ended
 * there) when a title follows that opens upper case or with a digit and ends
 * no clause.  Returns the bytes of the heading ("Annex", "Annex II"), or 0. */
static size_t annex_with_title(parser *p, size_t i, bool after_sentence) {
    const char *s = TXT(i);
    size_t n = LEN(i);
    uint32_t c;
    if (!after_sentence || !p->lt->annex_words || !utf8_decode(s, n, &c) || cp_fold(c) == c ||
        line_ends_clause(p, i))
        return 0;
    for (const char *const *w = p->lt->annex_words; *w; w++) {
        size_t m = utf8_prefix_fold(s, n, *w);
        if (!m || m >= n || s[m] != ' ') continue;
        size_t k = m + 1, q;
        while (k < n && s[k] == ' ') k++;
        /* its number: Roman, or one or two digits ("Annex 2025 Political" has none) */
        for (q = k; q < n && q - k < 5 && s[q] && strchr("IVXL", s[q]); q++) {}
        if (q == k)
            while (q < n && q - k < 2 && dig(s[q])) q++;
        if (q > k && q < n && s[q] == ' ') m = q;
        for (k = m; k < n && s[k] == ' '; k++) {}
        if (k < n && (dig(s[k]) || (utf8_decode(s + k, n - k, &c) && cp_fold(c) != c))) return m;
    }
    return 0;
}

/* An annex heading at line i: the bytes of the heading, or 0. */
static size_t annex_heading(parser *p, size_t i, bool after_sentence) {
    return is_annex_heading(p, i) ? LEN(i) : annex_with_title(p, i, after_sentence);
}

static bool ends_sentence(parser *p, size_t i) { return LEN(i) && TXT(i)[LEN(i) - 1] == '.'; }

/* An unnumbered operative "Adopts …:" that introduces the text it adopts. */
static bool adopts_text(parser *p, int k) {
    const rawpara *r = &p->paras.v[k];
    return r->kind == 1 && !r->num && r->parent < 0 && r->opening && r->opening->op_key &&
           !strcmp(r->opening->op_key, "adopts");
}

static bool line_ends_colon(parser *p, size_t i) {
    const char *t = p->L.text;
    size_t e = LN(i).end;
    return e > LN(i).start && (t[e - 1] == ':' || (e >= 3 && !memcmp(t + e - 3, "\xEF\xBC\x9A", 3)));
}

/* In an adopted text, where unnumbered text starts a block of its own
 * (a title, a lead-in, a heading between the paragraphs): in a layout
 * extraction, a line after blank lines on the same page (not when double
 * spaced, nor after a section's numeral alone, numeral: its heading
 * follows), or "Action 1. We will …", a word and a number closed by a full
 * stop after a clause. */
static bool adopted_block_start(parser *p, size_t prev, size_t i, bool numeral) {
    if (prev == (size_t)-1 || !starts_upper(p, i)) return false;
    bool gap = p->L.layout && !p->dbl && !numeral && i > prev + 1 && LN(prev).page == LN(i).page;
    for (size_t k = prev + 1; gap && k < i; k++) gap = LN(k).flags == LINE_BLANK;
    if (gap) return true;
    if (!line_ends_clause(p, prev)) return false;
    const char *s = TXT(i);
    size_t n = LEN(i), k = 0;
    while (k < n && s[k] != ' ' && !dig(s[k])) k++;
    if (!k || k >= n) return false;
    size_t d = ++k;
    while (k < n && dig(s[k])) k++;
    return k > d && k - d <= 3 && k < n && s[k] == '.' && (k + 1 == n || s[k + 1] == ' ');
}

/* Plain pdftotext may give a paragraph's number, then its last line, then the
 * page's foot, then its first line: "3." / "session." / "2/2" / "Further
 * decides … eightieth".  Where the lines after a number that stands alone
 * cannot open a paragraph (lower case) and close a clause, and the page's
 * furniture parts them from a line that opens with an operative phrase and
 * closes none, the paragraph reads from that line, and they close it
 * (fill_para).  Returns where the text of the paragraph numbered on line i
 * starts: that line's start, else off. */
static size_t displaced_start(parser *p, size_t i, size_t off) {
    size_t n = p->L.n_lines, j = i + 1, f, k, m;
    while (j < n && (LN(j).flags & LINE_BLANK)) j++;
    uint32_t c;
    if (j >= n || skip_line(p, j) || !utf8_decode(TXT(j), LEN(j), &c) ||
        !(c < 0x80 ? c >= 'a' && c <= 'z' : utf8proc_toupper((utf8proc_int32_t)c) != (utf8proc_int32_t)c))
        return off;
    /* a line or a few: the foot of a page */
    for (f = j + 1; f < n && f < j + 4 && !skip_line(p, f); f++) {}
    if (f >= n || !skip_line(p, f) || !line_ends_clause(p, f - 1)) return off;
    bool furniture = false;
    for (k = f; k < n && skip_line(p, k); k++) furniture |= (LN(k).flags & LINE_FURNITURE) != 0;
    if (!furniture || k >= n || line_ends_clause(p, k)) return off;
    const unres_opening *o = opening_at(p, TXT(k), LEN(k), &m);
    return o && o->op_key ? LN(k).start : off;
}

static int push_para(parser *p, int kind, int level, int parent, size_t line, size_t off, const char *num,
                     int section) {
    rawpara r = {0};
    r.kind = kind;
    r.level = level;
    r.parent = parent;
    r.from = line;
    r.to = line + 1;
    r.text_off = off;
    r.num = num;
    r.section = section;
    VEC_PUSH(p->arena, p->paras, r);
    return (int)p->paras.n - 1;
}

/* Which level a label belongs to: (i) after (h) is a letter, otherwise a
 * roman numeral one level down. */
static int label_level(const char *lab, size_t n, char last_letter) {
    if (roman(lab, n)) {
        if (n == 1 && lab[0] == last_letter + 1) return 1; /* (i) after (h), (v) after (u) */
        if (last_letter == 0 && n == 1 && lab[0] != 'i') return 1;
        return 2;
    }
    return 1;
}

void blocks_parse(parser *p) {
    unres_doc *d = p->doc;
    size_t n = p->L.n_lines;
    size_t i0 = p->body_start;
    p->body_end = n;
    int last_num = 0;
    bool operative = false;
    int cur_top = -1, cur_l1 = -1;  /* the open paragraph and sub-paragraph */
    int cur = -1;                    /* the block lines are added to */
    char last_letter = 0;
    int section = -1;
    VEC(unres_section) sections = {0};
    size_t prev = (size_t)-1;
    bool expect_heading = false;
    bool first = true;
    size_t adopted_from = (size_t)-1;
    /* the kind of the paragraphs read: 2 in the adopted text */
    int opkind = 1;
    size_t numeral = (size_t)-1;

    /* the body's left margin, page by page (odd and even pages differ) */
    int npages = n ? LN(n - 1).page + 1 : 1;
    int *page_indent = arena_alloc(p->arena, (size_t)npages * sizeof(int));
    {
        int hist[64];
        size_t k = 0;
        for (int pg = 0; pg < npages; pg++) {
            memset(hist, 0, sizeof hist);
            while (k < n && LN(k).page == pg) {
                if (!skip_line(p, k) && LN(k).indent < 64) hist[LN(k).indent]++;
                k++;
            }
            int best = 0;
            for (int j = 1; j < 64; j++)
                if (hist[j] > hist[best]) best = j;
            page_indent[pg] = hist[best] ? best : p->L.body_indent;
        }
    }

    for (size_t i = i0; i < n; i++) {
        if (skip_line(p, i)) continue;
        const char *s = TXT(i);
        size_t len = LEN(i);
        size_t ms = 0, me = len;
        int mf = operative || p->paras.n ? is_meeting_line(p, i, &ms, &me) : 0;
        /* a numbered line is a paragraph ("35. 240th plenary meeting", an item of a list) */
        int v1;
        if (mf == 1 && para_number(s, len, &v1)) mf = 0;
        if (mf == 2) {
            /* a sentence of its own: after one (in the adopted text, after
             * the colon that introduced it: never), upper case, neither
             * numbered nor opening as a paragraph does */
            int v0;
            size_t m0;
            if (opkind == 2 || !starts_upper(p, i) || (prev != (size_t)-1 && !ends_sentence(p, prev)) ||
                para_number(s, len, &v0) || para_opening(p, s, len, &m0))
                mf = 0;
        }
        if (mf) {
            p->body_end = i;
            if (!d->adoption && strcmp(d->doc_type, "resolution") == 0)
                d->adoption = arena_alloc(p->arena, sizeof(unres_adoption));
            if (d->adoption) {
                if (!d->adoption->meeting) d->adoption->meeting = join_text(p, s + ms, me - ms);
                for (size_t k = i + 1; k < n && k < i + 4; k++) {
                    char iso[11];
                    size_t a, b;
                    if (skip_line(p, k)) continue;
                    if (date_find(p->lt, TXT(k), LEN(k), iso, &a, &b)) {
                        if (!d->adoption->date) d->adoption->date = arena_strdup(p->arena, iso);
                        LN(k).flags |= LINE_DROP;
                    }
                    break;
                }
            }
            /* a footnote called in the sentence is found there, outside the paragraphs */
            LN(i).flags |= mf == 2 ? LINE_MASTHEAD : LINE_DROP;
            break;
        }
        if ((operative || p->paras.n) &&
            annex_heading(p, i, operative && opkind == 1 && prev != (size_t)-1 && ends_sentence(p, prev))) {
            p->body_end = i;
            break;
        }
        /* "Adopts the following declaration:" — what follows is the text
         * adopted, not paragraphs of the resolution: its own paragraphs,
         * numbered from 1, in no section of the resolution */
        if (adopted_from == (size_t)-1 && cur_top >= 0 && prev != (size_t)-1 && adopts_text(p, cur_top) &&
            line_ends_colon(p, prev)) {
            adopted_from = i;
            opkind = 2;
            prev = (size_t)-1;
            cur = cur_top = cur_l1 = -1;
            last_num = 0;
            last_letter = 0;
            section = -1;
            expect_heading = false;
        }
        bool clause_end = prev == (size_t)-1 || line_ends_clause(p, prev);
        int v;
        size_t m;
        char lab[8];
        size_t labn;
        bool second;
        size_t sn;
        /* sections: "I", "II. Heading"; in the adopted text, a block of its
         * text (which keeps every line) */
        if ((sn = section_num(s, len)) && clause_end && opkind == 2) {
            if (sn == len) numeral = i;
            cur = cur_top = push_para(p, 2, 0, -1, i, LN(i).start, NULL, -1);
            cur_l1 = -1;
            last_letter = 0;
            prev = i;
            continue;
        }
        if (sn && clause_end) {
            size_t numlen = s[sn - 1] == '.' ? sn - 1 : sn;
            unres_section sec = {arena_strndup(p->arena, s, numlen), NULL, {LN(i).start, LN(i).end}};
            size_t h = sn;
            while (h < len && s[h] == ' ') h++;
            if (h < len) sec.heading = join_text(p, s + h, len - h);
            VEC_PUSH(p->arena, sections, sec);
            section = (int)sections.n - 1;
            expect_heading = sec.heading == NULL;
            last_num = operative ? last_num : 0;
            cur = -1;
            prev = i;
            LN(i).flags |= LINE_DROP;
            continue;
        }
        if (expect_heading) {
            expect_heading = false;
            if (!(m = para_number(s, len, &v)) && !opening_at(p, s, len, &m)) {
                sections.v[section].heading = join_text(p, s, len);
                LN(i).flags |= LINE_DROP;
                prev = (size_t)-1;
                continue;
            }
        }
        bool numbered = (m = para_number(s, len, &v)) && (v == last_num + 1 || (v == 1 && clause_end)) &&
                        (clause_end || v == last_num + 1);
        if (!numbered && last_num > 0 && clause_end && (m = ocr_para_number(p, s, len, last_num + 1)))
            numbered = true, v = last_num + 1;
        if (numbered) {
            operative = true;
            last_num = v;
            const char *num = arena_strndup(p->arena, s, m);
            /* "1.    " → "1." */
            char *q = (char *)num + m;
            while (q > num && q[-1] == ' ') *--q = 0;
            size_t off = LN(i).start + m;
            if (m == len) off = displaced_start(p, i, off);
            cur = cur_top = push_para(p, opkind, 0, -1, i, off, num, section);
            cur_l1 = -1;
            last_letter = 0;
            prev = i;
            first = false;
            continue;
        }
        /* dash items of the Security Council: "— Calls for …" under a paragraph
         * that ends with a colon; numbered in the id, the dash is their num */
        bool in_dashes = cur_l1 >= 0 && p->paras.v[cur_l1].label && p->paras.v[cur_l1].num[0] != '(' &&
                         (unsigned char)p->paras.v[cur_l1].num[0] == 0xE2;
        if (cur_top >= 0 && (m = dash_item(s, len)) && p->paras.v[cur_top].level == 0 &&
            (in_dashes || (clause_end && line_ends_colon(p, prev)))) {
            int n_dash = 0;
            for (size_t q = (size_t)cur_top + 1; q < p->paras.n; q++)
                if (p->paras.v[q].parent == cur_top) n_dash++;
            const char *num = arena_strndup(p->arena, s, m);
            char *q = (char *)num + strlen(num);
            while (q > num && q[-1] == ' ') *--q = 0;
            cur = cur_l1 = push_para(p, p->paras.v[cur_top].kind, 1, cur_top, i, LN(i).start + m, num, section);
            p->paras.v[cur].label = arena_printf(p->arena, "%d", n_dash + 1);
            prev = i;
            continue;
        }
        if (cur >= 0 && clause_end && (m = sub_label(p, s, len, lab, &labn, &second))) {
            int top = cur_top >= 0 ? cur_top : cur;
            int lvl = second ? 2 : label_level(lab, labn, last_letter);
            if (lvl == 2 && cur_l1 < 0) lvl = 1;
            int parent = lvl == 1 ? top : cur_l1;
            size_t numlen = m;
            while (numlen > 0 && s[numlen - 1] == ' ') numlen--;
            const char *num = arena_strndup(p->arena, s, numlen);
            int kind = p->paras.v[top].kind;
            cur = push_para(p, kind, lvl, parent, i, LN(i).start + m, num, section);
            p->paras.v[cur].label = arena_strdup(p->arena, lab);
            if (lvl == 1) {
                cur_l1 = cur;
                last_letter = labn == 1 ? lab[0] : last_letter;
            }
            prev = i;
            continue;
        }
        if (opkind == 2 && adopted_block_start(p, prev, i, prev == numeral)) {
            cur = cur_top = push_para(p, 2, 0, -1, i, LN(i).start, NULL, -1);
            cur_l1 = -1;
            last_letter = 0;
            prev = i;
            continue;
        }
        bool start = first;
        size_t om = 0;
        const unres_opening *o = NULL;
        if (!start && clause_end && !operative) {
            o = para_opening(p, s, len, &om);
            /* layout indentation: a first line is indented beyond the body */
            int extra = p->doc->lang == UNRES_LANG_ZH ? 0 : 2;
            if (o || (LN(i).indent > page_indent[LN(i).page] + extra && starts_upper(p, i) &&
                      (p->L.layout || p->doc->lang == UNRES_LANG_ZH)))
                start = true;
        }
        if (!start && clause_end && operative && cur_top >= 0 && p->paras.v[cur_top].num == NULL) {
            /* unnumbered operative paragraphs (Security Council "Therefore", 79/14) */
            o = para_opening(p, s, len, &om);
            if (o && o->op_key && !o->pre_key) start = true;
        }
        if (start) {
            /* the first paragraph's opening is not looked up yet (a line
             * started by its indentation has none) */
            if (first) o = para_opening(p, s, len, &om);
            bool op = operative || (o && o->op_key && !o->pre_key);
            if (op) operative = true;
            cur = cur_top = push_para(p, op ? opkind : 0, 0, -1, i, LN(i).start, NULL, section);
            p->paras.v[cur].opening = o;
            cur_l1 = -1;
            last_letter = 0;
            first = false;
            prev = i;
            continue;
        }
        if (cur >= 0) p->paras.v[cur].to = i + 1;
        else {
            /* text before any paragraph: keep it as a paragraph, never lose it */
            cur = cur_top = push_para(p, opkind == 2 ? 2 : 0, 0, -1, i, LN(i).start, NULL, section);
        }
        prev = i;
    }
    if (adopted_from != (size_t)-1) {
        size_t e = p->body_end;
        unres_annex *a = arena_alloc(p->arena, sizeof *a);
        a->heading = join_text(p, TXT(adopted_from), LEN(adopted_from));
        a->text = join_lines(p, adopted_from + 1, e, 0);
        size_t last = e;
        while (last > adopted_from + 1 && skip_line(p, last - 1)) last--;
        a->span.start = LN(adopted_from).start;
        a->span.end = LN(last - 1).end;
        d->adopted_text = a;
    }
    /* a paragraph reaches its last line; parents span their children */
    for (size_t k = 0; k < p->paras.n; k++) {
        rawpara *r = &p->paras.v[k];
        for (int q = r->parent; q >= 0; q = p->paras.v[q].parent)
            if (p->paras.v[q].to < r->to) p->paras.v[q].to = r->to;
    }
    d->sections = sections.v;
    d->n_sections = sections.n;

    /* annexes: from each heading to the next */
    VEC(unres_annex) annexes = {0};
    /* the first line after the body may be one; then one after a sentence */
    bool after = true;
    for (size_t i = p->body_end, h; i < n; i++) {
        if (skip_line(p, i)) continue;
        if (!(h = annex_heading(p, i, after))) {
            after = ends_sentence(p, i);
            continue;
        }
        size_t e = i + 1, at = i;
        for (; e < n; e++) {
            if (skip_line(p, e)) continue;
            if (annex_heading(p, e, ends_sentence(p, at))) break;
            at = e;
        }
        /* the text from the title a merged heading runs into, else from the next line */
        size_t off = LN(i).start + h;
        while (off < LN(i).end && p->L.text[off] == ' ') off++;
        unres_annex a = {join_text(p, TXT(i), h), join_lines(p, i, e, off), {LN(i).start, LN(e - 1).end}, NULL, 0};
        VEC_PUSH(p->arena, annexes, a);
        annex_lines al = {i, e, off};
        VEC_PUSH(p->arena, p->annex_lines, al);
        i = e - 1;
        after = ends_sentence(p, at);
    }
    d->annexes = annexes.v;
    d->n_annexes = annexes.n;
}

/* ---- the tree -------------------------------------------------------- */

/* The id of a paragraph, "op_3", and of a sub-paragraph, "op_3__a": built by
 * hand, as printf costs more than the rest of a short paragraph. */
static const char *para_id(parser *p, const char *prefix, size_t num, const char *label) {
    char digits[24];
    size_t nd = 0;
    if (!label) do digits[sizeof digits - 1 - nd++] = (char)('0' + num % 10); while (num /= 10);
    const char *tail = label ? label : digits + sizeof digits - nd;
    size_t a = strlen(prefix), b = label ? strlen(label) : nd;
    char *id = arena_alloc(p->arena, a + 2 + b + 1);
    memcpy(id, prefix, a);
    if (label) memcpy(id + a, "__", 2), a += 2;
    memcpy(id + a, tail, b);
    return id;
}

static void fill_para(parser *p, unres_para *out, int k, const char *id) {
    rawpara *r = &p->paras.v[k];
    out->id = id;
    out->num = r->num;
    out->section = r->section;
    /* text: the paragraph's own lines, up to its first sub-paragraph */
    /* children follow their parent directly: the first one, if any, is next */
    size_t to = r->to;
    if ((size_t)k + 1 < p->paras.n && p->paras.v[k + 1].parent == k) to = p->paras.v[k + 1].from;
    char *text;
    if (r->text_off > LN(r->from).end) {
        /* read out of order (displaced_start): from the opening line, then
         * the lines before it */
        size_t q = r->from + 1;
        while (q < to && LN(q).start != r->text_off) q++;
        strbuf b = {0};
        sb_puts(&b, join_lines(p, q, to, 0));
        sb_putc(&b, '\n');
        sb_puts(&b, join_lines(p, r->from + 1, q, 0));
        text = join_text(p, b.s ? b.s : "", b.n);
        sb_free(&b);
    } else
        text = join_lines(p, r->from, to, r->text_off);
    size_t tl = strlen(text);
    size_t m = 0, at = 0;
    const char *organ = NULL;
    const unres_opening *o = lang_match_opening(p->lt, text, tl, &m);
    /* "The Security Council directs": the verb opens it, and names the organ
     * of a text that has no formula (fragments are of no one text) */
    if (!o && (o = lang_organ_verb(p->lt, text, tl, &at, &m, &organ)) && !p->opt->fragment &&
        (!p->doc->organ || !strcmp(p->doc->organ, "unknown")))
        p->doc->organ = organ;
    if (o) {
        out->opening = arena_strndup(p->arena, text + at, m);
        out->opening_key = r->kind ? (o->op_key ? o->op_key : o->pre_key) : (o->pre_key ? o->pre_key : o->op_key);
    } else if (r->level == 0 && r->kind != 2) {
        /* an adopted text speaks in its own words ("We, Heads of State …") */
        warn(p, LN(r->from).start, "unknown_opening", "paragraph %s opens with a phrase not in the %s table",
             id, p->lt->code);
    }
    out->text = text;
    out->footnote_refs = r->fnrefs.v;
    out->n_footnote_refs = r->fnrefs.n;
    size_t last = r->to - 1;
    while (last > r->from && skip_line(p, last)) last--;
    out->span.start = r->text_off > LN(r->from).start ? LN(r->from).start : r->text_off;
    out->span.end = LN(last).end;
    /* read column by column, a paragraph's lines are not in source order */
    for (size_t q = r->from; p->columns && q <= last; q++) {
        if (LN(q).start < out->span.start) out->span.start = LN(q).start;
        if (LN(q).end > out->span.end) out->span.end = LN(q).end;
    }
    /* children: the descendants of k are the entries right after it whose
     * parent index is k or later */
    size_t nk = 0, endk = (size_t)k + 1;
    while (endk < p->paras.n && p->paras.v[endk].parent >= k) {
        if (p->paras.v[endk].parent == k) nk++;
        endk++;
    }
    if (!nk) return;
    out->items = arena_alloc(p->arena, nk * sizeof *out->items);
    out->n_items = nk;
    size_t j = 0;
    for (size_t c = (size_t)k + 1; c < endk && j < nk; c++) {
        if (p->paras.v[c].parent != k) continue;
        /* the id part: the label's letters (op_3__a, op_3__a__ii) */
        fill_para(p, &out->items[j++], (int)c, para_id(p, id, 0, p->paras.v[c].label));
    }
}

void blocks_finish(parser *p) {
    unres_doc *d = p->doc;
    size_t npre = 0, nop = 0, nad = 0;
    for (size_t k = 0; k < p->paras.n; k++)
        if (p->paras.v[k].parent < 0) {
            int kind = p->paras.v[k].kind;
            if (kind == 2) nad++;
            else if (kind) nop++;
            else npre++;
        }
    d->preamble = arena_alloc(p->arena, (npre + 1) * sizeof(unres_para));
    d->operative = arena_alloc(p->arena, (nop + 1) * sizeof(unres_para));
    unres_annex *at = d->adopted_text;
    size_t num_ad = 0, unnum_ad = 0;
    if (at && nad) at->paragraphs = arena_alloc(p->arena, nad * sizeof(unres_para));
    for (size_t k = 0; k < p->paras.n; k++) {
        rawpara *r = &p->paras.v[k];
        if (r->parent >= 0) continue;
        if (r->kind == 2) {
            /* adopted_N: N counts the numbered paragraphs, which is their
             * printed number where the numbering runs on */
            if (!at) continue;
            const char *id = r->num ? para_id(p, "adopted_", ++num_ad, NULL)
                                    : para_id(p, "adopted_unnumbered_", ++unnum_ad, NULL);
            fill_para(p, &at->paragraphs[at->n_paragraphs++], (int)k, id);
        } else if (r->kind == 0) {
            fill_para(p, &d->preamble[d->n_preamble], (int)k, para_id(p, "pp_", d->n_preamble + 1, NULL));
            d->n_preamble++;
        } else {
            fill_para(p, &d->operative[d->n_operative], (int)k, para_id(p, "op_", d->n_operative + 1, NULL));
            d->n_operative++;
        }
    }
}
