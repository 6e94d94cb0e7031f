#!/bin/sh
# Spec examples: tests/spec/*.md hold inputs and the fields they must give,
# in this form (the runner reads nothing else of the file):
#
#   ```````````````````````````````` example [unres options]
#   input text, as PDF extraction gives it
#   .
#   jq-path = expected value         (compared as jq -r prints it)
#   ````````````````````````````````
#
# A line "exit = N" checks the exit status instead of parsing JSON.
. tests/tap.sh
U=${UNRES_BIN:-build/unres}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for spec in tests/spec/*.md; do
    awk -v dir="$tmp" -v spec="$spec" '
        /^````````````````````````````````+ example/ {
            n++; inex = 1; part = 1; line0 = NR
            opts = $0; sub(/^`+ example */, "", opts)
            f = dir "/ex" n; printf "" > (f ".in"); printf "" > (f ".exp")
            print opts > (f ".opts"); print spec ":" line0 > (f ".where")
            next }
        inex && /^````````````````````````````````+$/ { inex = 0; next }
        inex && part == 1 && $0 == "." { part = 2; next }
        inex && part == 1 { print > (dir "/ex" n ".in"); next }
        inex && part == 2 { print > (dir "/ex" n ".exp"); next }
    ' "$spec"
    for inp in "$tmp"/ex*.in; do
        [ -f "$inp" ] || continue
        base=${inp%.in}
        where=$(cat "$base.where"); opts=$(cat "$base.opts")
        # shellcheck disable=SC2086
        "$U" parse --to json $opts "$inp" >"$base.json" 2>"$base.err"; rc=$?
        while IFS= read -r check; do
            [ -z "$check" ] && continue
            path=${check%% = *}; want=${check#* = }
            if [ "$path" = exit ]; then got=$rc
            elif [ $rc -ne 0 ]; then got="(exit $rc: $(head -c 200 "$base.err"))"
            else got=$(jq -r "$path" "$base.json" 2>&1 | tr '\n' ' ' | sed 's/ $//'); fi
            expect_eq "$where: $path" "$want" "$got"
        done <"$base.exp"
        rm -f "$base".*
    done
done
