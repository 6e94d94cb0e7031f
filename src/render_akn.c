/* render_akn.c: Akoma Ntoso 3.0, modelled as the AKN4UN guidelines model a
 * General Assembly resolution; docs/akn.md gives the IRI convention. */
#include "render.h"
#include <stdio.h>
#include <stdlib.h>

/* ---- Akoma Ntoso -------------------------------------------------------- */

typedef struct {
    strbuf *b;
    const unres_doc *d;
    char **eids; /* every eId given, to keep them unique */
    size_t n_eids, cap_eids;
    bool *fn_done; /* footnotes already written (a second call refers back) */
    int depth;
} akn;

static void ind(akn *a) {
    sb_putc(a->b, '\n');
    for (int i = 0; i < a->depth; i++) sb_lit(a->b, "  ");
}

static void esc(akn *a, const char *s) { sb_xml_text(a->b, s); }

static size_t hash(const char *s) {
    size_t h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

/* Makes an eId unique: a second "para_3" becomes "para_3-2".  The eIds given
 * so far sit in an open-addressing table (a document may have 100,000). */
static const char *eid(akn *a, const char *want) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s", want);
    if (2 * (a->n_eids + 1) > a->cap_eids) {
        size_t cap = a->cap_eids ? 2 * a->cap_eids : 256;
        char **v = calloc(cap, sizeof *v);
        if (!v) return want;
        for (size_t i = 0; i < a->cap_eids; i++)
            if (a->eids[i]) {
                size_t j = hash(a->eids[i]) & (cap - 1);
                while (v[j]) j = (j + 1) & (cap - 1);
                v[j] = a->eids[i];
            }
        free(a->eids);
        a->eids = v, a->cap_eids = cap;
    }
    size_t j;
    for (int k = 2;; k++) {
        j = hash(buf) & (a->cap_eids - 1);
        while (a->eids[j] && strcmp(a->eids[j], buf)) j = (j + 1) & (a->cap_eids - 1);
        if (!a->eids[j]) break;
        snprintf(buf, sizeof buf, "%s-%d", want, k);
    }
    char *c = strdup(buf);
    if (!c) return want;
    a->eids[j] = c;
    a->n_eids++;
    return c;
}

/* The number part of an eId: "(a)" -> "a", "1." -> "1"; ASCII letters and
 * digits only, so that a Chinese or Arabic numbering still gives an NCName. */
static void num_part(char *out, size_t outsz, const char *num, size_t pos) {
    size_t n = 0;
    for (const char *s = num; s && *s && n + 1 < outsz; s++)
        if ((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
            out[n++] = *s;
    if (!n) n = (size_t)snprintf(out, outsz, "%zu", pos);
    out[n] = 0;
}

static const char *lang3(unres_lang l) {
    switch (l) {
    case UNRES_LANG_AR: return "ara";
    case UNRES_LANG_ZH: return "zho";
    case UNRES_LANG_EN: return "eng";
    case UNRES_LANG_FR: return "fra";
    case UNRES_LANG_RU: return "rus";
    case UNRES_LANG_ES: return "spa";
    default: return "und";
    }
}

static const char *organ_name(const char *organ) {
    if (!organ) return "United Nations";
    if (!strcmp(organ, "general_assembly")) return "General Assembly";
    if (!strcmp(organ, "security_council")) return "Security Council";
    if (!strcmp(organ, "economic_and_social_council")) return "Economic and Social Council";
    if (!strcmp(organ, "human_rights_council")) return "Human Rights Council";
    return "United Nations";
}

/* AKN4UN subclass of <statement>. */
static const char *statement_name(const char *t) {
    if (!t) return "document";
    if (!strcmp(t, "resolution")) return "resolution";
    if (!strcmp(t, "draft_resolution")) return "resolutionDraft";
    if (!strcmp(t, "decision")) return "decision";
    if (!strcmp(t, "draft_decision")) return "decisionDraft";
    if (!strcmp(t, "amendment")) return "amendment";
    return "document";
}

/* The work date and its kind: adoption, else issue, else 1 January of the
 * year the session opened (AKN4UN: a partial date takes 1 January). */
static void work_date(const unres_doc *d, char out[11], const char **name) {
    if (d->adoption && d->adoption->date && rm_iso_valid(d->adoption->date))
        snprintf(out, 11, "%s", d->adoption->date), *name = "adoption";
    else if (d->date && rm_iso_valid(d->date)) snprintf(out, 11, "%s", d->date), *name = "issue";
    else if (d->session > 0 && d->session < 200 && d->organ && !strcmp(d->organ, "general_assembly"))
        snprintf(out, 11, "%04d-01-01", 1945 + d->session), *name = "session";
    else snprintf(out, 11, "0001-01-01"), *name = "unknown";
}

/* /akn/un/statement/deliberation/un-ga/2024-11-18/79-10 */
static void work_iri(strbuf *b, const unres_doc *d) {
    char date[11];
    const char *dn;
    work_date(d, date, &dn);
    sb_puts(b, "/akn/un/statement/deliberation/");
    rm_put_actor(b, d->symbol, d->organ);
    sb_printf(b, "/%s/", date);
    if (d->number) rm_put_symbol(b, d->number, true);
    else if (d->symbol) rm_put_symbol(b, d->symbol, true);
    else sb_puts(b, "nn");
}

static void expr_date(const unres_doc *d, char out[11]) {
    const char *dn;
    if (d->date && rm_iso_valid(d->date)) snprintf(out, 11, "%s", d->date);
    else work_date(d, out, &dn);
}

static void frbr(akn *a, const char *component, const char *name) {
    const unres_doc *d = a->d;
    strbuf w = {0};
    work_iri(&w, d);
    char *work = sb_take(&w, NULL);
    char wdate[11], edate[11];
    const char *wdn;
    work_date(d, wdate, &wdn);
    expr_date(d, edate);
    const char *l3 = lang3(d->lang);
    if (!work) return;
    ind(a), sb_puts(a->b, "<identification source=\"#unres\">");
    a->depth++;
    ind(a), sb_puts(a->b, "<FRBRWork>");
    a->depth++;
    ind(a), sb_printf(a->b, "<FRBRthis value=\"%s/%s\"/>", work, component);
    ind(a), sb_printf(a->b, "<FRBRuri value=\"%s\"/>", work);
    if (d->symbol) ind(a), sb_puts(a->b, "<FRBRalias name=\"symbol\" value=\""), esc(a, d->symbol), sb_puts(a->b, "\"/>");
    ind(a), sb_printf(a->b, "<FRBRdate date=\"%s\" name=\"%s\"/>", wdate, wdn);
    ind(a), sb_puts(a->b, "<FRBRauthor href=\"#author\"/>");
    ind(a), sb_puts(a->b, "<FRBRcountry value=\"un\"/>");
    ind(a), sb_puts(a->b, "<FRBRsubtype value=\"deliberation\"/>");
    const char *num = d->number ? d->number : d->symbol;
    if (num) {
        ind(a), sb_puts(a->b, "<FRBRnumber value=\"");
        rm_put_symbol(a->b, num, true);
        sb_puts(a->b, "\" showAs=\""), esc(a, num), sb_puts(a->b, "\"/>");
    }
    ind(a), sb_printf(a->b, "<FRBRname value=\"%s\"/>", name);
    a->depth--;
    ind(a), sb_puts(a->b, "</FRBRWork>");
    ind(a), sb_puts(a->b, "<FRBRExpression>");
    a->depth++;
    ind(a), sb_printf(a->b, "<FRBRthis value=\"%s/%s@%s/%s\"/>", work, l3, edate, component);
    ind(a), sb_printf(a->b, "<FRBRuri value=\"%s/%s@%s\"/>", work, l3, edate);
    ind(a), sb_printf(a->b, "<FRBRdate date=\"%s\" name=\"%s\"/>", edate,
                      d->date && rm_iso_valid(d->date) ? "issue" : wdn);
    ind(a), sb_puts(a->b, "<FRBRauthor href=\"#author\"/>");
    ind(a), sb_printf(a->b, "<FRBRlanguage language=\"%s\"/>", l3);
    a->depth--;
    ind(a), sb_puts(a->b, "</FRBRExpression>");
    ind(a), sb_puts(a->b, "<FRBRManifestation>");
    a->depth++;
    ind(a), sb_printf(a->b, "<FRBRthis value=\"%s/%s@%s/%s.xml\"/>", work, l3, edate, component);
    ind(a), sb_printf(a->b, "<FRBRuri value=\"%s/%s@%s.akn\"/>", work, l3, edate);
    ind(a), sb_printf(a->b, "<FRBRdate date=\"%s\" name=\"transformation\"/>", edate);
    ind(a), sb_puts(a->b, "<FRBRauthor href=\"#unres\"/>");
    ind(a), sb_puts(a->b, "<FRBRformat value=\"application/akn+xml\"/>");
    a->depth--;
    ind(a), sb_puts(a->b, "</FRBRManifestation>");
    a->depth--;
    ind(a), sb_puts(a->b, "</identification>");
    free(work);
}

/* A name as the last step of an ontology IRI: spaces become "_", other
 * ASCII that is not unreserved is %-escaped; letters beyond ASCII stay (IRI). */
static void put_slug(strbuf *b, const char *name) {
    for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
        if (*s == ' ') sb_putc(b, '_');
        else if (*s >= 0x80 || (*s >= '0' && *s <= '9') || ((*s | 32) >= 'a' && (*s | 32) <= 'z') ||
                 *s == '-' || *s == '.' || *s == '_' || *s == '~')
            sb_putc(b, (char)*s);
        else sb_printf(b, "%%%02X", *s);
    }
}

static void references(akn *a) {
    const unres_doc *d = a->d;
    ind(a), sb_puts(a->b, "<references source=\"#unres\">");
    a->depth++;
    strbuf w = {0};
    work_iri(&w, d);
    char *work = sb_take(&w, NULL);
    char edate[11];
    expr_date(d, edate);
    if (work) {
        ind(a), sb_printf(a->b, "<original eId=\"original\" href=\"%s/%s@%s\" showAs=\"", work,
                          lang3(d->lang), edate);
        esc(a, d->symbol ? d->symbol : "document");
        sb_puts(a->b, "\"/>");
    }
    free(work);
    /* every document the text cites: a symbol at work level; a named
     * instrument (no symbol) as a TLCReference the inline <ref> points to */
    for (size_t i = 0; i < d->n_refs; i++) {
        const unres_ref *r = &d->refs[i];
        if (rm_has_href(r, true)) {
            ind(a), sb_printf(a->b, "<activeRef eId=\"cited_%zu\" href=\"", i + 1);
            rm_href(a->b, d, r, true);
        } else {
            ind(a), sb_printf(a->b, "<TLCReference eId=\"cited_%zu\" name=\"%s\" href=\"/akn/ontology/reference/un/",
                              i + 1, r->kind ? r->kind : "reference");
            put_slug(a->b, r->text ? r->text : "");
        }
        sb_puts(a->b, "\" showAs=\"");
        esc(a, r->symbol ? r->symbol : r->text);
        sb_puts(a->b, "\"/>");
    }
    ind(a), sb_puts(a->b, "<TLCOrganization eId=\"author\" href=\"/akn/ontology/organization/un/");
    rm_put_actor(a->b, d->symbol, d->organ);
    sb_printf(a->b, "\" showAs=\"%s\"/>", organ_name(d->organ));
    ind(a), sb_puts(a->b, "<TLCOrganization eId=\"unres\" href=\"/akn/ontology/organization/unres\" showAs=\"unres " UNRES_VERSION "\"/>");
    for (size_t i = 0; i < d->n_sponsors; i++) {
        ind(a), sb_printf(a->b, "<TLCOrganization eId=\"sponsor_%zu\" href=\"/akn/ontology/organization/un/memberState.", i + 1);
        put_slug(a->b, d->sponsors[i]);
        sb_puts(a->b, "\" showAs=\""), esc(a, d->sponsors[i]), sb_puts(a->b, "\"/>");
    }
    if (d->adoption && d->adoption->meeting) {
        ind(a), sb_puts(a->b, "<TLCEvent eId=\"adoptionMeeting\" href=\"/akn/ontology/event/un/");
        rm_put_actor(a->b, d->symbol, d->organ);
        if (d->adoption->date) sb_printf(a->b, "/%s", d->adoption->date);
        sb_puts(a->b, "/plenaryMeeting\" showAs=\""), esc(a, d->adoption->meeting), sb_puts(a->b, "\"/>");
    }
    ind(a), sb_puts(a->b, "<TLCConcept eId=\"symbol\" href=\"/akn/ontology/concept/un/documentSymbol\" showAs=\"document symbol\"/>");
    a->depth--;
    ind(a), sb_puts(a->b, "</references>");
}

static void lifecycle(akn *a) {
    const unres_doc *d = a->d;
    bool issue = d->date && rm_iso_valid(d->date);
    bool adopt = d->adoption && d->adoption->date && rm_iso_valid(d->adoption->date);
    if (!issue && !adopt) return;
    ind(a), sb_puts(a->b, "<lifecycle source=\"#unres\">");
    a->depth++;
    if (adopt)
        ind(a), sb_printf(a->b, "<eventRef eId=\"adoptionDate\" date=\"%s\" source=\"#original\" type=\"generation\" refersTo=\"#adoptionMeeting\"/>", d->adoption->date);
    if (issue)
        ind(a), sb_printf(a->b, "<eventRef eId=\"issueDate\" date=\"%s\" source=\"#original\" type=\"%s\"/>",
                          d->date, adopt ? "amendment" : "generation");
    a->depth--;
    ind(a), sb_puts(a->b, "</lifecycle>");
}

/* ---- inline text ---- */

static void footnote(akn *a, size_t fi);

static void k_text(rm_sink *k, const char *s, size_t n) { rm_put_esc(k->b, s, n); }

static void k_open(rm_sink *k, const rmark *m) {
    if (m->kind == RM_OPENING) sb_puts(k->b, "<inline name=\"opening\">");
    else if (m->kind == RM_DATE) sb_printf(k->b, "<date date=\"%s\">", m->iso);
    else if (m->kind == RM_REF) {
        sb_puts(k->b, "<ref href=\"");
        if (rm_has_href(m->ref, true)) rm_href(k->b, k->d, m->ref, true);
        else sb_printf(k->b, "#cited_%zu", (size_t)(m->ref - k->d->refs) + 1);
        sb_puts(k->b, "\">");
    }
}

static void k_close(rm_sink *k, const rmark *m) {
    if (m->kind == RM_OPENING) sb_puts(k->b, "</inline>");
    else if (m->kind == RM_DATE) sb_puts(k->b, "</date>");
    else if (m->kind == RM_REF) sb_puts(k->b, "</ref>");
}

static void k_note(rm_sink *k, const rmark *m) { footnote(k->ctx, m->fn); }

static void inline_text(akn *a, const char *text, const char *in, const unres_para *p) {
    rmarks m = {0};
    rm_sink k = {k_text, k_open, k_close, k_note, a->b, a->d, a};
    rm_build(a->d, text ? text : "", in, p, &m);
    rm_emit(&k, text ? text : "", &m);
    rm_free(&m);
}

/* fnt_1 for marker 1, fnt_star for "*" (AKN eIds want letters and digits). */
static void note_eid(char *out, size_t n, const char *marker, size_t fi) {
    size_t i = 0;
    while (marker[i] >= '0' && marker[i] <= '9') i++;
    if (i && !marker[i]) snprintf(out, n, "fnt_%s", marker);
    else if (marker[0] == '*') snprintf(out, n, "fnt_star");
    else snprintf(out, n, "fnt_%zu", fi + 1);
}

/* <authorialNote> at its call; a second call to the same note refers back. */
static void footnote(akn *a, size_t fi) {
    const unres_footnote *f = &a->d->footnotes[fi];
    if (a->fn_done[fi]) {
        char id[32];
        note_eid(id, sizeof id, f->marker, fi);
        sb_printf(a->b, "<noteRef href=\"#%s\" marker=\"", id);
        esc(a, f->marker);
        sb_puts(a->b, "\"/>");
        return;
    }
    a->fn_done[fi] = true;
    char id[32], in[64];
    note_eid(id, sizeof id, f->marker, fi);
    snprintf(in, sizeof in, "footnote:%s", f->marker);
    sb_printf(a->b, "<authorialNote eId=\"%s\" marker=\"", eid(a, id));
    esc(a, f->marker);
    sb_puts(a->b, "\" placement=\"bottom\"><p>");
    inline_text(a, f->text, in, NULL);
    sb_puts(a->b, "</p></authorialNote>");
}

/* ---- structure ---- */

static void items(akn *a, const unres_para *p, const char *prefix);
static void block_items(akn *a, const unres_para *p, const char *prefix);

/* The text an operative paragraph adopts ("Adopts the following
 * declaration:"), as blocks of the paragraph: a <blockContainer> holding one
 * per numbered paragraph (its <num>, its text, its sub-paragraphs as a
 * <blockList>) and a <p> for each unnumbered one. */
static void adopted_blocks(akn *a, const char *prefix) {
    const unres_annex *at = a->d->adopted_text;
    char id[256];
    snprintf(id, sizeof id, "%s__blockContainer_1", prefix);
    const char *c = eid(a, id);
    ind(a), sb_printf(a->b, "<blockContainer eId=\"%s\" class=\"adoptedText\">", c);
    a->depth++;
    for (size_t i = 0; i < at->n_paragraphs; i++) {
        const unres_para *q = &at->paragraphs[i];
        if (!q->num) {
            ind(a), sb_puts(a->b, "<p>"), inline_text(a, q->text, q->id, q), sb_puts(a->b, "</p>");
            if (q->n_items) block_items(a, q, c);
            continue;
        }
        char np[32];
        num_part(np, sizeof np, q->num, i + 1);
        snprintf(id, sizeof id, "%s__blockContainer_%s", c, np);
        const char *e = eid(a, id);
        ind(a), sb_printf(a->b, "<blockContainer eId=\"%s\">", e);
        a->depth++;
        ind(a), sb_puts(a->b, "<num>"), esc(a, q->num), sb_puts(a->b, "</num>");
        ind(a), sb_puts(a->b, "<p>"), inline_text(a, q->text, q->id, q), sb_puts(a->b, "</p>");
        if (q->n_items) block_items(a, q, e);
        a->depth--;
        ind(a), sb_puts(a->b, "</blockContainer>");
    }
    a->depth--;
    ind(a), sb_puts(a->b, "</blockContainer>");
}

/* An operative paragraph or point: <num>, then <content> or a <list>. */
static void hier(akn *a, const unres_para *p, const char *tag, const char *id) {
    ind(a), sb_printf(a->b, "<%s eId=\"%s\">", tag, id);
    a->depth++;
    if (p->num) ind(a), sb_puts(a->b, "<num>"), esc(a, p->num), sb_puts(a->b, "</num>");
    /* the adopted text follows the last operative paragraph, which adopts it */
    const unres_doc *d = a->d;
    bool adopts = d->adopted_text && d->adopted_text->n_paragraphs && p == &d->operative[d->n_operative - 1];
    if (!p->n_items && adopts) {
        ind(a), sb_puts(a->b, "<content>");
        a->depth++;
        ind(a), sb_puts(a->b, "<p>"), inline_text(a, p->text, p->id, p), sb_puts(a->b, "</p>");
        adopted_blocks(a, id);
        a->depth--;
        ind(a), sb_puts(a->b, "</content>");
    } else if (!p->n_items) {
        ind(a), sb_puts(a->b, "<content><p>");
        inline_text(a, p->text, p->id, p);
        sb_puts(a->b, "</p></content>");
    } else {
        char lid[256];
        snprintf(lid, sizeof lid, "%s__list_1", id);
        const char *l = eid(a, lid);
        ind(a), sb_printf(a->b, "<list eId=\"%s\">", l);
        a->depth++;
        if (p->text && *p->text) {
            ind(a), sb_printf(a->b, "<intro eId=\"%s__intro\"><p>", l);
            inline_text(a, p->text, p->id, p);
            sb_puts(a->b, "</p></intro>");
        }
        items(a, p, l);
        if (adopts) {
            ind(a), sb_printf(a->b, "<wrapUp eId=\"%s__wrapUp\">", l);
            a->depth++;
            adopted_blocks(a, l);
            a->depth--;
            ind(a), sb_puts(a->b, "</wrapUp>");
        }
        a->depth--;
        ind(a), sb_puts(a->b, "</list>");
    }
    a->depth--;
    ind(a), sb_printf(a->b, "</%s>", tag);
}

static void items(akn *a, const unres_para *p, const char *prefix) {
    for (size_t i = 0; i < p->n_items; i++) {
        char np[32], id[256];
        num_part(np, sizeof np, p->items[i].num, i + 1);
        snprintf(id, sizeof id, "%s__point_%s", prefix, np);
        hier(a, &p->items[i], "point", eid(a, id));
    }
}

/* Sub-paragraphs of a preambular paragraph: a <blockList> in the container. */
static void block_items(akn *a, const unres_para *p, const char *prefix) {
    char lid[256];
    snprintf(lid, sizeof lid, "%s__list_1", prefix);
    const char *l = eid(a, lid);
    ind(a), sb_printf(a->b, "<blockList eId=\"%s\">", l);
    a->depth++;
    for (size_t i = 0; i < p->n_items; i++) {
        const unres_para *q = &p->items[i];
        char np[32], id[256];
        num_part(np, sizeof np, q->num, i + 1);
        snprintf(id, sizeof id, "%s__item_%s", l, np);
        const char *e = eid(a, id);
        ind(a), sb_printf(a->b, "<item eId=\"%s\">", e);
        a->depth++;
        if (q->num) ind(a), sb_puts(a->b, "<num>"), esc(a, q->num), sb_puts(a->b, "</num>");
        ind(a), sb_puts(a->b, "<p>");
        inline_text(a, q->text, q->id, q);
        sb_puts(a->b, "</p>");
        if (q->n_items) block_items(a, q, e);
        a->depth--;
        ind(a), sb_puts(a->b, "</item>");
    }
    a->depth--;
    ind(a), sb_puts(a->b, "</blockList>");
}

/* Footnotes called outside the paragraphs (the sponsors' "*"). */
static void loose_notes(akn *a, bool star) {
    for (size_t i = 0; i < a->d->n_footnotes; i++) {
        const char *mk = a->d->footnotes[i].marker;
        if (a->fn_done[i] || rm_fn_called(a->d, mk)) continue;
        if (star != (mk[0] < '0' || mk[0] > '9')) continue;
        footnote(a, i);
    }
}

static void preface(akn *a) {
    const unres_doc *d = a->d;
    const unres_lang_table *lt = lang_table(d->lang);
    /* containers that would be empty (a fragment has no masthead) are left
     * out, and so is a preface with none: the schema wants content in both */
    size_t open_at = a->b->n;
    ind(a), sb_puts(a->b, "<preface>");
    size_t inside = a->b->n;
    a->depth++;
    size_t mast = a->b->n;
    ind(a), sb_puts(a->b, "<container name=\"masthead\">");
    size_t mast_in = a->b->n;
    a->depth++;
    if (d->symbol)
        ind(a), sb_puts(a->b, "<p class=\"symbol\"><inline name=\"symbol\" refersTo=\"#symbol\">"), esc(a, d->symbol),
            sb_puts(a->b, "</inline></p>");
    if (d->date && rm_iso_valid(d->date)) {
        char *t = rm_date_text(d, d->date, false);
        ind(a), sb_printf(a->b, "<p class=\"distribution\"><docDate date=\"%s\" refersTo=\"#issueDate\">", d->date);
        esc(a, t), sb_puts(a->b, "</docDate></p>");
        free(t);
    }
    if (d->session > 0) {
        char *t = rm_src_line(d, lt->session_words, false);
        ind(a), sb_printf(a->b, "<p class=\"session\"><session value=\"%d\">", d->session);
        if (t) esc(a, t);
        else sb_printf(a->b, "%d", d->session);
        sb_puts(a->b, "</session></p>");
        free(t);
    }
    for (size_t i = 0; i < d->n_agenda_items; i++) {
        ind(a), sb_puts(a->b, "<p class=\"agendaItem\">");
        const char *w = lt->agenda_words ? lt->agenda_words[d->n_agenda_items > 1 ? 0 : 1] : NULL;
        if (!w && lt->agenda_words) w = lt->agenda_words[0];
        if (w) {
            /* table words are lower case: capitalise an ASCII first letter */
            sb_putc(a->b, (w[0] >= 'a' && w[0] <= 'z') ? (char)(w[0] - 32) : w[0]);
            esc(a, w + 1);
            if (!cp_is_cjk((uint32_t)(unsigned char)w[0]) && (unsigned char)w[0] < 0x80) sb_putc(a->b, ' ');
        }
        sb_puts(a->b, "<inline name=\"agendaItemNumber\">"), esc(a, d->agenda_items[i].number), sb_puts(a->b, "</inline>");
        sb_puts(a->b, "</p>");
        if (d->agenda_items[i].title)
            ind(a), sb_puts(a->b, "<p class=\"agendaItemTitle\">"), esc(a, d->agenda_items[i].title), sb_puts(a->b, "</p>");
    }
    a->depth--;
    if (a->b->n == mast_in) a->b->n = mast;
    else ind(a), sb_puts(a->b, "</container>");
    if (d->n_sponsors || rm_label(d)) {
        /* "A, B and C": the table's last separator goes before the last name */
        const char *sep = lt->sponsor_seps ? lt->sponsor_seps[0] : ", ";
        const char *last = lt->sponsor_seps && lt->sponsor_seps[0] && lt->sponsor_seps[1] ? lt->sponsor_seps[1] : sep;
        ind(a), sb_puts(a->b, "<container name=\"sponsors\"><p>");
        for (size_t i = 0; i < d->n_sponsors; i++) {
            if (i) esc(a, i + 1 == d->n_sponsors ? last : sep);
            sb_printf(a->b, "<docProponent refersTo=\"#sponsor_%zu\">", i + 1);
            esc(a, d->sponsors[i]), sb_puts(a->b, "</docProponent>");
        }
        if (d->n_sponsors) esc(a, d->lang == UNRES_LANG_ZH ? "：" : ": ");
        loose_notes(a, true);
        if (rm_label(d)) {
            if (d->lang == UNRES_LANG_ZH) sb_putc(a->b, ' ');
            sb_puts(a->b, "<docType>"), esc(a, rm_label(d)), sb_puts(a->b, "</docType>");
        }
        sb_puts(a->b, "</p></container>");
    }
    if (d->adoption) {
        char *t = rm_src_line(d, lt->adopted_words, true), *br = rm_src_bracket(d);
        /* an adoption the masthead does not state (a compilation's heading) has no container */
        if (t || br) {
            ind(a), sb_puts(a->b, "<container name=\"adoption\">");
            a->depth++;
            if (t) ind(a), sb_puts(a->b, "<p><docStatus>"), inline_text(a, t, NULL, NULL), sb_puts(a->b, "</docStatus></p>");
            if (br) ind(a), sb_puts(a->b, "<p>"), inline_text(a, br, "header", NULL), sb_puts(a->b, "</p>");
            a->depth--;
            ind(a), sb_puts(a->b, "</container>");
        }
        free(t), free(br);
    }
    if (d->number || d->title) {
        ind(a), sb_puts(a->b, "<container name=\"title\"><p>");
        if (d->number) sb_puts(a->b, "<docNumber>"), esc(a, d->number), sb_puts(a->b, "</docNumber>. ");
        if (d->title) sb_puts(a->b, "<docTitle>"), inline_text(a, d->title, "header", NULL), sb_puts(a->b, "</docTitle>");
        sb_puts(a->b, "</p></container>");
    }
    /* other notes no paragraph calls (in the title, say) */
    bool any = false;
    for (size_t i = 0; i < d->n_footnotes; i++) any |= !a->fn_done[i] && !rm_fn_called(d, d->footnotes[i].marker);
    if (any) {
        ind(a), sb_puts(a->b, "<container name=\"notes\"><p>");
        loose_notes(a, false);
        loose_notes(a, true);
        sb_puts(a->b, "</p></container>");
    }
    a->depth--;
    if (a->b->n == inside) a->b->n = open_at;
    else ind(a), sb_puts(a->b, "</preface>");
}

static void preamble(akn *a) {
    const unres_doc *d = a->d;
    if (!d->formula && !d->n_preamble) return;
    ind(a), sb_puts(a->b, "<preamble>");
    a->depth++;
    if (d->formula) ind(a), sb_puts(a->b, "<formula name=\"enactingFormula\"><p>"), esc(a, d->formula), sb_puts(a->b, "</p></formula>");
    for (size_t i = 0; i < d->n_preamble; i++) {
        const unres_para *p = &d->preamble[i];
        char id[64];
        snprintf(id, sizeof id, "preamble__container_%zu", i + 1);
        const char *e = eid(a, id);
        ind(a), sb_printf(a->b, "<container eId=\"%s\" name=\"%s\">", e, p->opening_key ? p->opening_key : "preambularParagraph");
        a->depth++;
        ind(a), sb_puts(a->b, "<p>");
        inline_text(a, p->text, p->id, p);
        sb_puts(a->b, "</p>");
        if (p->n_items) block_items(a, p, e);
        a->depth--;
        ind(a), sb_puts(a->b, "</container>");
    }
    a->depth--;
    ind(a), sb_puts(a->b, "</preamble>");
}

static void main_body(akn *a) {
    const unres_doc *d = a->d;
    ind(a), sb_puts(a->b, "<mainBody>");
    a->depth++;
    /* an amendment's instructions and the text they quote, line by line */
    for (const char *t = d->n_operative ? NULL : d->amendment_text; t;) {
        const char *e = strchr(t, '\n');
        size_t n = e ? (size_t)(e - t) : strlen(t);
        char *line = n ? strndup(t, n) : NULL;
        if (line) ind(a), sb_puts(a->b, "<p>"), inline_text(a, line, "amendment", NULL), sb_puts(a->b, "</p>");
        free(line);
        t = e ? e + 1 : NULL;
    }
    if (!d->n_operative && !(d->amendment_text && *d->amendment_text)) ind(a), sb_puts(a->b, "<p/>");
    int open = -1;
    char sec[64] = "";
    for (size_t i = 0; i < d->n_operative; i++) {
        const unres_para *p = &d->operative[i];
        int s = p->section >= 0 && (size_t)p->section < d->n_sections ? p->section : -1;
        if (s != open) {
            if (open >= 0) a->depth--, ind(a), sb_puts(a->b, "</section>");
            open = s;
            if (s >= 0) {
                const unres_section *x = &d->sections[s];
                char np[32], id[64];
                num_part(np, sizeof np, x->num, (size_t)s + 1);
                snprintf(id, sizeof id, "sec_%s", np);
                snprintf(sec, sizeof sec, "%s", eid(a, id));
                ind(a), sb_printf(a->b, "<section eId=\"%s\">", sec);
                a->depth++;
                if (x->num) ind(a), sb_puts(a->b, "<num>"), esc(a, x->num), sb_puts(a->b, "</num>");
                if (x->heading) ind(a), sb_puts(a->b, "<heading>"), esc(a, x->heading), sb_puts(a->b, "</heading>");
            }
        }
        char np[32], id[128];
        num_part(np, sizeof np, p->num, i + 1);
        if (open >= 0) snprintf(id, sizeof id, "%s__para_%s", sec, np);
        else snprintf(id, sizeof id, "para_%s", np);
        hier(a, p, "paragraph", eid(a, id));
    }
    if (open >= 0) a->depth--, ind(a), sb_puts(a->b, "</section>");
    a->depth--;
    ind(a), sb_puts(a->b, "</mainBody>");
}

static void conclusions(akn *a) {
    const unres_adoption *ad = a->d->adoption;
    if (!ad || (!ad->meeting && !(ad->date && rm_iso_valid(ad->date)))) return;
    ind(a), sb_puts(a->b, "<conclusions>");
    a->depth++;
    ind(a), sb_puts(a->b, "<container name=\"conclusion\">");
    a->depth++;
    if (ad->meeting)
        ind(a), sb_puts(a->b, "<p><event refersTo=\"#adoptionMeeting\">"), esc(a, ad->meeting), sb_puts(a->b, "</event></p>");
    if (ad->date && rm_iso_valid(ad->date)) {
        char *t = rm_date_text(a->d, ad->date, true);
        ind(a), sb_printf(a->b, "<p><docDate date=\"%s\" refersTo=\"#adoptionDate\">", ad->date);
        esc(a, t), sb_puts(a->b, "</docDate></p>");
        free(t);
    }
    a->depth--;
    ind(a), sb_puts(a->b, "</container>");
    a->depth--;
    ind(a), sb_puts(a->b, "</conclusions>");
}

static void attachments(akn *a) {
    const unres_doc *d = a->d;
    if (!d->n_annexes) return;
    ind(a), sb_puts(a->b, "<attachments>");
    a->depth++;
    for (size_t i = 0; i < d->n_annexes; i++) {
        const unres_annex *x = &d->annexes[i];
        char comp[32];
        snprintf(comp, sizeof comp, "!annex_%zu", i + 1);
        ind(a), sb_printf(a->b, "<attachment eId=\"att_%zu\">", i + 1);
        a->depth++;
        ind(a), sb_puts(a->b, "<doc name=\"annex\">");
        a->depth++;
        ind(a), sb_puts(a->b, "<meta>");
        a->depth++;
        frbr(a, comp, "annex");
        a->depth--;
        ind(a), sb_puts(a->b, "</meta>");
        if (x->heading) ind(a), sb_puts(a->b, "<preface><p><docTitle>"), esc(a, x->heading), sb_puts(a->b, "</docTitle></p></preface>");
        ind(a), sb_puts(a->b, "<mainBody>");
        a->depth++;
        const char *s = x->text ? x->text : "";
        bool any = false;
        do {
            const char *e = strchr(s, '\n');
            size_t n = e ? (size_t)(e - s) : strlen(s);
            if (n || !any) {
                char in[32];
                snprintf(in, sizeof in, "annex:%zu", i + 1);
                char *line = strndup(s, n);
                ind(a), sb_puts(a->b, "<p>");
                if (line) inline_text(a, line, in, NULL);
                sb_puts(a->b, "</p>");
                free(line);
                any = true;
            }
            s = e ? e + 1 : NULL;
        } while (s);
        a->depth--;
        ind(a), sb_puts(a->b, "</mainBody>");
        a->depth--;
        ind(a), sb_puts(a->b, "</doc>");
        a->depth--;
        ind(a), sb_puts(a->b, "</attachment>");
    }
    a->depth--;
    ind(a), sb_puts(a->b, "</attachments>");
}

void render_akn(strbuf *b, const unres_doc *d);
void render_akn(strbuf *b, const unres_doc *d) {
    akn A = {.b = b, .d = d}, *a = &A;
    A.fn_done = calloc(d->n_footnotes + 1, sizeof *A.fn_done);
    if (!A.fn_done) {
        b->oom = true;
        return;
    }
    const char *name = statement_name(d->doc_type);
    sb_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb_puts(b, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">");
    a->depth = 1;
    ind(a), sb_printf(b, "<statement name=\"%s\" contains=\"originalVersion\">", name);
    a->depth++;
    ind(a), sb_puts(b, "<meta>");
    a->depth++;
    frbr(a, "!main", name);
    lifecycle(a);
    references(a);
    a->depth--;
    ind(a), sb_puts(b, "</meta>");
    preface(a);
    preamble(a);
    main_body(a);
    conclusions(a);
    attachments(a);
    a->depth--;
    ind(a), sb_puts(b, "</statement>");
    sb_puts(b, "\n</akomaNtoso>\n");
    for (size_t i = 0; i < A.cap_eids; i++) free(A.eids[i]);
    free(A.eids);
    free(A.fn_done);
}
