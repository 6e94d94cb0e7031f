/* read.c: the reading stage.  Checks that the input is text and splits it
 * into lines with byte offsets, page breaks and indentation. */
#include "internal.h"
#include <stdlib.h>

/* Characters other than white space (a BOM, U+FEFF, is white space), in
 * valid UTF-8: only needed for a text with control characters. */
static size_t count_visible(const char *text, size_t len) {
    size_t visible = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int l = utf8_decode(text + i, len - i, &cp);
        if (!l) l = 1;
        if (cp < 0x80 ? cp > 0x20 : !cp_is_space(cp)) visible++;
        i += (size_t)l;
    }
    return visible;
}

unres_code unres_validate_text(const char *text, size_t len, unres_error *err) {
    size_t i = 0, controls = 0;
    bool visible = false;
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (i < len) {
        /* sixteen, or eight, bytes at a time while they are printable ASCII,
         * spaces or line breaks, the bulk of most texts */
#if defined(__SSE2__)
        if (i + 16 <= len) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
            /* bytes ≥ 0x80 compare as negative: below 0x20 too */
            __m128i low = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
            unsigned bad = (unsigned)_mm_movemask_epi8(low);
            /* the bytes before the first that is not plain pass too */
            unsigned ok = bad ? (1u << __builtin_ctz(bad)) - 1 : 0xFFFFu;
            visible |= ((unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x20))) & ok) != 0;
            if (!bad) {
                i += 16;
                continue;
            }
            i += (size_t)__builtin_ctz(bad);
        }
#endif
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, text + i, 8);
            /* no byte ≥ 0x80 and none < 0x20 */
            if (!(w & highs)) {
                const uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu;
                uint64_t lt20 = ~((w & low7) + (0x80 - 0x20) * ones) & highs; /* below 0x20 */
                if (lt20) {
                    /* line breaks are allowed, other controls go byte by byte */
                    uint64_t x = w ^ ('\n' * ones);
                    lt20 &= ((x & low7) + low7) | x;
                }
                if (!lt20) {
                    visible |= (((w & low7) + (0x80 - 0x21) * ones) & highs) != 0; /* above 0x20 */
                    i += 8;
                    continue;
                }
            }
        }
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            if (c == 0) {
                err->code = UNRES_ERR_BINARY;
                err->msg = "binary data (NUL byte), not text";
                err->offset = i;
                return err->code;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v')
                controls++;
            else if (c > 0x20)
                visible = true;
            i++;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(text + i, len - i, &cp);
        if (!l) {
            err->code = UNRES_ERR_UTF8;
            err->msg = "invalid UTF-8";
            err->offset = i;
            return err->code;
        }
        if (!cp_is_space(cp)) visible = true;
        i += (size_t)l;
    }
    if (!visible) {
        err->code = UNRES_ERR_EMPTY;
        err->msg = len ? "no text (only white space)" : "empty file";
        err->offset = (size_t)-1;
        return err->code;
    }
    /* control characters beyond one in ten visible ones: binary data */
    if (controls && controls * 10 > count_visible(text, len)) {
        err->code = UNRES_ERR_BINARY;
        err->msg = "binary data (control characters), not text";
        err->offset = (size_t)-1;
        return err->code;
    }
    return UNRES_OK;
}

bool lines_split(unres_arena *a, const char *text, size_t len, unres_lines *out) {
    size_t n = 1;
    for (const char *q = text, *e = text + len; (q = memchr(q, '\n', (size_t)(e - q))); q++) n++;
    unres_line *L = arena_alloc_bytes(a, n * sizeof *L); /* every field of the lines used is set */
    size_t k = 0, i = 0;
    int page = 0;
    size_t indented = 0, nonblank = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < len || k == 0) {
        size_t s = i;
        const char *nl = memchr(text + i, '\n', len - i);
        i = nl ? (size_t)(nl - text) : len;
        size_t e = i;
        if (i < len) i++; /* past \n */
        unres_line *ln = &L[k++];
        ln->raw_start = s;
        unsigned flags = 0;
        int indent = 0;
        size_t p = s;
        /* leading white space (mostly ASCII spaces: -layout indents every
         * line); a form feed marks a new page */
        while (p < e) {
#if defined(__SSE2__)
            /* sixteen spaces at a time */
            if (p + 16 <= e) {
                unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
                                 _mm_loadu_si128((const __m128i *)(const void *)(text + p)), _mm_set1_epi8(' '))) ^
                             0xFFFFu;
                size_t sp = m ? (size_t)__builtin_ctz(m) : 16;
                indent += (int)sp, p += sp;
                if (sp == 16) continue;
            }
#endif
            if (text[p] == ' ') {
                indent++, p++;
                continue;
            }
            uint32_t cp;
            int l = utf8_decode(text + p, e - p, &cp);
            if (!l || !cp_is_space(cp)) break;
            if (cp == '\f') {
                flags |= LINE_PAGEBREAK;
                page++;
                indent = 0;
            } else if (cp == '\t') indent = (indent / 8 + 1) * 8;
            else if (cp == 0x3000) indent += 2;
            else indent++;
            p += (size_t)l;
        }
        size_t q = e;
        while (q > p) {
            if (text[q - 1] == ' ') {
                q--;
                continue;
            }
            size_t pl = utf8_prev(text, q);
            uint32_t cp;
            if (!utf8_decode(text + q - pl, pl, &cp) || !cp_is_space(cp)) break;
            if (cp == '\f') { flags |= LINE_PAGEBREAK; page++; }
            q -= pl;
        }
        ln->start = p;
        ln->end = q;
        ln->indent = indent;
        ln->page = page;
        if (p == q) flags |= LINE_BLANK;
        else {
            nonblank++;
            if (indent >= 4) indented++;
        }
        ln->flags = flags;
        if (i >= len) break;
    }
    out->text = text;
    out->len = len;
    out->lines = L;
    out->n_lines = k;
    /* pdftotext -layout indents nearly every line; plain extraction does not */
    out->layout = nonblank && indented * 2 > nonblank;
    /* the most common indent of non-blank lines */
    int hist[64] = {0};
    for (size_t j = 0; j < k; j++)
        if (!(L[j].flags & LINE_BLANK)) hist[L[j].indent < 63 ? L[j].indent : 63]++;
    int best = 0;
    for (int j = 1; j < 63; j++)
        if (hist[j] > hist[best]) best = j;
    out->body_indent = best;
    return true;
}
