/* render.c: the renderer entry points; one file per format does the work. */
#include "render.h"

char *unres_render(const unres_doc *doc, unres_format fmt, size_t *len) {
    strbuf b = {0};
    /* JSON runs to about 1.4 times the text: one allocation, not a dozen
     * doublings that copy it over and over */
    if (fmt == UNRES_RENDER_JSON || fmt == UNRES_RENDER_JSONL) sb_reserve(&b, doc->text_len + doc->text_len / 2 + 4096);
    switch (fmt) {
    case UNRES_RENDER_JSON: render_json(&b, doc, true); sb_putc(&b, '\n'); break;
    case UNRES_RENDER_JSONL: render_json(&b, doc, false); sb_putc(&b, '\n'); break;
    case UNRES_RENDER_TEXT: render_text(&b, doc); break;
    case UNRES_RENDER_AKN: render_akn(&b, doc); break;
    case UNRES_RENDER_HTML: render_html(&b, doc); break;
    case UNRES_RENDER_MD: render_md(&b, doc); break;
    }
    return sb_take(&b, len);
}

/* TSV cells: tabs and newlines would break the row. */
static void tsv_cell(strbuf *b, const char *s) {
    if (!s) return;
    for (; *s; s++) sb_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

char *unres_render_refs(const unres_doc *doc, int tsv, int header, size_t *len) {
    strbuf b = {0};
    if (tsv && header) sb_puts(&b, "source\tdoc_symbol\tkind\tsymbol\tdate\tin\tstart\tend\ttext\n");
    for (size_t i = 0; i < doc->n_refs; i++) {
        const unres_ref *r = &doc->refs[i];
        if (!tsv) {
            render_ref_json(&b, r, doc);
        } else {
            tsv_cell(&b, doc->source), sb_putc(&b, '\t');
            tsv_cell(&b, doc->symbol), sb_putc(&b, '\t');
            tsv_cell(&b, r->kind), sb_putc(&b, '\t');
            tsv_cell(&b, r->symbol), sb_putc(&b, '\t');
            tsv_cell(&b, r->date), sb_putc(&b, '\t');
            tsv_cell(&b, r->in), sb_printf(&b, "\t%zu\t%zu\t", r->span.start, r->span.end);
            tsv_cell(&b, r->text);
        }
        sb_putc(&b, '\n');
    }
    return sb_take(&b, len);
}

char *unres_render_mandates(const unres_doc *doc, int tsv, int header, size_t *len) {
    strbuf b = {0};
    if (tsv && header)
        sb_puts(&b, "source\tdoc_symbol\tin\tverb\taddressee\taction\tdue_session\tdue_date\tstart\tend\ttext\n");
    for (size_t i = 0; i < doc->n_mandates; i++) {
        const unres_mandate *m = &doc->mandates[i];
        if (!tsv) {
            render_mandate_json(&b, m, doc);
        } else {
            tsv_cell(&b, doc->source), sb_putc(&b, '\t');
            tsv_cell(&b, doc->symbol), sb_putc(&b, '\t');
            tsv_cell(&b, m->in), sb_putc(&b, '\t');
            tsv_cell(&b, m->verb), sb_putc(&b, '\t');
            tsv_cell(&b, m->addressee), sb_putc(&b, '\t');
            tsv_cell(&b, m->action), sb_putc(&b, '\t');
            if (m->due_session) sb_printf(&b, "%d", m->due_session);
            sb_putc(&b, '\t');
            tsv_cell(&b, m->due_date), sb_putc(&b, '\t');
            sb_put_size(&b, m->span.start), sb_putc(&b, '\t');
            sb_put_size(&b, m->span.end), sb_putc(&b, '\t');
            tsv_cell(&b, m->text);
        }
        sb_putc(&b, '\n');
    }
    return sb_take(&b, len);
}
