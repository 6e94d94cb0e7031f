/* test_lang_tables.c: the French, Spanish, Russian and Arabic tables
 * (src/lang/{fr,es,ru,ar}.c) against real text.
 *
 *  - openings: sentence beginnings copied from the six-way UN Parallel Corpus
 *    dev set (2015 resolutions and drafts); the expected key is the one the
 *    English side of the same line opens with;
 *  - corpus agreement: every line of the dev set whose English opening is in
 *    en.c, checked in the other languages (skipped when the corpus is absent);
 *  - session ordinals read by summing number words;
 *  - the shape of each table (keys, months, NULL-terminated lists).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../src/internal.h"

typedef struct {
    unres_lang lang;
    const char *text;
    const char *key;
} opening_case;

/* Beginnings of real dev-set sentences (paragraph numbers removed); keys
 * from the English of the same line. */
static const opening_case cases[] = {
    /* French */
    {UNRES_LANG_FR, "Rappelant sa résolution 2117 (2013), et", "recalling"},
    {UNRES_LANG_FR, "Rappelant également que 2015 marque le", "recalling_also"},
    {UNRES_LANG_FR, "Prie le Secrétaire général de lui", "requests"},
    {UNRES_LANG_FR, "Prie également le système de développement", "also_requests"},
    {UNRES_LANG_FR, "Décide en outre que la Commission,", "further_decides"},
    {UNRES_LANG_FR, "Décide également de réviser le rôle", "also_decides"},
    {UNRES_LANG_FR, "Prenant note également de la résolution", "taking_note_also"},
    {UNRES_LANG_FR, "Prenant note avec satisfaction du rapport", "taking_note_with_appreciation"},
    {UNRES_LANG_FR, "Se félicitant que le Secrétaire général", "welcoming"},
    {UNRES_LANG_FR, "Réaffirmant son ferme attachement à la", "reaffirming"},
    {UNRES_LANG_FR, "Encourage les États Membres à mettre", "encourages"},
    {UNRES_LANG_FR, "Prie instamment les États qui ne", "urges"},
    {UNRES_LANG_FR, "Consciente du rôle indispensable de la", "recognizing"},
    {UNRES_LANG_FR, "Soulignant l'importance du vingtième anniversaire", "emphasizing"},
    {UNRES_LANG_FR, "Ayant examiné la recommandation faite par", "having_considered"},
    {UNRES_LANG_FR, "Se déclarant gravement préoccupé par la", "expressing_grave_concern"},
    {UNRES_LANG_FR, "Convaincu des avantages nombreux et importants,", "convinced"},
    /* Spanish */
    {UNRES_LANG_ES, "Recordando también que en 2015 se", "recalling_also"},
    {UNRES_LANG_ES, "Solicita al Secretario General que haga", "requests"},
    {UNRES_LANG_ES, "Solicita además a la Oficina de", "further_requests"},
    {UNRES_LANG_ES, "Alienta a los Estados Miembros a", "encourages"},
    {UNRES_LANG_ES, "Alienta encarecidamente a los Estados Miembros", "strongly_encourages"},
    {UNRES_LANG_ES, "Poniendo de relieve la necesidad imperiosa", "emphasizing"},
    {UNRES_LANG_ES, "Acogiendo con beneplácito los esfuerzos realizados", "welcoming"},
    {UNRES_LANG_ES, "Tomando nota con aprecio del informe", "taking_note_with_appreciation"},
    {UNRES_LANG_ES, "Decide además que la Comisión, en", "further_decides"},
    {UNRES_LANG_ES, "Insta a los Estados que aún", "urges"},
    {UNRES_LANG_ES, "Exhorta a las autoridades de Haití", "calls_upon"},
    {UNRES_LANG_ES, "Teniendo presentes las disposiciones del Capítulo", "bearing_in_mind"},
    {UNRES_LANG_ES, "Habiendo examinado la recomendación formulada por", "having_considered"},
    {UNRES_LANG_ES, "Observando con preocupación las conclusiones expuestas", "noting_with_concern"},
    {UNRES_LANG_ES, "Convencido de los muchos e importantes", "convinced"},
    /* Russian: lower case, preambular and operative alike */
    {UNRES_LANG_RU, "постановляет также пересмотреть роль Технического комитета", "also_decides"},
    {UNRES_LANG_RU, "просит Генерального секретаря использовать имеющиеся", "requests"},
    {UNRES_LANG_RU, "просит далее Управление Организации Объединенных Наций", "further_requests"},
    {UNRES_LANG_RU, "ссылаясь на свою резолюцию 2117 (2013)", "recalling"},
    {UNRES_LANG_RU, "вновь подтверждая цели и принципы Устава", "reaffirming"},
    {UNRES_LANG_RU, "признавая, что йога обеспечивает комплексный", "recognizing"},
    {UNRES_LANG_RU, "признавая также, что более широкое", "recognizing_also"},
    {UNRES_LANG_RU, "принимает к сведению доклады Генерального секретаря", "takes_note"},
    {UNRES_LANG_RU, "с обеспокоенностью отмечая сформулированные в", "noting_with_concern"},
    {UNRES_LANG_RU, "будучи убежден в том, что все", "convinced"},
    {UNRES_LANG_RU, "настоятельно призывает государства, которые еще не", "urges"},
    {UNRES_LANG_RU, "предлагает государствам-членам рассмотреть вопрос", "invites"},
    {UNRES_LANG_RU, "рассмотрев вынесенную Техническим комитетом", "having_considered"},
    {UNRES_LANG_RU, "приветствуя намерение Генерального секретаря", "welcoming"},
    {UNRES_LANG_RU, "с удовлетворением принимая к сведению доклад", "taking_note_with_appreciation"},
    /* Arabic: وإذ / إذ, feminine (GA) and masculine (SC) verbs */
    {UNRES_LANG_AR, "وإذ تشير إلى تقرير الأمين العام", "recalling"},
    {UNRES_LANG_AR, "وإذ تشير أيضا إلى أن عام", "recalling_also"},
    {UNRES_LANG_AR, "إذ تعيد تأكيد مقاصد ميثاق الأمم", "reaffirming"},
    {UNRES_LANG_AR, "وإذ تسلّم بأهمية التعاون الدولي،", "recognizing"},
    {UNRES_LANG_AR, "تقرر أيضا مراجعة دور اللجنة الفنية", "also_decides"},
    {UNRES_LANG_AR, "تطلب إلى الأمين العام أن يستخدم،", "requests"},
    {UNRES_LANG_AR, "يطلب إلى فريق الخبراء أن يضطلع", "requests"},
    {UNRES_LANG_AR, "تطلب كذلك إلى مكتب الأمم المتحدة", "further_requests"},
    {UNRES_LANG_AR, "وإذ تضع في اعتبارها أحكام الفصل", "bearing_in_mind"},
    {UNRES_LANG_AR, "إذ يضع في اعتباره الفقرة 15", "bearing_in_mind"},
    {UNRES_LANG_AR, "وإذ تحيط علما أيضا بقرار اللجنة", "taking_note_also"},
    {UNRES_LANG_AR, "يهيب بالسلطات الهايتية أن تتخذ كل", "calls_upon"},
    {UNRES_LANG_AR, "وقد نظرت في توصية اللجنة الفنية", "having_considered"},
    {UNRES_LANG_AR, "واقتناعا منه بالفوائد الكثيرة المهمة", "convinced"},
    {UNRES_LANG_AR, "وإذ يلاحظ مع القلق النتائج التي", "noting_with_concern"},
    {UNRES_LANG_AR, "تحث الدول التي لم تصدق بعد", "urges"},
    {UNRES_LANG_AR, "تحيط علما بتقريري الأمين العام", "takes_note"},
    {UNRES_LANG_AR, "وإدراكا منه أيضا لضرورة أن يُمدَّد", "recognizing_also"},
};

static bool key_is(const unres_opening *o, const char *key) {
    return o && ((o->pre_key && strcmp(o->pre_key, key) == 0) ||
                 (o->op_key && strcmp(o->op_key, key) == 0));
}

static void test_openings_real(void **state) {
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const opening_case *c = &cases[i];
        size_t consumed = 0;
        const unres_opening *o =
            lang_match_opening(lang_table(c->lang), c->text, strlen(c->text), &consumed);
        if (!key_is(o, c->key)) {
            printf("# %s: \"%s\" gave %s/%s, expected %s\n", unres_lang_code(c->lang), c->text,
                   o && o->pre_key ? o->pre_key : "-", o && o->op_key ? o->op_key : "-", c->key);
            bad++;
        } else if (consumed == 0 || consumed > strlen(c->text)) {
            printf("# %s: \"%s\" consumed %zu\n", unres_lang_code(c->lang), c->text, consumed);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* The opening as written: what `consumed` covers. */
static void test_opening_extent(void **state) {
    (void)state;
    static const struct {
        unres_lang lang;
        const char *text, *opening;
    } ext[] = {
        {UNRES_LANG_FR, "Prie en outre l'Office des Nations Unies", "Prie en outre"},
        {UNRES_LANG_FR, "Prie instamment tous les États Membres", "Prie instamment"},
        {UNRES_LANG_FR, "Consciente en outre des résultats", "Consciente en outre"},
        {UNRES_LANG_ES, "Acogiendo con beneplácito la observancia por", "Acogiendo con beneplácito"},
        {UNRES_LANG_RU, "настоятельно призывает все стороны", "настоятельно призывает"},
        {UNRES_LANG_RU, "ссылаясь также на круг полномочий", "ссылаясь также на"},
        {UNRES_LANG_AR, "وإذ تشير إلى تقرير الأمين العام", "وإذ تشير إلى"},
        {UNRES_LANG_AR, "تحيط علماً بالتقرير", "تحيط علماً"},
    };
    for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
        size_t consumed = 0;
        const unres_opening *o = lang_match_opening(lang_table(ext[i].lang), ext[i].text,
                                                    strlen(ext[i].text), &consumed);
        assert_non_null(o);
        assert_int_equal(consumed, strlen(ext[i].opening));
        assert_memory_equal(ext[i].text, ext[i].opening, consumed);
    }
    /* no match inside a longer word */
    size_t consumed = 0;
    const char *s = "Convaincue de";
    const unres_opening *o = lang_match_opening(lang_table(UNRES_LANG_FR), s, strlen(s), &consumed);
    assert_non_null(o);
    assert_string_equal(o->pre_key, "convinced");
    assert_int_equal(consumed, strlen("Convaincue"));
    s = "Notation";
    assert_null(lang_match_opening(lang_table(UNRES_LANG_FR), s, strlen(s), &consumed));
}

/* ---- the six-way dev set ---------------------------------------------- */

#define DEVSET "/raw/unpc-v1.0-devset-scollins83/derived/resolutions-and-drafts-6way.jsonl"

static void put_utf8(char **o, unsigned long cp) {
    char buf[4];
    int n = utf8_encode((uint32_t)cp, buf);
    memcpy(*o, buf, (size_t)n);
    *o += n;
}

static int hexval(const char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= c - '0';
        else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
        else return -1;
    }
    return v;
}

/* Unescapes the JSON string whose opening quote is at *pp into a malloc'd
 * buffer when keep (NULL if malloc fails); leaves *pp after the closing quote. */
static char *json_unescape(const char **pp, bool keep) {
    const char *p = *pp + 1;
    char *out = keep ? malloc(strlen(p) + 1) : NULL, *o = out;
    if (keep && !out) return NULL;
#define PUT(c) do { if (o) *o++ = (c); } while (0)
    while (*p && *p != '"') {
        if (*p != '\\') { PUT(*p); p++; continue; }
        p++;
        switch (*p) {
        case 'n': PUT('\n'); p++; break;
        case 't': PUT('\t'); p++; break;
        case 'r': PUT('\r'); p++; break;
        case 'b': PUT('\b'); p++; break;
        case 'f': PUT('\f'); p++; break;
        case 'u': {
            int hi = hexval(p + 1);
            if (hi < 0) { p++; break; }
            p += 5;
            unsigned long cp = (unsigned long)hi;
            if (hi >= 0xD800 && hi < 0xDC00 && p[0] == '\\' && p[1] == 'u') {
                int lo = hexval(p + 2);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + (((unsigned long)hi - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
                    p += 6;
                }
            }
            if (o) put_utf8(&o, cp);
            break;
        }
        case '\0': break;
        default: PUT(*p); p++; break; /* \" \\ \/ */
        }
    }
#undef PUT
    if (o) *o = 0;
    *pp = *p ? p + 1 : p;
    return out;
}

/* The string value of the top-level "key" of a one-line JSON object, as a
 * malloc'd string; NULL if absent.  Nested objects ("para_sent" holds keys
 * "en", "fr" … too) are skipped.  Enough for the flat jsonl of the dev set. */
static char *json_string(const char *line, const char *key) {
    const char *p = line;
    int depth = 0;
    while (*p) {
        if (*p == '"') {
            char *s = json_unescape(&p, depth == 1);
            const char *q = p;
            while (*q == ' ') q++;
            if (depth == 1 && *q == ':' && s && strcmp(s, key) == 0) {
                free(s);
                q++;
                while (*q == ' ') q++;
                if (*q != '"') return NULL;
                return json_unescape(&q, true);
            }
            free(s);
            continue;
        }
        if (*p == '{' || *p == '[') depth++;
        else if (*p == '}' || *p == ']') depth--;
        p++;
    }
    return NULL;
}

/* Skips a leading paragraph number: "12. ", "12 - ", "١٢ - ".  Sets
 * *numbered when one was found. */
static const char *skip_number(const char *s, bool *numbered) {
    const char *p = s;
    while (*p == ' ') p++;
    const char *d = p;
    for (;;) {
        if (*p >= '0' && *p <= '9') p++;
        else if ((unsigned char)p[0] == 0xD9 && (unsigned char)p[1] >= 0xA0 &&
                 (unsigned char)p[1] <= 0xA9)
            p += 2; /* U+0660..U+0669 */
        else break;
    }
    *numbered = false;
    if (p == d) return s;
    const char *q = p;
    while (*q == ' ') q++;
    if (*q == '.' || *q == '-') q++;
    else if (strncmp(q, "\xE2\x80\x93", 3) == 0) q += 3; /* en dash */
    else if (q == p) return s;                            /* "2015," is no number */
    if (*q != ' ' && q[-1] != ' ') return s;              /* "1.5", "2-3" */
    while (*q == ' ') q++;
    *numbered = true;
    return q;
}

static const char *corpus_dir(void) {
    const char *c = getenv("UNRES_CORPUS");
    return c && *c ? c : "../shared/corpus";
}

enum { N_OTHER = 5 };
static const unres_lang others[N_OTHER] = {UNRES_LANG_FR, UNRES_LANG_ES, UNRES_LANG_RU,
                                           UNRES_LANG_AR, UNRES_LANG_ZH};
/* Exact-key agreement floors.  One phrase has one key while translators render
 * an English opener several ways (fr "Soulignant" for Emphasizing, Stressing,
 * Underlining, Underscoring; ru "призывает" for Calls upon and Encourages), so
 * even a perfect one-key-per-phrase table cannot reach 90% exact agreement in
 * French or Russian on this set (best possible: fr 81%, ru 82%).  The floors
 * sit a few points under the rates the tables reach (fr 74, es 93, ru 77,
 * ar 85); the opening must be FOUND in at least 90% of the lines.  zh is the
 * lead's table: reported, not asserted. */
static const double exact_floor[N_OTHER] = {0.70, 0.90, 0.72, 0.80, 0.0};

static void test_corpus_agreement(void **state) {
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s%s", corpus_dir(), DEVSET);
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("# corpus not found at %s: skipped\n", path);
        skip();
    }
    const unres_lang_table *en = lang_table(UNRES_LANG_EN);
    int total = 0, found[N_OTHER] = {0}, agree[N_OTHER] = {0};
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        char *e = json_string(line, "en");
        if (!e) continue;
        bool numbered;
        const char *es = skip_number(e, &numbered);
        size_t consumed;
        const unres_opening *eo = lang_match_opening(en, es, strlen(es), &consumed);
        const char *key = NULL;
        if (eo) {
            key = numbered ? eo->op_key : eo->pre_key;
            if (!key) key = eo->pre_key ? eo->pre_key : eo->op_key;
        }
        if (!key) { free(e); continue; }
        total++;
        for (int k = 0; k < N_OTHER; k++) {
            char *t = json_string(line, unres_lang_code(others[k]));
            if (!t) continue;
            bool num2;
            const char *ts = skip_number(t, &num2);
            const unres_opening *o =
                lang_match_opening(lang_table(others[k]), ts, strlen(ts), &consumed);
            if (o) found[k]++;
            if (key_is(o, key)) agree[k]++;
            free(t);
        }
        free(e);
    }
    free(line);
    fclose(f);
    printf("# %d dev-set lines open with an en.c opening\n", total);
    assert_true(total >= 150);
    for (int k = 0; k < N_OTHER; k++)
        printf("# %s: same key %d/%d (%.1f%%), an opening found %d/%d (%.1f%%)\n",
               unres_lang_code(others[k]), agree[k], total, 100.0 * agree[k] / total, found[k],
               total, 100.0 * found[k] / total);
    for (int k = 0; k < N_OTHER; k++) {
        if (others[k] == UNRES_LANG_ZH) continue;
        assert_true(found[k] >= 0.90 * total);
        assert_true(agree[k] >= exact_floor[k] * total);
    }
}

/* ---- session ordinals --------------------------------------------------- */

static void test_ordinals(void **state) {
    (void)state;
    static const struct {
        unres_lang lang;
        const char *text, *number;
        int value;
    } ord[] = {
        {UNRES_LANG_FR, "soixante-dix-neuvième session", "soixante-dix-neuvième", 79},
        {UNRES_LANG_FR, "quatre-vingt-unième session", "quatre-vingt-unième", 81},
        {UNRES_LANG_FR, "vingt et unième session", "vingt et unième", 21},
        {UNRES_LANG_FR, "soixante et onzième session", "soixante et onzième", 71},
        {UNRES_LANG_FR, "soixante-dixième session", "soixante-dixième", 70},
        {UNRES_LANG_FR, "quatre-vingtième session", "quatre-vingtième", 80},
        {UNRES_LANG_FR, "quatre-vingt-dix-neuvième session", "quatre-vingt-dix-neuvième", 99},
        {UNRES_LANG_FR, "Cinquante-cinquième session", "Cinquante-cinquième", 55},
        {UNRES_LANG_FR, "trente-sixième session", "trente-sixième", 36},
        {UNRES_LANG_FR, "première session", "première", 1},
        {UNRES_LANG_FR, "dix-septième session", "dix-septième", 17},
        {UNRES_LANG_ES, "septuagésimo noveno período de sesiones", "septuagésimo noveno", 79},
        {UNRES_LANG_ES, "octogésimo primer período de sesiones", "octogésimo primer", 81},
        {UNRES_LANG_ES, "sexagésimo cuarto período de sesiones", "sexagésimo cuarto", 64},
        {UNRES_LANG_ES, "septuagésimo período de sesiones", "septuagésimo", 70},
        {UNRES_LANG_ES, "Quincuagésimo quinto período de sesiones", "Quincuagésimo quinto", 55},
        {UNRES_LANG_ES, "vigésimo primero", "vigésimo primero", 21},
        {UNRES_LANG_ES, "decimonoveno período", "decimonoveno", 19},
        {UNRES_LANG_ES, "quincuagésima primera sesión", "quincuagésima primera", 51},
        {UNRES_LANG_RU, "восемьдесят первой сессии", "восемьдесят первой", 81},
        {UNRES_LANG_RU, "семьдесят девятой сессии", "семьдесят девятой", 79},
        {UNRES_LANG_RU, "Пятьдесят пятая сессия", "Пятьдесят пятая", 55},
        {UNRES_LANG_RU, "шестьдесят девятой сессии", "шестьдесят девятой", 69},
        {UNRES_LANG_RU, "семидесятой сессии", "семидесятой", 70},
        {UNRES_LANG_RU, "тридцать шестую сессию", "тридцать шестую", 36},
        {UNRES_LANG_RU, "пятнадцатой сессиях", "пятнадцатой", 15},
        {UNRES_LANG_RU, "сорок восьмой сессии", "сорок восьмой", 48},
        {UNRES_LANG_RU, "девяностая сессия", "девяностая", 90},
        {UNRES_LANG_AR, "الحادية والثمانين", "الحادية والثمانين", 81},
        {UNRES_LANG_AR, "التاسعة والسبعين،", "التاسعة والسبعين", 79},
        {UNRES_LANG_AR, "الخامسة والخمسون", "الخامسة والخمسون", 55},
        {UNRES_LANG_AR, "التاسعة والستين، عن", "التاسعة والستين", 69},
        {UNRES_LANG_AR, "السبعين، عن", "السبعين", 70},
        {UNRES_LANG_AR, "الثامنة والأربعين", "الثامنة والأربعين", 48},
        {UNRES_LANG_AR, "الحادية عشرة", "الحادية عشرة", 11},
        {UNRES_LANG_AR, "الأولى", "الأولى", 1},
        {UNRES_LANG_AR, "السادسة والثلاثين", "السادسة والثلاثين", 36},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof ord / sizeof *ord; i++) {
        size_t consumed = 0;
        int v = lang_parse_ordinal(lang_table(ord[i].lang), ord[i].text, strlen(ord[i].text),
                                   &consumed);
        if (v != ord[i].value || consumed != strlen(ord[i].number)) {
            printf("# %s: \"%s\" read %d (%zu bytes), expected %d (%zu bytes)\n",
                   unres_lang_code(ord[i].lang), ord[i].text, v, consumed, ord[i].value,
                   strlen(ord[i].number));
            bad++;
        }
    }
    assert_int_equal(bad, 0);
    size_t consumed = 0;
    assert_int_equal(lang_parse_ordinal(lang_table(UNRES_LANG_FR), "session", 7, &consumed), 0);
}

/* ---- table shape -------------------------------------------------------- */

static bool key_ok(const char *k) {
    if (!k || !*k) return false;
    for (const char *p = k; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '_')) return false;
    return k[0] != '_' && k[strlen(k) - 1] != '_';
}

static size_t list_len(const char *const *l) {
    size_t n = 0;
    while (l && l[n]) n++;
    return n;
}

static void test_table_shape(void **state) {
    (void)state;
    static const unres_lang langs[] = {UNRES_LANG_FR, UNRES_LANG_ES, UNRES_LANG_RU, UNRES_LANG_AR};
    for (size_t l = 0; l < sizeof langs / sizeof *langs; l++) {
        const unres_lang_table *t = lang_table(langs[l]);
        assert_int_equal(t->lang, langs[l]);
        assert_true(t->n_openings >= 100);
        for (size_t i = 0; i < t->n_openings; i++) {
            const unres_opening *o = &t->openings[i];
            assert_non_null(o->phrase);
            assert_true(o->pre_key || o->op_key);
            if (o->pre_key) assert_true(key_ok(o->pre_key));
            if (o->op_key) assert_true(key_ok(o->op_key));
            /* the same phrase twice would make the longest match arbitrary */
            for (size_t j = i + 1; j < t->n_openings; j++)
                if (strcmp(o->phrase, t->openings[j].phrase) == 0) {
                    printf("# %s: \"%s\" listed twice\n", t->code, o->phrase);
                    fail();
                }
        }
        /* every month, and only 1..12 */
        int seen[13] = {0};
        for (size_t i = 0; i < t->n_months; i++) {
            assert_true(t->months[i].month >= 1 && t->months[i].month <= 12);
            seen[t->months[i].month]++;
        }
        for (int m = 1; m <= 12; m++) assert_true(seen[m] > 0);
        assert_int_equal(t->date_order, DATE_DMY);
        assert_true(t->n_numwords >= 30);
        bool ga = false, sc = false;
        for (size_t i = 0; i < t->n_formulas; i++) {
            ga |= strcmp(t->formulas[i].organ, "general_assembly") == 0;
            sc |= strcmp(t->formulas[i].organ, "security_council") == 0;
        }
        assert_true(ga && sc);
        assert_true(t->n_doclabels >= 3);
        assert_true(list_len(t->session_words) >= 1);
        assert_true(list_len(t->agenda_words) >= 1);
        assert_true(list_len(t->adopted_words) >= 1);
        assert_true(list_len(t->annex_words) >= 1);
        assert_true(list_len(t->sponsor_seps) >= 2);
        assert_true(list_len(t->ref_words) >= 2);
    }
    /* the masthead's word set has room for every language's words */
    for (int l = UNRES_LANG_AR; l <= UNRES_LANG_ES; l++) {
        const unres_lang_table *t = lang_table((unres_lang)l);
        size_t n = t->n_doclabels + list_len(t->adopted_words) + list_len(t->session_words) +
                   list_len(t->agenda_words);
        if (n > MASTHEAD_WORDS_MAX) printf("# %s: %zu masthead words\n", t->code, n);
        assert_true(n <= MASTHEAD_WORDS_MAX);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_openings_real),
        cmocka_unit_test(test_opening_extent),
        cmocka_unit_test(test_corpus_agreement),
        cmocka_unit_test(test_ordinals),
        cmocka_unit_test(test_table_shape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
