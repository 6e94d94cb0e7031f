/* filter.h: first-letter filters for lists of phrases (references and
 * mandates).  Not installed.  A filter answers no only where no phrase of its
 * list can match, so a scan passes most positions without comparing every
 * phrase. */
#ifndef UNRES_FILTER_H
#define UNRES_FILTER_H

#include "internal.h"

/* Where the phrases of a list can start, as utf8_prefix_fold compares them
 * (case folded, ’ for ', Arabic marks skipped, a space for a run of white
 * space).  A filter says no only where no phrase can match, so most
 * positions are passed over without a folding compare of every phrase. */
enum { LEAD_MAX = 64 };
typedef struct {
    bool any;              /* a phrase opens with a space or a mark: no filter */
    bool ascii[128];       /* ASCII bytes a phrase can open with */
    bool loose[128];       /* … where one has no second ASCII byte to check */
    uint8_t pair[128][16]; /* the first two bytes, folded, as bits */
    uint8_t two[128][16];  /* ASCII pairs of bytes some phrase can start with, as bits */
    uint8_t nb;
    uint32_t b[LEAD_MAX], fb[LEAD_MAX]; /* first code points, and folded */
} pfilter;

/* One phrase's first code point. */
typedef struct {
    uint32_t b, fb;
    bool any;
} lead;

/* Arabic tatweel and vowel marks, which a compare skips */
static inline bool pf_ignorable(uint32_t c) { return c == 0x0640 || (c >= 0x064B && c <= 0x0652); }
static inline unsigned char pf_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }
static inline bool pf_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
lead pf_lead(const char *ph);
bool pf_lead_ok(const lead *L, uint32_t a, uint32_t fa);
void pf_add(pfilter *F, const char *ph);
bool pf_may_match(const char *s, size_t n, const char *ph);

/* False only where no phrase of F can match at s+i (i < n). */
static inline bool pf_at(const pfilter *F, const char *s, size_t n, size_t i) {
    if (F->any) return true;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        /* past the end counts as NUL, which no phrase has second */
        unsigned char d = i + 1 < n ? (unsigned char)s[i + 1] : 0;
        if (d >= 0x80) return F->ascii[c];
        return F->two[c][d >> 3] >> (d & 7) & 1;
    }
    uint32_t a;
    if (!utf8_decode(s + i, n - i, &a) || pf_ignorable(a)) return true;
    uint32_t fa = cp_fold(a);
    for (size_t k = 0; k < F->nb; k++)
        if (a == F->b[k] || fa == F->fb[k] || (a == 0x2019 && F->b[k] == '\'')) return true;
    return false;
}

#endif
