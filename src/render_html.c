/* render_html.c: stub, being written. */
#include "internal.h"
void render_html(strbuf *b, const unres_doc *d);
void render_html(strbuf *b, const unres_doc *d) { (void)b; (void)d; }
