/* render_md.c: stub, being written. */
#include "internal.h"
void render_md(strbuf *b, const unres_doc *d);
void render_md(strbuf *b, const unres_doc *d) { (void)b; (void)d; }
