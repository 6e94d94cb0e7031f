/* render_html.c: a standalone HTML page laid out as the UN prints a
 * resolution: masthead, number and title, the formula, preambular paragraphs
 * with their opening phrase in italics, numbered operative paragraphs with
 * hanging numbers, footnotes at the end with links back to their calls,
 * references as links (undocs.org), right to left for Arabic. */
#include "render.h"
#include <stdlib.h>

static const char css[] =
    "body{margin:0;background:#f4f4f4;color:#000}\n"
    "article{max-width:44em;margin:2em auto;padding:3em 4em;background:#fff;"
    "font:12pt/1.45 'Times New Roman',Times,'Liberation Serif',serif;box-shadow:0 0 4px #bbb}\n"
    "article:lang(zh){font-family:'SimSun','Songti SC','Noto Serif CJK SC','Noto Serif SC',serif}\n"
    "article:lang(ar){font-family:'Traditional Arabic','Amiri','Noto Naskh Arabic',serif}\n"
    "a{color:inherit;text-decoration:none;border-bottom:1px dotted #0645ad}\n"
    "a:hover{color:#0645ad}\n"
    ".masthead{border-bottom:2px solid #000;padding-bottom:.6em;margin-bottom:1em;overflow:hidden}\n"
    ".symbol{float:right;font-size:150%;font-weight:bold;margin:0}\n"
    ".masthead p{margin:.1em 0}\n"
    "[dir=rtl] .symbol{float:left}\n"
    ".distribution{text-align:right;clear:both}\n"
    "[dir=rtl] .distribution{text-align:left}\n"
    ".session,.agenda{font-size:95%}\n"
    ".sponsors,.status{margin:1.5em 0 .5em 4em}\n"
    "[dir=rtl] .sponsors,[dir=rtl] .status{margin:1.5em 4em .5em 0}\n"
    ".sponsors .label{font-style:italic}\n"
    "h1{font-size:110%;font-weight:bold;margin:1.2em 0 1em 4em;text-indent:-4em;padding-left:4em}\n"
    "h1 .num{display:inline-block;min-width:4em;text-indent:0}\n"
    "h2{font-size:100%;font-weight:bold;text-align:center;margin:1.5em 0 .8em}\n"
    ".formula{margin:1em 0 .2em 4em;text-indent:2em}\n"
    "[dir=rtl] .formula{margin:1em 4em .2em 0}\n"
    ".pp,.op,.item{margin:.2em 0 .2em 4em;text-align:justify}\n"
    "[dir=rtl] .pp,[dir=rtl] .op,[dir=rtl] .item{margin:.2em 4em .2em 0}\n"
    ".pp{text-indent:2em}\n"
    ".op{text-indent:2em}\n"
    ".op>.num{display:inline-block;min-width:2.2em;text-indent:0}\n"
    ".items{margin:0;padding:0}\n"
    ".item{margin-left:7em;text-indent:-2.5em}\n"
    "[dir=rtl] .item{margin-left:0;margin-right:7em}\n"
    ".item>.num{display:inline-block;min-width:2.5em;text-indent:0}\n"
    ".opening{font-style:italic}\n"
    "cite{font-style:normal}\n"
    ":lang(zh) .opening,:lang(ar) .opening,:lang(zh) .label,:lang(ar) .label{font-style:normal}\n"
    ":lang(zh) .opening{font-family:'KaiTi','STKaiti','AR PL UKai CN','Noto Serif CJK SC',serif}\n"
    "sup.fn{font-size:70%;line-height:0}\n"
    ".conclusion{text-align:right;margin:1.5em 0}\n"
    "[dir=rtl] .conclusion{text-align:left}\n"
    ".conclusion p{margin:0}\n"
    ".footnotes{margin-top:2em;font-size:90%}\n"
    ".footnotes hr{width:12em;margin:0;border:0;border-top:1px solid #000}\n"
    "[dir=rtl] .footnotes hr{margin-right:0;margin-left:auto}\n"
    ".footnotes ol{list-style:none;padding:0 0 0 4em;margin:.5em 0}\n"
    "[dir=rtl] .footnotes ol{padding:0 4em 0 0}\n"
    ".footnotes li{margin:.2em 0;text-indent:-1.5em}\n"
    ".footnotes li .mk{display:inline-block;min-width:1.5em;text-indent:0;vertical-align:super;font-size:80%}\n"
    ".annex{margin-top:2.5em;border-top:1px solid #999}\n"
    ".annex p{margin:.4em 0 .4em 4em;text-align:justify}\n"
    "@media print{body{background:#fff}article{box-shadow:none;margin:0;padding:0}}\n";

typedef struct {
    strbuf *b;
    const unres_doc *d;
    bool *called; /* footnotes given a call already (a second call links too) */
} html;

static void esc(html *h, const char *s) { sb_xml_text(h->b, s); }

/* An id for a footnote marker: fn-1, fn-star. */
static void fn_id(strbuf *b, const char *marker) {
    if (marker[0] == '*') sb_printf(b, "star%zu", strlen(marker));
    else sb_xml_text(b, marker);
}

static void k_text(rm_sink *k, const char *s, size_t n) { rm_put_esc(k->b, s, n); }

static void k_open(rm_sink *k, const rmark *m) {
    if (m->kind == RM_OPENING) sb_puts(k->b, "<span class=\"opening\">");
    else if (m->kind == RM_DATE) sb_printf(k->b, "<time datetime=\"%s\">", m->iso);
    else if (m->kind == RM_REF) {
        if (!rm_has_href(m->ref, false)) {
            sb_puts(k->b, "<cite class=\"ref\">");
            return;
        }
        sb_puts(k->b, "<a class=\"ref\" href=\"");
        rm_href(k->b, k->d, m->ref, false);
        sb_puts(k->b, "\">");
    }
}

static void k_close(rm_sink *k, const rmark *m) {
    if (m->kind == RM_OPENING) sb_puts(k->b, "</span>");
    else if (m->kind == RM_DATE) sb_puts(k->b, "</time>");
    else if (m->kind == RM_REF) sb_puts(k->b, rm_has_href(m->ref, false) ? "</a>" : "</cite>");
}

static void call(html *h, size_t fi) {
    const char *mk = h->d->footnotes[fi].marker;
    sb_puts(h->b, "<sup class=\"fn\"><a href=\"#fn-");
    fn_id(h->b, mk);
    sb_puts(h->b, "\"");
    if (!h->called[fi]) {
        sb_puts(h->b, " id=\"fnref-");
        fn_id(h->b, mk);
        sb_puts(h->b, "\"");
        h->called[fi] = true;
    }
    sb_puts(h->b, ">");
    esc(h, mk);
    sb_puts(h->b, "</a></sup>");
}

static void k_note(rm_sink *k, const rmark *m) { call(k->ctx, m->fn); }

static void text(html *h, const char *t, const char *in, const unres_para *p) {
    rmarks m = {0};
    rm_sink k = {k_text, k_open, k_close, k_note, h->b, h->d, h};
    rm_build(h->d, t ? t : "", in, p, &m);
    rm_emit(&k, t ? t : "", &m);
    rm_free(&m);
}

/* Text kept line by line (an annex, an amendment's): a paragraph a line, opened by tag. */
static void lines(html *h, const char *t, const char *in, const char *tag) {
    while (t) {
        const char *e = strchr(t, '\n');
        size_t len = e ? (size_t)(e - t) : strlen(t);
        char *line = len ? strndup(t, len) : NULL;
        if (line) sb_puts(h->b, tag), text(h, line, in, NULL), sb_puts(h->b, "</p>\n");
        free(line);
        t = e ? e + 1 : NULL;
    }
}

static void items(html *h, const unres_para *p) {
    if (!p->n_items) return;
    sb_puts(h->b, "<div class=\"items\">\n");
    for (size_t i = 0; i < p->n_items; i++) {
        const unres_para *q = &p->items[i];
        sb_printf(h->b, "<p class=\"item\" id=\"%s\">", q->id);
        if (q->num) sb_puts(h->b, "<span class=\"num\">"), esc(h, q->num), sb_puts(h->b, "</span>");
        text(h, q->text, q->id, q);
        sb_puts(h->b, "</p>\n");
        items(h, q);
    }
    sb_puts(h->b, "</div>\n");
}

static void loose_calls(html *h, bool star) {
    for (size_t i = 0; i < h->d->n_footnotes; i++) {
        const char *mk = h->d->footnotes[i].marker;
        if (h->called[i] || rm_fn_called(h->d, mk)) continue;
        if (star != (mk[0] < '0' || mk[0] > '9')) continue;
        call(h, i);
    }
}

static void masthead(html *h) {
    const unres_doc *d = h->d;
    const unres_lang_table *lt = lang_table(d->lang);
    sb_puts(h->b, "<header class=\"masthead\">\n");
    if (d->symbol) sb_puts(h->b, "<p class=\"symbol\">"), esc(h, d->symbol), sb_puts(h->b, "</p>\n");
    if (d->date) {
        char *t = rm_date_text(d, d->date, false);
        sb_printf(h->b, "<p class=\"distribution\"><time datetime=\"%s\">", d->date);
        esc(h, t), sb_puts(h->b, "</time></p>\n");
        free(t);
    }
    if (d->session > 0) {
        char *t = rm_src_line(d, lt->session_words, false);
        sb_puts(h->b, "<p class=\"session\">");
        if (t) esc(h, t);
        else sb_printf(h->b, "%d", d->session);
        sb_puts(h->b, "</p>\n");
        free(t);
    }
    for (size_t i = 0; i < d->n_agenda_items; i++) {
        const char *w = lt->agenda_words ? lt->agenda_words[0] : NULL;
        if (w && lt->agenda_words[1] && d->n_agenda_items == 1) w = lt->agenda_words[1];
        sb_puts(h->b, "<p class=\"agenda\">");
        if (w) {
            sb_putc(h->b, (w[0] >= 'a' && w[0] <= 'z') ? (char)(w[0] - 32) : w[0]);
            esc(h, w + 1);
            if ((unsigned char)w[0] < 0x80) sb_putc(h->b, ' ');
        }
        esc(h, d->agenda_items[i].number);
        sb_puts(h->b, "</p>\n");
        if (d->agenda_items[i].title)
            sb_puts(h->b, "<p class=\"agenda\">"), esc(h, d->agenda_items[i].title), sb_puts(h->b, "</p>\n");
    }
    sb_puts(h->b, "</header>\n");
    if (d->n_sponsors || rm_label(d)) {
        const char *sep = lt->sponsor_seps ? lt->sponsor_seps[0] : ", ";
        const char *last = lt->sponsor_seps && sep && lt->sponsor_seps[1] ? lt->sponsor_seps[1] : sep;
        sb_puts(h->b, "<p class=\"sponsors\">");
        for (size_t i = 0; i < d->n_sponsors; i++) {
            if (i) esc(h, i + 1 == d->n_sponsors ? last : sep);
            esc(h, d->sponsors[i]);
        }
        if (d->n_sponsors) esc(h, d->lang == UNRES_LANG_ZH ? "：" : ": ");
        loose_calls(h, true);
        if (rm_label(d)) sb_puts(h->b, " <span class=\"label\">"), esc(h, rm_label(d)), sb_puts(h->b, "</span>");
        sb_puts(h->b, "</p>\n");
    }
    if (d->adoption) {
        char *t = rm_src_line(d, lt->adopted_words, true), *br = rm_src_bracket(d);
        if (t || br) {
            sb_puts(h->b, "<div class=\"status\">");
            if (t) sb_puts(h->b, "<p>"), esc(h, t), sb_puts(h->b, "</p>");
            if (br) sb_puts(h->b, "<p>"), text(h, br, "header", NULL), sb_puts(h->b, "</p>");
            sb_puts(h->b, "</div>\n");
        }
        free(t), free(br);
    }
    if (d->number || d->title) {
        sb_puts(h->b, "<h1>");
        if (d->number) sb_puts(h->b, "<span class=\"num\">"), esc(h, d->number), sb_puts(h->b, ".</span>");
        if (d->title) text(h, d->title, "header", NULL);
        loose_calls(h, false);
        sb_puts(h->b, "</h1>\n");
    } else loose_calls(h, false);
}

void render_html(strbuf *b, const unres_doc *d);
void render_html(strbuf *b, const unres_doc *d) {
    html H = {b, d, calloc(d->n_footnotes + 1, sizeof(bool))}, *h = &H;
    if (!H.called) {
        b->oom = true;
        return;
    }
    const char *lang = d->lang == UNRES_LANG_UNKNOWN ? "und" : unres_lang_code(d->lang);
    bool rtl = d->lang == UNRES_LANG_AR;
    sb_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n", lang,
              rtl ? "rtl" : "ltr");
    sb_puts(b, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    sb_puts(b, "<meta name=\"generator\" content=\"unres " UNRES_VERSION "\"/>\n<title>");
    if (d->symbol) esc(h, d->symbol);
    if (d->symbol && d->title) sb_puts(b, " — ");
    if (d->title) esc(h, d->title);
    if (!d->symbol && !d->title) sb_puts(b, "Document");
    sb_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<article lang=\"%s\">\n", css, lang);
    masthead(h);
    if (d->formula) sb_puts(b, "<p class=\"formula\">"), esc(h, d->formula), sb_puts(b, "</p>\n");
    for (size_t i = 0; i < d->n_preamble; i++) {
        const unres_para *p = &d->preamble[i];
        sb_printf(b, "<p class=\"pp\" id=\"%s\">", p->id);
        text(h, p->text, p->id, p);
        sb_puts(b, "</p>\n");
        items(h, p);
    }
    int sec = -1;
    for (size_t i = 0; i < d->n_operative; i++) {
        const unres_para *p = &d->operative[i];
        if (p->section >= 0 && p->section != sec && (size_t)p->section < d->n_sections) {
            const unres_section *s = &d->sections[p->section];
            sb_puts(b, "<h2>");
            if (s->num) esc(h, s->num);
            if (s->num && s->heading) sb_puts(b, "<br/>");
            if (s->heading) esc(h, s->heading);
            sb_puts(b, "</h2>\n");
        }
        sec = p->section;
        sb_printf(b, "<p class=\"op\" id=\"%s\">", p->id);
        if (p->num) sb_puts(b, "<span class=\"num\">"), esc(h, p->num), sb_puts(b, "</span>");
        text(h, p->text, p->id, p);
        sb_puts(b, "</p>\n");
        items(h, p);
    }
    /* the text the resolution adopts, quoted: its numbered paragraphs as the
     * resolution's own, the unnumbered text between them as paragraphs */
    const unres_annex *at = d->adopted_text;
    if (at && at->n_paragraphs) {
        sb_puts(b, "<blockquote class=\"adopted\">\n");
        for (size_t i = 0; i < at->n_paragraphs; i++) {
            const unres_para *p = &at->paragraphs[i];
            sb_printf(b, "<p class=\"%s\" id=\"%s\">", p->num ? "op" : "pp unnumbered", p->id);
            if (p->num) sb_puts(b, "<span class=\"num\">"), esc(h, p->num), sb_puts(b, "</span>");
            text(h, p->text, p->id, p);
            sb_puts(b, "</p>\n");
            items(h, p);
        }
        sb_puts(b, "</blockquote>\n");
    }
    if (d->adoption && (d->adoption->meeting || d->adoption->date)) {
        sb_puts(b, "<div class=\"conclusion\">");
        if (d->adoption->meeting) sb_puts(b, "<p>"), esc(h, d->adoption->meeting), sb_puts(b, "</p>");
        if (d->adoption->date) {
            char *t = rm_date_text(d, d->adoption->date, true);
            sb_printf(b, "<p><time datetime=\"%s\">", d->adoption->date);
            esc(h, t), sb_puts(b, "</time></p>");
            free(t);
        }
        sb_puts(b, "</div>\n");
    }
    if (d->n_footnotes) {
        sb_puts(b, "<section class=\"footnotes\">\n<hr/>\n<ol>\n");
        for (size_t i = 0; i < d->n_footnotes; i++) {
            const unres_footnote *f = &d->footnotes[i];
            char in[64];
            snprintf(in, sizeof in, "footnote:%s", f->marker);
            sb_puts(b, "<li id=\"fn-"), fn_id(b, f->marker), sb_puts(b, "\"><span class=\"mk\">");
            esc(h, f->marker);
            sb_puts(b, "</span>");
            text(h, f->text, in, NULL);
            if (H.called[i]) sb_puts(b, " <a class=\"back\" href=\"#fnref-"), fn_id(b, f->marker), sb_puts(b, "\" aria-label=\"back\">↩</a>");
            sb_puts(b, "</li>\n");
        }
        sb_puts(b, "</ol>\n</section>\n");
    }
    /* an amendment's instructions and the text they quote */
    if (!d->n_operative && d->amendment_text) lines(h, d->amendment_text, "amendment", "<p class=\"amendment\">");
    for (size_t i = 0; i < d->n_annexes; i++) {
        const unres_annex *x = &d->annexes[i];
        char in[32];
        snprintf(in, sizeof in, "annex:%zu", i + 1);
        sb_printf(b, "<section class=\"annex\" id=\"annex-%zu\">\n", i + 1);
        if (x->heading) sb_puts(b, "<h2>"), esc(h, x->heading), sb_puts(b, "</h2>\n");
        lines(h, x->text ? x->text : "", in, "<p>");
        sb_puts(b, "</section>\n");
    }
    sb_puts(b, "</article>\n</body>\n</html>\n");
    free(H.called);
}
