/* render_text.c: plain text, one paragraph a line, for reading and diffing. */
#include "render.h"

static void para(strbuf *b, const unres_para *p, int depth) {
    for (int i = 0; i < depth; i++) sb_lit(b, "    ");
    if (p->num) sb_puts(b, p->num), sb_putc(b, ' ');
    sb_puts(b, p->text);
    sb_putc(b, '\n');
    for (size_t i = 0; i < p->n_items; i++) para(b, &p->items[i], depth + 1);
}

void render_text(strbuf *b, const unres_doc *d) {
    if (d->symbol) sb_printf(b, "%s\n", d->symbol);
    if (d->number || d->title) {
        if (d->number) sb_printf(b, "%s. ", d->number);
        if (d->title) sb_puts(b, d->title);
        sb_putc(b, '\n');
    }
    if (d->formula) sb_printf(b, "%s\n", d->formula);
    for (size_t i = 0; i < d->n_preamble; i++) para(b, &d->preamble[i], 0);
    for (size_t i = 0; i < d->n_operative; i++) para(b, &d->operative[i], 0);
    for (size_t i = 0; i < d->n_footnotes; i++)
        sb_printf(b, "[%s] %s\n", d->footnotes[i].marker, d->footnotes[i].text);
    for (size_t i = 0; i < d->n_annexes; i++) sb_printf(b, "%s\n%s\n", d->annexes[i].heading, d->annexes[i].text);
}
