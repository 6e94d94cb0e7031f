/* test_dates.c: dates and session numbers in the six languages
 * (src/dates.c over the month and number words of src/lang/xx.c).
 *  - every month in each language's official form (Arabic: both names;
 *    French "1er"; Spanish "de"; Russian genitive and "года"; Chinese with and
 *    without the spaces PDF layout puts around digits);
 *  - ranges give both ends; impossible dates are refused;
 *  - sessions: English and Chinese ordinals 1-99 generated, the other four
 *    languages on forms from real resolutions. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "../../src/internal.h"

static const char *const fr_m[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"};
static const char *const es_m[] = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                   "septiembre", "octubre", "noviembre", "diciembre"};
static const char *const ru_m[] = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                   "сентября", "октября", "ноября", "декабря"};
static const char *const ar_m[] = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
                                   "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس",
                                   "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
                                   "كانون الأول/ديسمبر"};
static const char *const en_m[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"};

static void one(const unres_lang_table *t, const char *s, const char *want) {
    char iso[11];
    size_t st, en;
    if (!date_find(t, s, strlen(s), iso, &st, &en)) fail_msg("%s: no date", s);
    if (strcmp(iso, want)) fail_msg("%s: %s, want %s", s, iso, want);
}

static void months_six_languages(void **state) {
    (void)state;
    for (int m = 0; m < 12; m++) {
        char s[160], want[11];
        snprintf(want, sizeof want, "2004-%02d-%02d", m + 1, m + 2);
        snprintf(s, sizeof s, "resolution 59/50 of %d %s 2004,", m + 2, en_m[m]);
        one(&unres_lang_en, s, want);
        snprintf(s, sizeof s, "résolution 59/50 du %d %s 2004", m + 2, fr_m[m]);
        one(&unres_lang_fr, s, want);
        snprintf(s, sizeof s, "resolución 59/50, de %d de %s de 2004,", m + 2, es_m[m]);
        one(&unres_lang_es, s, want);
        snprintf(s, sizeof s, "резолюция 59/50 от %d %s 2004 года", m + 2, ru_m[m]);
        one(&unres_lang_ru, s, want);
        snprintf(s, sizeof s, "القرار 59/50 المؤرخ %d %s 2004", m + 2, ar_m[m]);
        one(&unres_lang_ar, s, want);
        snprintf(s, sizeof s, "2004 年 %d 月 %d 日第 59/50 号决议", m + 1, m + 2);
        one(&unres_lang_zh, s, want);
        snprintf(s, sizeof s, "2004年%d月%d日", m + 1, m + 2);
        one(&unres_lang_zh, s, want);
        /* without a language: any of the six */
        snprintf(s, sizeof s, "от %d %s 2004 года", m + 2, ru_m[m]);
        one(NULL, s, want);
    }
}

static void special_forms(void **state) {
    (void)state;
    one(&unres_lang_fr, "le 1er février 1946", "1946-02-01");
    one(&unres_lang_ar, "30 تشرين الأول/ أكتوبر 2000", "2000-10-30");
    one(&unres_lang_ru, "10 ноября 1975 г.", "1975-11-10");
    one(&unres_lang_es, "el 2 de diciembre de 2011", "2011-12-02");
    one(&unres_lang_en, "on\n2 December 2004", "2004-12-02");
    char iso[11];
    size_t st, en;
    const char *bad[] = {"31 February 2004", "2 Decembers 2004", "32 March 2004", "2004年13月2日", "12 May 24"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (date_find(&unres_lang_en, bad[i], strlen(bad[i]), iso, &st, &en) ||
            date_find(&unres_lang_zh, bad[i], strlen(bad[i]), iso, &st, &en))
            fail_msg("%s taken for %s", bad[i], iso);
}

static void ranges(void **state) {
    (void)state;
    const char *s = "Security Council, 1 August 2009–31 July 2010 (S/INF/65)";
    char a[11], b[11];
    size_t st, en;
    assert_true(date_find(&unres_lang_en, s, strlen(s), a, &st, &en));
    assert_string_equal(a, "2009-08-01");
    assert_true(date_find(&unres_lang_en, s + en, strlen(s + en), b, &st, &en));
    assert_string_equal(b, "2010-07-31");
    const char *z = "2009年8月1日至2010年7月31日";
    assert_true(date_find(&unres_lang_zh, z, strlen(z), a, &st, &en));
    assert_string_equal(a, "2009-08-01");
    assert_true(date_find(&unres_lang_zh, z + en, strlen(z + en), b, &st, &en));
    assert_string_equal(b, "2010-07-31");
}

/* A range's second half read after its first: whole, or in Chinese the
 * day (and month) alone, the rest being the first's. */
static void range_ends(void **state) {
    (void)state;
    static const struct {
        const unres_lang_table *t;
        const char *s, *first, *second, *second_text;
    } c[] = {
        {&unres_lang_en, "1 August 2009–31 July 2010 (S/INF/65)", "2009-08-01", "2010-07-31", "31 July 2010"},
        {&unres_lang_zh, "2009年8月1日至2010年7月31日期间", "2009-08-01", "2010-07-31", "2010年7月31日"},
        {&unres_lang_zh, "2010年3月1日至5日在纽约举行", "2010-03-01", "2010-03-05", "5日"},
        {&unres_lang_zh, "2010年3月29日至4月2日举行", "2010-03-29", "2010-04-02", "4月2日"},
        {&unres_lang_zh, "2010年3月29日 至 4 月 2 日举行", "2010-03-29", "2010-04-02", "4 月 2 日"},
    };
    for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
        char a[11], b[11];
        size_t st, en;
        const char *s = c[k].s;
        if (!date_find(c[k].t, s, strlen(s), a, &st, &en) || strcmp(a, c[k].first)) fail_msg("%s: first", s);
        size_t e2 = date_range_end(c[k].t, s, strlen(s), en, a, b);
        size_t l2 = strlen(c[k].second_text);
        if (!e2 || strcmp(b, c[k].second) || e2 < l2 || memcmp(s + e2 - l2, c[k].second_text, l2))
            fail_msg("%s: second half %s", s, e2 ? b : "none");
    }
    /* not a range's end: a day before the first, a number of days, no link */
    const char *bad[] = {"2010年3月5日至1日", "2010年3月5日至30天", "2010年3月5日和6日"};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char a[11], b[11];
        size_t st, en;
        assert_true(date_find(&unres_lang_zh, bad[k], strlen(bad[k]), a, &st, &en));
        if (date_range_end(&unres_lang_zh, bad[k], strlen(bad[k]), en, a, b)) fail_msg("%s: taken for %s", bad[k], b);
    }
}

/* A shortened range's first half takes its month and year from the second,
 * which stands on its own after it; as the dev set's sentences write them. */
static void shortened_ranges(void **state) {
    (void)state;
    static const struct {
        const unres_lang_table *t;
        const char *s, *first, *first_text, *second;
    } c[] = {
        {&unres_lang_en, "held from 29 to 31 July 2014,", "2014-07-29", "29", "2014-07-31"},
        {&unres_lang_en, "Vienna, 18-22 May 2015", "2015-05-18", "18", "2015-05-22"},
        {&unres_lang_en, "1–5 March 2010", "2010-03-01", "1", "2010-03-05"},
        {&unres_lang_en, "5 March–2 April 2010", "2010-03-05", "5 March", "2010-04-02"},
        {&unres_lang_en, "28 December–3 January 2010", "2009-12-28", "28 December", "2010-01-03"},
        {&unres_lang_fr, "du 29 au 31 juillet 2014", "2014-07-29", "29", "2014-07-31"},
        {&unres_lang_fr, "1er-5 mars 2010", "2010-03-01", "1er", "2010-03-05"},
        {&unres_lang_fr, "du 5 mars au 2 avril 2010", "2010-03-05", "5 mars", "2010-04-02"},
        {&unres_lang_es, "del 29 al 31 de julio de 2014", "2014-07-29", "29", "2014-07-31"},
        {&unres_lang_es, "Viena, 18 a 22 de mayo 2015", "2015-05-18", "18", "2015-05-22"},
        {&unres_lang_es, "del 5 de marzo al 2 de abril de 2010", "2010-03-05", "5 de marzo", "2010-04-02"},
        {&unres_lang_ru, "29 - 31 июля 2014 года", "2014-07-29", "29", "2014-07-31"},
        {&unres_lang_ru, "с 5 марта по 2 апреля 2010 года", "2010-03-05", "5 марта", "2010-04-02"},
        {&unres_lang_ar, "في الفترة من 29 إلى 31 تموز/ يوليه 2014", "2014-07-29", "29", "2014-07-31"},
        {&unres_lang_ar, "9-20 آذار/مارس 2015", "2015-03-09", "9", "2015-03-20"},
    };
    for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
        char a[11], b[11];
        size_t st, en, st2, en2;
        const char *s = c[k].s;
        if (!date_find(c[k].t, s, strlen(s), a, &st, &en)) fail_msg("%s: no date", s);
        if (strcmp(a, c[k].first) || en - st != strlen(c[k].first_text) || memcmp(s + st, c[k].first_text, en - st))
            fail_msg("%s: first %s '%.*s'", s, a, (int)(en - st), s + st);
        if (!date_find(c[k].t, s + en, strlen(s + en), b, &st2, &en2) || strcmp(b, c[k].second))
            fail_msg("%s: second half", s);
    }
    /* not ranges: a day before a later one of the same month, a range of numbers */
    const char *bad[] = {"31-1 March", "paragraphs 1 to 10 of the annex", "5 March, and 2 April 2010"};
    char iso[11];
    size_t st, en;
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
        if (date_find(&unres_lang_en, bad[k], strlen(bad[k]), iso, &st, &en) && st == 0)
            fail_msg("%s taken for %s", bad[k], iso);
}

/* ---- sessions --------------------------------------------------------- */

static int sess(const unres_lang_table *t, const char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        size_t e;
        int v = session_at(t, s, n, i, &e);
        if (v) return v;
    }
    return 0;
}

static void sessions_en_zh_1_99(void **state) {
    (void)state;
    static const char *const ord[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                      "nineteenth"};
    static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                       "ninety"};
    static const char *const tenth[] = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                                        "seventieth", "eightieth", "ninetieth"};
    static const char *const cjk[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int v = 1; v < 100; v++) {
        char s[128], w[64], z[64];
        if (v < 20) snprintf(w, sizeof w, "%s", ord[v]);
        else if (v % 10 == 0) snprintf(w, sizeof w, "%s", tenth[v / 10]);
        else snprintf(w, sizeof w, "%s-%s", tens[v / 10], ord[v % 10]);
        snprintf(s, sizeof s, "to the General Assembly at its %s session a report", w);
        if (sess(&unres_lang_en, s) != v) fail_msg("%s: %d", s, sess(&unres_lang_en, s));
        if (v < 10) snprintf(z, sizeof z, "%s", cjk[v]);
        else snprintf(z, sizeof z, "%s十%s", v / 10 > 1 ? cjk[v / 10] : "", cjk[v % 10]);
        snprintf(s, sizeof s, "向大会第%s届会议提交", z);
        if (sess(&unres_lang_zh, s) != v) fail_msg("%s: %d", s, sess(&unres_lang_zh, s));
    }
    assert_int_equal(sess(&unres_lang_en, "Seventy-ninth session"), 79);
    assert_int_equal(sess(&unres_lang_zh, "第 79 届会议"), 79);
}

typedef struct {
    const unres_lang_table *t;
    const char *s;
    int v;
} scase;

static void sessions_fr_es_ru_ar(void **state) {
    (void)state;
    const scase c[] = {
        {&unres_lang_fr, "à sa quatre-vingt-unième session", 81},
        {&unres_lang_fr, "Soixante-dix-huitième session", 78},
        {&unres_lang_fr, "à sa quarante-septième session", 47},
        {&unres_lang_fr, "à sa soixante et onzième session", 71},
        {&unres_lang_fr, "à sa quatre-vingtième session", 80},
        {&unres_lang_fr, "à sa quatre-vingt-dix-neuvième session", 99},
        {&unres_lang_fr, "à sa première session", 1},
        {&unres_lang_es, "en su octogésimo primer período de sesiones", 81},
        {&unres_lang_es, "Quincuagésimo quinto período de sesiones", 55},
        {&unres_lang_es, "en su septuagésimo noveno período de sesiones", 79},
        {&unres_lang_es, "en su nonagésimo noveno período de sesiones", 99},
        {&unres_lang_es, "en su primer período de sesiones", 1},
        {&unres_lang_ru, "на ее восемьдесят первой сессии", 81},
        {&unres_lang_ru, "Шестьдесят первая сессия", 61},
        {&unres_lang_ru, "семьдесят девятой сессии", 79},
        {&unres_lang_ru, "на ее сороковой сессии", 40},
        {&unres_lang_ru, "девяносто девятой сессии", 99},
        {&unres_lang_ar, "في دورتها الحادية والثمانين", 81},
        {&unres_lang_ar, "في دورتها السابعة والخمسين", 57},
        {&unres_lang_ar, "الدورة الثمانين", 80},
        {&unres_lang_ar, "الدورة الحادية عشرة", 11},
        {&unres_lang_ar, "الدورة التاسعة والتسعين", 99},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        int v = sess(c[i].t, c[i].s);
        if (v != c[i].v) {
            print_error("%s: %d, want %d\n", c[i].s, v, c[i].v);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(months_six_languages), cmocka_unit_test(special_forms),
        cmocka_unit_test(ranges),
        cmocka_unit_test(range_ends),
        cmocka_unit_test(shortened_ranges),               cmocka_unit_test(sessions_en_zh_1_99),
        cmocka_unit_test(sessions_fr_es_ru_ar),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
