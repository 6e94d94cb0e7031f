/* filter.c: first-letter filters for lists of phrases (filter.h). */
#include "filter.h"

lead pf_lead(const char *ph) {
    lead L = {0};
    L.any = !utf8_decode(ph, strlen(ph), &L.b) || L.b == ' ' || pf_ignorable(L.b);
    L.fb = cp_fold(L.b);
    return L;
}

/* Can a phrase with first code point L match where a (folded fa) is? */
bool pf_lead_ok(const lead *L, uint32_t a, uint32_t fa) {
    return L->any || a == L->b || fa == L->fb || pf_ignorable(a) || (a == 0x2019 && L->b == '\'') ||
           (a == '\'' && L->b == 0x2019);
}

/* Row c of two[], from ascii, loose and pair.  These only grow, so pf_add
 * redoes just the rows a phrase can change, not the whole table. */
static void pf_row(pfilter *F, unsigned c) {
    if (!F->ascii[c]) return;
    const uint8_t *from = F->pair[pf_lower((unsigned char)c)];
    for (unsigned k = 0; k < 16; k++) F->two[c][k] = F->loose[c] ? 0xFF : from[k];
}

/* The ASCII bytes x that pf_lead_ok(L, x, cp_fold(x)) accepts, for a lead
 * that is not any: L.b itself, the bytes folding to L.fb, ' for ’. */
static unsigned pf_ascii_leads(const lead *L, unsigned char x[4]) {
    unsigned k = 0;
    if (L->b < 0x80) x[k++] = (unsigned char)L->b;
    if (L->fb < 0x80 && pf_lower((unsigned char)L->fb) == L->fb && L->fb != L->b) x[k++] = (unsigned char)L->fb;
    if (L->fb >= 'a' && L->fb <= 'z' && L->fb - 32 != L->b) x[k++] = (unsigned char)(L->fb - 32);
    if (L->b == 0x2019) x[k++] = '\'';
    return k;
}

void pf_add(pfilter *F, const char *ph) {
    lead L = pf_lead(ph);
    if (L.any || F->nb == LEAD_MAX) {
        F->any = true;
        return;
    }
    unsigned char b2 = (unsigned char)ph[1];
    bool pair = L.b < 0x80 && b2 && b2 < 0x80;
    unsigned char x[4];
    unsigned nx = pf_ascii_leads(&L, x);
    for (unsigned k = 0; k < nx; k++) {
        F->ascii[x[k]] = true;
        if (!pair) F->loose[x[k]] = true;
    }
    if (pair) {
        uint8_t *row = F->pair[pf_lower((unsigned char)L.b)];
        /* a space in a phrase is a run of white space in the text */
        if (b2 == ' ') {
            for (unsigned d = '\t'; d <= ' '; d++)
                if (pf_space((unsigned char)d)) row[d >> 3] |= (uint8_t)(1u << (d & 7));
        } else {
            unsigned char lo = pf_lower(b2), up = lo >= 'a' && lo <= 'z' ? (unsigned char)(lo - 32) : lo;
            row[lo >> 3] |= (uint8_t)(1u << (lo & 7));
            row[up >> 3] |= (uint8_t)(1u << (up & 7));
        }
        unsigned char c = pf_lower((unsigned char)L.b);
        pf_row(F, c);
        if (c >= 'a' && c <= 'z') pf_row(F, c - 32u);
    }
    for (unsigned k = 0; k < nx; k++) pf_row(F, x[k]);
    for (size_t k = 0; k < F->nb; k++)
        if (F->b[k] == L.b) return;
    F->b[F->nb] = L.b;
    F->fb[F->nb++] = L.fb;
}

/* False only where utf8_prefix_fold(s, n, ph) is 0: the ASCII text before
 * the first non-ASCII byte of either differs beyond case and runs of spaces. */
bool pf_may_match(const char *s, size_t n, const char *ph) {
    size_t i = 0;
    for (size_t j = 0; ph[j]; j++) {
        unsigned char b = (unsigned char)ph[j];
        if (b >= 0x80) return true;
        if (i >= n) return false;
        unsigned char a = (unsigned char)s[i];
        if (a >= 0x80) return true;
        if (b == ' ') {
            if (!pf_space(a)) return false;
            while (i < n && pf_space((unsigned char)s[i])) i++;
            if (i < n && (unsigned char)s[i] >= 0x80) return true;
            continue;
        }
        if (pf_lower(a) != pf_lower(b)) return false;
        i++;
    }
    return true;
}
