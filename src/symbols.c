/* symbols.c: UN document symbols (A/RES/79/10, A/C.3/80/L.6/Rev.1,
 * S/PRST/2010/1, E/CN.6/2024/L.3) and symbols from file names. */
#include "internal.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

static bool up(char c) { return c >= 'A' && c <= 'Z'; }
static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool alpha(char c) { return (c >= 'a' && c <= 'z') || up(c); }

/* Cyrillic look-alikes of Roman session numerals (Х С І) as Latin. */
static size_t latin_roman(const char *s, size_t i, char *c) {
    if ((unsigned char)s[i] == 0xD0) {
        switch ((unsigned char)s[i + 1]) {
        case 0xA5: *c = 'X'; return 2;
        case 0xA1: *c = 'C'; return 2;
        case 0x86: *c = 'I'; return 2;
        }
    }
    *c = s[i];
    return 1;
}

size_t symbol_scan(const char *s, size_t n, char *out, size_t outsz) {
    size_t end = scan_symbol(s, n);
    if (!end) return 0;
    /* a symbol never runs straight into a letter or digit (HIV/AIDSx, A/79/L.11a) */
    if (end < n && (alpha(s[end]) || dig(s[end]))) return 0;
    /* the organ is followed by at least one component holding a digit or a
     * placeholder: A/79/302, not HIV/AIDS; A/9601 but not X/5 */
    size_t org = 0;
    while (org < end && up(s[org])) org++;
    size_t ncomp = 0, digits_run = 0, max_run = 0;
    bool digit = false, ph = false, letters = false;
    /* the part of a document issued in parts is no component */
    size_t base = end;
    if (s[end - 1] == ')') {
        while (base > org && s[base - 1] != '/' && s[base - 1] != '(') base--;
        if (base > org && s[base - 1] == '(' && end - base > 4 && !memcmp(s + base, "Part", 4)) base--;
        else base = end;
    }
    for (size_t i = org; i < base; i++) {
        if (s[i] == '/') ncomp++;
        if (dig(s[i])) {
            digit = true;
            if (++digits_run > max_run) max_run = digits_run;
        } else digits_run = 0;
        if (s[i] == '_') ph = true;
        if (alpha(s[i])) letters = true;
    }
    if (!digit && !ph) return 0;
    if (ncomp == 1 && !ph && !letters && max_run < 3) return 0;
    if (out && outsz) {
        /* canonical: no spaces before a parenthesis, no reissue star, Latin
         * Roman numerals, modifiers in title case (A/54/L.74/ADD.1 → Add.1) */
        size_t k = 0;
        for (size_t i = 0; i < end && k + 1 < outsz;) {
            char c;
            size_t l = latin_roman(s, i, &c);
            if (c == ' ' && i + 1 < end && s[i + 1] == '(') { i++; continue; }
            if ((unsigned char)c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0) {
                if (i + 2 < end && s[i + 2] == '(') { i += 2; continue; }
                out[k++] = ' ';
                i += 2;
                continue;
            }
            if (c == '*') { i++; continue; }
            out[k++] = c;
            i += l;
        }
        out[k] = 0;
        /* one pass over the slashes: each starts at most one of them */
        static const char *const mods[] = {"/ADD.", "/Add.", "/REV.", "/Rev.", "/CORR.", "/Corr.",
                                           "/AMEND.", "/Amend.", NULL};
        for (char *q = out; *q; q++) {
            if (*q != '/' || !up(q[1]) || !up(q[2])) continue;
            for (int m = 0; mods[m]; m += 2) {
                size_t l = strlen(mods[m]);
                if (!strncmp(q, mods[m], l)) {
                    memcpy(q, mods[m + 1], l);
                    break;
                }
            }
        }
    }
    return end;
}

const char *symbol_kind(const char *sym) {
    /* the World Health Organization's resolutions: the organ, a session, a
     * dot and no component (WHA71.3, EB142.R1) */
    size_t o = 0;
    while (up(sym[o])) o++;
    bool who = o && dig(sym[o]), dot = false;
    /* else a component RES, PRST or DEC, in one pass */
    for (const char *c = sym + o; *c; c++) {
        if (*c == '.') dot = true;
        if (*c != '/') continue;
        who = false;
        if (c[1] == 'R' && c[2] == 'E' && c[3] == 'S' && c[4] == '/') return "resolution";
        if (c[1] == 'P' && c[2] == 'R' && c[3] == 'S' && c[4] == 'T' && c[5] == '/') return "presidential_statement";
        if (c[1] == 'D' && c[2] == 'E' && c[3] == 'C' && c[4] == '/') return "decision";
    }
    return who && dot ? "resolution" : "document";
}

void symbol_url(const char *sym, char *out, size_t outsz) {
    static const char base[] = "https://undocs.org/";
    size_t k = sizeof base - 1 < outsz ? sizeof base - 1 : 0;
    memcpy(out, base, k);
    for (const char *c = sym; *c && k + 4 < outsz; c++) {
        if (*c == ' ') {
            memcpy(out + k, "%20", 3);
            k += 3;
        } else out[k++] = *c;
    }
    if (k < outsz) out[k] = 0;
}

/* The AKN4UN actor: organization-body-subbody. */
static const char *akn_actor(const char *sym, char *buf, size_t bufsz) {
    if (!strncmp(sym, "A/HRC/", 6)) return "un-hrc";
    if (!strncmp(sym, "A/C.", 4) && dig(sym[4])) {
        snprintf(buf, bufsz, "un-ga-c%c", sym[4]);
        return buf;
    }
    if (!strncmp(sym, "A/", 2)) return "un-ga";
    if (!strncmp(sym, "S/", 2)) return "un-sc";
    if (!strncmp(sym, "E/", 2)) return "un-ecosoc";
    return "un";
}

int roman_value(const char *s, size_t n) {
    int v = 0, last = 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        int r = c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : c == 'C' ? 100 : 0;
        if (!r || v > 400) return 0;
        v += r > last && last ? r - 2 * last : r;
        last = r;
    }
    return v;
}

void symbol_akn_iri(const char *sym, const char *date, char *out, size_t outsz) {
    char abuf[16], d[16] = "";
    const char *actor = akn_actor(sym, abuf, sizeof abuf);
    const char *res = strstr(sym, "/RES/");
    const char *num = res ? res + 5 : sym;
    if (date) {
        size_t l = strnlen(date, 10);
        memcpy(d, date, l);
        d[l] = 0;
    } else {
        /* a partial date is 1 January of the year the symbol gives:
         * 1631(2005), S/2024/600, E/2009/28, or a GA session's year */
        const char *par = strchr(sym, '(');
        int y = 0;
        if (par && dig(par[1]) && dig(par[4])) y = atoi(par + 1);
        /* A/RES/3363(XXX): the Assembly's thirtieth session, which opened in 1975 */
        const char *close = par ? strchr(par, ')') : NULL;
        int sess = close && !y && !strncmp(sym, "A/", 2) ? roman_value(par + 1, (size_t)(close - par - 1)) : 0;
        if (sess) y = 1945 + sess;
        for (const char *c = strchr(sym, '/'); !y && c; c = strchr(c + 1, '/')) {
            size_t l = 0;
            while (dig(c[1 + l])) l++;
            if (!l || c[1 + l] != '/') continue;
            int v = atoi(c + 1);
            y = v >= 1946 && v < 2200 ? v : v >= 1 && v < 100 ? 1945 + v : 0;
        }
        if (!y) y = 1946;
        y %= 10000;
        memcpy(d, "0000-01-01", 11);
        for (int i = 3; i >= 0; i--, y /= 10) d[i] = (char)('0' + y % 10);
    }
    /* "/akn/un/KIND/ACTOR/DATE/" without printf: this runs for every reference */
    const char *parts[] = {"/akn/un/", res ? "statement/deliberation" : "doc", "/", actor, "/", d, "/"};
    size_t k = 0;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        size_t l = strlen(parts[i]);
        if (k + l + 1 > outsz) l = k + 1 < outsz ? outsz - k - 1 : 0;
        memcpy(out + k, parts[i], l);
        k += l;
    }
    for (const char *c = num; *c && k + 1 < outsz; c++) {
        if (*c == ')') continue;
        out[k++] = (*c == '/' || *c == '(') ? '-' : *c == ' ' ? '_' : *c;
    }
    if (k < outsz) out[k] = 0;
}

bool symbol_from_filename(const char *path, char *out, size_t outsz) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char b[256];
    size_t n = strlen(base);
    if (n >= sizeof b) return false;
    memcpy(b, base, n + 1);
    /* drop the extension and a language or edition suffix: -EN, _EN_GOLD */
    char *dot = strrchr(b, '.');
    if (dot && (strcmp(dot, ".txt") == 0 || strcmp(dot, ".pdf") == 0 || strcmp(dot, ".md") == 0 ||
                strcmp(dot, ".text") == 0))
        *dot = 0;
    static const char *const sfx[] = {"-EN", "-FR", "-ES", "-RU", "-AR", "-ZH", "_EN_GOLD", "_EN",
                                      "_FR", "_ES", "_RU", "_AR", "_ZH", "-en", "-fr", "-es",
                                      "-ru", "-ar", "-zh", "-layout", "-raw", NULL};
    for (bool again = true; again;) {
        again = false;
        for (int k = 0; sfx[k]; k++) {
            size_t m = strlen(b), l = strlen(sfx[k]);
            if (m > l && strcmp(b + m - l, sfx[k]) == 0) {
                b[m - l] = 0;
                again = true;
            }
        }
    }
    /* the symbol starts at the first upper-case letter followed by '_' */
    char *st = b;
    while (*st && !(up(*st) && (st[1] == '_' || (up(st[1]) && st[2] == '_')))) st++;
    if (!*st) return false;
    /* S_RES_1445_2002 → S/RES/1445(2002) */
    unsigned num, year;
    int used = 0;
    if (sscanf(st, "S_RES_%u_%4u%n", &num, &year, &used) == 2 && st[used] == 0 && year >= 1946) {
        snprintf(out, outsz, "S/RES/%u(%u)", num, year);
        return true;
    }
    char sym[256];
    size_t k = 0;
    for (char *c = st; *c && k + 1 < sizeof sym; c++) sym[k++] = *c == '_' ? '/' : *c;
    sym[k] = 0;
    size_t m = symbol_scan(sym, k, out, outsz);
    return m == k;
}
