/* util.c: arena, string buffer, UTF-8 helpers shared by every stage. */
#include "internal.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

/* ---- arena ------------------------------------------------------------ */

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} chunk;

struct unres_arena {
    chunk *head;
};

unres_arena *arena_new(void) { return calloc(1, sizeof(unres_arena)); }

void arena_free(unres_arena *a) {
    if (!a) return;
    for (chunk *c = a->head, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    free(a);
}

void *arena_alloc_bytes(unres_arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > 65536 ? n : 65536;
        c = malloc(sizeof(chunk) + size);
        if (!c) {
            fputs("unres: out of memory\n", stderr);
            abort();
        }
        c->size = size;
        c->used = 0;
        /* A big block gets its own chunk behind the head so the head's free
         * space stays usable. */
        if (a->head && n > 65536 / 2) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void *arena_alloc(unres_arena *a, size_t n) {
    void *p = arena_alloc_bytes(a, n);
    memset(p, 0, n);
    return p;
}

char *arena_strndup(unres_arena *a, const char *s, size_t n) {
    char *p = arena_alloc_bytes(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(unres_arena *a, const char *s) {
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_printf(unres_arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return arena_strdup(a, "");
    char *p = arena_alloc(a, (size_t)n + 1);
    if ((size_t)n < sizeof tmp) {
        memcpy(p, tmp, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

void *vec_grow_(unres_arena *a, void *v, size_t *cap, size_t elem) {
    size_t ncap = *cap ? *cap * 2 : 8;
    /* VEC_PUSH writes each element whole: no zeroing */
    void *nv = arena_alloc_bytes(a, ncap * elem);
    if (v) memcpy(nv, v, *cap * elem);
    *cap = ncap;
    return nv;
}

/* ---- strbuf ------------------------------------------------------------ */

bool sb_reserve(strbuf *b, size_t extra) {
    if (b->oom) return false;
    if (b->n + extra + 1 <= b->cap) return true;
    if (extra > SIZE_MAX / 4 - b->n) {
        b->oom = true; /* a length that cannot be right */
        return false;
    }
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->n + extra + 1) ncap *= 2;
    char *s = realloc(b->s, ncap);
    if (!s) {
        b->oom = true;
        return false;
    }
    b->s = s;
    b->cap = ncap;
    return true;
}

void sb_put_grow(strbuf *b, const char *s, size_t n) {
    if (!n || !sb_reserve(b, n)) return;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

void sb_puts(strbuf *b, const char *s) { sb_put(b, s, strlen(s)); }

void sb_putc_grow(strbuf *b, char c) {
    if (!sb_reserve(b, 1)) return;
    b->s[b->n++] = c;
    b->s[b->n] = 0;
}

void sb_printf(strbuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        sb_put(b, tmp, (size_t)n);
        return;
    }
    if (!sb_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

void sb_put_size(strbuf *b, size_t v) {
    char d[24];
    int i = (int)sizeof d;
    do d[--i] = (char)('0' + v % 10); while ((v /= 10));
    sb_put(b, d + i, sizeof d - (size_t)i);
}

char *sb_take(strbuf *b, size_t *len) {
    if (b->oom) {
        free(b->s);
        b->s = NULL;
        return NULL;
    }
    if (!b->s && !sb_reserve(b, 0)) return NULL;
    b->s[b->n] = 0;
    if (len) *len = b->n;
    char *s = b->s;
    b->s = NULL;
    b->n = b->cap = 0;
    return s;
}

void sb_free(strbuf *b) {
    free(b->s);
    b->s = NULL;
    b->n = b->cap = 0;
}

/* Bytes JSON must escape: controls, '"', '\\' (and the NUL that ends s). */
static const unsigned char json_esc[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x00–0x1F */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ['"'] = 1, ['\\'] = 1,
};

void sb_json_str(strbuf *b, const char *s) {
    if (!s) {
        sb_lit(b, "null");
        return;
    }
    static const char hex[] = "0123456789abcdef";
    const char *end = s + strlen(s);
    sb_putc(b, '"');
    for (;;) {
        const char *run = s;
        /* eight bytes at a time while none needs escaping (a control byte,
         * '"', '\\'), within the string's length */
        const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
#if defined(__SSE2__)
        /* sixteen at a time: below 0x20 as signed bytes takes in none ≥ 0x80 */
        while (s + 16 <= end) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
            __m128i e = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
            e = _mm_or_si128(e, _mm_andnot_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()),
                                                 _mm_cmplt_epi8(v, _mm_set1_epi8(0x20))));
            if (_mm_movemask_epi8(e)) break;
            s += 16;
        }
#endif
        while (s + 8 <= end) {
            uint64_t w;
            memcpy(&w, s, 8);
            uint64_t q = w ^ ('"' * ones), bs = w ^ ('\\' * ones);
            if ((((w - 0x20 * ones) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs) break;
            s += 8;
        }
        while (!json_esc[(unsigned char)*s]) s++;
        sb_put(b, run, (size_t)(s - run));
        unsigned char c = (unsigned char)*s;
        if (!c) break;
        s++;
        switch (c) {
        case '"': sb_lit(b, "\\\""); break;
        case '\\': sb_lit(b, "\\\\"); break;
        case '\n': sb_lit(b, "\\n"); break;
        case '\t': sb_lit(b, "\\t"); break;
        case '\r': sb_lit(b, "\\r"); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sb_put(b, u, 6);
        }
        }
    }
    sb_putc(b, '"');
}

void sb_xml_text(strbuf *b, const char *s) {
    if (!s) return;
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '&': rep = "&amp;"; break;
        case '"': rep = "&quot;"; break;
        default:
            /* XML 1.0 forbids most C0 controls */
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') rep = " ";
        }
        if (!rep) continue;
        sb_put(b, run, (size_t)(s - run));
        sb_puts(b, rep);
        run = s + 1;
    }
    sb_put(b, run, (size_t)(s - run));
}

/* ---- UTF-8 ------------------------------------------------------------ */

int utf8_decode_multi(const char *s, size_t n, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    if (!n) return 0;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    int len;
    uint32_t c, min;
    if ((u[0] & 0xE0) == 0xC0) len = 2, c = u[0] & 0x1F, min = 0x80;
    else if ((u[0] & 0xF0) == 0xE0) len = 3, c = u[0] & 0x0F, min = 0x800;
    else if ((u[0] & 0xF8) == 0xF0) len = 4, c = u[0] & 0x07, min = 0x10000;
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

int utf8_encode(uint32_t cp, char *o) {
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t cp_fold(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}

static bool cp_ignorable(uint32_t c) { return c == 0x0640 || (c >= 0x064B && c <= 0x0652); }

static inline unsigned char fold_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

size_t utf8_prefix_fold(const char *s, size_t n, const char *phrase) {
    return utf8_prefix_fold_n(s, n, phrase, strlen(phrase));
}

size_t utf8_prefix_fold_n(const char *s, size_t n, const char *phrase, size_t pn) {
    size_t i = 0;
    const char *p = phrase;
    size_t j = 0;
    while (j < pn) {
        /* ASCII against ASCII, the common case, without decoding */
        unsigned char pc = (unsigned char)p[j];
        if (pc < 0x80 && pc != ' ' && i < n && (unsigned char)s[i] < 0x80) {
            if (fold_ascii((unsigned char)s[i]) != fold_ascii(pc)) return 0;
            i++, j++;
            continue;
        }
        uint32_t a, b;
        int lb = utf8_decode(p + j, pn - j, &b);
        if (!lb) return 0;
        if (b == ' ') {
            /* one or more spaces (or a hyphen-free line join) in s */
            int ls;
            if (i >= n) return 0;
            ls = utf8_decode(s + i, n - i, &a);
            if (!ls || !cp_is_space(a)) return 0;
            while (i < n && (ls = utf8_decode(s + i, n - i, &a)) && cp_is_space(a)) i += (size_t)ls;
            j += (size_t)lb;
            continue;
        }
        if (cp_ignorable(b)) {
            j += (size_t)lb;
            continue;
        }
        if (i >= n) return 0;
        int la = utf8_decode(s + i, n - i, &a);
        if (!la) return 0;
        if (cp_ignorable(a)) {
            /* Arabic tatweel and vowel marks are optional in writing */
            i += (size_t)la;
            continue;
        }
        if (a != b && cp_fold(a) != cp_fold(b)) {
            /* typographic apostrophe matches a straight one */
            if (!((a == 0x2019 && b == '\'') || (a == '\'' && b == 0x2019))) return 0;
        }
        i += (size_t)la;
        j += (size_t)lb;
    }
    /* vowel marks closing the word belong to it: "علماً" */
    for (;;) {
        uint32_t c;
        int l = i < n ? utf8_decode(s + i, n - i, &c) : 0;
        if (!l || !cp_ignorable(c)) break;
        i += (size_t)l;
    }
    return i;
}
