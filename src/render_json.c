/* render_json.c: the document model as JSON (docs/document-model.md). */
#include "render.h"

typedef struct {
    strbuf *b;
    bool pretty;
    int depth;
} jw;

static void nl(jw *w) {
    if (!w->pretty) return;
    sb_putc(w->b, '\n');
    for (int i = 0; i < w->depth; i++) sb_lit(w->b, "  ");
}

/* A key, from a literal: written as one piece, quotes and colon included
 * (keys need no escaping). */
static void key_(jw *w, const char *k, size_t n, bool first) {
    if (!first) sb_putc(w->b, ',');
    nl(w);
    sb_put(w->b, k, n);
    if (w->pretty) sb_putc(w->b, ' ');
}
#define key(w, k, first) key_((w), "\"" k "\":", sizeof(k) + 2, (first))

static void span(jw *w, unres_span s) {
    sb_putc(w->b, '['), sb_put_size(w->b, s.start);
    sb_lit(w->b, ", "), sb_put_size(w->b, s.end), sb_putc(w->b, ']');
}

static void str_array(jw *w, const char *const *v, size_t n) {
    sb_putc(w->b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) sb_lit(w->b, ", ");
        sb_json_str(w->b, v[i]);
    }
    sb_putc(w->b, ']');
}

static void para(jw *w, const unres_para *p) {
    sb_putc(w->b, '{');
    w->depth++;
    key(w, "id", true), sb_json_str(w->b, p->id);
    key(w, "num", false), sb_json_str(w->b, p->num);
    key(w, "opening", false), sb_json_str(w->b, p->opening);
    key(w, "opening_key", false), sb_json_str(w->b, p->opening_key);
    key(w, "text", false), sb_json_str(w->b, p->text);
    key(w, "footnote_refs", false), str_array(w, p->footnote_refs, p->n_footnote_refs);
    key(w, "items", false);
    sb_putc(w->b, '[');
    w->depth++;
    for (size_t i = 0; i < p->n_items; i++) {
        if (i) sb_putc(w->b, ',');
        nl(w);
        para(w, &p->items[i]);
    }
    w->depth--;
    if (p->n_items) nl(w);
    sb_putc(w->b, ']');
    key(w, "span", false), span(w, p->span);
    w->depth--;
    nl(w);
    sb_putc(w->b, '}');
}

#define ARRAY(w, name, n, EMIT)                                                                    \
    do {                                                                                           \
        key(w, name, false);                                                                       \
        sb_putc((w)->b, '[');                                                                      \
        (w)->depth++;                                                                              \
        for (size_t i_ = 0; i_ < (n); i_++) {                                                      \
            if (i_) sb_putc((w)->b, ',');                                                          \
            nl(w);                                                                                 \
            EMIT;                                                                                  \
        }                                                                                          \
        (w)->depth--;                                                                              \
        if (n) nl(w);                                                                              \
        sb_putc((w)->b, ']');                                                                      \
    } while (0)

void render_ref_json(strbuf *b, const unres_ref *r, const unres_doc *doc) {
    sb_lit(b, "{\"kind\": "), sb_json_str(b, r->kind);
    sb_lit(b, ", \"symbol\": "), sb_json_str(b, r->symbol);
    sb_lit(b, ", \"text\": "), sb_json_str(b, r->text);
    sb_lit(b, ", \"date\": "), sb_json_str(b, r->date);
    sb_lit(b, ", \"in\": "), sb_json_str(b, r->in);
    sb_lit(b, ", \"span\": ["), sb_put_size(b, r->span.start);
    sb_lit(b, ", "), sb_put_size(b, r->span.end), sb_putc(b, ']');
    if (r->placeholder) sb_puts(b, ", \"placeholder\": true");
    /* where to read it: the UN's document system and its AKN4UN work IRI; not
     * for other bodies' series (the IAEA's GC(59)/RES/9) */
    const char *slash = r->symbol ? strchr(r->symbol, '/') : NULL, *paren = r->symbol ? strchr(r->symbol, '(') : NULL;
    if (r->symbol && !(paren && slash && paren < slash)) {
        char buf[512];
        symbol_url(r->symbol, buf, sizeof buf);
        sb_lit(b, ", \"url\": "), sb_json_str(b, buf);
        symbol_akn_iri(r->symbol, r->date, buf, sizeof buf);
        sb_lit(b, ", \"iri\": "), sb_json_str(b, buf);
    }
    if (doc) {
        sb_lit(b, ", \"source\": "), sb_json_str(b, doc->source);
        sb_lit(b, ", \"doc_symbol\": "), sb_json_str(b, doc->symbol);
    }
    sb_putc(b, '}');
}

void render_mandate_json(strbuf *b, const unres_mandate *m, const unres_doc *doc) {
    sb_lit(b, "{\"in\": "), sb_json_str(b, m->in);
    sb_lit(b, ", \"verb\": "), sb_json_str(b, m->verb);
    sb_lit(b, ", \"addressee\": "), sb_json_str(b, m->addressee);
    sb_lit(b, ", \"action\": "), sb_json_str(b, m->action);
    if (m->due_session) sb_printf(b, ", \"due_session\": %d", m->due_session);
    else sb_puts(b, ", \"due_session\": null");
    sb_lit(b, ", \"due_date\": "), sb_json_str(b, m->due_date);
    sb_lit(b, ", \"text\": "), sb_json_str(b, m->text);
    sb_lit(b, ", \"span\": ["), sb_put_size(b, m->span.start);
    sb_lit(b, ", "), sb_put_size(b, m->span.end), sb_putc(b, ']');
    if (doc) {
        sb_lit(b, ", \"source\": "), sb_json_str(b, doc->source);
        sb_lit(b, ", \"doc_symbol\": "), sb_json_str(b, doc->symbol);
    }
    sb_putc(b, '}');
}

void render_json(strbuf *b, const unres_doc *d, bool pretty) {
    jw W = {b, pretty, 0}, *w = &W;
    sb_putc(b, '{');
    w->depth++;
    key(w, "format", true), sb_json_str(b, UNRES_FORMAT);
    key(w, "source", false), sb_json_str(b, d->source);
    key(w, "language", false), sb_json_str(b, unres_lang_code(d->lang));
    key(w, "symbol", false), sb_json_str(b, d->symbol);
    key(w, "organ", false), sb_json_str(b, d->organ);
    key(w, "doc_type", false), sb_json_str(b, d->doc_type);
    key(w, "date", false), sb_json_str(b, d->date);
    key(w, "session", false);
    if (d->session) sb_printf(b, "%d", d->session);
    else sb_puts(b, "null");
    ARRAY(w, "agenda_items", d->n_agenda_items, {
        sb_puts(b, "{\"number\": ");
        sb_json_str(b, d->agenda_items[i_].number);
        sb_puts(b, ", \"title\": ");
        sb_json_str(b, d->agenda_items[i_].title);
        sb_putc(b, '}');
    });
    key(w, "sponsors", false), str_array(w, d->sponsors, d->n_sponsors);
    key(w, "sponsor_codes", false), str_array(w, d->sponsor_codes, d->sponsor_codes ? d->n_sponsors : 0);
    key(w, "title", false), sb_json_str(b, d->title);
    key(w, "number", false), sb_json_str(b, d->number);
    key(w, "adoption", false);
    if (d->adoption) {
        sb_puts(b, "{\"date\": ");
        sb_json_str(b, d->adoption->date);
        sb_puts(b, ", \"meeting\": ");
        sb_json_str(b, d->adoption->meeting);
        sb_puts(b, ", \"drafts\": ");
        str_array(w, d->adoption->drafts, d->adoption->n_drafts);
        sb_puts(b, ", \"committee_report\": ");
        sb_json_str(b, d->adoption->committee_report);
        sb_putc(b, '}');
    } else
        sb_puts(b, "null");
    key(w, "formula", false), sb_json_str(b, d->formula);
    ARRAY(w, "preamble", d->n_preamble, para(w, &d->preamble[i_]));
    ARRAY(w, "operative", d->n_operative, para(w, &d->operative[i_]));
    ARRAY(w, "footnotes", d->n_footnotes, {
        sb_puts(b, "{\"marker\": ");
        sb_json_str(b, d->footnotes[i_].marker);
        sb_puts(b, ", \"text\": ");
        sb_json_str(b, d->footnotes[i_].text);
        sb_lit(b, ", \"span\": ");
        span(w, d->footnotes[i_].span);
        sb_putc(b, '}');
    });
    ARRAY(w, "references", d->n_refs, render_ref_json(b, &d->refs[i_], NULL));
    ARRAY(w, "mandates", d->n_mandates, render_mandate_json(b, &d->mandates[i_], NULL));
    ARRAY(w, "annexes", d->n_annexes, {
        sb_puts(b, "{\"heading\": ");
        sb_json_str(b, d->annexes[i_].heading);
        sb_puts(b, ", \"text\": ");
        sb_json_str(b, d->annexes[i_].text);
        sb_putc(b, '}');
    });
    ARRAY(w, "warnings", d->n_warnings, {
        sb_puts(b, "{\"code\": ");
        sb_json_str(b, d->warnings[i_].code);
        sb_puts(b, ", \"message\": ");
        sb_json_str(b, d->warnings[i_].message);
        if (d->warnings[i_].offset == (size_t)-1) sb_puts(b, ", \"offset\": null}");
        else sb_printf(b, ", \"offset\": %zu}", d->warnings[i_].offset);
    });
    key(w, "adopted_text", false);
    if (d->adopted_text) {
        sb_puts(b, "{\"heading\": ");
        sb_json_str(b, d->adopted_text->heading);
        sb_puts(b, ", \"text\": ");
        sb_json_str(b, d->adopted_text->text);
        sb_lit(b, ", \"span\": ");
        span(w, d->adopted_text->span);
        sb_lit(b, ", \"paragraphs\": [");
        w->depth += 2;
        for (size_t i = 0; i < d->adopted_text->n_paragraphs; i++) {
            if (i) sb_putc(b, ',');
            nl(w);
            para(w, &d->adopted_text->paragraphs[i]);
        }
        w->depth -= 2;
        if (d->adopted_text->n_paragraphs) nl(w);
        sb_lit(b, "]}");
    } else
        sb_puts(b, "null");
    key(w, "amendment", false);
    if (d->amends || d->amendment_text) {
        sb_puts(b, "{\"amends\": ");
        sb_json_str(b, d->amends);
        sb_puts(b, ", \"text\": ");
        sb_json_str(b, d->amendment_text);
        sb_putc(b, '}');
    } else
        sb_puts(b, "null");
    ARRAY(w, "sections", d->n_sections, {
        sb_puts(b, "{\"num\": ");
        sb_json_str(b, d->sections[i_].num);
        sb_puts(b, ", \"heading\": ");
        sb_json_str(b, d->sections[i_].heading);
        sb_putc(b, '}');
    });
    w->depth--;
    nl(w);
    sb_putc(b, '}');
}
