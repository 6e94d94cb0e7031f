/* test_symbols.c: the UN symbol grammar (src/scanners.re, src/symbols.c).
 * y_ cases must be accepted with the canonical form given; n_ cases are
 * strings a document holds that are not symbols (years, year ranges, page
 * numbers, job numbers, paragraph numbers, times, amounts). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../../src/internal.h"

typedef struct {
    const char *in, *canonical, *kind;
} ycase;

static const ycase y_cases[] = {
    {"A/RES/79/10", "A/RES/79/10", "resolution"},
    {"A/79/L.11", "A/79/L.11", "document"},
    {"A/C.3/80/L.6/Rev.1", "A/C.3/80/L.6/Rev.1", "document"},
    {"A/C.1/80/L.7", "A/C.1/80/L.7", "document"},
    {"E/CN.6/2024/L.3", "E/CN.6/2024/L.3", "document"},
    {"A/HRC/RES/5/1", "A/HRC/RES/5/1", "resolution"},
    {"A/HRC/55/L.12", "A/HRC/55/L.12", "document"},
    {"S/PRST/2010/1", "S/PRST/2010/1", "presidential_statement"},
    {"S/INF/65", "S/INF/65", "document"},
    {"A/67/PV.40", "A/67/PV.40", "document"},
    {"A/C.3/68/SR.50", "A/C.3/68/SR.50", "document"},
    {"A/76/L.57/Add.1", "A/76/L.57/Add.1", "document"},
    {"A/54/L.74/ADD.1", "A/54/L.74/Add.1", "document"},
    {"A/79/L.9/Rev.1", "A/79/L.9/Rev.1", "document"},
    {"A/70/L.8/Corr.1", "A/70/L.8/Corr.1", "document"},
    {"S/2010/490*", "S/2010/490", "document"},
    {"A/RES/S-30/1", "A/RES/S-30/1", "resolution"},
    {"A/RES/ES-10/22", "A/RES/ES-10/22", "resolution"},
    {"A/ES-10/L.27", "A/ES-10/L.27", "document"},
    {"S/RES/1631 (2005)", "S/RES/1631(2005)", "resolution"},
    {"S/RES/1631(2005)", "S/RES/1631(2005)", "resolution"},
    {"A/RES/3363 (XXX)", "A/RES/3363(XXX)", "resolution"},
    {"A/RES/3363 (ХХХ)", "A/RES/3363(XXX)", "resolution"}, /* Cyrillic Х */
    {"A/9601", "A/9601", "document"},
    {"S/24111", "S/24111", "document"},
    {"E/2009/28", "E/2009/28", "document"},
    {"FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1", "document"},
    {"A/DEC/50/411", "A/DEC/50/411", "decision"},
    {"A/80/___", "A/80/___", "document"},
    {"ST/SGB/2019/8", "ST/SGB/2019/8", "document"},
    {"ST/CS/SER.A/29/Rev.1", "ST/CS/SER.A/29/Rev.1", "document"},
    {"TD/B/C.I/52", "TD/B/C.I/52", "document"},
    {"GC(59)/RES/12", "GC(59)/RES/12", "resolution"},
    {"A/73/12 (Part I)", "A/73/12(Part I)", "document"},
    {"A/CONF.157/24 (Part I)", "A/CONF.157/24(Part I)", "document"},
    {"WHA69/2016/REC/1", "WHA69/2016/REC/1", "document"},
    {"EB142/2018/REC/1", "EB142/2018/REC/1", "document"},
    {"WHA71.3", "WHA71.3", "resolution"},
    {"EB142.R1", "EB142.R1", "resolution"},
};

static const char *const n_cases[] = {
    "2024", "2021-2025", "2021–2025", "2/4", "24-21660", "24-21660 (E)", "*2421660*", "10:00",
    "$360", "1,100", "12.", "(a)", "HIV/AIDS", "TCP/IP", "X/5", "A/54", "and/or", "1631 (2005)",
    "59/50", "a/79/l.11", "A/79/L.11a", "COVID-19", "G20/G7", "WHA71", "WHA/71", "B52.3",
};

static void y_symbols(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof y_cases / sizeof *y_cases; i++) {
        char out[128];
        size_t n = strlen(y_cases[i].in);
        size_t m = symbol_scan(y_cases[i].in, n, out, sizeof out);
        if (m != n) fail_msg("%s: consumed %zu of %zu", y_cases[i].in, m, n);
        assert_string_equal(out, y_cases[i].canonical);
        assert_string_equal(symbol_kind(out), y_cases[i].kind);
    }
}

static void n_symbols(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof n_cases / sizeof *n_cases; i++) {
        char out[128];
        size_t m = symbol_scan(n_cases[i], strlen(n_cases[i]), out, sizeof out);
        if (m) fail_msg("%s taken for a symbol (%s)", n_cases[i], out);
    }
}

/* a symbol ends where the sentence goes on */
static void symbol_in_text(void **state) {
    (void)state;
    char out[128];
    const char *s = "A/79/302-S/2024/600.";
    assert_int_equal(symbol_scan(s, strlen(s), out, sizeof out), 8);
    assert_string_equal(out, "A/79/302");
    s = "(A/66/417)]";
    assert_int_equal(symbol_scan(s + 1, strlen(s) - 1, out, sizeof out), 8);
    s = "A/79/L.11.";
    assert_int_equal(symbol_scan(s, strlen(s), out, sizeof out), 9);
    /* a lettered component is never the last: the sentence's end is not one */
    s = "A/79/L.11.A";
    assert_int_equal(symbol_scan(s, strlen(s), out, sizeof out), 9);
}

static void urls_and_iris(void **state) {
    (void)state;
    char b[256];
    symbol_url("A/RES/59/50", b, sizeof b);
    assert_string_equal(b, "https://undocs.org/A/RES/59/50");
    symbol_url("A/RES/68/247 A", b, sizeof b);
    assert_string_equal(b, "https://undocs.org/A/RES/68/247%20A");
    symbol_akn_iri("A/RES/71/4", "2016-10-13", b, sizeof b);
    assert_string_equal(b, "/akn/un/statement/deliberation/un-ga/2016-10-13/71-4");
    symbol_akn_iri("S/RES/1631(2005)", NULL, b, sizeof b);
    assert_string_equal(b, "/akn/un/statement/deliberation/un-sc/2005-01-01/1631-2005");
    assert_int_equal(roman_value("XXXIX", 5), 39);
    assert_int_equal(roman_value("LVII", 4), 57);
    assert_int_equal(roman_value("XIV", 3), 14);
    assert_int_equal(roman_value("S-VI", 4), 0);
    symbol_akn_iri("A/RES/3363(XXX)", NULL, b, sizeof b);
    assert_string_equal(b, "/akn/un/statement/deliberation/un-ga/1975-01-01/3363-XXX");
    symbol_akn_iri("A/RES/1514(XV)", NULL, b, sizeof b);
    assert_string_equal(b, "/akn/un/statement/deliberation/un-ga/1960-01-01/1514-XV");
    symbol_akn_iri("A/79/302", NULL, b, sizeof b);
    assert_string_equal(b, "/akn/un/doc/un-ga/2024-01-01/A-79-302");
    symbol_akn_iri("A/C.3/80/L.6", NULL, b, sizeof b);
    assert_string_equal(b, "/akn/un/doc/un-ga-c3/2025-01-01/A-C.3-80-L.6");
}

static void file_names(void **state) {
    (void)state;
    char b[128];
    assert_true(symbol_from_filename("x/A_RES_79_10.pdf", b, sizeof b));
    assert_string_equal(b, "A/RES/79/10");
    assert_true(symbol_from_filename("A_C.3_80_L.6-layout.txt", b, sizeof b));
    assert_string_equal(b, "A/C.3/80/L.6");
    assert_true(symbol_from_filename("S_RES_1445_2002.txt", b, sizeof b));
    assert_string_equal(b, "S/RES/1445(2002)");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(y_symbols),     cmocka_unit_test(n_symbols),  cmocka_unit_test(symbol_in_text),
        cmocka_unit_test(urls_and_iris), cmocka_unit_test(file_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
