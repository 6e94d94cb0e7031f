/* render_md.c: Markdown (CommonMark with GFM footnotes) with the structure
 * of the printed resolution: masthead lines, "# 79/10. Title", the formula,
 * preambular paragraphs with the opening phrase in italics, operative
 * paragraphs as a numbered list (sub-paragraphs nested), footnotes as [^N]
 * at their calls, references as links to undocs.org, annexes as sections. */
#include "render.h"
#include <stdlib.h>

/* Markdown escapes: characters that would start markup inside a line, and a
 * leading "1." or "#" that would start a block. */
static void md_text(strbuf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '<' ||
            c == '>' || c == '|')
            sb_putc(b, '\\');
        if (c == '\n') c = ' ';
        sb_putc(b, c);
    }
}

static void md_str(strbuf *b, const char *s) {
    if (s) md_text(b, s, strlen(s));
}

/* A footnote label: [^1], [^star] */
static void fn_label(strbuf *b, const char *marker) {
    sb_puts(b, "[^");
    if (marker[0] == '*') sb_printf(b, "star%zu", strlen(marker));
    else md_str(b, marker);
    sb_putc(b, ']');
}

static void k_text(rm_sink *k, const char *s, size_t n) { md_text(k->b, s, n); }

static void k_open(rm_sink *k, const rmark *m) {
    if (m->kind == RM_OPENING) sb_putc(k->b, '*');
    else if (m->kind == RM_REF && rm_has_href(m->ref, false)) sb_putc(k->b, '[');
}

static void k_close(rm_sink *k, const rmark *m) {
    if (m->kind == RM_OPENING) sb_putc(k->b, '*');
    else if (m->kind == RM_REF && rm_has_href(m->ref, false)) {
        sb_puts(k->b, "](");
        rm_href(k->b, k->d, m->ref, false);
        sb_putc(k->b, ')');
    }
}

static void k_note(rm_sink *k, const rmark *m) { fn_label(k->b, k->d->footnotes[m->fn].marker); }

static void text(strbuf *b, const unres_doc *d, const char *t, const char *in, const unres_para *p) {
    rmarks m = {0};
    rm_sink k = {k_text, k_open, k_close, k_note, b, d, NULL};
    rm_build(d, t ? t : "", in, p, &m);
    rm_emit(&k, t ? t : "", &m);
    rm_free(&m);
}

/* Text kept line by line (an annex, an amendment's): a paragraph a line. */
static void lines(strbuf *b, const unres_doc *d, const char *t, const char *in) {
    while (t) {
        const char *e = strchr(t, '\n');
        size_t len = e ? (size_t)(e - t) : strlen(t);
        char *line = len ? strndup(t, len) : NULL;
        if (line) text(b, d, line, in, NULL), sb_puts(b, "\n\n");
        free(line);
        t = e ? e + 1 : NULL;
    }
}

static void items(strbuf *b, const unres_doc *d, const unres_para *p, int depth) {
    for (size_t i = 0; i < p->n_items; i++) {
        const unres_para *q = &p->items[i];
        for (int k = 0; k < depth; k++) sb_puts(b, "    ");
        sb_puts(b, "- ");
        if (q->num) md_str(b, q->num), sb_putc(b, ' ');
        text(b, d, q->text, q->id, q);
        sb_putc(b, '\n');
        items(b, d, q, depth + 1);
    }
}

/* The printed number: "1." stays a list item; "(a)" or none, a paragraph. */
static void put_num(strbuf *b, const char *n) {
    size_t dl = 0;
    while (n && n[dl] >= '0' && n[dl] <= '9') dl++;
    if (n && dl && n[dl] == '.' && !n[dl + 1]) sb_printf(b, "%s ", n);
    else if (n) md_str(b, n), sb_putc(b, ' ');
}

/* The text the resolution adopts, quoted ("> "): its paragraphs with their
 * numbers and sub-paragraphs, as the resolution's own. */
static void adopted(strbuf *b, const unres_doc *d) {
    const unres_annex *at = d->adopted_text;
    if (!at || !at->n_paragraphs) return;
    strbuf q = {0};
    for (size_t i = 0; i < at->n_paragraphs; i++) {
        const unres_para *p = &at->paragraphs[i];
        put_num(&q, p->num);
        text(&q, d, p->text, p->id, p);
        sb_puts(&q, "\n\n");
        if (p->n_items) items(&q, d, p, 1), sb_putc(&q, '\n');
    }
    /* every line behind the quote mark, the blank ones between too */
    for (const char *s = q.s, *e; s && *s; s = e + 1) {
        e = strchr(s, '\n');
        if (!e) e = s + strlen(s);
        if (e > s) sb_puts(b, "> "), sb_put(b, s, (size_t)(e - s)), sb_putc(b, '\n');
        else if (e[1]) sb_puts(b, ">\n");
        if (!*e) break;
    }
    sb_putc(b, '\n');
    if (q.oom) b->oom = true;
    sb_free(&q);
}

static void loose_notes(strbuf *b, const unres_doc *d, bool star) {
    for (size_t i = 0; i < d->n_footnotes; i++) {
        const char *mk = d->footnotes[i].marker;
        if (rm_fn_called(d, mk) || star != (mk[0] < '0' || mk[0] > '9')) continue;
        fn_label(b, mk);
    }
}

void render_md(strbuf *b, const unres_doc *d);
void render_md(strbuf *b, const unres_doc *d) {
    const unres_lang_table *lt = lang_table(d->lang);
    /* masthead: one line each, hard breaks between */
    bool any = false;
    if (d->symbol) sb_puts(b, "**"), md_str(b, d->symbol), sb_puts(b, "**"), any = true;
    if (d->date) {
        char *t = rm_date_text(d, d->date, false);
        if (any) sb_puts(b, "\\\n");
        md_str(b, t), any = true;
        free(t);
    }
    if (d->session > 0) {
        char *t = rm_src_line(d, lt->session_words, false);
        if (any) sb_puts(b, "\\\n");
        if (t) md_str(b, t);
        else sb_printf(b, "%d", d->session);
        free(t), any = true;
    }
    for (size_t i = 0; i < d->n_agenda_items; i++) {
        const char *w = lt->agenda_words ? lt->agenda_words[0] : NULL;
        if (w && lt->agenda_words[1] && d->n_agenda_items == 1) w = lt->agenda_words[1];
        if (any) sb_puts(b, "\\\n");
        if (w) {
            sb_putc(b, (w[0] >= 'a' && w[0] <= 'z') ? (char)(w[0] - 32) : w[0]);
            md_str(b, w + 1);
            if ((unsigned char)w[0] < 0x80) sb_putc(b, ' ');
        }
        md_str(b, d->agenda_items[i].number);
        if (d->agenda_items[i].title) sb_puts(b, "\\\n"), md_str(b, d->agenda_items[i].title);
        any = true;
    }
    if (any) sb_puts(b, "\n\n");
    if (d->n_sponsors || rm_label(d)) {
        const char *sep = lt->sponsor_seps ? lt->sponsor_seps[0] : ", ";
        const char *last = lt->sponsor_seps && sep && lt->sponsor_seps[1] ? lt->sponsor_seps[1] : sep;
        for (size_t i = 0; i < d->n_sponsors; i++) {
            if (i) md_str(b, i + 1 == d->n_sponsors ? last : sep);
            md_str(b, d->sponsors[i]);
        }
        if (d->n_sponsors) md_str(b, d->lang == UNRES_LANG_ZH ? "：" : ": ");
        loose_notes(b, d, true);
        if (rm_label(d)) sb_puts(b, " *"), md_str(b, rm_label(d)), sb_putc(b, '*');
        sb_puts(b, "\n\n");
    }
    if (d->adoption) {
        char *t = rm_src_line(d, lt->adopted_words, true), *br = rm_src_bracket(d);
        if (t) md_str(b, t), sb_puts(b, br ? "\\\n" : "\n\n");
        if (br) text(b, d, br, "header", NULL), sb_puts(b, "\n\n");
        free(t), free(br);
    }
    if (d->number || d->title) {
        sb_puts(b, "# ");
        if (d->number) md_str(b, d->number), sb_puts(b, ". ");
        if (d->title) text(b, d, d->title, "header", NULL);
        loose_notes(b, d, false);
        sb_puts(b, "\n\n");
    }
    if (d->formula) md_str(b, d->formula), sb_puts(b, "\n\n");
    for (size_t i = 0; i < d->n_preamble; i++) {
        const unres_para *p = &d->preamble[i];
        text(b, d, p->text, p->id, p);
        sb_puts(b, "\n\n");
        if (p->n_items) items(b, d, p, 0), sb_putc(b, '\n');
    }
    int sec = -1;
    for (size_t i = 0; i < d->n_operative; i++) {
        const unres_para *p = &d->operative[i];
        if (p->section >= 0 && p->section != sec && (size_t)p->section < d->n_sections) {
            const unres_section *s = &d->sections[p->section];
            sb_puts(b, "\n## ");
            if (s->num) md_str(b, s->num);
            if (s->num && s->heading) sb_puts(b, ". ");
            md_str(b, s->heading);
            sb_puts(b, "\n\n");
        }
        sec = p->section;
        put_num(b, p->num);
        text(b, d, p->text, p->id, p);
        sb_puts(b, "\n\n");
        if (p->n_items) items(b, d, p, 1), sb_putc(b, '\n');
    }
    adopted(b, d);
    if (d->adoption && (d->adoption->meeting || d->adoption->date)) {
        sb_puts(b, "<div align=\"right\">\n\n");
        if (d->adoption->meeting) md_str(b, d->adoption->meeting);
        if (d->adoption->date) {
            char *t = rm_date_text(d, d->adoption->date, true);
            if (d->adoption->meeting) sb_puts(b, "\\\n");
            md_str(b, t);
            free(t);
        }
        sb_puts(b, "\n\n</div>\n\n");
    }
    /* an amendment's instructions and the text they quote */
    if (!d->n_operative && d->amendment_text) lines(b, d, d->amendment_text, "amendment");
    for (size_t i = 0; i < d->n_annexes; i++) {
        const unres_annex *x = &d->annexes[i];
        char in[32];
        snprintf(in, sizeof in, "annex:%zu", i + 1);
        sb_puts(b, "## "), md_str(b, x->heading ? x->heading : "Annex"), sb_puts(b, "\n\n");
        lines(b, d, x->text ? x->text : "", in);
    }
    for (size_t i = 0; i < d->n_footnotes; i++) {
        const unres_footnote *f = &d->footnotes[i];
        char in[64];
        snprintf(in, sizeof in, "footnote:%s", f->marker);
        fn_label(b, f->marker);
        sb_puts(b, ": ");
        text(b, d, f->text, in, NULL);
        sb_putc(b, '\n');
    }
}
