/* filter.c: first-letter filters for lists of phrases (filter.h). */
#include "filter.h"

bool pf_ignorable(uint32_t c) { return c == 0x0640 || (c >= 0x064B && c <= 0x0652); }
unsigned char pf_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

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

bool pf_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

void pf_add(pfilter *F, const char *ph) {
    lead L = pf_lead(ph);
    if (L.any || F->nb == LEAD_MAX) {
        F->any = true;
        return;
    }
    unsigned char b2 = (unsigned char)ph[1];
    bool pair = L.b < 0x80 && b2 && b2 < 0x80;
    for (uint32_t x = 0; x < 128; x++)
        if (pf_lead_ok(&L, x, cp_fold(x))) {
            F->ascii[x] = true;
            if (!pair) F->loose[x] = true;
        }
    /* a space in a phrase is a run of white space in the text */
    for (unsigned d = 0; pair && d < 128; d++)
        if (b2 == ' ' ? pf_space((unsigned char)d) : pf_lower((unsigned char)d) == pf_lower(b2))
            F->pair[pf_lower((unsigned char)L.b)][d >> 3] |= (uint8_t)(1u << (d & 7));
    for (unsigned c = 0; c < 128; c++)
        for (unsigned d = 0; d < 128; d++)
            if (F->ascii[c] && (F->loose[c] || (F->pair[pf_lower((unsigned char)c)][d >> 3] >> (d & 7) & 1)))
                F->two[c][d >> 3] |= (uint8_t)(1u << (d & 7));
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
