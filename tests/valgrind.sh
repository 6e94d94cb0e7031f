#!/bin/sh
# make sanitize, after the ASan/UBSan build's check: a handful of corpus
# files (every language and input form, PDF included) and bad inputs under
# valgrind's memcheck, which sees what ASan does not (uninitialised reads)
# and checks the plain optimised build.  Leaks count as errors.  TAP output.
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
. tests/tap.sh
U=${UNRES_BIN:-$PWD/$BUILD/unres}
C=${UNRES_CORPUS:-$(cd .. && pwd)/shared/corpus}
command -v valgrind >/dev/null || { skip "valgrind not installed"; exit 0; }
[ -x "$U" ] || { fail "$U not built"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --track-origins=yes"

# vg DESC EXPECTED_EXIT ARGS...: clean under memcheck, with the expected exit
vg() {
    d=$1 want=$2; shift 2
    $VG "$U" "$@" >/dev/null 2>"$T/log"; rc=$?
    if [ $rc -eq 99 ]; then fail "valgrind: $d"; sed 's/^/# /' "$T/log" | head -40; bad=1
    elif [ $rc -ne "$want" ]; then fail "valgrind: $d (exit $rc, expected $want)"; bad=1
    else ok "valgrind: $d"; fi
}

if [ -d "$C/raw" ]; then
    W=$C/raw/wannli-mandate-pipeline
    vg "A/RES/79/10 (-layout text), every format" 0 --to json "$W/text-pdftotext-layout/A_RES_79_10.txt"
    for f in akn html md; do vg "A/RES/79/10 --to $f" 0 --to $f "$W/text-pdftotext-layout/A_RES_79_10.txt"; done
    vg "A/C.3/80/L.6 (raw text), refs and mandates" 0 refs --to tsv "$W/text-pdftotext-raw/A_C.3_80_L.6.txt"
    vg "mandates" 0 mandates "$W/text-pdftotext-raw/A_C.3_80_L.6.txt"
    vg "A/79/L.11 (Chinese), summary" 0 summary "$C/zh/A_79_L.11.txt"
    vg "S/RES/1454 (hand-corrected text)" 0 "$C/raw/cr-unsc-gold-en/S_RES_1454_2002_EN_GOLD.txt"
    vg "A/RES/80/9 (Markdown)" 0 "$C/raw/wannli-railcar/A_RES_80_9.md"
    vg "A/C.4/SR.985 (French OCR)" 0 "$C/raw/dhl-new-ods-api/text-pdftotext-layout/A_C.4_SR.985-FR.txt"
    vg "A/RES/73/3 (PDF)" 0 "$C/raw/gatenlp-gateplugin-unga/pdf/A_RES_73_3-EN.pdf"
    vg "image-only PDF" 1 "$C/raw/ageyev-un-su/pdf/1971-10-25_GA_Resolution_2758_ru.pdf"
    head -c 30000 "$W/pdf/A_RES_79_10.pdf" >"$T/cut.pdf"
    vg "truncated PDF" 1 "$T/cut.pdf"
    vg "a batch of four" 0 "$W/text-pdftotext-layout/A_RES_79_10.txt" "$C/zh/A_79_L.11.txt" \
        "$W/text-pdftotext-raw/A_80_L.23.txt" "$W/text-pdftotext-layout/A_RES_79_1.txt"
    # the six languages, one sentence a line, as fragments
    U6=$C/raw/unpc-v1.0-devset-scollins83/text
    for l in ar zh fr ru es; do
        head -n 200 "$U6/UNv1.0.devset.$l" >"$T/$l.txt"
        vg "200 UN sentences in $l, --fragment" 0 --fragment --lang $l "$T/$l.txt"
    done
else
    skip "valgrind: corpus not found at $C"
fi
printf 'The General Assembly,\n\n1. Decides \377;\n' >"$T/bad.txt"
vg "invalid UTF-8" 1 "$T/bad.txt"
: >"$T/empty.txt"
vg "empty file" 1 "$T/empty.txt"
printf 'Shopping list\n' >"$T/list.txt"
vg "not a resolution" 0 "$T/list.txt"
vg "usage error" 2 --to nothing "$T/list.txt"
exit ${bad:-0}
