#!/bin/sh
# Bad input and exit codes: invalid UTF-8, empty, binary, broken and
# image-only PDFs, text that is not a resolution, batches that mix good and
# bad files, usage errors.  Every run is under `timeout`: never a crash, never
# a hang.  Bad files are generated in a temporary directory.
. tests/tap.sh
C=${UNRES_CORPUS:-../shared/corpus}
U=${UNRES_BIN:-build/unres}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

# run ARGS...: exit status in $rc, stdout in $T/out, stderr in $T/err
run() { timeout 20 "$U" "$@" >"$T/out" 2>"$T/err"; rc=$?; }
lines() { wc -l <"$1" | tr -d ' '; }
# bad FILE DESC MESSAGE: exit 1, nothing on stdout, one line "FILE: MESSAGE…"
bad() {
    run "$1"
    expect_eq "$2: exit 1" 1 "$rc"
    expect_eq "$2: nothing on stdout" 0 "$(wc -c <"$T/out" | tr -d ' ')"
    expect_eq "$2: one line on stderr" 1 "$(lines "$T/err")"
    case $(cat "$T/err") in
        "$1: "*"$3"*) ok "$2: the line names the file and says '$3'";;
        *) fail "$2: stderr was '$(cat "$T/err")'";;
    esac
}

# ---- invalid UTF-8: exit 1, "FILE: invalid UTF-8 at byte N" ---------------
# N is the offset of the first bad byte; "Résolution" puts a valid 2-byte
# sequence before it, so a character count would differ from the byte count.
utf8() { # NAME BYTES
    printf "R\303\251solution, A/RES/1/1 $2 tail\n" >"$T/$1.txt"
    bad "$T/$1.txt" "invalid UTF-8 ($1)" "invalid UTF-8 at byte 23"
}
utf8 lone-continuation '\200'
utf8 overlong-nul '\300\200'
utf8 overlong-slash '\340\200\257'
utf8 surrogate '\355\240\200'
utf8 above-10ffff '\364\220\200\200'
utf8 five-byte '\370\210\200\200\200'
utf8 byte-ff '\377'
utf8 cut-sequence '\344\270 '
printf 'The General Assembly,\n\344\270' >"$T/cut-at-eof.txt"   # 3-byte sequence cut by EOF
bad "$T/cut-at-eof.txt" "UTF-8 cut at end of file" "invalid UTF-8 at byte 22"
# a later bad byte in a long valid file: the offset is exact, not a line number
{ i=0; while [ $i -lt 2000 ]; do printf '大会，\n'; i=$((i+1)); done; printf '\376'; } >"$T/late.txt"
bad "$T/late.txt" "invalid UTF-8 after 20000 valid bytes" "invalid UTF-8 at byte 20000"

# ---- empty, blank, binary ------------------------------------------------
: >"$T/empty.txt"
bad "$T/empty.txt" "empty file" "empty"
printf ' \n\n\t\f  \n' >"$T/blank.txt"
bad "$T/blank.txt" "white space only" "no text"
printf '\357\273\277\n' >"$T/bom.txt"
bad "$T/bom.txt" "a byte-order mark only" "no text"
# a byte-order mark is white space: one letter after it is text
printf '\357\273\277x\n' >"$T/bom1.txt"
run "$T/bom1.txt"
expect_eq "a byte-order mark and one letter: exit 0" 0 "$rc"
# a few control characters among many visible ones stay text
awk 'BEGIN { printf "%c", 27; for (i = 0; i < 50; i++) printf "word " }' >"$T/ctl1.txt"
run "$T/ctl1.txt"
expect_eq "one control character in 250 letters: exit 0" 0 "$rc"
head -c 4096 /bin/sh >"$T/elf.bin"
bad "$T/elf.bin" "binary (an ELF executable)" "binary"
# valid UTF-8 made of control characters is still not text
awk 'BEGIN { for (i = 0; i < 500; i++) printf "%c%c%c%cab", 1, 2, 3, 27 }' >"$T/ctl.bin"
bad "$T/ctl.bin" "binary (control characters)" "binary"
head -c 8192 /dev/urandom >"$T/random.bin"
run "$T/random.bin"
expect_eq "random bytes: exit 1" 1 "$rc"
expect_eq "random bytes: one line on stderr" 1 "$(lines "$T/err")"
bad /nonexistent/A_RES_1_1.txt "missing file" "No such file"
bad "$T" "a directory" "directory"

# ---- PDFs ----------------------------------------------------------------
P=$C/raw/wannli-mandate-pipeline/pdf/A_RES_79_10.pdf
IMG=$C/raw/ageyev-un-su/pdf/1971-10-25_GA_Resolution_2758_ru.pdf
if ! command -v pdftotext >/dev/null; then
    skip "PDF cases: pdftotext not installed"
elif [ ! -f "$P" ]; then
    skip "PDF cases: corpus not found at $C"
else
    # the image-only resolution 2758 (XXVI): says there is no text layer
    bad "$IMG" "image-only PDF" "no text layer"
    printf '%%PDF-1.7\n' >"$T/header-only.pdf"
    bad "$T/header-only.pdf" "a PDF header and nothing else" "PDF"
    size=$(wc -c <"$P")
    for cut in 1024 50000 $((size / 2)); do
        head -c $cut "$P" >"$T/cut-$cut.pdf"
        bad "$T/cut-$cut.pdf" "PDF truncated at byte $cut" "PDF"
    done
    # the header of a PDF over random bytes
    { printf '%%PDF-1.4\n'; head -c 20000 /dev/urandom; } >"$T/garbage.pdf"
    bad "$T/garbage.pdf" "PDF header over random bytes" "PDF"
    # a PDF on standard input is read like the file, not misread as text
    timeout 20 "$U" parse - <"$P" >"$T/out" 2>"$T/err"; rc=$?
    expect_eq "PDF on stdin: exit 0" 0 "$rc"
    expect_eq "PDF on stdin: the same paragraphs as the file" \
        "$("$U" parse "$P" | jq -c '[.preamble[].text, .operative[].text]')" \
        "$(jq -c '[.preamble[].text, .operative[].text]' "$T/out")"
    # a broken PDF on standard input: one line naming "-"
    timeout 20 "$U" - <"$T/garbage.pdf" >"$T/out" 2>"$T/err"; rc=$?
    expect_eq "broken PDF on stdin: exit 1" 1 "$rc"
    expect_eq "broken PDF on stdin: one line naming -" 1 "$(grep -c '^-: ' "$T/err")"
fi

# ---- text that is not a resolution: exit 0, doc_type unknown, a warning --
printf 'Shopping list\n\nMilk, eggs and bread.\nCall the plumber on Tuesday.\n' >"$T/list.txt"
run "$T/list.txt"
expect_eq "not a resolution: exit 0" 0 "$rc"
expect_eq "not a resolution: doc_type unknown" unknown "$(jq -r .doc_type "$T/out" 2>/dev/null)"
expect_eq "not a resolution: organ unknown" unknown "$(jq -r .organ "$T/out" 2>/dev/null)"
w=$(jq '.warnings | length' "$T/out" 2>/dev/null)
if [ "${w:-0}" -ge 1 ]; then ok "not a resolution: a warning says so"; else fail "not a resolution: no warning"; fi
# the same on standard input
timeout 20 "$U" - <"$T/list.txt" >"$T/out" 2>"$T/err"; rc=$?
expect_eq "not a resolution on stdin: exit 0" 0 "$rc"
expect_eq "stdin: source is -" - "$(jq -r .source "$T/out" 2>/dev/null)"
# one word, no newline
printf 'Hello' >"$T/word.txt"
run "$T/word.txt"
expect_eq "one word without a newline: exit 0" 0 "$rc"
expect_eq "one word: doc_type unknown" unknown "$(jq -r .doc_type "$T/out" 2>/dev/null)"

# ---- batches: go on past a bad file, exit 1 at the end --------------------
G=$C/raw/wannli-mandate-pipeline/text-pdftotext-layout/A_RES_79_10.txt
[ -f "$G" ] || G=$T/list.txt
run "$G" "$T/empty.txt" "$T/late.txt" "$G"
expect_eq "batch good, bad, bad, good: exit 1" 1 "$rc"
expect_eq "batch: a JSON line for each good file" 2 "$(lines "$T/out")"
expect_eq "batch: each line is a JSON object" 2 "$(jq -c .format "$T/out" 2>/dev/null | grep -c unres/)"
expect_eq "batch: one stderr line per bad file" 2 "$(lines "$T/err")"
expect_eq "batch: the files are named in order" "$T/empty.txt $T/late.txt" "$(cut -d: -f1 "$T/err" | tr '\n' ' ' | sed 's/ $//')"
run "$T/empty.txt" "$G"
expect_eq "batch with the bad file first: exit 1" 1 "$rc"
expect_eq "batch with the bad file first: the good one is parsed" 1 "$(lines "$T/out")"
if [ -f "$IMG" ] && command -v pdftotext >/dev/null; then
    run "$IMG" "$P" "$T/cut-1024.pdf"
    expect_eq "PDF batch image-only, good, truncated: exit 1" 1 "$rc"
    expect_eq "PDF batch: the good PDF is parsed" 1 "$(lines "$T/out")"
    expect_eq "PDF batch: two error lines" 2 "$(lines "$T/err")"
fi
for sub in refs mandates summary; do
    run $sub "$T/empty.txt" "$G"
    expect_eq "$sub: a bad file in a batch exits 1" 1 "$rc"
done
run "$G" "$G"
expect_eq "batch of good files: exit 0" 0 "$rc"

# ---- files read several at a time (-j): the same output, in the same order --
set --
for f in "$C"/raw/*/text-pdftotext-layout/*.txt "$C"/zh/*.txt; do [ -f "$f" ] && set -- "$@" "$f"; done
set -- "$G" "$T/empty.txt" "$@" "$T/late.txt" "$G"
for sub in parse refs summary; do
    run $sub -j 1 "$@"; rc1=$rc; cp "$T/out" "$T/out1"; cp "$T/err" "$T/err1"
    run $sub -j 3 "$@"
    expect_eq "$sub -j 3 over $# files: the exit status of -j 1" "$rc1" "$rc"
    check "$sub -j 3: standard output byte for byte as -j 1" cmp -s "$T/out1" "$T/out"
    check "$sub -j 3: the error lines as -j 1, in order" cmp -s "$T/err1" "$T/err"
done
expect_eq "-j 3 with standard input among the files: each file's line, in order" "$G - $G" \
    "$(timeout 20 "$U" -j 3 --to jsonl "$G" - "$G" <"$G" 2>/dev/null | jq -r .source | tr '\n' ' ' | sed 's/ $//')"
run -j 3 --to jsonl "$@"
expect_eq "-j 3: a JSON line or an error line for each of the $# files" "$#" \
    $(($(jq -c .format "$T/out" 2>/dev/null | grep -c unres/) + $(lines "$T/err")))

# ---- usage errors: exit 2 ------------------------------------------------
usage() { # DESC ARGS...
    d=$1; shift
    run "$@"
    expect_eq "usage: $d: exit 2" 2 "$rc"
    if [ -s "$T/err" ] && [ ! -s "$T/out" ]; then ok "usage: $d: message on stderr only"
    else fail "usage: $d: stderr empty or stdout used"; fi
}
usage "no arguments"
usage "no file" parse
usage "unknown option" --bogus "$G"
usage "unknown format" --to pdf "$G"
usage "unknown language" --lang xx "$G"
usage "--to without a value" "$G" --to
usage "--lang without a value" --lang
usage "tsv is not a parse format" parse --to tsv "$G"
usage "-j without a number" -j
usage "-j 0" -j 0 "$G"
usage "-j not a number" -j two "$G"
run --help
expect_eq "--help exits 0" 0 "$rc"
