/* unres: the command line.  Argument parsing and output only; every bit of
 * parsing is in libunres. */
#include "unres.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

static const char usage[] =
    "usage: unres [parse] [--to json|jsonl|text|akn|html|md] [--lang L] [--symbol S]\n"
    "             [--fragment] [-j N] FILE...\n"
    "       unres refs [--to jsonl|tsv] FILE...\n"
    "       unres mandates [--to jsonl|tsv] FILE...\n"
    "       unres summary FILE...\n"
    "FILE may be a PDF (read through pdftotext) or UTF-8 text; - reads standard input.\n"
    "Languages: ar zh en fr ru es (detected when --lang is not given).\n"
    "-j N reads N files at a time (default: the CPUs, at most 4); output keeps the files' order.\n";

typedef enum { CMD_PARSE, CMD_REFS, CMD_MANDATES, CMD_SUMMARY } command;

static int usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "unres: %s%s%s\n%s", msg, arg ? ": " : "", arg ? arg : "", usage);
    return 2;
}

static void summary(FILE *o, const unres_doc *d) {
    fprintf(o, "%s\n", d->source);
    fprintf(o, "  %-11s %s (%s, %s, language %s)\n", "symbol", d->symbol ? d->symbol : "-", d->doc_type, d->organ,
            unres_lang_code(d->lang));
    if (d->session) fprintf(o, "  %-11s %d\n", "session", d->session);
    if (d->date) fprintf(o, "  %-11s %s\n", "date", d->date);
    for (size_t i = 0; i < d->n_agenda_items; i++)
        fprintf(o, "  %-11s %s %s\n", "agenda item", d->agenda_items[i].number,
                d->agenda_items[i].title ? d->agenda_items[i].title : "");
    if (d->n_sponsors) {
        fprintf(o, "  %-11s ", "sponsors");
        for (size_t i = 0; i < d->n_sponsors; i++) fprintf(o, "%s%s", i ? "; " : "", d->sponsors[i]);
        fprintf(o, "\n");
    }
    if (d->number) fprintf(o, "  %-11s %s\n", "number", d->number);
    if (d->title) fprintf(o, "  %-11s %s\n", "title", d->title);
    if (d->adoption)
        fprintf(o, "  %-11s %s%s%s\n", "adopted", d->adoption->date ? d->adoption->date : "?",
                d->adoption->n_drafts ? " from " : "", d->adoption->n_drafts ? d->adoption->drafts[0] : "");
    fprintf(o, "  %-11s %zu preambular, %zu operative, %zu footnotes, %zu references, %zu mandates\n", "structure",
            d->n_preamble, d->n_operative, d->n_footnotes, d->n_refs, d->n_mandates);
    for (size_t i = 0; i < d->n_preamble + d->n_operative; i++) {
        const unres_para *p = i < d->n_preamble ? &d->preamble[i] : &d->operative[i - d->n_preamble];
        int w = 0;
        const char *t = p->text;
        /* the first 60 bytes, cut at a character boundary */
        while (t[w] && w < 60) w++;
        while (t[w] && ((unsigned char)t[w] & 0xC0) == 0x80) w++;
        fprintf(o, "    %-6s %-30s %.*s%s", p->id, p->opening_key ? p->opening_key : "?", w, t, t[w] ? "…" : "");
        if (p->n_footnote_refs) {
            fprintf(o, "  [fn");
            for (size_t k = 0; k < p->n_footnote_refs; k++) fprintf(o, " %s", p->footnote_refs[k]);
            fprintf(o, "]");
        }
        fprintf(o, "\n");
    }
    for (size_t i = 0; i < d->n_mandates; i++) {
        const unres_mandate *m = &d->mandates[i];
        fprintf(o, "  mandate    %s: %s → %s (%s", m->in, m->verb, m->addressee ? m->addressee : "?", m->action);
        if (m->due_session) fprintf(o, ", session %d", m->due_session);
        if (m->due_date) fprintf(o, ", by %s", m->due_date);
        fprintf(o, ")\n");
    }
    for (size_t i = 0; i < d->n_warnings; i++) fprintf(o, "  warning    %s: %s\n", d->warnings[i].code, d->warnings[i].message);
}

/* ---- the batch: one document at a time per worker, output in order ---- */

typedef struct {
    char *out;    /* what goes to standard output */
    size_t len;
    char *err;    /* the line that goes to standard error, or NULL */
    int status;
    int done;
} result;

typedef struct {
    char **files;
    int n;
    command cmd;
    unres_format fmt;
    int tsv;
    unres_options opt;
    /* shared among workers */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int next, written, window;
    result *slots; /* a ring of window results: memory does not grow with the batch */
} batch;

static char *line_of(const char *path, const unres_error *err) {
    char *e = NULL;
    int r = err->offset != (size_t)-1 ? asprintf(&e, "%s: %s at byte %zu\n", path, err->msg, err->offset)
                                       : asprintf(&e, "%s: %s\n", path, err->msg);
    return r < 0 ? NULL : e;
}

/* Reads, parses and renders file f into *r. */
static void one(const batch *B, int f, result *r) {
    const char *path = B->files[f];
    char *buf = NULL;
    size_t len = 0;
    unres_error err = {0};
    unres_doc *doc = NULL;
    unres_options opt = B->opt;
    memset(r, 0, sizeof *r);
    unres_code rc = unres_read_file(path, &buf, &len, &err);
    if (rc == UNRES_OK) {
        opt.source = path;
        rc = unres_parse(buf, len, &opt, &doc, &err);
    }
    if (rc != UNRES_OK) {
        /* one line naming the file; the batch goes on */
        r->err = line_of(path, &err);
        r->status = 1;
        free(buf);
        return;
    }
    if (B->cmd == CMD_SUMMARY) {
        FILE *o = open_memstream(&r->out, &r->len);
        if (o) {
            summary(o, doc);
            if (fclose(o) != 0) free(r->out), r->out = NULL;
        }
    } else if (B->cmd == CMD_REFS) r->out = unres_render_refs(doc, B->tsv, f == 0, &r->len);
    else if (B->cmd == CMD_MANDATES) r->out = unres_render_mandates(doc, B->tsv, f == 0, &r->len);
    else r->out = unres_render(doc, B->fmt, &r->len);
    if (!r->out) {
        unres_error oom = {.msg = "out of memory rendering", .offset = (size_t)-1};
        r->err = line_of(path, &oom);
        r->status = 1;
    }
    unres_doc_free(doc);
    free(buf);
}

static int emit(result *r) {
    if (r->out) fwrite(r->out, 1, r->len, stdout);
    if (r->err) {
        fflush(stdout);
        fputs(r->err, stderr);
    }
    free(r->out);
    free(r->err);
    return r->status;
}

/* pthreads, not C11 threads: ThreadSanitizer follows these */
static void *worker(void *arg) {
    batch *B = arg;
    pthread_mutex_lock(&B->mu);
    for (;;) {
        /* no further ahead of the writer than the ring holds */
        while (B->next < B->n && B->next >= B->written + B->window) pthread_cond_wait(&B->cv, &B->mu);
        if (B->next >= B->n) break;
        int f = B->next++;
        pthread_mutex_unlock(&B->mu);
        result r;
        one(B, f, &r);
        pthread_mutex_lock(&B->mu);
        r.done = 1;
        B->slots[f % B->window] = r;
        pthread_cond_broadcast(&B->cv);
    }
    pthread_mutex_unlock(&B->mu);
    return NULL;
}

static int run_batch(batch *B, int jobs) {
    if (!jobs) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = cpus < 1 ? 1 : cpus > 4 ? 4 : (int)cpus;
    }
    if (jobs > B->n) jobs = B->n;
    /* standard input is read by one reader, in its turn */
    for (int f = 0; f < B->n && jobs > 1; f++)
        if (!strcmp(B->files[f], "-")) jobs = 1;
    int status = 0;
    pthread_t th[256];
    int started = 0;
    if (jobs > 1 && pthread_mutex_init(&B->mu, NULL) == 0) {
        if (pthread_cond_init(&B->cv, NULL) == 0) {
            B->window = 2 * jobs;
            B->slots = calloc((size_t)B->window, sizeof *B->slots);
            for (; B->slots && started < jobs; started++)
                if (pthread_create(&th[started], NULL, worker, B) != 0) break;
            if (!started) {
                free(B->slots);
                pthread_cond_destroy(&B->cv);
            }
        }
        if (!started) pthread_mutex_destroy(&B->mu);
    }
    if (!started) {
        /* one at a time, here */
        for (int f = 0; f < B->n; f++) {
            result r;
            one(B, f, &r);
            status |= emit(&r);
        }
        return status;
    }
    pthread_mutex_lock(&B->mu);
    while (B->written < B->n) {
        result *r = &B->slots[B->written % B->window];
        while (!r->done) pthread_cond_wait(&B->cv, &B->mu);
        result got = *r;
        r->done = 0;
        pthread_mutex_unlock(&B->mu);
        status |= emit(&got);
        pthread_mutex_lock(&B->mu);
        B->written++;
        pthread_cond_broadcast(&B->cv);
    }
    pthread_mutex_unlock(&B->mu);
    for (int k = 0; k < started; k++) pthread_join(th[k], NULL);
    free(B->slots);
    pthread_cond_destroy(&B->cv);
    pthread_mutex_destroy(&B->mu);
    return status;
}

int main(int argc, char **argv) {
    command cmd = CMD_PARSE;
    unres_format fmt = UNRES_RENDER_JSON;
    int tsv = 0;
    unres_options opt = {0};
    int first = 1, jobs = 0;
    if (argc > 1 && !strcmp(argv[1], "parse")) first = 2;
    else if (argc > 1 && !strcmp(argv[1], "refs")) cmd = CMD_REFS, first = 2;
    else if (argc > 1 && !strcmp(argv[1], "mandates")) cmd = CMD_MANDATES, first = 2;
    else if (argc > 1 && !strcmp(argv[1], "summary")) cmd = CMD_SUMMARY, first = 2;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    int nfiles = 0;
    if (!files) return 1;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            free(files);
            return 0;
        }
        if (!strcmp(a, "--version")) {
            printf("unres %s\n", UNRES_VERSION);
            free(files);
            return 0;
        }
        if (!strcmp(a, "--fragment")) { opt.fragment = 1; continue; }
        if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
            char *end = NULL;
            long v = i + 1 < argc ? strtol(argv[i + 1], &end, 10) : 0;
            if (!end || *end || v < 1 || v > 256) { free(files); return usage_error("-j takes a number of files from 1 to 256", i + 1 < argc ? argv[i + 1] : NULL); }
            jobs = (int)v, i++;
            continue;
        }
        if (!strcmp(a, "--to") || !strcmp(a, "--lang") || !strcmp(a, "--symbol")) {
            if (i + 1 >= argc) { free(files); return usage_error("missing value after", a); }
            const char *v = argv[++i];
            if (!strcmp(a, "--lang")) {
                opt.lang = unres_lang_from_code(v);
                if (!opt.lang) { free(files); return usage_error("unknown language (ar zh en fr ru es)", v); }
            } else if (!strcmp(a, "--symbol")) {
                opt.symbol = v;
            } else if (!strcmp(v, "json")) fmt = UNRES_RENDER_JSON;
            else if (!strcmp(v, "jsonl")) fmt = UNRES_RENDER_JSONL;
            else if (!strcmp(v, "text")) fmt = UNRES_RENDER_TEXT;
            else if (!strcmp(v, "akn")) fmt = UNRES_RENDER_AKN;
            else if (!strcmp(v, "html")) fmt = UNRES_RENDER_HTML;
            else if (!strcmp(v, "md")) fmt = UNRES_RENDER_MD;
            else if (!strcmp(v, "tsv") && cmd != CMD_PARSE) tsv = 1;
            else { free(files); return usage_error("unknown output format", v); }
            continue;
        }
        if (a[0] == '-' && a[1]) { free(files); return usage_error("unknown option", a); }
        files[nfiles++] = argv[i];
    }
    if (!nfiles) { free(files); return usage_error("no input file", NULL); }

    batch B = {.files = files, .n = nfiles, .cmd = cmd, .fmt = nfiles > 1 && fmt == UNRES_RENDER_JSON ? UNRES_RENDER_JSONL : fmt,
               .tsv = tsv, .opt = opt};
    int status = run_batch(&B, jobs);
    free(files);
    if (fflush(stdout) != 0) return 1;
    return status;
}
