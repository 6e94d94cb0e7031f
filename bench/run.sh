#!/bin/sh
# make bench: speed, memory and linearity, measured on the corpus replicated
# to about 50 MB, against the floor of `wc -w` (reading and splitting every
# byte) and, for PDFs, `pdftotext -layout` alone, in the same run on the same
# files.  Prints a report and keeps it in BUILD/bench-report.md.
#   BENCH_MB      text batch size in MB (50)
#   BENCH_PDF_MB  PDF batch size in MB (50)
#   BENCH_RUNS    runs of each text timing; the best counts (3)
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
U=$PWD/$BUILD/unres
C=${UNRES_CORPUS:-$(cd .. && pwd)/shared/corpus}
MB=${BENCH_MB:-50}
PDF_MB=${BENCH_PDF_MB:-50}
RUNS=${BENCH_RUNS:-3}
REPORT=$BUILD/bench-report.md
[ -x "$U" ] || { echo "bench: $U not built"; exit 2; }
if [ ! -d "$C/raw" ]; then echo "bench: corpus not found at $C; nothing to measure"; exit 0; fi

# the stage driver, built against the same library
B=$PWD/$BUILD/bench
if [ ! -x "$B" ] || [ bench/bench.c -nt "$B" ] || [ "$BUILD/libunres-internal.a" -nt "$B" ]; then
    ${CC:-cc} -O2 -g -std=c11 -Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE -Iinclude \
        -o "$B" bench/bench.c "$BUILD/libunres-internal.a" -lutf8proc -pthread || exit 1
fi

W=$(mktemp -d); trap 'rm -rf "$W"' EXIT

# ---- the batches: real texts and PDFs, copied into numbered directories
# (so file names, which can give a symbol, stay as published) ------------
replicate() { # KIND TARGET_MB FILES...: fills $W/KIND/NNN/, lists in $W/KIND.list
    kind=$1 target=$(($2 * 1000000)); shift 2
    total=0 k=0
    : >"$W/$kind.list"
    while [ $total -lt $target ]; do
        k=$((k + 1)); d=$W/$kind/$(printf %03d $k); mkdir -p "$d"
        for f in "$@"; do
            # the same name comes in several forms (raw, -layout): a directory each
            sub=${f%/*}; sub=${sub##*/}; mkdir -p "$d/$sub"
            cp "$f" "$d/$sub/" && echo "$d/$sub/${f##*/}" >>"$W/$kind.list"
            total=$((total + $(wc -c <"$f")))
            [ $total -ge $target ] && break
        done
    done
    echo $total >"$W/$kind.bytes"
}
texts=""
for f in "$C"/raw/*/text-pdftotext-*/*.txt "$C"/zh/*.txt "$C"/raw/cr-unsc-gold-en/*.txt "$C"/raw/wannli-railcar/*.md; do
    # a text of a page of images has nothing to parse
    [ "$(wc -c <"$f")" -ge 64 ] && texts="$texts $f"
done
pdfs=""
for f in "$C"/raw/*/pdf/*.pdf; do
    pdftotext -q "$f" - 2>/dev/null | grep -q '[[:alnum:]]' && pdfs="$pdfs $f"
done
# shellcheck disable=SC2086
replicate text "$MB" $texts
# shellcheck disable=SC2086
[ -n "$pdfs" ] && replicate pdf "$PDF_MB" $pdfs

# ---- timing helpers ----------------------------------------------------
ns() { date +%s%N; }
# best NAME RUNS CMD...: the best wall time of RUNS runs, in ms, into $ms
best() {
    runs=$1; shift
    ms=
    i=0
    while [ $i -lt "$runs" ]; do
        t0=$(ns); "$@" >/dev/null 2>&1; t1=$(ns)
        t=$(((t1 - t0) / 1000000))
        { [ -z "$ms" ] || [ $t -lt "$ms" ]; } && ms=$t
        i=$((i + 1))
    done
    [ "$ms" -gt 0 ] || ms=1
}
# peak resident memory in MB of a command
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'; }
mbps() { awk -v b="$1" -v ms="$2" 'BEGIN { printf "%.1f", b / 1e6 / (ms / 1000) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t) ? "meets" : "MISSES" }'; }

wc_batch() { xargs -s "$xs" wc -w <"$1"; }
unres_batch() { xargs -s "$xs" "$U" --to jsonl <"$1"; }
unres_batch1() { xargs -s "$xs" "$U" -j 1 --to jsonl <"$1"; }
pdftotext_batch() { while read -r f; do pdftotext -layout -enc UTF-8 -q "$f" -; done <"$1"; }

# one process for the whole batch (xargs splits lists over 128 kB unless told)
xs=$(($(getconf ARG_MAX) - 200000))
[ $(wc -c <"$W/text.list") -lt $xs ] || echo "bench: warning: the file list is too long for one command; xargs splits the batch"

cat "$W"/text/*/*/* >/dev/null   # warm the page cache
tb=$(cat "$W/text.bytes"); tn=$(wc -l <"$W/text.list" | tr -d ' ')
best "$RUNS" wc_batch "$W/text.list"; wc_ms=$ms
best "$RUNS" unres_batch "$W/text.list"; un_ms=$ms
best "$RUNS" unres_batch1 "$W/text.list"; un1_ms=$ms
jobs=$(nproc 2>/dev/null || echo 1); [ "$jobs" -gt 4 ] && jobs=4
mem_batch=$(peak xargs -s "$xs" "$U" --to jsonl <"$W/text.list")
# a quarter of the batch: memory must not depend on batch size
head -n $((tn / 4)) "$W/text.list" >"$W/quarter.list"
mem_quarter=$(peak xargs -s "$xs" "$U" --to jsonl <"$W/quarter.list")
stages=$(xargs -s "$xs" "$B" <"$W/text.list")

# ---- linearity: number of files, size of one file ----------------------
lin_files=""
for frac in 4 2 1; do
    head -n $((tn / frac)) "$W/text.list" >"$W/part.list"
    pb=$(xargs -s "$xs" cat <"$W/part.list" | wc -c)
    best "$RUNS" unres_batch "$W/part.list"
    lin_files="$lin_files$(printf '| %d files | %.1f MB | %d ms | %s MB/s |' $((tn / frac)) "$(awk -v b=$pb 'BEGIN{print b/1e6}')" $ms "$(mbps $pb $ms)")
"
    eval "files_ms_$frac=$ms files_b_$frac=$pb"
done
# one document of growing size: the English sentences of resolutions in the
# UN Parallel Corpus, each a numbered paragraph under the formula, repeated
J=$C/raw/unpc-v1.0-devset-scollins83/derived/resolutions-and-drafts-6way.jsonl
lin_size=""
if [ -f "$J" ] && command -v jq >/dev/null; then
    jq -r .en "$J" >"$W/sentences.txt"
    for copies in 4 16 64 128; do
        awk -v K=$copies 'BEGIN { printf "The General Assembly,\n\n" } { s[NR] = $0 }
            END { n = 0; for (k = 0; k < K; k++) for (i = 1; i <= NR; i++) printf "%d. %s\n\n", (n++ % 999) + 1, s[i] }' \
            "$W/sentences.txt" >"$W/big.txt"
        sb=$(wc -c <"$W/big.txt")
        best "$RUNS" "$U" --to jsonl "$W/big.txt"
        mem=$(peak "$U" --to jsonl "$W/big.txt")
        lin_size="$lin_size$(printf '| %d × %d sentences | %.1f MB | %d ms | %s MB/s | %s MB |' $copies "$(wc -l <"$W/sentences.txt")" "$(awk -v b=$sb 'BEGIN{print b/1e6}')" $ms "$(mbps $sb $ms)" "$mem")
"
        eval "size_ms_$copies=$ms size_b_$copies=$sb"
    done
fi
# growth: time per byte of the largest over the smallest (1.00 = linear)
grow_files=$(awk -v a=$files_ms_1 -v ab=$files_b_1 -v b=$files_ms_4 -v bb=$files_b_4 'BEGIN { printf "%.2f", (a/ab) / (b/bb) }')
grow_size=$(awk -v a=${size_ms_128:-1} -v ab=${size_b_128:-1} -v b=${size_ms_4:-1} -v bb=${size_b_4:-1} 'BEGIN { printf "%.2f", (a/ab) / (b/bb) }')

# ---- PDFs ----------------------------------------------------------------
if [ -f "$W/pdf.list" ]; then
    pb=$(cat "$W/pdf.bytes"); pn=$(wc -l <"$W/pdf.list" | tr -d ' ')
    cat "$W"/pdf/*/*/* >/dev/null
    best 1 pdftotext_batch "$W/pdf.list"; pt_ms=$ms
    best 1 unres_batch "$W/pdf.list"; up_ms=$ms
    mem_pdf=$(peak xargs -s "$xs" "$U" --to jsonl <"$W/pdf.list")
fi

# ---- the report ----------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
memtotal=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
r_wc=$(ratio $un_ms $wc_ms)
r_wc1=$(ratio $un1_ms $wc_ms)
{
echo "## Benchmark ($(date -u +%Y-%m-%d))"
echo
echo "Machine: ${cpu:-unknown CPU}, $(nproc 2>/dev/null) CPUs, $memtotal RAM; $(uname -sr);"
echo "$(${CC:-cc} --version | head -1); $(pdftotext -v 2>&1 | head -1); unres $("$U" --version | cut -d' ' -f2)."
echo "Text batch: the corpus's $(echo $texts | wc -w) texts copied to $tn files, $(awk -v b=$tb 'BEGIN{printf "%.1f", b/1e6}') MB; best of $RUNS runs."
echo
echo "| measure | time | MB/s | ratio | target |"
echo "|---|---|---|---|---|"
echo "| \`wc -w\`, text batch | $wc_ms ms | $(mbps $tb $wc_ms) | 1 | |"
echo "| \`unres --to jsonl\`, text batch ($jobs files at a time, the default here) | $un_ms ms | $(mbps $tb $un_ms) | $r_wc × wc | ≤ 2 × wc: $(verdict $r_wc 2) |"
echo "| \`unres -j 1 --to jsonl\`, text batch (one file at a time) | $un1_ms ms | $(mbps $tb $un1_ms) | $r_wc1 × wc | |"
if [ -n "$pt_ms" ]; then
    r_pdf=$(ratio $up_ms $pt_ms)
    echo "| \`pdftotext -layout\`, $pn PDFs, $(awk -v b=$pb 'BEGIN{printf "%.1f", b/1e6}') MB | $pt_ms ms | $(mbps $pb $pt_ms) | 1 | |"
    echo "| \`unres --to jsonl\`, the same PDFs | $up_ms ms | $(mbps $pb $up_ms) | $r_pdf × pdftotext | ≤ 1.3 × pdftotext: $(verdict $r_pdf 1.3) |"
fi
echo
echo "Peak memory (maximum resident set): text batch $mem_batch MB, a quarter of it $mem_quarter MB${mem_pdf:+, PDF batch $mem_pdf MB}; target under 32 MB: $(awk -v m=$mem_batch -v q=${mem_pdf:-0} 'BEGIN { print (m < 32 && q < 32) ? "meets" : "MISSES" }')."
echo
echo "Stages (bench/bench.c, the text batch, one document at a time):"
echo
echo '```'
echo "$stages"
echo '```'
echo
echo "Linearity in the number of files (time per byte, whole batch over a quarter: $grow_files; 1.00 is linear):"
echo
echo "| batch | size | time | MB/s |"
echo "|---|---|---|---|"
printf %s "$lin_files"
echo
echo "Linearity in the size of one file (time per byte, 128 copies over 4: $grow_size; 1.00 is linear):"
echo
echo "| file | size | time | MB/s | peak memory |"
echo "|---|---|---|---|---|"
printf %s "$lin_size"
} | tee "$REPORT"
echo
echo "(kept in $REPORT)"
