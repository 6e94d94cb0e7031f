#!/bin/sh
# make demo: parse the bundled examples (texts written in the official UN
# forms) and print what unres reads in them; then, where the real corpus sits
# beside the repository, the parallel pair A/79/L.11 (Chinese draft) and
# A/RES/79/10 (the adopted English text, from its PDF).
B=${1:-build}
cd "$(dirname "$0")/.." || exit 2
echo "== unres summary examples/*.txt"
"$B/unres" summary examples/draft-en.txt examples/draft-zh.txt examples/adopted-en.txt || exit 1
C=${UNRES_CORPUS:-../shared/corpus}
if [ -f "$C/zh/A_79_L.11.txt" ]; then
    echo
    echo "== the real parallel pair from $C"
    "$B/unres" summary "$C/zh/A_79_L.11.txt" "$C/raw/wannli-mandate-pipeline/pdf/A_RES_79_10.pdf" || exit 1
fi
echo
echo "== unres parse --to json examples/draft-en.txt (first paragraph)"
"$B/unres" parse examples/draft-en.txt | sed -n '/"preamble"/,/"span"/p'
