/* parse.c: the pipeline.  Text → lines → page cleanup → masthead → blocks →
 * footnote calls → paragraph text → references → mandates. */
#include "internal.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void warn(parser *p, size_t offset, const char *code, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    unres_warning w = {code, arena_strdup(p->arena, buf), offset};
    VEC_PUSH(p->arena, p->warnings, w);
}

/* --fragment: one paragraph a line, placed by its number and opening. */
static void fragment_parse(parser *p) {
    int kind_prev = 0;
    for (size_t i = 0; i < p->L.n_lines; i++) {
        unres_line *ln = &p->L.lines[i];
        if (ln->flags & LINE_BLANK) continue;
        const char *s = p->L.text + ln->start;
        size_t n = ln->end - ln->start, m = 0, off = 0;
        /* a leading number: "3.", "١١ - ", "11 - " */
        size_t j = 0;
        while (j < n && ((s[j] >= '0' && s[j] <= '9') ||
                         (j + 1 < n && (unsigned char)s[j] == 0xD9 && (unsigned char)s[j + 1] >= 0xA0 &&
                          (unsigned char)s[j + 1] <= 0xA9 && ++j)))
            j++;
        const char *num = NULL;
        if (j && j < n && (s[j] == '.' || s[j] == ' ')) {
            size_t k = j;
            if (s[k] == '.') k++;
            while (k < n && s[k] == ' ') k++;
            if (k < n && s[k] == '-') {
                k++;
                while (k < n && s[k] == ' ') k++;
            }
            if (k > j && (s[j] == '.' || s[k - 1] == ' ')) {
                /* the number as printed: "3.", "١١ -" */
                size_t e = k;
                while (e > 0 && s[e - 1] == ' ') e--;
                num = arena_strndup(p->arena, s, e);
                off = k;
            }
        }
        const unres_opening *o = lang_match_opening(p->lt, s + off, n - off, &m);
        int kind = num ? 1 : o ? (o->pre_key ? (o->op_key && kind_prev ? 1 : 0) : 1) : kind_prev;
        rawpara r = {0};
        r.kind = kind;
        r.parent = -1;
        r.from = i;
        r.to = i + 1;
        r.text_off = ln->start + off;
        r.num = num;
        r.section = -1;
        VEC_PUSH(p->arena, p->paras, r);
        kind_prev = kind;
    }
    p->body_start = 0;
    p->formula_line = SIZE_MAX;
    p->body_end = p->L.n_lines;
}

/* The symbol: --symbol wins; else the text's; else a UN-style file name. */
static void resolve_symbol(parser *p) {
    unres_doc *d = p->doc;
    const unres_options *opt = p->opt;
    if (opt->symbol) d->symbol = arena_strdup(p->arena, opt->symbol);
    else if (!d->symbol && opt->source && strcmp(opt->source, "-") != 0) {
        char sym[128];
        if (symbol_from_filename(opt->source, sym, sizeof sym)) {
            d->symbol = arena_strdup(p->arena, sym);
            warn(p, 0, "symbol_from_filename", "the text carries no symbol; %s taken from the file name", sym);
        }
    }
}

unres_code unres_parse(const char *text, size_t len, const unres_options *opt, unres_doc **out,
                       unres_error *err) {
    static const unres_options defaults = {0};
    unres_error dummy;
    if (!err) err = &dummy;
    if (!opt) opt = &defaults;
    *out = NULL;
    unres_code rc = unres_validate_text(text, len, err);
    if (rc != UNRES_OK) return rc;

    unres_arena *a = arena_new();
    if (!a) {
        err->code = UNRES_ERR_NOMEM;
        err->msg = "out of memory";
        err->offset = (size_t)-1;
        return err->code;
    }
    unres_doc *d = arena_alloc(a, sizeof *d);
    d->arena = a;
    d->text = text;
    d->text_len = len;
    d->source = arena_strdup(a, opt->source ? opt->source : "-");
    d->lang = opt->lang != UNRES_LANG_UNKNOWN ? opt->lang : lang_detect(text, len);
    if (d->lang == UNRES_LANG_UNKNOWN) d->lang = UNRES_LANG_EN;

    parser P = {0}, *p = &P;
    p->arena = a;
    p->doc = d;
    p->opt = opt;
    p->lt = lang_table(d->lang);
    lines_split(a, text, len, &p->L);

    if (opt->fragment) {
        d->organ = "unknown";
        d->doc_type = "unknown";
        fragment_parse(p);
        resolve_symbol(p);
        masthead_from_symbol(p);
    } else {
        page_cleanup(p);
        masthead_parse(p);
        resolve_symbol(p);
        masthead_from_symbol(p);
        page_drop_heads(p);
        page_columns(p);
        blocks_parse(p);
        footnotes_place(p);
    }
    blocks_finish(p);
    refs_find(p);
    mandates_find(p);

    d->warnings = p->warnings.v;
    d->n_warnings = p->warnings.n;
    *out = d;
    return UNRES_OK;
}

void unres_doc_free(unres_doc *doc) {
    if (doc) arena_free(doc->arena);
}
