/* fuzz_parse: the text parser, end to end.  The first byte picks the
 * options (language, --fragment, a UN-style source name) so one input
 * exercises every language table; the rest is the text.  Every renderer runs
 * on the tree, so a bad span or a dangling string shows under ASan. */
#include "unres.h"
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    static const char *const sources[] = {"-", "A_RES_79_10.txt", "A_C.3_80_L.6.pdf", "x"};
    uint8_t o = data[0];
    unres_options opt = {0};
    opt.lang = (unres_lang)(o % 7);           /* 0 = detect */
    opt.fragment = (o >> 3) & 1;
    opt.source = sources[(o >> 4) & 3];
    if ((o >> 6) == 3) opt.symbol = "A/RES/1/1";
    /* a copy of exactly size bytes, so reading past the end is caught */
    size_t n = size - 1;
    char *text = malloc(n ? n : 1);
    if (!text) return 0;
    for (size_t i = 0; i < n; i++) text[i] = (char)data[i + 1];
    unres_doc *doc = NULL;
    unres_error err;
    if (unres_parse(text, n, &opt, &doc, &err) == UNRES_OK) {
        for (int f = UNRES_RENDER_JSON; f <= UNRES_RENDER_MD; f++) free(unres_render(doc, (unres_format)f, NULL));
        free(unres_render_refs(doc, o & 1, 1, NULL));
        free(unres_render_mandates(doc, (o >> 1) & 1, 1, NULL));
        unres_doc_free(doc);
    }
    free(text);
    return 0;
}
