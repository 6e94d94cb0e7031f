/* mandates.c: who is asked to do what, by when.
 *
 * Every operative paragraph and sub-paragraph gives a mandate for its
 * opening verb; a paragraph holding a second directive ("…, and requests the
 * Secretary-General to …", "…，并请…") gives one more per clause.  For each
 * clause: the addressee (canonical English from the language table, or the
 * body named before "to"), the action (report, agenda_inclusion, meeting,
 * other: the first phrase of the table's list found), the session it is due
 * at ("at its eighty-first session", "第八十一届会议") and a date not taken
 * by a reference ("on 24 April 2026").  Preambular paragraphs mandate nothing. */
#include "internal.h"

typedef VEC(unres_mandate) mvec;

static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool upc(char c) { return c >= 'A' && c <= 'Z'; }

static size_t cplen(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

static bool word_start(const char *s, size_t i) {
    if (!i) return true;
    size_t l = utf8_prev(s, i);
    uint32_t c = 0;
    utf8_decode(s + i - l, l, &c);
    return cp_is_space(c) || (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z') && !dig((char)c)) ||
           cp_is_cjk(c) || c == 0x060C;
}

/* An operative opening at s (lower-case as clauses write it); its key. */
static const char *verb_at(const unres_lang_table *t, const char *s, size_t n, size_t *m) {
    const unres_opening *o = lang_match_opening(t, s, n, m);
    return o && o->op_key ? o->op_key : NULL;
}

/* The addressee right after the verb. */
static const char *addressee(parser *p, const char *s, size_t n) {
    const unres_lang_table *t = p->lt;
    size_t i = 0;
    while (i < n && s[i] == ' ') i++;
    size_t best = 0;
    const char *canon = NULL;
    for (const unres_canon *c = t->addressees; c && c->phrase; c++) {
        size_t m = utf8_prefix_fold(s + i, n - i, c->phrase);
        if (m > best) best = m, canon = c->canonical;
    }
    if (canon) return canon;
    if (!t->addressee_ends) return NULL;
    /* a named body: "the Collective Security Treaty Organization to" */
    size_t j = i;
    size_t m = utf8_prefix_fold(s + j, n - j, "the ");
    if (m) j += m;
    if (!(j < n && upc(s[j]))) return NULL;
    size_t st = j;
    while (j < n) {
        size_t w = j;
        while (w < n && s[w] != ' ' && s[w] != ',' && s[w] != ';') w++;
        if (w >= n || s[w] != ' ') return NULL;
        for (const char *const *e = t->addressee_ends; *e; e++) {
            size_t l = strlen(*e);
            if (w + 1 + l < n && !memcmp(s + w + 1, *e, l) && s[w + 1 + l] == ' ')
                return !strcmp(*e, "to") || !strcmp(*e, "that") ? arena_strndup(p->arena, s + st, w - st) : NULL;
        }
        j = w + 1;
        if (j - st > 160) return NULL;
    }
    return NULL;
}

static const char *action_of(const unres_lang_table *t, const char *s, size_t n) {
    for (const unres_canon *c = t->actions; c && c->phrase; c++) {
        unsigned char f = (unsigned char)c->phrase[0];
        for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
            if (f < 0x80 && ((unsigned char)s[i] | 32) != (f | 32)) continue;
            if (utf8_prefix_fold(s + i, n - i, c->phrase)) return c->canonical;
        }
    }
    return "other";
}

/* A session number whose session word starts at s+i ("eighty-first
 * session", "第八十一届会议", "الدورة الحادية والثمانين"), or 0.  Ordinals are
 * read only where a session word is, so a clause is read in linear time. */
static int session_here(const unres_lang_table *t, const char *s, size_t n, size_t i) {
    size_t wl = 0;
    for (const char *const *w = t->session_words; w && *w; w++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)(*w)[0];
        if (a < 0x80 ? (a | 32) != (b | 32) : a != b) continue;
        size_t m = utf8_prefix_fold(s + i, n - i, *w);
        if (m > wl) wl = m;
    }
    if (!wl) return 0;
    size_t e;
    if (t->lang == UNRES_LANG_AR) {
        int v = session_at(t, s, n, i, &e);
        return v > 0 && v < 200 ? v : 0;
    }
    /* the ordinal before the word: the earliest start that reads up to it */
    for (size_t j = i > 90 ? i - 90 : 0; j < i; j++) {
        if ((s[j] & 0xC0) == 0x80 || !(word_start(s, j) || (t->lang == UNRES_LANG_ZH && !memcmp(s + j, "第", 3))))
            continue;
        int v = session_at(t, s, n, j, &e);
        if (v > 0 && v < 200 && e == i + wl) return v;
    }
    return 0;
}

static void clause(parser *p, mvec *out, const unres_para *para, const char *verb, const char *s, size_t n, size_t vlen) {
    const unres_lang_table *t = p->lt;
    unres_mandate m = {0};
    m.in = para->id;
    m.verb = verb;
    m.addressee = verb ? addressee(p, s + vlen, n - vlen) : NULL;
    m.action = action_of(t, s, n);
    m.text = arena_strndup(p->arena, s, n);
    m.span = para->span;
    /* dates a reference gives are not due dates */
    ref_hit *h;
    size_t nh = refs_scan(p->arena, t, p->doc->organ, s, n, &h), k = 0;
    for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
        while (k < nh && h[k].end <= i) k++;
        bool in_ref = k < nh && h[k].start <= i;
        if (!m.due_session) m.due_session = session_here(t, s, n, i);
        if (!m.due_date && !in_ref && dig(s[i]) && (!i || !dig(s[i - 1]))) {
            char iso[11];
            if (date_at(t, s, n, i, iso)) m.due_date = arena_strdup(p->arena, iso);
        }
    }
    VEC_PUSH(p->arena, *out, m);
}

/* Splits a paragraph's text into clauses at a join before an operative verb. */
static void para_mandates(parser *p, mvec *out, const unres_para *para, const char *inherited) {
    const unres_lang_table *t = p->lt;
    const char *s = para->text;
    size_t n = strlen(s);
    const char *verb = para->opening_key ? para->opening_key : inherited;
    size_t vlen = para->opening && para->opening_key ? strlen(para->opening) : 0;
    size_t st = 0;
    for (size_t i = 0; i < n; i += cplen((unsigned char)s[i])) {
        if (!t->clause_joins) break;
        size_t jl = 0;
        for (const char *const *j = t->clause_joins; *j; j++) {
            size_t l = strlen(*j);
            if (l > jl && i + l <= n && !memcmp(s + i, *j, l)) jl = l;
        }
        if (!jl) continue;
        size_t vs = i + jl, m = 0;
        while (vs < n && s[vs] == ' ') vs++;
        /* inner verbs are lower case ("and requests"); "and Member States" is not one */
        if (vs < n && upc(s[vs])) continue;
        const char *v2 = verb_at(t, s + vs, n - vs, &m);
        if (!v2 || vs == 0) continue;
        if (i > st) clause(p, out, para, verb, s + st, i - st, st == 0 ? vlen : 0);
        st = vs;
        verb = v2;
        vlen = m;
        i = vs + m - 1;
    }
    if (n > st) clause(p, out, para, verb, s + st, n - st, vlen);
    for (size_t k = 0; k < para->n_items; k++)
        para_mandates(p, out, &para->items[k], para->opening_key ? para->opening_key : inherited);
}

void mandates_find(parser *p) {
    unres_doc *d = p->doc;
    mvec out = {0};
    for (size_t k = 0; k < d->n_operative; k++) para_mandates(p, &out, &d->operative[k], NULL);
    d->mandates = out.v;
    d->n_mandates = out.n;
}
