/* fuzz_dates: the date scanner in each language table and in all six at once
 * (date_find), with the number readers beside it (ordinal session words,
 * Chinese numerals) and the opening-phrase matcher.  Checks what the callers
 * rely on: ranges inside the input, an ISO date of the form YYYY-MM-DD, a
 * range's second half after its first. */
#include "../src/internal.h"
#include <stdlib.h>

static void check_iso(const char iso[11]) {
    for (int i = 0; i < 10; i++) {
        bool sep = i == 4 || i == 7;
        if (sep ? iso[i] != '-' : (iso[i] < '0' || iso[i] > '9')) abort();
    }
    if (iso[10]) abort();
    int m = (iso[5] - '0') * 10 + iso[6] - '0', d = (iso[8] - '0') * 10 + iso[9] - '0';
    if (m < 1 || m > 12 || d < 1 || d > 31) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 8192) return 0;
    unres_error err;
    if (unres_validate_text((const char *)data, size, &err) == UNRES_ERR_UTF8) return 0;
    char *s = malloc(size ? size : 1);
    if (!s) return 0;
    memcpy(s, data, size);
    static const unres_lang langs[] = {UNRES_LANG_AR, UNRES_LANG_ZH, UNRES_LANG_EN,
                                       UNRES_LANG_FR, UNRES_LANG_RU, UNRES_LANG_ES};
    for (int k = 0; k <= 6; k++) {
        const unres_lang_table *t = k < 6 ? lang_table(langs[k]) : NULL;
        char iso[11];
        size_t st = 0, en = 0, from = 0;
        /* every date in turn, as the reference finder walks a paragraph */
        while (from < size && date_find(t, s + from, size - from, iso, &st, &en)) {
            if (st > en || en > size - from) abort();
            check_iso(iso);
            /* a range's second half after it, within the input */
            char iso2[11];
            size_t e2 = t ? date_range_end(t, s + from, size - from, en, iso, iso2) : 0;
            if (e2 && (e2 <= en || e2 > size - from)) abort();
            if (e2) check_iso(iso2);
            from += en > 0 ? en : 1;
        }
        if (!t) continue;
        size_t m = 0;
        if (lang_parse_ordinal(t, s, size, &m) && m > size) abort();
        m = 0;
        if (lang_match_opening(t, s, size, &m) && m > size) abort();
    }
    size_t m = 0;
    if (parse_cjk_number(s, size, &m) && m > size) abort();
    lang_detect(s, size);
    free(s);
    return 0;
}
