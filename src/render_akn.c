/* render_akn.c: stub, being written. */
#include "internal.h"
void render_akn(strbuf *b, const unres_doc *d);
void render_akn(strbuf *b, const unres_doc *d) { (void)b; (void)d; }
