/* test_refs.c: references in running text (src/refs.c), in six languages.
 *
 *  - sentences written in each language's official forms (the and
 *    the UN Editorial Manual's examples), each with the references a reader
 *    marks: canonical symbol, kind and date;
 *  - strings that hold no reference (page numbers, year ranges, job numbers);
 *  - the 397 six-way aligned sentences of the UN Parallel Corpus dev set:
 *    every language version of a sentence must give the same references,
 *    each with the same date (skipped when the corpus is absent).  Where the
 *    official translations themselves differ, tests/refs/devset-exceptions.tsv
 *    says so, line by line, as read.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/internal.h"

typedef struct {
    unres_lang lang;
    const char *text;
    const char *want; /* "kind symbol date; …" in order; date "-" when none */
} rcase;

static const rcase cases[] = {
    {UNRES_LANG_EN, "Recalling its resolution 59/50 of 2 December 2004, in which",
     "resolution A/RES/59/50 2004-12-02"},
    {UNRES_LANG_ZH, "回顾其2004 年 12 月 2 日第 59/50 号决议，", "resolution A/RES/59/50 2004-12-02"},
    {UNRES_LANG_FR, "Rappelant sa résolution 59/50 du 2 décembre 2004,", "resolution A/RES/59/50 2004-12-02"},
    {UNRES_LANG_ES, "Recordando su resolución 59/50, de 2 de diciembre de 2004,",
     "resolution A/RES/59/50 2004-12-02"},
    {UNRES_LANG_RU, "ссылаясь на свою резолюцию 59/50 от 2 декабря 2004 года,",
     "resolution A/RES/59/50 2004-12-02"},
    {UNRES_LANG_AR, "إذ تشير إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004،",
     "resolution A/RES/59/50 2004-12-02"},
    {UNRES_LANG_EN, "resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010, 73/331 of 25 July 2019,75/276 "
                    "of 28 April 2021 and 77/13 of 21 November 2022 on cooperation",
     "resolution A/RES/64/256 2010-03-02; resolution A/RES/65/122 2010-12-13; resolution A/RES/73/331 2019-07-25; "
     "resolution A/RES/75/276 2021-04-28; resolution A/RES/77/13 2022-11-21"},
    {UNRES_LANG_ZH, "2010年3月2日第64/256号、2010年12月13日第65/122号和2022年11月21日第77/13号决议",
     "resolution A/RES/64/256 2010-03-02; resolution A/RES/65/122 2010-12-13; resolution A/RES/77/13 2022-11-21"},
    {UNRES_LANG_EN, "A/79/302-S/2024/600.", "document A/79/302 -; document S/2024/600 -"},
    {UNRES_LANG_EN, "the report (A/65/382–S/2010/490*)", "document A/65/382 -; document S/2010/490 -"},
    {UNRES_LANG_EN, "[without reference to a Main Committee (A/70/L.8 and Add.1)]",
     "document A/70/L.8 -; document A/70/L.8/Add.1 -"},
    {UNRES_LANG_EN, "its resolutions 68/247 A and B of 27 December 2013",
     "resolution A/RES/68/247 A 2013-12-27; resolution A/RES/68/247 B 2013-12-27"},
    {UNRES_LANG_EN, "resolution 31/16 A,", "resolution A/RES/31/16 A -"},
    {UNRES_LANG_EN, "resolution 3363 (XXX) of 10 November 1975", "resolution A/RES/3363(XXX) 1975-11-10"},
    {UNRES_LANG_RU, "резолюции 3380 (ХХХ) от 10 ноября 1975 года", "resolution A/RES/3380(XXX) 1975-11-10"},
    /* the Assembly's Roman sessions end with the thirtieth: beyond, the Economic and Social Council's */
    {UNRES_LANG_AR, "قرارات المجلس 1079 (د-39)", "resolution E/RES/1079(XXXIX) -"},
    {UNRES_LANG_EN, "in accordance with General Assembly resolution 1823 (XVII), Council resolution 1817 (LV) and annex III",
     "resolution A/RES/1823(XVII) -; resolution E/RES/1817(LV) -"},
    {UNRES_LANG_EN, "resolution 3201 (S-VI)", "resolution A/RES/3201(S-VI) -"},
    {UNRES_LANG_EN, "Security Council resolution 1631 (2005) of 17 October 2005",
     "resolution S/RES/1631(2005) 2005-10-17"},
    {UNRES_LANG_ES, "la resolución 2334 (2016), de 23 de diciembre de 2016", "resolution S/RES/2334(2016) 2016-12-23"},
    {UNRES_LANG_ZH, "第2014(2011)、第2051(2012)和第2140(2014)号决议",
     "resolution S/RES/2014(2011) -; resolution S/RES/2051(2012) -; resolution S/RES/2140(2014) -"},
    {UNRES_LANG_EN, "decision 50/411 of 23 December 1995", "decision A/DEC/50/411 1995-12-23"},
    {UNRES_LANG_ZH, "第58/403号决定", "decision A/DEC/58/403 -"},
    /* a document's date, and who issued it, before its number */
    {UNRES_LANG_ZH, "依照1999年5月14日秘书处ST/CS/SER.A/29/Rev.1号文件，", "document ST/CS/SER.A/29/Rev.1 1999-05-14"},
    {UNRES_LANG_ZH, "2019年7月25日的会议和A/74/100号文件", "document A/74/100 -"},
    {UNRES_LANG_EN, "Resolution S-30/1, annex.", "resolution A/RES/S-30/1 -"},
    {UNRES_LANG_ZH, "见 S-30/1 号决议，附件。", "resolution A/RES/S-30/1 -"},
    {UNRES_LANG_EN, "resolution ES-10/22 of 12 December 2023", "resolution A/RES/ES-10/22 2023-12-12"},
    {UNRES_LANG_EN, "S/PRST/2010/1; see Resolutions and Decisions of the Security Council, 1 August 2009–31 July "
                    "2010 (S/INF/65).",
     "presidential_statement S/PRST/2010/1 -; document S/INF/65 -"},
    {UNRES_LANG_EN, "the United Nations Global Counter-Terrorism Strategy and", "instrument - -"},
    {UNRES_LANG_ZH, "执行《联合国全球反恐战略》", "instrument - -"},
    {UNRES_LANG_EN, "the Joint Declaration on Cooperation between the Secretariats of the United Nations and the "
                    "Collective Security Treaty Organization of 18 March 2010,",
     "instrument - 2010-03-18"},
    {UNRES_LANG_EN, "Takes note of resolutions GC(69)/RES/9 A.2, A.3 and B;",
     "resolution GC(69)/RES/9 A.2 -; resolution GC(69)/RES/9 A.3 -; resolution GC(69)/RES/9 B -"},
    {UNRES_LANG_EN, "(A/73/12 (Part I) and (Part II))", "document A/73/12(Part I) -; document A/73/12(Part II) -"},
    {UNRES_LANG_EN, "Human Rights Council resolution 33/11 of 29 September 2016",
     "resolution A/HRC/RES/33/11 2016-09-29"},
    {UNRES_LANG_EN, "World Health Assembly resolution 71.3 of 26 May 2018", "resolution WHA71.3 2018-05-26"},
    {UNRES_LANG_EN, "General Assembly resolution 60/251 of 15 March 2006 establishing the Human Rights Council",
     "resolution A/RES/60/251 2006-03-15"},
    {UNRES_LANG_FR, "la résolution 16/18 du Conseil des droits de l'homme, en date du 24 mars 2011",
     "resolution A/HRC/RES/16/18 2011-03-24"},
    {UNRES_LANG_ZH, "人权理事会2011年3月24日第16/18号决议", "resolution A/HRC/RES/16/18 2011-03-24"},
    /* a regional or functional commission's own series: no symbol in the UN's system, its date read
     * wherever the language puts the commission's name */
    {UNRES_LANG_EN, "Taking note of Economic Commission for Latin America and the Caribbean resolution 683 (XXXV) "
                    "of 9 May 2014, in which",
     "resolution - 2014-05-09"},
    {UNRES_LANG_FR, "Prenant note de la résolution 683 (XXXV) de la Commission économique pour l'Amérique latine et "
                    "les Caraïbes, en date du 9 mai 2014, dans laquelle",
     "resolution - 2014-05-09"},
    {UNRES_LANG_ES, "Tomando nota de la resolución 683 (XXXV) de la Comisión Económica para América Latina y el "
                    "Caribe, de 9 de mayo de 2014, en que",
     "resolution - 2014-05-09"},
    {UNRES_LANG_RU, "принимая к сведению резолюцию 683 (XXXV) Экономической комиссии для Латинской Америки и "
                    "Карибского бассейна от 9 мая 2014 года, в которой",
     "resolution - 2014-05-09"},
    {UNRES_LANG_ZH, "表示注意到拉丁美洲和加勒比经济委员会2014年5月9日第683(XXXV)号决议，", "resolution - 2014-05-09"},
    {UNRES_LANG_EN, "Commission on Narcotic Drugs resolution 55/1 of 16 March 2012 and General Assembly resolution "
                    "66/183",
     "resolution - 2012-03-16; resolution A/RES/66/183 -"},
    {UNRES_LANG_EN, "special report of 10 September 2002 (5/2002/1005) and", "document S/2002/1005 2002-09-10"},
    {UNRES_LANG_EN, "2/ S/26G26.", "document S/26026 -"},
    {UNRES_LANG_FR, "les dispositions de la Charte des Nations Unies relatives à", "instrument - -"},
    {UNRES_LANG_ES, "la Declaración Universal de Derechos Humanos, y", "instrument - -"},
    {UNRES_LANG_RU, "во Всеобщей декларации прав человека, и", "instrument - -"},
    {UNRES_LANG_AR, "في ميثاق الأمم المتحدة المتعلقة بوجود", "instrument - -"},
    /* the Charter alone is the United Nations', in every language; no other head is */
    {UNRES_LANG_FR, "La Charte constituait un progrès", "instrument - -"},
    {UNRES_LANG_EN, "amendments to the Charter without the express mandate", "instrument - -"},
    {UNRES_LANG_ES, "enmiendas de la Carta; solo cabía", "instrument - -"},
    {UNRES_LANG_RU, "внесение поправок в Устав, без прямого поручения", "instrument - -"},
    {UNRES_LANG_AR, "تعديلات على الميثاق دون", "instrument - -"},
    {UNRES_LANG_EN, "the Convention entered into force", ""},
    {UNRES_LANG_EN, "the Charter Research Branch", ""},
    {UNRES_LANG_RU, "устав организации", ""},
    /* proclaiming a day is no declaration; a convention of a year is one */
    {UNRES_LANG_AR, "1 - تقرر إعلان يوم 21 حزيران/يونيه يوما دوليا لليوغا؛", ""},
    {UNRES_LANG_AR, "وإذ تشير إلى اتفاقية سنة 1971،", "instrument - -"},
    /* a guillemet is no letter: the name it opens is read */
    {UNRES_LANG_RU, "принимая к сведению «Декларацию о праве на развитие», и", "instrument - -"},
    {UNRES_LANG_FR, "Rappelant «Déclaration de Rio sur l'environnement et le développement»,", "instrument - -"},
    /* a report's title in quotation marks names no instrument; a declaration's does */
    {UNRES_LANG_EN, "the reports of the Secretary-General entitled “Supplement to an Agenda for Peace” 3 and “Our "
                    "Common Agenda”, 4 and",
     ""},
    {UNRES_LANG_FR, "le rapport du Secrétaire général intitulé « Stratégie des Nations Unies pour la jeunesse »", ""},
    {UNRES_LANG_ES, "el informe del Secretario General titulado “Estrategia de las Naciones Unidas para la Juventud”",
     ""},
    {UNRES_LANG_RU, "доклад Генерального секретаря, озаглавленный «Стратегия Организации Объединенных Наций в "
                    "интересах молодежи»",
     ""},
    {UNRES_LANG_EN, "the outcome document entitled “New Urban Agenda”", "instrument - -"},
    /* nothing to take */
    {UNRES_LANG_RU, "Утверждение повестки дня", ""},
    {UNRES_LANG_EN, "on 5/10/2020 and 5/2002 and 10/2O20", ""},
    {UNRES_LANG_EN, "resolution 1.2 of the Conference", ""},
    {UNRES_LANG_EN, "2/4 24-21660 the period 2021–2025, paragraph 12, at 10:00, $360 million, 1,100 reports", ""},
    {UNRES_LANG_EN, "a two-thirds majority (2/3) of the members present in 2024", ""},
    {UNRES_LANG_EN, "the Collective Security Treaty Organization", ""},
};

static char *describe(const ref_hit *h, size_t n) {
    static char buf[2048];
    size_t k = 0;
    buf[0] = 0;
    for (size_t i = 0; i < n && k < sizeof buf - 200; i++)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s %s %s", i ? "; " : "", h[i].kind,
                              h[i].symbol ? h[i].symbol : "-", h[i].date ? h[i].date : "-");
    return buf;
}

static void sentences(void **state) {
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        unres_arena *a = arena_new();
        ref_hit *h;
        size_t n = refs_scan(a, lang_table(cases[i].lang), "general_assembly", cases[i].text, strlen(cases[i].text), &h);
        const char *got = describe(h, n);
        if (strcmp(got, cases[i].want)) {
            print_error("%s\n  want: %s\n  got:  %s\n", cases[i].text, cases[i].want, got);
            bad++;
        }
        arena_free(a);
    }
    assert_int_equal(bad, 0);
}

static void placeholder(void **state) {
    (void)state;
    unres_arena *a = arena_new();
    ref_hit *h;
    const char *s = "A/80/___.";
    size_t n = refs_scan(a, &unres_lang_en, "general_assembly", s, strlen(s), &h);
    assert_int_equal(n, 1);
    assert_true(h[0].placeholder);
    assert_null(h[0].symbol);
    assert_int_equal(h[0].end - h[0].start, 8);
    arena_free(a);
}

/* ---- the six-way dev set ------------------------------------------------ */

/* The JSON string value of "key" in a line; malloc'd. */
static char *json_str(const char *line, const char *key) {
    char pat[16];
    snprintf(pat, sizeof pat, "\"%s\": \"", key);
    const char *p = strstr(line, "\"para_sent\"");
    p = p ? strchr(p, '}') : line; /* the sentences follow the paragraph numbers */
    p = p ? strstr(p, pat) : NULL;
    if (!p) return NULL;
    p += strlen(pat);
    char *out = malloc(strlen(p) + 1), *o = out;
    while (*p && *p != '"') {
        if (*p == '\\') {
            p++;
            if (*p == 'u') {
                unsigned v = (unsigned)strtoul((char[5]){p[1], p[2], p[3], p[4], 0}, NULL, 16);
                o += utf8_encode(v, o);
                p += 5;
                continue;
            }
            *o++ = *p == 'n' ? ' ' : *p == 't' ? ' ' : *p;
            p++;
            continue;
        }
        *o++ = *p++;
    }
    *o = 0;
    return out;
}

/* "symbol@date" of each reference with a symbol, sorted, as one string. */
static int cmpstr(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }
static void signature(unres_lang lang, const char *s, char *out, size_t outsz) {
    unres_arena *a = arena_new();
    ref_hit *h;
    size_t n = refs_scan(a, lang_table(lang), "security_council", s, strlen(s), &h);
    char *items[64];
    size_t m = 0;
    for (size_t i = 0; i < n && m < 64; i++)
        if (h[i].symbol) items[m++] = arena_printf(a, "%s@%s", h[i].symbol, h[i].date ? h[i].date : "-");
    qsort(items, m, sizeof *items, cmpstr);
    size_t k = 0;
    out[0] = 0;
    for (size_t i = 0; i < m && k + 1 < outsz; i++) k += (size_t)snprintf(out + k, outsz - k, "%s ", items[i]);
    arena_free(a);
}

/* "line<TAB>lang" pairs whose translations differ (tests/refs/devset-exceptions.tsv). */
static bool excepted(int line, const char *lang) {
    static char *buf;
    if (!buf) {
        FILE *f = fopen("tests/refs/devset-exceptions.tsv", "r");
        if (!f) return false;
        buf = calloc(1, 1 << 16);
        fread(buf, 1, (1 << 16) - 1, f);
        fclose(f);
    }
    char key[32];
    snprintf(key, sizeof key, "\n%d\t%s\t", line, lang);
    return strstr(buf, key) != NULL;
}

static void devset_six_way(void **state) {
    (void)state;
    const char *root = getenv("UNRES_CORPUS");
    char path[1024];
    snprintf(path, sizeof path, "%s/raw/unpc-v1.0-devset-scollins83/derived/resolutions-and-drafts-6way.jsonl",
             root ? root : "../shared/corpus");
    FILE *f = fopen(path, "r");
    if (!f) skip();
    static const struct { const char *key; unres_lang lang; } langs[] = {
        {"en", UNRES_LANG_EN}, {"zh", UNRES_LANG_ZH}, {"fr", UNRES_LANG_FR},
        {"es", UNRES_LANG_ES}, {"ru", UNRES_LANG_RU}, {"ar", UNRES_LANG_AR}};
    char *line = NULL;
    size_t cap = 0;
    int lines = 0, with_refs = 0, bad = 0;
    while (getline(&line, &cap, f) > 0) {
        lines++;
        char sig[6][2048];
        for (int l = 0; l < 6; l++) {
            char *s = json_str(line, langs[l].key);
            signature(langs[l].lang, s ? s : "", sig[l], sizeof sig[l]);
            free(s);
        }
        if (sig[0][0]) with_refs++;
        for (int l = 1; l < 6; l++)
            if (strcmp(sig[0], sig[l]) && !excepted(lines, langs[l].key)) {
                print_error("dev-set line %d: en [%s] but %s [%s]\n", lines, sig[0], langs[l].key, sig[l]);
                bad++;
            }
    }
    free(line);
    fclose(f);
    print_message("# %d six-way sentences, %d with references\n", lines, with_refs);
    assert_int_equal(lines, 397);
    assert_true(with_refs >= 15);
    assert_int_equal(bad, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentences),
        cmocka_unit_test(placeholder),
        cmocka_unit_test(devset_six_way),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
