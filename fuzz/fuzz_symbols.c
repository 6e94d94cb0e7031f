/* fuzz_symbols: the document symbol scanner (symbol_scan) at every offset of
 * the input, with output buffers from tiny to roomy, and symbol_from_filename
 * on the input as a path.  Input is checked to be UTF-8 first, as the parser
 * does before any scanner runs. */
#include "../src/internal.h"
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096) return 0;
    unres_error err;
    if (unres_validate_text((const char *)data, size, &err) == UNRES_ERR_UTF8) return 0;
    char *s = malloc(size + 1);
    if (!s) return 0;
    memcpy(s, data, size);
    s[size] = 0;
    static const size_t outsz[] = {1, 2, 8, 16, 128};
    for (size_t i = 0; i < size; i++) {
        char out[128];
        size_t osz = outsz[(i + size) % 5];
        size_t m = symbol_scan(s + i, size - i, out, osz);
        if (m > size - i) abort();                       /* consumed past the input */
        if (m && osz && memchr(out, 0, osz) == NULL) abort(); /* not terminated */
    }
    char out[128];
    if (!memchr(s, 0, size) && symbol_from_filename(s, out, sizeof out) && !memchr(out, 0, sizeof out)) abort();
    free(s);
    return 0;
}
