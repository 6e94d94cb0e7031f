/* symbols.c: UN document symbols (A/RES/79/10, A/C.3/80/L.6/Rev.1,
 * S/PRST/2010/1, E/CN.6/2024/L.3) and symbols from file names. */
#include "internal.h"
#include <ctype.h>
#include <stdio.h>

static bool up(char c) { return c >= 'A' && c <= 'Z'; }
static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool alpha(char c) { return (c >= 'a' && c <= 'z') || up(c); }

/* One component after a slash: 79, L.11, C.3, RES, Rev.1, ES-10, S-30, CN.6,
 * PV.40, ___ (placeholder).  Returns its length. */
static size_t component(const char *s, size_t n) {
    size_t i = 0;
    if (i < n && s[i] == '_') {
        while (i < n && s[i] == '_') i++;
        return i >= 2 ? i : 0;
    }
    if (i < n && dig(s[i])) {
        while (i < n && dig(s[i])) i++;
        return i;
    }
    if (!(i < n && up(s[i]))) return 0;
    while (i < n && alpha(s[i])) i++;
    if (i > 8) return 0;
    if (i < n && (s[i] == '.' || s[i] == '-') && i + 1 < n && dig(s[i + 1])) {
        i++;
        while (i < n && dig(s[i])) i++;
    }
    return i;
}

size_t symbol_scan(const char *s, size_t n, char *out, size_t outsz) {
    size_t i = 0;
    while (i < n && up(s[i]) && i < 7) i++;
    if (i == 0 || i >= n || s[i] != '/') return 0;
    size_t ncomp = 0, last_digits = 0;
    bool has_letters_comp = false;
    size_t end = i;
    while (end < n && s[end] == '/') {
        size_t c = component(s + end + 1, n - end - 1);
        if (!c) break;
        bool digits = dig(s[end + 1]);
        if (digits) last_digits = c;
        else if (s[end + 1] != '_') has_letters_comp = true;
        end += 1 + c;
        ncomp++;
    }
    if (ncomp == 0) return 0;
    /* A/9601 is a symbol; X/5 is not */
    if (ncomp == 1 && !(has_letters_comp || last_digits >= 3)) return 0;
    /* a symbol never runs straight into a letter or digit */
    if (end < n && (alpha(s[end]) || dig(s[end]))) return 0;
    if (end < n && s[end] == '*') end++;
    if (out && outsz) {
        size_t k = end < outsz - 1 ? end : outsz - 1;
        memcpy(out, s, k);
        out[k] = 0;
        /* upper-case datasets: A/54/L.74/ADD.1 → Add.1 */
        static const char *const mods[] = {"ADD.", "Add.", "REV.", "Rev.", "CORR.", "Corr.", "AMEND.", "Amend.", NULL};
        for (int m = 0; mods[m]; m += 2) {
            char *q = out;
            while ((q = strstr(q, mods[m]))) {
                memcpy(q, mods[m + 1], strlen(mods[m]));
                q++;
            }
        }
    }
    return end;
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
