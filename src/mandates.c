/* mandates.c: who is asked to do what, by when. */
#include "internal.h"

void mandates_find(parser *p) { (void)p; }
