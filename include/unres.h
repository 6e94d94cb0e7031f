/* unres.h: the public API of libunres.
 *
 * libunres turns the text of a United Nations resolution (as PDF text
 * extraction gives it) into a document tree: masthead, preamble, operative
 * paragraphs, footnotes, references and mandates.  The tree follows the JSON
 * contract in docs/document-model.md; renderers turn it into JSON, Akoma Ntoso,
 * HTML or Markdown.
 *
 * Ownership: a unres_doc owns every string and array reachable from it and is
 * released with one unres_doc_free().  Strings are UTF-8 and NUL-terminated.
 * Rendered output is malloc'd and freed by the caller with free().
 */
#ifndef UNRES_H
#define UNRES_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UNRES_VERSION "0.1.0"
#define UNRES_FORMAT "unres/1"

/* ---- errors ---------------------------------------------------------- */

typedef enum {
    UNRES_OK = 0,
    UNRES_ERR_IO,          /* file cannot be read */
    UNRES_ERR_EMPTY,       /* no text at all */
    UNRES_ERR_UTF8,        /* invalid UTF-8; offset says where */
    UNRES_ERR_BINARY,      /* NUL bytes or control data: not text */
    UNRES_ERR_PDF,         /* broken or truncated PDF */
    UNRES_ERR_PDF_NOTEXT,  /* PDF without a text layer (scanned images) */
    UNRES_ERR_NOMEM
} unres_code;

/* An error: a constant message (never freed) and the byte offset where it
 * applies, or (size_t)-1 where no offset applies. */
typedef struct {
    unres_code code;
    const char *msg;
    size_t offset;
} unres_error;

/* ---- languages ------------------------------------------------------- */

typedef enum {
    UNRES_LANG_UNKNOWN = 0,
    UNRES_LANG_AR,
    UNRES_LANG_ZH,
    UNRES_LANG_EN,
    UNRES_LANG_FR,
    UNRES_LANG_RU,
    UNRES_LANG_ES
} unres_lang;

/* "ar", "zh", … ; "und" for UNRES_LANG_UNKNOWN. */
const char *unres_lang_code(unres_lang lang);
/* Parses "en", "zh", … (case-insensitive); UNRES_LANG_UNKNOWN if unknown. */
unres_lang unres_lang_from_code(const char *code);

/* ---- the document tree ----------------------------------------------- */

/* Byte offsets [start, end) into the text the parser read. */
typedef struct {
    size_t start, end;
} unres_span;

typedef struct unres_para unres_para;
struct unres_para {
    const char *id;          /* pp_1, op_3, op_3__a, op_3__a__ii */
    const char *num;         /* as printed ("1.", "(a)", "a)"), NULL for preambular */
    const char *opening;     /* opening phrase as written, or NULL */
    const char *opening_key; /* canonical English key, or NULL */
    const char *text;        /* whole paragraph, clean */
    const char **footnote_refs;
    size_t n_footnote_refs;
    unres_para *items;       /* sub-paragraphs */
    size_t n_items;
    int section;             /* index into unres_doc.sections, or -1 */
    unres_span span;
};

typedef struct {
    const char *marker; /* "1", "*" */
    const char *text;
    unres_span span;
} unres_footnote;

typedef struct {
    const char *kind;   /* resolution, decision, presidential_statement, document, instrument */
    const char *symbol; /* canonical symbol, or NULL */
    const char *text;   /* as written */
    const char *date;   /* ISO date the text gives, or NULL */
    const char *in;     /* paragraph id, "footnote:N", "header" */
    int placeholder;    /* a symbol still to be issued (A/80/___) */
    unres_span span;
} unres_ref;

typedef struct {
    const char *in;
    const char *verb;
    const char *addressee;
    const char *action; /* report, agenda_inclusion, meeting, other */
    int due_session;    /* 0 where none */
    const char *due_date;
    const char *text;
    unres_span span;
} unres_mandate;

typedef struct {
    const char *number; /* "125(t)" */
    const char *title;
} unres_agenda_item;

typedef struct {
    const char *heading;
    const char *text;
    unres_span span;
    /* adopted_text only: its paragraphs in order, numbered ones (adopted_1,
     * with sub-paragraphs adopted_1__a) and the unnumbered text between them
     * (titles, lead-ins, headings: adopted_unnumbered_1 …); text holds them all */
    unres_para *paragraphs;
    size_t n_paragraphs;
} unres_annex;

typedef struct {
    const char *num;     /* "I", "II" */
    const char *heading; /* or NULL */
    unres_span span;
} unres_section;

typedef struct {
    const char *code;    /* stable identifier: "symbol_from_filename", … */
    const char *message;
    size_t offset;
} unres_warning;

typedef struct {
    const char *date;     /* ISO */
    const char *meeting;  /* "39th plenary meeting", or NULL */
    const char **drafts;
    size_t n_drafts;
    const char *committee_report;
} unres_adoption;

typedef struct unres_doc {
    const char *source;
    unres_lang lang;
    const char *symbol;
    const char *organ;    /* general_assembly, security_council, … , unknown */
    const char *doc_type; /* resolution, draft_resolution, amendment, decision, draft_decision, unknown */
    const char *date;     /* ISO masthead date, or NULL */
    int session;          /* 0 where none */
    unres_agenda_item *agenda_items;
    size_t n_agenda_items;
    const char **sponsors;
    size_t n_sponsors;
    const char **sponsor_codes; /* ISO 3166-1 alpha-3 per sponsor, NULL where unknown (groups) */
    const char *title;
    const char *number;
    unres_adoption *adoption; /* NULL unless adopted */
    const char *formula;
    unres_para *preamble;
    size_t n_preamble;
    unres_para *operative;
    size_t n_operative;
    unres_section *sections;
    size_t n_sections;
    unres_footnote *footnotes;
    size_t n_footnotes;
    unres_ref *refs;
    size_t n_refs;
    unres_mandate *mandates;
    size_t n_mandates;
    unres_annex *annexes;
    size_t n_annexes;
    unres_annex *adopted_text;  /* a text the resolution adopts and prints in its body
                                   ("Adopts the following declaration:"), or NULL */
    const char *amends;         /* amendments: the draft they amend */
    const char *amendment_text; /* amendments: the instructions and quoted text */
    unres_warning *warnings;
    size_t n_warnings;
    const char *text;     /* the text the parser read; spans index it */
    size_t text_len;
    struct unres_arena *arena; /* owns everything above */
} unres_doc;

/* ---- parsing --------------------------------------------------------- */

typedef struct {
    const char *source;  /* name to report ("-" for stdin); a UN-style file
                            name also gives the symbol when the text has none */
    unres_lang lang;     /* UNRES_LANG_UNKNOWN: detect */
    const char *symbol;  /* overrides the symbol found, or NULL */
    int fragment;        /* paragraphs without a masthead, one per line */
} unres_options;

/* Parses UTF-8 text (not NUL-terminated necessarily) into *out.  Returns
 * UNRES_OK, or an error code with *err filled and *out NULL. Text that is
 * not a resolution still parses (doc_type "unknown", with a warning). */
unres_code unres_parse(const char *text, size_t len, const unres_options *opt,
                       unres_doc **out, unres_error *err);

/* Reads a file (path "-" is standard input).  PDFs (by their %PDF- magic)
 * go through the pdftotext program (poppler-utils) as a subprocess, with
 * -layout.  *buf is malloc'd, caller frees. */
unres_code unres_read_file(const char *path, char **buf, size_t *len,
                           unres_error *err);

/* Checks UTF-8 and rejects binary data; returns UNRES_OK or an error with
 * the offset of the first bad byte. */
unres_code unres_validate_text(const char *text, size_t len, unres_error *err);

void unres_doc_free(unres_doc *doc);

/* ---- rendering ------------------------------------------------------- */

typedef enum {
    UNRES_RENDER_JSON,   /* pretty JSON, one object */
    UNRES_RENDER_JSONL,  /* one line */
    UNRES_RENDER_TEXT,   /* plain text, one paragraph a line */
    UNRES_RENDER_AKN,    /* Akoma Ntoso 3.0 (AKN4UN) */
    UNRES_RENDER_HTML,
    UNRES_RENDER_MD
} unres_format;

/* Renders the document; returns a malloc'd NUL-terminated string (length in
 * *len if len is not NULL), or NULL when out of memory. */
char *unres_render(const unres_doc *doc, unres_format fmt, size_t *len);

/* One JSON object a line for each reference / mandate, with the document's
 * source and symbol; tsv: tab-separated with a header when header != 0. */
char *unres_render_refs(const unres_doc *doc, int tsv, int header, size_t *len);
char *unres_render_mandates(const unres_doc *doc, int tsv, int header, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
