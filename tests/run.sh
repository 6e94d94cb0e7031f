#!/bin/sh
# Runs every test and ends with "N passed, N failed".
#   build/tests/*      cmocka unit tests (TAP output)
#   tests/t_*.sh       shell tests that print TAP lines ("ok …", "not ok …")
# Every test reads the corpus from ${UNRES_CORPUS:-../shared/corpus} and
# skips (TAP "# SKIP") where it is absent.
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
export UNRES_BIN="$PWD/$BUILD/unres"
export UNRES_CORPUS="${UNRES_CORPUS:-$(cd .. && pwd)/shared/corpus}"
export CMOCKA_MESSAGE_OUTPUT=TAP
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "$BUILD"/tests/*; do
    [ -x "$t" ] || continue
    echo "# $t"
    "$t" 2>&1 || true
done >"$log"
for t in tests/t_*.sh; do
    [ -f "$t" ] || continue
    echo "# $t"
    sh "$t" 2>&1 || echo "not ok - $t exited with status $?"
done >>"$log"
cat "$log"
# TAP: "# SKIP" and "# TODO" directives are neither passes nor failures
pass=$(grep '^ok ' "$log" | grep -vc '# *\(SKIP\|skip\|TODO\)')
skip=$(grep -c '^\(not \)\?ok .*# *\(SKIP\|skip\)' "$log")
todo=$(grep -c '^not ok .*# *TODO' "$log")
fail=$(grep '^not ok' "$log" | grep -vc '# *\(SKIP\|skip\|TODO\)')
echo
grep '^not ok' "$log" | grep -v '# *\(SKIP\|skip\|TODO\)' | head -50
echo "$todo known gaps (TODO), $skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
