/* test_core.c: the public API on small inputs: errors and their offsets,
 * line joining per script, footnote calls, page furniture. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "unres.h"

static unres_doc *parse(const char *text, unres_lang lang) {
    unres_doc *d = NULL;
    unres_error err;
    unres_options opt = {.source = "t.txt", .lang = lang};
    assert_int_equal(unres_parse(text, strlen(text), &opt, &d, &err), UNRES_OK);
    return d;
}

static void test_invalid_utf8_offset(void **state) {
    (void)state;
    const char text[] = "The General Assembly,\nRecalling \xC3\x28 its resolution,";
    unres_doc *d = (unres_doc *)1;
    unres_error err;
    assert_int_equal(unres_parse(text, sizeof text - 1, NULL, &d, &err), UNRES_ERR_UTF8);
    assert_null(d);
    assert_int_equal(err.offset, 32); /* the byte 0xC3 */
}

static void test_empty_and_binary(void **state) {
    (void)state;
    unres_doc *d;
    unres_error err;
    assert_int_equal(unres_parse("", 0, NULL, &d, &err), UNRES_ERR_EMPTY);
    assert_int_equal(unres_parse(" \n\t\n", 4, NULL, &d, &err), UNRES_ERR_EMPTY);
    const char bin[] = "ab\0cd";
    assert_int_equal(unres_parse(bin, 5, NULL, &d, &err), UNRES_ERR_BINARY);
    assert_int_equal(err.offset, 2);
}

static void test_join_latin(void **state) {
    (void)state;
    unres_doc *d = parse("The General Assembly,\n"
                         "Noting the effects of natural and human-\n"
                         "made disasters and the report of the Secretary -General,\n"
                         "1. Decides to remain seized of the matter.\n",
                         UNRES_LANG_EN);
    assert_int_equal(d->n_preamble, 1);
    assert_string_equal(d->preamble[0].text,
                        "Noting the effects of natural and human-made disasters and the report of the "
                        "Secretary-General,");
    assert_string_equal(d->preamble[0].opening_key, "noting");
    assert_int_equal(d->n_operative, 1);
    assert_string_equal(d->operative[0].num, "1.");
    assert_string_equal(d->operative[0].opening_key, "decides");
    /* spans are byte offsets into the input */
    assert_int_equal(d->preamble[0].span.start, strlen("The General Assembly,\n"));
    unres_doc_free(d);
}

static void test_join_cjk(void **state) {
    (void)state;
    unres_doc *d = parse("大会，\n\n 回顾其 2004 年 12 月 2 日第 59/50 号决\n\n议，\n\n 1. 决定继续处理此案。\n",
                         UNRES_LANG_ZH);
    assert_int_equal(d->n_preamble, 1);
    assert_string_equal(d->preamble[0].text, "回顾其2004年12月2日第59/50号决议，");
    assert_string_equal(d->preamble[0].opening_key, "recalling");
    assert_string_equal(d->operative[0].opening_key, "decides");
    unres_doc_free(d);
}

static void test_footnote_call_and_block(void **state) {
    (void)state;
    unres_doc *d = parse("The General Assembly,\n"
                         "Having considered the report of the Secretary-General, 1\n"
                         "Recalling its resolution 59/50 of 2 December 2004 2 and its\n"
                         "__________________\n"
                         "1 A/79/302.\n"
                         "2 See also A/59/1.\n"
                         "24-21660 (E)\n"
                         "*2421660*\n"
                         "\f2/2\n"
                         "later resolutions,\n",
                         UNRES_LANG_EN);
    assert_int_equal(d->n_footnotes, 2);
    assert_string_equal(d->footnotes[1].text, "See also A/59/1.");
    assert_int_equal(d->n_preamble, 2);
    assert_int_equal(d->preamble[0].n_footnote_refs, 1);
    assert_string_equal(d->preamble[0].footnote_refs[0], "1");
    /* the call after a year is cut, the page break and footnotes are gone */
    assert_string_equal(d->preamble[1].text,
                        "Recalling its resolution 59/50 of 2 December 2004 and its later resolutions,");
    assert_string_equal(d->preamble[1].footnote_refs[0], "2");
    unres_doc_free(d);
}

static void test_not_a_resolution(void **state) {
    (void)state;
    unres_doc *d = parse("Minutes of the meeting.\nThe meeting rose at noon.\n", UNRES_LANG_UNKNOWN);
    assert_string_equal(d->doc_type, "unknown");
    assert_true(d->n_warnings >= 1);
    assert_string_equal(d->warnings[0].code, "not_a_resolution");
    unres_doc_free(d);
}

static void test_render_json_escapes(void **state) {
    (void)state;
    unres_doc *d = parse("The General Assembly,\nRecalling \"the Charter\"\\ and\ttabs,\n", UNRES_LANG_EN);
    char *json = unres_render(d, UNRES_RENDER_JSONL, NULL);
    assert_non_null(json);
    assert_non_null(strstr(json, "Recalling \\\"the Charter\\\"\\\\ and tabs,"));
    assert_non_null(strstr(json, "\"format\":\"unres/1\""));
    assert_int_equal(strchr(json, '\n') - json, (long)strlen(json) - 1); /* one line */
    free(json);
    unres_doc_free(d);
}

static void test_lang_codes(void **state) {
    (void)state;
    assert_int_equal(unres_lang_from_code("ZH"), UNRES_LANG_ZH);
    assert_int_equal(unres_lang_from_code("xx"), UNRES_LANG_UNKNOWN);
    assert_string_equal(unres_lang_code(UNRES_LANG_AR), "ar");
    unres_doc_free(NULL); /* harmless */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_utf8_offset), cmocka_unit_test(test_empty_and_binary),
        cmocka_unit_test(test_join_latin),          cmocka_unit_test(test_join_cjk),
        cmocka_unit_test(test_footnote_call_and_block), cmocka_unit_test(test_not_a_resolution),
        cmocka_unit_test(test_render_json_escapes), cmocka_unit_test(test_lang_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
