/* unres: the command line.  Argument parsing and output only; every bit of
 * parsing is in libunres. */
#include "unres.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: unres [parse] [--to json|jsonl|text|akn|html|md] [--lang L] [--symbol S]\n"
    "             [--fragment] FILE...\n"
    "       unres refs [--to jsonl|tsv] FILE...\n"
    "       unres mandates [--to jsonl|tsv] FILE...\n"
    "       unres summary FILE...\n"
    "FILE may be a PDF (read through pdftotext) or UTF-8 text; - reads standard input.\n"
    "Languages: ar zh en fr ru es (detected when --lang is not given).\n";

typedef enum { CMD_PARSE, CMD_REFS, CMD_MANDATES, CMD_SUMMARY } command;

static int usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "unres: %s%s%s\n%s", msg, arg ? ": " : "", arg ? arg : "", usage);
    return 2;
}

static void summary(const unres_doc *d) {
    printf("%s\n", d->source);
    printf("  %-11s %s (%s, %s, language %s)\n", "symbol", d->symbol ? d->symbol : "-", d->doc_type, d->organ,
           unres_lang_code(d->lang));
    if (d->session) printf("  %-11s %d\n", "session", d->session);
    if (d->date) printf("  %-11s %s\n", "date", d->date);
    for (size_t i = 0; i < d->n_agenda_items; i++)
        printf("  %-11s %s %s\n", "agenda item", d->agenda_items[i].number,
               d->agenda_items[i].title ? d->agenda_items[i].title : "");
    if (d->n_sponsors) {
        printf("  %-11s ", "sponsors");
        for (size_t i = 0; i < d->n_sponsors; i++) printf("%s%s", i ? "; " : "", d->sponsors[i]);
        printf("\n");
    }
    if (d->number) printf("  %-11s %s\n", "number", d->number);
    if (d->title) printf("  %-11s %s\n", "title", d->title);
    if (d->adoption)
        printf("  %-11s %s%s%s\n", "adopted", d->adoption->date ? d->adoption->date : "?",
               d->adoption->n_drafts ? " from " : "", d->adoption->n_drafts ? d->adoption->drafts[0] : "");
    printf("  %-11s %zu preambular, %zu operative, %zu footnotes, %zu references, %zu mandates\n", "structure",
           d->n_preamble, d->n_operative, d->n_footnotes, d->n_refs, d->n_mandates);
    for (size_t i = 0; i < d->n_preamble + d->n_operative; i++) {
        const unres_para *p = i < d->n_preamble ? &d->preamble[i] : &d->operative[i - d->n_preamble];
        int w = 0;
        const char *t = p->text;
        /* the first 60 bytes, cut at a character boundary */
        while (t[w] && w < 60) w++;
        while (t[w] && ((unsigned char)t[w] & 0xC0) == 0x80) w++;
        printf("    %-6s %-30s %.*s%s", p->id, p->opening_key ? p->opening_key : "?", w, t, t[w] ? "…" : "");
        if (p->n_footnote_refs) {
            printf("  [fn");
            for (size_t k = 0; k < p->n_footnote_refs; k++) printf(" %s", p->footnote_refs[k]);
            printf("]");
        }
        printf("\n");
    }
    for (size_t i = 0; i < d->n_mandates; i++) {
        const unres_mandate *m = &d->mandates[i];
        printf("  mandate    %s: %s → %s (%s", m->in, m->verb, m->addressee ? m->addressee : "?", m->action);
        if (m->due_session) printf(", session %d", m->due_session);
        if (m->due_date) printf(", by %s", m->due_date);
        printf(")\n");
    }
    for (size_t i = 0; i < d->n_warnings; i++) printf("  warning    %s: %s\n", d->warnings[i].code, d->warnings[i].message);
}

int main(int argc, char **argv) {
    command cmd = CMD_PARSE;
    unres_format fmt = UNRES_RENDER_JSON;
    int tsv = 0;
    unres_options opt = {0};
    int first = 1;
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

    int status = 0;
    for (int f = 0; f < nfiles; f++) {
        const char *path = files[f];
        char *buf = NULL;
        size_t len = 0;
        unres_error err = {0};
        unres_doc *doc = NULL;
        unres_code rc = unres_read_file(path, &buf, &len, &err);
        if (rc == UNRES_OK) {
            opt.source = path;
            rc = unres_parse(buf, len, &opt, &doc, &err);
        }
        if (rc != UNRES_OK) {
            /* one line naming the file; the batch goes on */
            if (err.offset != (size_t)-1) fprintf(stderr, "%s: %s at byte %zu\n", path, err.msg, err.offset);
            else fprintf(stderr, "%s: %s\n", path, err.msg);
            status = 1;
            free(buf);
            continue;
        }
        char *out = NULL;
        size_t olen = 0;
        if (cmd == CMD_SUMMARY) summary(doc);
        else if (cmd == CMD_REFS) out = unres_render_refs(doc, tsv, f == 0, &olen);
        else if (cmd == CMD_MANDATES) out = unres_render_mandates(doc, tsv, f == 0, &olen);
        else out = unres_render(doc, nfiles > 1 && fmt == UNRES_RENDER_JSON ? UNRES_RENDER_JSONL : fmt, &olen);
        if (out) fwrite(out, 1, olen, stdout);
        else if (cmd != CMD_SUMMARY) {
            fprintf(stderr, "%s: out of memory rendering\n", path);
            status = 1;
        }
        free(out);
        unres_doc_free(doc);
        free(buf);
    }
    free(files);
    if (fflush(stdout) != 0) return 1;
    return status;
}
