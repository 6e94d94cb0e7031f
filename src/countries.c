/* countries.c: sponsors as ISO 3166-1 alpha-3 codes.  The names come from
 * Debian's iso-codes (English and the zh_CN fr es ru ar translations), read
 * at build time by tools/gen_countries.py into the committed
 * countries_data.c; the UN's own short names, where they differ from
 * iso-codes, are listed below. */
#include "internal.h"
#include <stdlib.h>

typedef struct {
    const char *key, *code;
} country_name;
extern const country_name country_names[];
extern const size_t n_country_names;

/* UN short names (the UN Terminology Database forms used in sponsor lists)
 * that iso-codes does not give, in the key form norm() makes. */
static const country_name un_names[] = {
    {"netherlands (kingdom of the)", "NLD"},
    {"türkiye", "TUR"},
    {"turkey", "TUR"},
    {"democratic republic of the congo", "COD"},
    {"united states", "USA"},
    {"俄罗斯联邦", "RUS"},
    {"吉尔吉斯斯坦", "KGZ"},
    {"玻利维亚(多民族国)", "BOL"},
    {"玻利维亚（多民族国）", "BOL"},
    {"朝鲜民主主义人民共和国", "PRK"},
    {"美利坚合众国", "USA"},
    {"阿拉伯叙利亚共和国", "SYR"},
    {"摩尔多瓦共和国", "MDA"},
    {"坦桑尼亚联合共和国", "TZA"},
    {"刚果民主共和国", "COD"},
    {"老挝人民民主共和国", "LAO"},
    {"越南", "VNM"},
    {"荷兰王国", "NLD"},
    {"北马其顿", "MKD"},
    {"捷克", "CZE"},
    {"土耳其", "TUR"},
    {"委内瑞拉(玻利瓦尔共和国)", "VEN"},
    {"委内瑞拉（玻利瓦尔共和国）", "VEN"},
    {"伊朗(伊斯兰共和国)", "IRN"},
    {"伊朗（伊斯兰共和国）", "IRN"},
    {"bolivie (état plurinational de)", "BOL"},
    {"iran (république islamique d')", "IRN"},
    {"venezuela (république bolivarienne du)", "VEN"},
    {"états-unis d'amérique", "USA"},
    {"république de corée", "KOR"},
    {"république de moldova", "MDA"},
    {"pays-bas (royaume des)", "NLD"},
    {"federación de rusia", "RUS"},
    {"belarús", "BLR"},
    {"bolivia (estado plurinacional de)", "BOL"},
    {"venezuela (república bolivariana de)", "VEN"},
    {"irán (república islámica del)", "IRN"},
    {"estados unidos de américa", "USA"},
    {"república de corea", "KOR"},
    {"reino de los países bajos", "NLD"},
    {"países bajos (reino de los)", "NLD"},
    {"кыргызстан", "KGZ"},
    {"соединенные штаты америки", "USA"},
    {"боливия (многонациональное государство)", "BOL"},
    {"иран (исламская республика)", "IRN"},
    {"венесуэла (боливарианская республика)", "VEN"},
    {"республика молдова", "MDA"},
    {"нидерланды (королевство)", "NLD"},
    {"бывшая югославская республика македония", "MKD"},
    {"بيلاروس", "BLR"},
    {"قيرغيزستان", "KGZ"},
    {"الولايات المتحدة الأمريكية", "USA"},
    {"جمهورية كوريا", "KOR"},
    {"جمهورية مولدوفا", "MDA"},
    {"بوليفيا (دولة - المتعددة القوميات)", "BOL"},
    {"جمهورية إيران الإسلامية", "IRN"},
    {"هولندا (مملكة)", "NLD"},
};

/* The key form: simple lower case, Arabic diacritics and tatweel dropped,
 * ё as е, ’ as ', spaces collapsed, a leading "the " dropped; the
 * sponsors' footnote star and trailing punctuation trimmed. */
static size_t norm(const char *s, size_t n, char *out, size_t outsz) {
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n && k + 5 < outsz;) {
        uint32_t c;
        int l = utf8_decode(s + i, n - i, &c);
        if (l <= 0) { i++; continue; }
        i += (size_t)l;
        if ((c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640) continue;
        if (cp_is_space(c)) { sp = k > 0; continue; }
        if (c == 0x2019 || c == 0x2018) c = '\'';
        c = cp_fold(c);
        if (c == 0x0451) c = 0x0435;
        if (sp) out[k++] = ' ';
        sp = false;
        k += (size_t)utf8_encode(c, out + k);
    }
    while (k && (out[k - 1] == '*' || out[k - 1] == ',' || out[k - 1] == ':' || out[k - 1] == ' ')) k--;
    out[k] = 0;
    if (k >= 4 && !strncmp(out, "the ", 4)) {
        memmove(out, out + 4, k - 3);
        k -= 4;
    }
    return k;
}

static int cmp(const void *key, const void *e) {
    return strcmp((const char *)key, ((const country_name *)e)->key);
}

const char *country_code(const char *name, size_t n) {
    char key[256];
    if (!norm(name, n, key, sizeof key)) return NULL;
    const country_name *c = bsearch(key, country_names, n_country_names, sizeof *country_names, cmp);
    if (c) return c->code;
    for (size_t i = 0; i < sizeof un_names / sizeof *un_names; i++)
        if (!strcmp(key, un_names[i].key)) return un_names[i].code;
    return NULL;
}
