/* bench: time each stage of the parser over a batch of files, in the order
 * of src/parse.c (unres_parse), one document at a time as the CLI does.
 * Prints one line a stage: seconds, MB/s of input, share of the total.
 * It mirrors the pipeline rather than calling unres_parse so that each
 * stage can be timed; the symbol from the file name is left out (cheap). */
#include "../src/internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { S_READ, S_VALIDATE, S_DETECT, S_LINES, S_PAGE, S_MASTHEAD, S_HEADS, S_BLOCKS, S_FOOTNOTES,
       S_FINISH, S_REFS, S_MANDATES, S_RENDER, S_FREE, S_N };
static const char *const names[S_N] = {"read file", "validate UTF-8", "detect language", "split lines",
                                       "page cleanup", "masthead", "running heads", "blocks",
                                       "footnote calls", "paragraph text", "references", "mandates",
                                       "render JSONL", "free"};
static double acc[S_N];

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define STAGE(k, stmt)                                                                             \
    do {                                                                                           \
        double t0_ = now();                                                                        \
        stmt;                                                                                      \
        acc[k] += now() - t0_;                                                                     \
    } while (0)

int main(int argc, char **argv) {
    size_t bytes = 0, out_bytes = 0;
    int nfiles = 0, bad = 0;
    for (int f = 1; f < argc; f++) {
        char *buf = NULL;
        size_t len = 0, olen = 0;
        unres_error err;
        unres_code rc;
        STAGE(S_READ, rc = unres_read_file(argv[f], &buf, &len, &err));
        if (rc != UNRES_OK) { bad++; continue; }
        STAGE(S_VALIDATE, rc = unres_validate_text(buf, len, &err));
        if (rc != UNRES_OK) { bad++; free(buf); continue; }
        bytes += len;
        nfiles++;
        unres_options opt = {0};
        opt.source = argv[f];
        unres_arena *a = arena_new();
        unres_doc *d = arena_alloc(a, sizeof *d);
        d->arena = a;
        d->text = buf;
        d->text_len = len;
        d->source = arena_strdup(a, argv[f]);
        STAGE(S_DETECT, d->lang = lang_detect(buf, len));
        if (d->lang == UNRES_LANG_UNKNOWN) d->lang = UNRES_LANG_EN;
        parser P = {0}, *p = &P;
        p->arena = a;
        p->doc = d;
        p->opt = &opt;
        p->lt = lang_table(d->lang);
        STAGE(S_LINES, lines_split(a, buf, len, &p->L));
        STAGE(S_PAGE, page_cleanup(p));
        STAGE(S_MASTHEAD, masthead_parse(p));
        STAGE(S_HEADS, page_drop_heads(p));
        STAGE(S_BLOCKS, blocks_parse(p));
        STAGE(S_FOOTNOTES, footnotes_place(p));
        STAGE(S_FINISH, blocks_finish(p));
        STAGE(S_REFS, refs_find(p));
        STAGE(S_MANDATES, mandates_find(p));
        d->warnings = p->warnings.v;
        d->n_warnings = p->warnings.n;
        char *out;
        STAGE(S_RENDER, out = unres_render(d, UNRES_RENDER_JSONL, &olen));
        out_bytes += olen;
        STAGE(S_FREE, free(out); unres_doc_free(d); free(buf));
    }
    double total = 0;
    for (int k = 0; k < S_N; k++) total += acc[k];
    double mb = (double)bytes / 1e6;
    printf("%d documents, %.1f MB of text, %.1f MB of JSON%s\n", nfiles, mb, (double)out_bytes / 1e6,
           bad ? " (some files unreadable)" : "");
    printf("  %-16s %9s %10s %6s\n", "stage", "seconds", "MB/s", "share");
    for (int k = 0; k < S_N; k++)
        printf("  %-16s %9.3f %10.1f %5.1f%%\n", names[k], acc[k], acc[k] > 0 ? mb / acc[k] : 0.0,
               total > 0 ? 100 * acc[k] / total : 0.0);
    printf("  %-16s %9.3f %10.1f\n", "total", total, total > 0 ? mb / total : 0.0);
    return bad ? 1 : 0;
}
