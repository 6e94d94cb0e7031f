/* fuzz_pdf: the PDF path.  The input, given a %PDF- header if it lacks one,
 * is written to a temporary file and read with unres_read_file, which runs
 * pdftotext and checks its output (broken PDF, no text layer); the text
 * then goes through the parser and a renderer.  pdftotext itself is not
 * instrumented: what is tested is our side of the pipe, and that no PDF
 * makes the read hang (libFuzzer's -timeout). */
#include "unres.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static char path[256];
    if (!path[0]) {
        const char *dir = getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/fuzz_pdf.%ld.pdf", dir && *dir ? dir : "/tmp", (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    if (size < 5 || memcmp(data, "%PDF-", 5) != 0) fputs("%PDF-1.4\n", f);
    fwrite(data, 1, size, f);
    fclose(f);
    char *buf = NULL;
    size_t len = 0;
    unres_error err;
    if (unres_read_file(path, &buf, &len, &err) == UNRES_OK) {
        unres_options opt = {0};
        opt.source = path;
        unres_doc *doc = NULL;
        if (unres_parse(buf, len, &opt, &doc, &err) == UNRES_OK) {
            free(unres_render(doc, UNRES_RENDER_JSONL, NULL));
            unres_doc_free(doc);
        }
    } else if (buf) {
        abort(); /* an error must not leave a buffer behind */
    }
    free(buf);
    unlink(path);
    return 0;
}
