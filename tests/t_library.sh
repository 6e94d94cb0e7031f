#!/bin/sh
# The library as a program links it: libunres.a defines, as global symbols,
# only the functions of include/unres.h, and a program that includes only
# the public header builds against it and parses.
. tests/tap.sh
B=$(dirname "$UNRES_BIN")
A=$B/libunres.a
[ -f "$A" ] || { skip "no $A"; exit 0; }
declared=$(grep -o 'unres_[a-z0-9_]*(' include/unres.h | tr -d '(' | sort -u)
defined=$(nm -g --defined-only "$A" | awk 'NF == 3 { print $3 }' | sort -u)
extra=$(echo "$defined" | grep -vxF "$declared")
expect_eq "libunres.a defines no global symbol outside unres.h" "" "$extra"
for f in unres_parse unres_render unres_doc_free unres_validate_text; do
    echo "$defined" | grep -qx "$f" && ok "libunres.a defines $f" || fail "libunres.a defines $f"
done
# a program of its own, with a helper named like one of the library's
# internal ones: no clash
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat >"$T/prog.c" <<'C'
#include "unres.h"
#include <stdio.h>
#include <string.h>
void *arena_alloc(void *a, size_t n) { (void)a; (void)n; return NULL; }
int main(void) {
    const char *t = "The General Assembly,\n\nRecalling its resolution 59/50,\n\n1. Decides to act;\n";
    unres_doc *d;
    if (unres_parse(t, strlen(t), NULL, &d, NULL) != UNRES_OK) return 1;
    printf("%zu %zu\n", d->n_preamble, d->n_operative);
    unres_doc_free(d);
    return arena_alloc(NULL, 0) != NULL;
}
C
# a library built for make sanitize needs its sanitizers' runtime in the program too
cc=${CC:-cc} san=
if nm "$A" 2>/dev/null | grep -q ' U __asan_'; then cc=clang san="-fsanitize=address,undefined"; fi
if $cc $san -std=c11 -Iinclude -o "$T/prog" "$T/prog.c" "$A" -lutf8proc -pthread 2>"$T/err"; then
    ok "a program with its own arena_alloc links libunres.a"
    expect_eq "it parses through the public header" "1 1" "$("$T/prog")"
else
    fail "a program with its own arena_alloc links libunres.a ($(head -1 "$T/err"))"
fi
