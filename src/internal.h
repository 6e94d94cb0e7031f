/* internal.h: what the stages of libunres share.  Not installed. */
#ifndef UNRES_INTERNAL_H
#define UNRES_INTERNAL_H

#include "unres.h"
#include <stdint.h>
#include <stdbool.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- arena: every allocation of a document, freed at once ------------- */

typedef struct unres_arena unres_arena;
unres_arena *arena_new(void);
void arena_free(unres_arena *a);
void *arena_alloc(unres_arena *a, size_t n);            /* zeroed, aligned */
void *arena_alloc_bytes(unres_arena *a, size_t n);      /* aligned, not zeroed: for text about to be written */
char *arena_strndup(unres_arena *a, const char *s, size_t n);
char *arena_strdup(unres_arena *a, const char *s);
char *arena_printf(unres_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A growable array whose storage lives in the arena (old blocks are simply
 * abandoned there; doubling keeps the waste under 2x). */
#define VEC(T) struct { T *v; size_t n, cap; }
void *vec_grow_(unres_arena *a, void *v, size_t *cap, size_t elem);
#define VEC_PUSH(a, vec, x)                                                    \
    do {                                                                       \
        if ((vec).n == (vec).cap)                                              \
            (vec).v = vec_grow_((a), (vec).v, &(vec).cap, sizeof(*(vec).v));   \
        (vec).v[(vec).n++] = (x);                                              \
    } while (0)

/* ---- string buffer (malloc'd), for renderers and text assembly -------- */

typedef struct {
    char *s;
    size_t n, cap;
    bool oom;
} strbuf;
void sb_put_grow(strbuf *b, const char *s, size_t n);
bool sb_reserve(strbuf *b, size_t extra); /* room for extra more bytes; false on OOM */
/* Inline while the buffer has room: renderers put millions of short pieces. */
static inline void sb_put(strbuf *b, const char *s, size_t n) {
    if (n && b->n + n < b->cap) {
        memcpy(b->s + b->n, s, n);
        b->n += n;
        b->s[b->n] = 0;
    } else
        sb_put_grow(b, s, n);
}
void sb_puts(strbuf *b, const char *s);
void sb_putc_grow(strbuf *b, char c);
static inline void sb_putc(strbuf *b, char c) {
    if (b->n + 1 < b->cap) {
        b->s[b->n++] = c;
        b->s[b->n] = 0;
    } else
        sb_putc_grow(b, c);
}
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* a string literal, its length counted by the compiler */
#define sb_lit(b, lit) sb_put((b), "" lit, sizeof(lit) - 1)
void sb_put_size(strbuf *b, size_t v); /* decimal, without printf */
char *sb_take(strbuf *b, size_t *len); /* NUL-terminated, caller frees; NULL on OOM */
void sb_free(strbuf *b);
/* JSON / XML escaping of a UTF-8 string */
void sb_json_str(strbuf *b, const char *s);   /* with quotes; NULL -> null */
void sb_xml_text(strbuf *b, const char *s);

/* ---- UTF-8 ------------------------------------------------------------ */

/* Decodes one code point at s (n bytes available); returns its length, or
 * 0 if malformed.  Input was validated, so callers may rely on success.
 * Inline: every stage decodes, and ASCII must cost a compare. */
int utf8_decode_multi(const char *s, size_t n, uint32_t *cp);
static inline int utf8_decode(const char *s, size_t n, uint32_t *cp) {
    if (n && (unsigned char)s[0] < 0x80) {
        *cp = (unsigned char)s[0];
        return 1;
    }
    return utf8_decode_multi(s, n, cp);
}
int utf8_encode(uint32_t cp, char *out);
/* Han, kana, CJK punctuation, fullwidth forms */
static inline bool cp_is_cjk(uint32_t c) {
    return c >= 0x2E80 && ((c <= 0x9FFF) ||                     /* radicals, punctuation, kana, Han */
                           (c >= 0xF900 && c <= 0xFAFF) ||      /* compatibility ideographs */
                           (c >= 0xFE30 && c <= 0xFE4F) ||      /* compatibility forms */
                           (c >= 0xFF00 && c <= 0xFF60) ||      /* fullwidth forms */
                           (c >= 0x20000 && c <= 0x2FA1F));
}
/* ASCII and Unicode spaces (NBSP, ideographic) */
static inline bool cp_is_space(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0xFEFF;
}
uint32_t cp_fold(uint32_t cp);      /* simple case fold (utf8proc) */
/* Case-insensitive prefix match of phrase against s[0..n): returns the bytes of s
 * consumed, or 0.  Runs of spaces in s match one space in phrase. */
size_t utf8_prefix_fold(const char *s, size_t n, const char *phrase);
size_t utf8_prefix_fold_n(const char *s, size_t n, const char *phrase, size_t phrase_len);
/* utf8_prefix_fold_n for a word of up to 15 ASCII bytes without space, given
 * in lower case, zero-padded, 16-byte aligned (fw, its length len): decided
 * sixteen bytes at a time where those bytes of s are ASCII; (size_t)-1 where
 * utf8_prefix_fold has to decide (bytes from 0x80 among them, an Arabic mark
 * after, the end of s near, no SSE2). */
static inline size_t fold16_at(const char *s, size_t n, size_t i, const unsigned char *fw, size_t len) {
#if defined(__SSE2__)
    if (len && i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i up = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'A'))), _mm_set1_epi8(-128 + 26));
        __m128i lv = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
        unsigned want = (1u << len) - 1;
        unsigned eq = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lv, _mm_load_si128((const __m128i *)(const void *)fw)));
        if ((eq & want) == want) return i + len < n && (unsigned char)s[i + len] == 0xD9 ? (size_t)-1 : len;
        return (unsigned)_mm_movemask_epi8(v) & want ? (size_t)-1 : 0;
    }
#else
    (void)s, (void)n, (void)i, (void)fw, (void)len;
#endif
    return (size_t)-1;
}
/* Byte length of the previous code point before s+i. */
static inline size_t utf8_prev(const char *s, size_t i) {
    size_t k = 0;
    while (i > 0 && k < 4) {
        i--, k++;
        if (((unsigned char)s[i] & 0xC0) != 0x80) break;
    }
    return k;
}

/* ---- per-language tables (src/lang/xx.c) ------------------------------ */

/* An opening phrase of a paragraph.  pre_key is the canonical key when it
 * opens a preambular paragraph, op_key when it opens an operative one; the
 * same Chinese phrase (注意到) serves both where English has Noting / Notes. */
/* The masthead reads a language's labels and its adoption, session and
 * agenda words as one set of at most this many (a bit each). */
enum { MASTHEAD_WORDS_MAX = 64 };

typedef struct {
    const char *phrase;
    const char *pre_key;
    const char *op_key;
} unres_opening;

typedef struct {
    const char *word; /* as written, lower case, any case form */
    int value;
} unres_numword;

typedef struct {
    const char *word; /* lower case; any form (genitive, Arabic Syriac name) */
    int month;        /* 1..12 */
} unres_monthword;

typedef struct {
    const char *phrase; /* "The General Assembly," */
    const char *organ;  /* general_assembly … */
} unres_formula;

typedef struct {
    const char *phrase;  /* words after the sponsors: "draft resolution" */
    const char *doc_type;
} unres_doclabel;

typedef enum { DATE_DMY, DATE_YMD_CJK } unres_date_order;

typedef struct {
    const char *word;  /* as written, any case: "resolutions", "号决定" */
    const char *kind;  /* resolution, decision, presidential_statement */
} unres_refcue;

typedef struct {
    const char *phrase;    /* as written, any case */
    const char *canonical; /* English canonical form / action name */
} unres_canon;

/* Where a body's name stands to a resolution cited by number (bits). */
enum { BODY_BEFORE = 1, BODY_AFTER = 2, BODY_LATER = 4 };

typedef struct {
    const char *phrase;  /* as written: "Human Rights Council", "of the Human Rights Council" */
    const char *family;  /* its resolutions' symbols: "A/HRC/RES/"; "WHA" numbers them 71.3; "" for
                          * a series with no symbol in the UN's system (a regional commission's) */
    int where;           /* BODY_BEFORE: ends right before the cue word or the number;
                          * BODY_AFTER: right after the number or its date; BODY_LATER:
                          * further on in the clause */
} unres_refbody;

typedef struct unres_lang_table {
    unres_lang lang;
    const char *code;
    const unres_opening *openings;
    size_t n_openings;
    const char *const *opening_tails;   /* words kept in a preambular opening after the phrase ("to", "of") */
    const char *const *opening_tails_op;/* the same after an operative verb ("Takes note of") */
    const unres_formula *formulas;
    size_t n_formulas;
    const unres_monthword *months;
    size_t n_months;
    unres_date_order date_order;
    const unres_numword *numwords;      /* ordinal and cardinal words for sessions */
    size_t n_numwords;
    const char *const *session_words;   /* "session", "届会议", "сессия" …, lower case */
    const char *const *agenda_words;    /* "agenda item", "议程项目" … */
    const unres_doclabel *doclabels;    /* masthead labels, longest first; with the adopted,
                                         * session and agenda words ≤ MASTHEAD_WORDS_MAX */
    size_t n_doclabels;
    const char *const *adopted_words;   /* "resolution adopted by", "大会决议" */
    const char *const *annex_words;     /* "annex" headings */
    const char *const *sponsor_seps;    /* ", " "、" " and " "和" */
    const char *const *ref_words;       /* "resolution", "决议": cue words for references */
    const char *const *meeting_words;   /* "plenary meeting", "全体会议": the adoption meeting */
    const char *const *sponsor_compounds; /* names holding the list's last separator: "Trinidad and Tobago" */
    const char *const *agenda_tails;    /* words after an agenda number: "de l'ordre du jour" */
    const char *const *item_letters;    /* 26 letters standing for a–z in sub-item labels (Arabic أ ب ج …) */
    /* references and mandates (refs.c, mandates.c); NULL where a language has none */
    const unres_refcue *ref_cues;       /* "resolution" → resolution, "决定" → decision: cue words */
    const char *const *ref_date_links;  /* "of", "du", "от", "المؤرخ": words between a reference and its date */
    const char *const *ref_letter_joins;/* "and", "et": "68/247 A and B" */
    const char *const *instrument_words;/* "Declaration", "Charter": heads of named instruments */
    const char *const *instrument_links;/* "of", "the", "on": lower-case words inside an instrument's name */
    const char *const *clause_joins;    /* "; and ", ", and ", "，并": before an inner mandating verb */
    const unres_canon *addressees;      /* "the Secretary-General" → Secretary-General, longest first */
    const unres_canon *actions;         /* "a report" → report, "provisional agenda" → agenda_inclusion */
    const char *const *addressee_ends;  /* "to", "that": where an unknown addressee's name ends */
    const char *const *addressee_stops; /* "in", "and": after these words there was no addressee */
    const char *const *determiners;     /* "the", "all": left out of an addressee's name */
    const char *const *number_before;   /* "paragraph", "No.": a number after them is no footnote call */
    const char *const *number_plurals;  /* those of them that name several ("goals"): a lone
                                         * number after one is a call ("Goals 2 for the …") */
    const char *const *number_after;    /* "年", "号": a number before them is no footnote call */
    const char *const *range_words;     /* "to", "à": letters of resolutions "3419 A to D" */
    const char *const *page_words;      /* "Page": "Page 2", a page number of older typescripts */
    /* who a mandate addresses (mandates.c) */
    const char *const *addressee_pronouns; /* "them", "both organizations", "双方": a body named before */
    const char *const *clause_links;    /* "in this regard", "to that end": between a join and an inner verb */
    const char *const *clause_subjects; /* "We": a declaration's subject before its verb ("… . We decide to") */
    const char *const *that_words;      /* "that", "que": the addressee is the subject of the clause they open */
    const char *const *name_links;      /* "of", "for", "and": lower-case words inside a body's name */
    const char *const *addressee_qualifiers; /* " of the Secretariat": left off the end of a body's name */
    bool names_capitalized;             /* every main word of a body's name is capitalized (en, es) */
    const unres_refbody *ref_bodies;    /* bodies whose name next to a cited number gives its symbol
                                         * (refs.c): "Human Rights Council resolution 16/18" */
    const char *const *date_range_words; /* "to", "au", "al", "по": "from 1 to 5 March 2010" (dates.c) */
    bool instrument_head_last;          /* a head followed by a capitalized word names something else:
                                         * "Treaty Organization" (en: a name ends with its head) */
    const char *const *instrument_ends; /* "qui", "est": words a name written in lower case does not
                                         * run into (fr, ru, ar) */
    const char *const *instrument_pairs; /* "between": the "and" after it joins a pair inside a name */
    const char *const *name_subject_links; /* "sur", "о": open what an instrument is about, which runs on
                                            * in lower case after a capitalized run, "and" included
                                            * ("… des Nations Unies sur les droits des peuples
                                            * autochtones") (fr, ru) */
    const char *const *lone_heads;      /* "Charter": a head that names an instrument alone, the
                                         * United Nations' ("Article 33 of the Charter") */
    const char *const *name_articles;   /* "the": a link no name goes on with right after its head */
    const char *const *name_and_links;  /* "on": after "and", a link a name goes on with before a
                                         * capital ("… Weapons and on Their Destruction") (en) */
    const char *const *name_and_articles; /* "el": after "and", an article a name goes on with before a
                                           * capital that no instrument or body follows ("… sobre la
                                           * Población y el Desarrollo") (es) */
    const char *const *name_and_stops;  /* "Asamblea": such a body */
    const char *const *name_author_links; /* "of the" before a body that wrote an instrument, after
                                           * what the instrument is about (en) */
    const char *const *name_authors;    /* "Organization": such a body's last word */
    const char *const *name_whose_links; /* "of": a first link that says whose a name is, not what
                                          * it is about, so what follows is no author */
    const char *const *name_comma_links; /* "including": after a comma, the last part of a title … */
    const char *const *title_case_words; /* … told by a word only a title capitalizes ("Other") (en) */
    const char *const *name_to_links;   /* "to": a link to another instrument that a name goes on
                                         * with only from … */
    const char *const *attached_heads;  /* … a head attached to it ("Protocol") (en) */
    const char *const *attached_phrases; /* "annexed to the": a lower-case phrase such a head's name
                                          * goes on with (en) */
    const char *const *name_phrases;    /* "among States in accordance with the": lower-case phrases
                                         * inside the names of instruments (en) */
    const char *const *self_words;      /* "present": before a name, the document itself ("the
                                         * present Political Declaration") (en, fr, es) */
    const char *const *name_or_links;   /* "or": a link read as "and" is, between two names ("… the
                                         * Chemical Weapons Convention or the Biological …") (en, es) */
    const char *const *clause_heads;    /* "Memorandum of Understanding": a head whose name runs on to
                                         * the clause's end, its parties in lower case (en, es) */
    const char *const *clause_stops;    /* "signed", "to": where such a name ends, and a lower-case
                                         * head's */
    const char *const *clause_date_stops; /* "in", "on", "of": … before a date, a month or a year */
    const char *const *report_words;    /* "report": a report's title in quotation marks after … */
    const char *const *title_words;     /* "entitled": … names no instrument ("the report … entitled
                                         * “An Agenda for Peace”") */
    const char *const *name_year_links; /* "of": "Single Convention on Narcotic Drugs of 1961" */
    const char *const *name_year_after; /* "года": "… Платформу действий 1995 года" (ru) */
    bool name_year_inside;              /* a name goes on after its year: "Convención Única de 1961
                                         * sobre Estupefacientes" (es) */
    const char *const *name_adjective_ends; /* "ых", "ому": an adjective's endings; in what an
                                             * instrument is about, one adds no loose word (ru) */
    const char *const *name_verb_ends;  /* "ает", "али": a verb's endings, that end a name, and are
                                         * no head's ("договорились") (ru) */
    const char *const *name_clause_ends; /* "ние": a subject's endings, that end what an instrument
                                          * is about, but after a link (ru) */
    const char *const *verbal_heads;    /* "إعلان": a head that is also a verbal noun … */
    const char *const *head_verb_objects; /* "يوم": … before one of these ("إعلان يوم …",
                                           * proclaiming a day; but "اتفاقية سنة 1971") (ar) */
    const char *name_closed_head;       /* "Charte": a head whose name takes no such subject */
    const char *const *name_back_links; /* "of": a link read backwards from a head between capitalized
                                         * words ("Cessation of Hostilities Agreement") (en) */
    const char *const *name_definite;   /* "ال", "لل": a word the article opens goes on a name written
                                         * without case; after it, a word without one ends the name (ar) */
    const char *const *name_of;         /* "ل": "of" joined to a word goes on a name, and so do the two
                                         * words after it ("لجائزة", "لنيلسون روليهلالا مانديلا") (ar) */
    const char *const *name_and;        /* "و": "and" joined to a word ends a name, but before a head (ar) */
    const char *const *ref_descriptions; /* "题为“", "关于": open what describes a cited number between
                                          * its date or body and the number; ref_description_end closes it */
    const char *ref_description_end;    /* "的" (zh) */
    const char *const *ref_adopted;     /* "通过的": between a cited number's date or body and its
                                         * 第 or description ("2015年9月25日通过的第70/1号决议") (zh) */
    const char *const *ref_issuers;     /* "秘书处": who issued a document, between its date and its
                                         * number ("1999年5月14日秘书处ST/…号文件") (zh) */
} unres_lang_table;

const unres_lang_table *lang_table(unres_lang lang);
extern const unres_lang_table unres_lang_en, unres_lang_zh, unres_lang_fr,
    unres_lang_es, unres_lang_ru, unres_lang_ar;

/* A sub-item letter at s: ASCII a–z, or one of the table's item_letters
 * (Arabic أ = a).  Returns its bytes and the ASCII letter in *ascii, or 0. */
size_t lang_item_letter(const unres_lang_table *t, const char *s, size_t n, char *ascii);

/* Detects the language of a text from its scripts and common words. */
unres_lang lang_detect(const char *text, size_t len);

/* Longest opening phrase of the table at s[0..n); on a match, *consumed is the
 * bytes of the opening as written (tails included) and the entry is returned. */
const unres_opening *lang_match_opening(const unres_lang_table *t, const char *s,
                                        size_t n, size_t *consumed);
/* "The Security Council requests …": the earliest resolutions name the organ
 * before each operative verb, under no formula.  The organ's name (a formula
 * without its comma, with the case the table gives its first letter), blanks,
 * then an operative opening: returned, *at its offset, *m its bytes, *organ
 * the organ; NULL where s does not open so. */
const unres_opening *lang_organ_verb(const unres_lang_table *t, const char *s, size_t n, size_t *at, size_t *m,
                                     const char **organ);

/* Session number from ordinal words at s ("Seventy-ninth", "第七十九",
 * "quatre-vingt-unième"); 0 if none.  *consumed gets the bytes read. */
int lang_parse_ordinal(const unres_lang_table *t, const char *s, size_t n,
                       size_t *consumed);
/* Chinese numerals (一…九十九, 百) to an integer; 0 if none. */
int parse_cjk_number(const char *s, size_t n, size_t *consumed);

/* ---- dates ------------------------------------------------------------ */

/* Finds the first date in s[0..n) in the table's language (or any of the
 * six if t is NULL).  Writes ISO "YYYY-MM-DD" into iso[11]; returns true and
 * sets start and end to its byte range. */
bool date_find(const unres_lang_table *t, const char *s, size_t n, char iso[11],
               size_t *start, size_t *end);
/* A date starting exactly at s+i; returns its end, or 0.  Accepts a range's
 * second half too ("1 August 2009–31 July 2010" is two dates). */
size_t date_at(const unres_lang_table *t, const char *s, size_t n, size_t i, char iso[11]);
/* A range's second half after a date that ends at de and reads first
 * ("1 August 2009–31 July 2010", "2010年3月1日至5日", whose year and month are
 * the first's): its end, its date into iso; or 0. */
size_t date_range_end(const unres_lang_table *t, const char *s, size_t n, size_t de, const char first[11],
                      char iso[11]);
/* A session number at s+i: "eighty-first session", "第八十一届会议",
 * "الدورة الحادية والثمانين", "S-30" forms excluded.  Returns the number and
 * sets *end, or 0. */
int session_at(const unres_lang_table *t, const char *s, size_t n, size_t i, size_t *end);

/* ---- symbols ---------------------------------------------------------- */

/* Scans a UN document symbol at s[0..n) (A/RES/79/10, A/C.3/80/L.6/Rev.1,
 * S/PRST/2010/1).  Returns the bytes consumed or 0; canonical form into out. */
size_t symbol_scan(const char *s, size_t n, char *out, size_t outsz);
/* The value of the Roman numeral s[0, n) ("XXXIX" 39), 0 if it is none. */
int roman_value(const char *s, size_t n);
/* A symbol from a UN-style file name (A_RES_79_10.pdf, A_79_L.11.txt). */
bool symbol_from_filename(const char *path, char *out, size_t outsz);
/* The reference kind a symbol names: resolution, decision,
 * presidential_statement or document. */
const char *symbol_kind(const char *sym);
/* https://undocs.org/<symbol> (spaces as %20). */
void symbol_url(const char *sym, char *out, size_t outsz);
/* The AKN4UN work IRI of a symbol (/akn/un/statement/deliberation/un-ga/
 * 2004-12-02/59-50 for A/RES/59/50 of 2 December 2004; date may be NULL). */
void symbol_akn_iri(const char *sym, const char *date, char *out, size_t outsz);

/* re2c scanners (scanners.re → scanners.c): lengths of the longest match at s. */
enum { RN_GA = 1, RN_SC, RN_OLD, RN_OLD_AR };
size_t scan_symbol(const char *s, size_t n);
size_t scan_resnum(const char *s, size_t n, int *form);

/* ---- references in a run of text (refs.c) ----------------------------- */

typedef struct {
    const char *kind;     /* resolution, decision, presidential_statement, document, instrument */
    const char *symbol;   /* canonical, or NULL */
    const char *date;     /* ISO, or NULL */
    size_t start, end;    /* the reference as written, date included */
    size_t dstart, dend;  /* the date, where one is given */
    bool placeholder;
    bool bare;            /* Chinese 第…号 still waiting for the 决议 / 决定 that makes it one */
    bool organ_default;   /* no body was named with the number: the citing organ's family */
} ref_hit;

/* Every reference in s[0..n) (one paragraph's text, white space collapsed),
 * in order.  organ is the citing document's (general_assembly…): it decides
 * whose "resolution 5/1" is meant.  Returns the count; *out in the arena. */
size_t refs_scan(unres_arena *a, const unres_lang_table *t, const char *organ, const char *s,
                 size_t n, ref_hit **out);

/* ---- Member States (countries.c) ------------------------------------- */

/* ISO 3166-1 alpha-3 code of a country name in any of the six languages
 * ("Belarus", "白俄罗斯", "Bolivia (Plurinational State of)"), or NULL. */
const char *country_code(const char *name, size_t n);

/* ---- lines: the reading stage's output -------------------------------- */

enum {
    LINE_BLANK = 1 << 0,
    LINE_PAGEBREAK = 1 << 1,  /* a form feed or page furniture ends the page before it */
    LINE_FURNITURE = 1 << 2,  /* job number, barcode, page number, running head */
    LINE_RULE = 1 << 3,       /* the footnote rule ________ */
    LINE_FOOTNOTE = 1 << 4,   /* inside a footnote block */
    LINE_MASTHEAD = 1 << 5,
    LINE_DROP = 1 << 6        /* consumed: not body text */
};

typedef struct {
    size_t start, end;   /* the content, trimmed, in the source text */
    size_t raw_start;    /* start of the line */
    int indent;          /* leading columns */
    int page;            /* page number (0-based) */
    unsigned flags;
} unres_line;

typedef struct {
    const char *text;
    size_t len;
    unres_line *lines;
    size_t n_lines;
    bool layout;         /* pdftotext -layout style (indentation meaningful) */
    int body_indent;     /* most common indent of body lines */
} unres_lines;

/* Splits text into lines (read.c). */
bool lines_split(unres_arena *a, const char *text, size_t len, unres_lines *out);

/* ---- the parse state passed between stages ----------------------------- */

typedef struct {
    const char *marker;
    size_t start, end;      /* text span */
    int page;
    bool called;
    size_t call_line;       /* the line of its first call */
    size_t cont_start, cont_end; /* its text continued under the next page's rule */
} fn_def;

/* A paragraph as the block stage finds it, before its text is assembled. */
typedef struct {
    int kind;             /* 0 preambular, 1 operative */
    int level;            /* 0 paragraph, 1 (a), 2 (i), 3 a., 4 i. */
    int parent;           /* index of the enclosing paragraph, or -1 */
    size_t from, to;      /* lines [from, to) */
    size_t text_off;      /* where the text starts (after the number) */
    const char *num;
    int section;
    const unres_opening *opening; /* as found when the paragraph started, or NULL */
    const char *label;    /* a sub-paragraph's letters in ASCII, for its id */
    VEC(const char *) fnrefs;
} rawpara;

/* An annex's lines [from, to); its text starts at byte off of the first. */
typedef struct annex_lines {
    size_t from, to, off;
} annex_lines;

typedef struct parser {
    unres_arena *arena;
    unres_doc *doc;
    const unres_options *opt;
    const unres_lang_table *lt;
    unres_lines L;
    VEC(fn_def) fns;           /* footnotes, as found in the blocks */
    VEC(unres_warning) warnings;
    size_t body_start;         /* first line after the masthead */
    size_t formula_line;       /* the enacting formula's line, or SIZE_MAX */
    size_t body_end;           /* first line after the operative part */
    VEC(rawpara) paras;
    VEC(annex_lines) annex_lines; /* each annex's lines, for the references in it */
    size_t amendment_from;     /* an amendment's first line of instructions, or 0 */
    VEC(unres_span) cuts;      /* byte ranges left out of text (footnote calls), sorted */
    bool dbl;                  /* double-spaced extraction */
    const char *amends;        /* the draft an amendment amends */
    bool slash_markers;        /* footnote markers written "1/" (older texts) */
    bool paren_markers;        /* footnote markers written "(1)" (Arabic) */
    bool columns;              /* two-column pages were read column by column: lines are out of source order */
} parser;

void warn(parser *p, size_t offset, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Stages, in order. */
void page_cleanup(parser *p);      /* page.c: furniture, footnote blocks */
void page_drop_heads(parser *p);   /* page.c: running heads, once title and symbol are known */
void page_columns(parser *p);      /* page.c: two-column pages, column by column */
void masthead_parse(parser *p);    /* masthead.c */
void masthead_from_symbol(parser *p); /* masthead.c: organ, type, session from the symbol */
void blocks_parse(parser *p);      /* blocks.c: paragraphs, sections, annexes */
void footnotes_place(parser *p);   /* footnotes.c: calls into paragraphs */
void blocks_finish(parser *p);     /* blocks.c: paragraph text, openings, the tree */
void refs_find(parser *p);         /* refs.c: references */
void mandates_find(parser *p);     /* mandates.c */

/* Joins the content of lines [from, to) into clean paragraph text (join.c):
 * breaks joined per script, hyphenation repaired, dropped lines skipped.
 * Returns the text in the arena. */
char *join_lines(parser *p, size_t from, size_t to, size_t first_off);
/* Cleans text the same way; '\n' marks a line break to join. */
char *clean_text(unres_arena *a, unres_lang lang, const char *s, size_t n);
#define join_text(p, s, n) clean_text((p)->arena, (p)->doc->lang, (s), (n))
/* True if the line's text ends a clause (, ; : . and their CJK/Arabic forms),
 * ignoring a footnote marker after it. */
bool line_ends_clause(parser *p, size_t i);

#endif
