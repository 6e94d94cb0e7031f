/* refs.c: references to resolutions, documents and instruments. */
#include "internal.h"

void refs_find(parser *p) { (void)p; }
