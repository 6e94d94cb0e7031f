/* render_marks.c: what the HTML, Markdown and Akoma Ntoso renderers share
 * (render.h): the marks of a paragraph's text, and masthead lines. */
#include "render.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

void rm_put_esc(strbuf *b, const char *s, size_t n) {
    char stack[256], *tmp = n < sizeof stack ? stack : malloc(n + 1);
    if (!tmp) {
        b->oom = true;
        return;
    }
    memcpy(tmp, s, n);
    tmp[n] = 0;
    sb_xml_text(b, tmp);
    if (tmp != stack) free(tmp);
}

static void rm_push(rmarks *m, rmark x) {
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 16;
        rmark *v = realloc(m->v, cap * sizeof *v);
        if (!v) return;
        m->v = v, m->cap = cap;
    }
    m->v[m->n++] = x;
}

void rm_free(rmarks *m) {
    free(m->v);
    m->v = NULL, m->n = m->cap = 0;
}

/* Length of the code point at s[i] if it is a space, else 0. */
static size_t space_at(const char *s, size_t n, size_t i) {
    uint32_t c;
    int l = utf8_decode(s + i, n - i, &c);
    return l && cp_is_space(c) ? (size_t)l : 0;
}

/* Matches needle at text[i..] ignoring whitespace on both sides; returns the
 * end offset in text (after the last matched byte) or 0. */
static size_t ws_match(const char *t, size_t tn, size_t i, const char *nd, size_t nn) {
    size_t j = 0, l;
    while (j < nn) {
        if ((l = space_at(nd, nn, j))) {
            j += l;
            continue;
        }
        while (i < tn && (l = space_at(t, tn, i))) i += l;
        if (i >= tn || t[i] != nd[j]) return 0;
        i++, j++;
    }
    return i;
}

/* First occurrence of needle in text at or after from, whitespace ignored. */
static bool ws_find(const char *t, size_t from, const char *nd, size_t *s, size_t *e) {
    size_t tn = strlen(t), nn = strlen(nd);
    while (nn && space_at(nd, nn, 0)) nd++, nn--;
    if (!nn) return false;
    for (size_t i = from; i < tn; i++) {
        if (t[i] != nd[0]) continue;
        size_t end = ws_match(t, tn, i, nd, nn);
        if (end) {
            *s = i, *e = end;
            return true;
        }
    }
    return false;
}

bool rm_iso_valid(const char *iso) {
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, mo, dd;
    if (sscanf(iso, "%4d-%2d-%2d", &y, &mo, &dd) != 3 || y < 1) return false;
    if (mo < 1 || mo > 12 || dd < 1 || dd > mdays[mo - 1]) return false;
    return !(mo == 2 && dd == 29 && (y % 4 || (y % 100 == 0 && y % 400)));
}

/* Where a new range may go: disjoint from every range mark, or inside one. */
static bool fits(const rmarks *m, size_t s, size_t e) {
    for (size_t i = 0; i < m->n; i++) {
        const rmark *x = &m->v[i];
        if (x->kind == RM_NOTE || e <= x->start || s >= x->end) continue;
        if (s >= x->start && e <= x->end) continue;
        return false;
    }
    return true;
}

/* Collects up to want non-space code points of src before i (backwards,
 * stopping at lo) or after i (stopping at hi), skipping bytes in skip. */
static size_t ctx_before(const char *src, size_t lo, size_t i, int want, char *out) {
    size_t st = i, n = 0;
    while (st > lo && want > 0) {
        size_t p = utf8_prev(src, st);
        if (p == 0 || st - p < lo) break;
        st -= p;
        if (!space_at(src, st + p, st)) want--;
    }
    for (size_t k = st; k < i; k++)
        if (!space_at(src, i, k)) out[n++] = src[k];
    out[n] = 0;
    return n;
}

static size_t ctx_after(const char *src, size_t i, size_t hi, int want, char *out) {
    size_t n = 0;
    while (i < hi && want > 0) {
        size_t l = space_at(src, hi, i);
        if (l) {
            i += l;
            continue;
        }
        uint32_t c;
        int cl = utf8_decode(src + i, hi - i, &c);
        if (!cl) break;
        memcpy(out + n, src + i, (size_t)cl);
        n += (size_t)cl, i += (size_t)cl, want--;
    }
    out[n] = 0;
    return n;
}

/* Does text (whitespace ignored) end with L at k and continue with R? */
static bool anchored(const char *t, size_t tn, size_t k, const char *L, size_t ln, const char *R,
                     size_t rn) {
    size_t i = k, j = ln;
    while (j > 0) {
        if (i == 0) return false;
        if (space_at(t, tn, i - 1)) {
            i--;
            continue;
        }
        if (t[i - 1] != L[j - 1]) return false;
        i--, j--;
    }
    if (!rn) return true;
    return ws_match(t, tn, k, R, rn) != 0;
}

/* The offset of a footnote call in the paragraph's clean text.  The parser
 * cut the marker out; it is still in the source, so each occurrence of the
 * marker there is tried: the words before it (and after it) must meet in
 * the clean text.  *src_from and *text_from keep calls in order. */
static size_t note_offset(const unres_doc *d, const unres_para *p, const char *marker,
                          size_t *src_from, size_t *text_from) {
    const char *src = d->text, *t = p->text;
    size_t tn = strlen(t), mn = strlen(marker);
    size_t lo = p->span.start, hi = p->span.end;
    if (!src || hi > d->text_len || lo >= hi || !mn) return tn;
    if (p->n_items && p->items[0].span.start > lo && p->items[0].span.start < hi)
        hi = p->items[0].span.start;
    for (int k = 0; k < 8 && hi < d->text_len && src[hi] != '\n'; k++) hi++;
    bool digits = marker[0] >= '0' && marker[0] <= '9';
    static const int tries[][2] = {{8, 4}, {4, 4}, {3, 2}, {8, 0}};
    for (size_t t_ = 0; t_ < sizeof tries / sizeof tries[0]; t_++) {
        for (size_t q = *src_from > lo ? *src_from : lo; q + mn <= hi; q++) {
            if (memcmp(src + q, marker, mn)) continue;
            if (digits && ((q > 0 && src[q - 1] >= '0' && src[q - 1] <= '9') ||
                           (q + mn < d->text_len && src[q + mn] >= '0' && src[q + mn] <= '9')))
                continue;
            char L[64], R[64];
            size_t ln = ctx_before(src, lo, q, tries[t_][0], L);
            size_t rn = ctx_after(src, q + mn, hi, tries[t_][1], R);
            if (ln < 2) continue;
            if (tries[t_][1] && !rn && tries[t_][0] != 8) continue;
            /* a call that closes the paragraph's source closes its text:
             * the same words may come earlier ("UNISPACE+50, … UNISPACE+50,1") */
            if (!rn && q + mn >= p->span.end && *text_from <= tn && anchored(t, tn, tn, L, ln, R, 0)) {
                *src_from = q + mn;
                *text_from = tn;
                return tn;
            }
            for (size_t k = *text_from; k <= tn; k++) {
                if (k > 0 && space_at(t, tn, k - 1)) continue;
                if (!anchored(t, tn, k, L, ln, R, rn)) continue;
                *src_from = q + mn;
                *text_from = k;
                return k;
            }
        }
    }
    return tn;
}

/* The first occurrence of nd in t from from on that fits and no reference
 * has taken, but for the one at index outer (or m->n), which it may lie
 * inside. */
static bool free_ref_at(const char *t, const rmarks *m, const char *nd, size_t from, size_t outer, size_t *s,
                        size_t *e) {
    for (; ws_find(t, from, nd, s, e); from = *s + 1) {
        /* whole: "A/C.4/L" is not the start of "A/C.4/L.624" */
        unsigned char a = (unsigned char)t[*e], b = a ? (unsigned char)t[*e + 1] : 0, z = (unsigned char)t[*e - 1];
        /* but a note's number glued to a name's full stop is no more of it ("Rights.15") */
        if (isalnum(a) || (a == '/' && isalnum(b)) || (a == '.' && isalnum(b) && !(islower(z) && isdigit(b)))) continue;
        bool taken = false;
        for (size_t i = 0; i < m->n && !taken; i++)
            taken = m->v[i].kind == RM_REF && m->v[i].start < *e && *s < m->v[i].end &&
                    !(i == outer && *s >= m->v[i].start && *e <= m->v[i].end);
        if (!taken && fits(m, *s, *e)) return true;
    }
    return false;
}

static int cmp_mark(const void *a, const void *b) {
    const rmark *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if ((x->kind == RM_NOTE) != (y->kind == RM_NOTE)) return x->kind == RM_NOTE ? -1 : 1;
    if (x->end != y->end) return x->end > y->end ? -1 : 1;
    return (int)x->kind - (int)y->kind;
}

void rm_build(const unres_doc *d, const char *text, const char *in, const unres_para *p,
              rmarks *m) {
    size_t tn = strlen(text), s, e;
    if (p && p->opening) {
        size_t ol = strlen(p->opening);
        if (ol && ws_find(text, 0, p->opening, &s, &e) && s < 4)
            rm_push(m, (rmark){.start = s, .end = e, .kind = RM_OPENING});
        (void)ol;
    }
    /* references, in document order, each searched after the previous one */
    size_t pos = 0, om = (size_t)-1; /* the last reference's mark, the one a name inside it nests in */
    const unres_ref *outer = NULL;
    for (size_t i = 0; in && i < d->n_refs; i++) {
        const unres_ref *r = &d->refs[i];
        if (!r->in || strcmp(r->in, in) || !r->text) continue;
        /* a name inside a name ("… on the TRIPS Agreement and …") is marked
         * inside the outer one's mark */
        if (outer && om < m->n && r->span.start >= outer->span.start && r->span.end <= outer->span.end &&
            r->span.end - r->span.start < outer->span.end - outer->span.start) {
            if (free_ref_at(text, m, r->text, m->v[om].start, om, &s, &e) && e <= m->v[om].end)
                rm_push(m, (rmark){.start = s, .end = e, .kind = RM_REF, .ref = r});
            continue;
        }
        outer = r, om = (size_t)-1;
        /* text read column by column lists some out of source order */
        if (free_ref_at(text, m, r->text, pos, m->n, &s, &e) ||
            (pos && free_ref_at(text, m, r->text, 0, m->n, &s, &e))) {
            om = m->n;
            rm_push(m, (rmark){.start = s, .end = e, .kind = RM_REF, .ref = r});
            pos = e;
        }
    }
    /* dates */
    const unres_lang_table *lt = lang_table(d->lang);
    for (pos = 0; pos < tn;) {
        char iso[11];
        if (!date_find(lt, text + pos, tn - pos, iso, &s, &e)) break;
        s += pos, e += pos;
        if (rm_iso_valid(iso) && fits(m, s, e)) {
            rmark x = {.start = s, .end = e, .kind = RM_DATE};
            memcpy(x.iso, iso, 11);
            rm_push(m, x);
        }
        pos = e > s ? e : s + 1;
    }
    /* footnote calls: never inside a mark, so moved to the end of one */
    size_t sf = 0, tf = 0;
    for (size_t i = 0; p && i < p->n_footnote_refs; i++) {
        size_t fi;
        for (fi = 0; fi < d->n_footnotes; fi++)
            if (!strcmp(d->footnotes[fi].marker, p->footnote_refs[i])) break;
        if (fi == d->n_footnotes) continue;
        size_t k = note_offset(d, p, p->footnote_refs[i], &sf, &tf);
        for (size_t j = 0; j < m->n; j++)
            if (m->v[j].kind != RM_NOTE && k > m->v[j].start && k < m->v[j].end) k = m->v[j].end;
        rm_push(m, (rmark){.start = k, .end = k, .kind = RM_NOTE, .fn = fi});
    }
    if (m->n) qsort(m->v, m->n, sizeof *m->v, cmp_mark);
}

void rm_emit(rm_sink *k, const char *text, const rmarks *m) {
    const rmark *stack[8];
    int top = 0;
    size_t pos = 0, tn = strlen(text);
    for (size_t i = 0; i < m->n; i++) {
        const rmark *x = &m->v[i];
        while (top && stack[top - 1]->end <= x->start) {
            const rmark *y = stack[--top];
            k->text(k, text + pos, y->end - pos), pos = y->end;
            k->close(k, y);
        }
        if (x->start > pos) k->text(k, text + pos, x->start - pos), pos = x->start;
        if (x->kind == RM_NOTE) k->note(k, x);
        else if (top < 8) {
            k->open(k, x);
            stack[top++] = x;
        }
    }
    while (top) {
        const rmark *y = stack[--top];
        k->text(k, text + pos, y->end - pos), pos = y->end;
        k->close(k, y);
    }
    if (tn > pos) k->text(k, text + pos, tn - pos);
}

/* Escapes a symbol for a URL: spaces become %20, markup characters escaped. */
void rm_put_symbol(strbuf *b, const char *s, bool dash) {
    for (; *s; s++) {
        if (*s == ' ') sb_puts(b, dash ? "_" : "%20");
        else if (dash && *s == '/') sb_putc(b, '-');
        else if (*s == '&') sb_puts(b, "&amp;");
        else if (*s == '<' || *s == '>' || *s == '"') sb_printf(b, "%%%02X", (unsigned char)*s);
        else sb_putc(b, *s);
    }
}

/* The AKN actor of a symbol's organ: A/ un-ga, A/C.3/ un-ga-c3, S/ un-sc. */
void rm_put_actor(strbuf *b, const char *sym, const char *organ) {
    if (sym && !strncmp(sym, "A/C.", 4) && sym[4] >= '1' && sym[4] <= '6' && sym[5] == '/')
        sb_printf(b, "un-ga-c%c", sym[4]);
    else if (sym && !strncmp(sym, "A/HRC/", 6)) sb_puts(b, "un-hrc");
    else if (sym && !strncmp(sym, "A/", 2)) sb_puts(b, "un-ga");
    else if (sym && !strncmp(sym, "S/", 2)) sb_puts(b, "un-sc");
    else if (sym && !strncmp(sym, "E/", 2)) sb_puts(b, "un-ecosoc");
    else if (organ && !strcmp(organ, "general_assembly")) sb_puts(b, "un-ga");
    else if (organ && !strcmp(organ, "security_council")) sb_puts(b, "un-sc");
    else if (organ && !strcmp(organ, "economic_and_social_council")) sb_puts(b, "un-ecosoc");
    else if (organ && !strcmp(organ, "human_rights_council")) sb_puts(b, "un-hrc");
    else sb_puts(b, "un");
}

static bool is_resolution_ref(const unres_ref *r) {
    return r->symbol && r->kind && (!strcmp(r->kind, "resolution") || !strcmp(r->kind, "decision")) &&
           strstr(r->symbol, "/RES/");
}

bool rm_has_href(const unres_ref *r, bool akn) {
    (void)akn;
    return r->symbol && *r->symbol && !r->placeholder;
}

/* A cited resolution: its AKN work IRI (the date only where the text gives
 * it); any other symbol: its undocs.org address. */
void rm_href(strbuf *b, const unres_doc *d, const unres_ref *r, bool akn) {
    if (akn && is_resolution_ref(r)) {
        const char *num = strstr(r->symbol, "/RES/") + 5;
        sb_puts(b, "/akn/un/statement/deliberation/");
        rm_put_actor(b, r->symbol, NULL);
        if (r->date && rm_iso_valid(r->date)) sb_printf(b, "/%s", r->date);
        sb_putc(b, '/');
        rm_put_symbol(b, num, true);
        return;
    }
    sb_puts(b, "https://undocs.org/");
    if (d->lang != UNRES_LANG_UNKNOWN) sb_printf(b, "%s/", unres_lang_code(d->lang));
    rm_put_symbol(b, r->symbol, false);
}

bool rm_fn_called(const unres_doc *d, const char *marker) {
    const unres_annex *at = d->adopted_text;
    const unres_para *lists[3] = {d->preamble, d->operative, at ? at->paragraphs : NULL};
    size_t ns[3] = {d->n_preamble, d->n_operative, at ? at->n_paragraphs : 0};
    /* a small explicit stack: paragraphs nest at most four deep */
    for (int l = 0; l < 3; l++) {
        const unres_para *st[64];
        size_t top = 0;
        for (size_t i = 0; i < ns[l]; i++) {
            st[top++] = &lists[l][i];
            while (top) {
                const unres_para *p = st[--top];
                for (size_t j = 0; j < p->n_footnote_refs; j++)
                    if (!strcmp(p->footnote_refs[j], marker)) return true;
                for (size_t j = 0; j < p->n_items && top < 64; j++) st[top++] = &p->items[j];
            }
        }
    }
    return false;
}

/* Appends s[0..n) with runs of whitespace made one space, and no space
 * between a CJK character and its neighbour (PDF text spaces them). */
static void put_collapsed(strbuf *b, const char *s, size_t n) {
    uint32_t prev = 0;
    size_t i = 0;
    while (i < n) {
        size_t l = space_at(s, n, i);
        if (l) {
            size_t j = i;
            while (j < n && (l = space_at(s, n, j))) j += l;
            uint32_t next = 0;
            if (j < n) utf8_decode(s + j, n - j, &next);
            if (prev && j < n && !cp_is_cjk(prev) && !cp_is_cjk(next)) sb_putc(b, ' ');
            i = j;
            continue;
        }
        int cl = utf8_decode(s + i, n - i, &prev);
        if (!cl) cl = 1;
        sb_put(b, s + i, (size_t)cl);
        i += (size_t)cl;
    }
}

/* The masthead ends where the first paragraph begins. */
static size_t masthead_end(const unres_doc *d) {
    size_t e = d->text_len;
    if (d->n_preamble && d->preamble[0].span.start < e) e = d->preamble[0].span.start;
    if (d->n_operative && d->operative[0].span.start < e) e = d->operative[0].span.start;
    return e;
}

static bool line_has(const char *s, size_t n, const char *const *words) {
    for (size_t i = 0; i < n; i++)
        for (size_t w = 0; words && words[w]; w++)
            if (utf8_prefix_fold(s + i, n - i, words[w])) return true;
    return false;
}

/* The masthead line holding one of words, as printed ("Seventy-ninth
 * session"); with to_date, continued to the end of the date that follows
 * ("Resolution adopted by the General Assembly / on 18 November 2024"). */
char *rm_src_line(const unres_doc *d, const char *const *words, bool to_date) {
    const char *s = d->text;
    size_t end = masthead_end(d);
    if (!s || !words) return NULL;
    for (size_t i = 0; i < end;) {
        size_t j = i;
        while (j < end && s[j] != '\n') j++;
        if (line_has(s + i, j - i, words)) {
            size_t e = j, ds, de;
            char iso[11];
            if (to_date && !date_find(lang_table(d->lang), s + i, j - i, iso, &ds, &de)) {
                size_t lim = j + 200 < end ? j + 200 : end;
                if (date_find(lang_table(d->lang), s + j, lim - j, iso, &ds, &de)) e = j + de;
            }
            strbuf b = {0};
            put_collapsed(&b, s + i, e - i);
            return sb_take(&b, NULL);
        }
        i = j + 1;
    }
    return NULL;
}

/* "[without reference to a Main Committee (A/79/L.11)]" */
char *rm_src_bracket(const unres_doc *d) {
    const char *s = d->text;
    size_t end = masthead_end(d);
    if (!s || !d->adoption) return NULL;
    for (size_t i = 0; i < end; i++) {
        if (s[i] != '[') continue;
        for (size_t j = i + 1; j < end && j < i + 400; j++)
            if (s[j] == ']') {
                strbuf b = {0};
                put_collapsed(&b, s + i, j + 1 - i);
                return sb_take(&b, NULL);
            }
        break;
    }
    return NULL;
}

/* A date as the document prints it: the first (or last) date in the text
 * whose ISO form is iso; the ISO form itself where the text has none. */
char *rm_date_text(const unres_doc *d, const char *iso, bool last) {
    const unres_lang_table *lt = lang_table(d->lang);
    size_t pos = 0, fs = 0, fe = 0, s, e;
    char got[11];
    bool found = false;
    while (d->text && pos < d->text_len &&
           date_find(lt, d->text + pos, d->text_len - pos, got, &s, &e)) {
        if (!strcmp(got, iso)) {
            fs = pos + s, fe = pos + e, found = true;
            if (!last) break;
        }
        pos += e > s ? e : s + 1;
    }
    strbuf b = {0};
    if (found) put_collapsed(&b, d->text + fs, fe - fs);
    else sb_puts(&b, iso);
    return sb_take(&b, NULL);
}

/* The document label of the masthead ("draft resolution", "决议草案"). */
const char *rm_label(const unres_doc *d) {
    const unres_lang_table *lt = lang_table(d->lang);
    const char *best = NULL;
    for (size_t i = 0; d->doc_type && i < lt->n_doclabels; i++)
        if (!strcmp(lt->doclabels[i].doc_type, d->doc_type) &&
            (!best || strlen(lt->doclabels[i].phrase) < strlen(best)))
            best = lt->doclabels[i].phrase;
    return best;
}
