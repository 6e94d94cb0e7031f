/* render.h: what the renderers share.  Not installed.
 *
 * "Marks" are byte ranges of a paragraph's clean text that a renderer wraps:
 * the opening phrase, references, dates and footnote calls.  The masthead
 * helpers give back lines the document model keeps only as values (the
 * session line, the adoption line). */
#ifndef UNRES_RENDER_H
#define UNRES_RENDER_H

#include "internal.h"

void render_json(strbuf *b, const unres_doc *d, bool pretty);
void render_text(strbuf *b, const unres_doc *d);
void render_akn(strbuf *b, const unres_doc *d);
void render_html(strbuf *b, const unres_doc *d);
void render_md(strbuf *b, const unres_doc *d);
void render_ref_json(strbuf *b, const unres_ref *r, const unres_doc *doc);
void render_mandate_json(strbuf *b, const unres_mandate *m, const unres_doc *doc);

typedef enum { RM_NOTE, RM_OPENING, RM_REF, RM_DATE } rm_kind;

typedef struct {
    size_t start, end;    /* [start, end) of the text; start == end for a note */
    rm_kind kind;
    const unres_ref *ref; /* RM_REF */
    size_t fn;            /* RM_NOTE: index into doc->footnotes */
    char iso[11];         /* RM_DATE */
} rmark;

typedef struct {
    rmark *v;
    size_t n, cap;
} rmarks;

typedef struct rm_sink rm_sink;
struct rm_sink {
    void (*text)(rm_sink *k, const char *s, size_t n);
    void (*open)(rm_sink *k, const rmark *m);
    void (*close)(rm_sink *k, const rmark *m);
    void (*note)(rm_sink *k, const rmark *m);
    strbuf *b;
    const unres_doc *d;
    void *ctx;
};

void rm_build(const unres_doc *d, const char *text, const char *in, const unres_para *p,
              rmarks *m);
void rm_free(rmarks *m);
void rm_emit(rm_sink *k, const char *text, const rmarks *m);
void rm_put_esc(strbuf *b, const char *s, size_t n);
void rm_href(strbuf *b, const unres_doc *d, const unres_ref *r, bool akn);
bool rm_has_href(const unres_ref *r, bool akn);
bool rm_fn_called(const unres_doc *d, const char *marker);
char *rm_src_line(const unres_doc *d, const char *const *words, bool to_date);
char *rm_src_bracket(const unres_doc *d);
char *rm_date_text(const unres_doc *d, const char *iso, bool last);
const char *rm_label(const unres_doc *d);
bool rm_iso_valid(const char *iso);
void rm_put_symbol(strbuf *b, const char *s, bool dash);
void rm_put_actor(strbuf *b, const char *sym, const char *organ);

#endif
