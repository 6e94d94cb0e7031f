#!/bin/sh
# Copies fuzzing seeds from the corpus ($1) into $2/seeds: text/ (whole
# texts), lines/ (chunks of 8 lines, for the scanners), pdf/ (the PDFs).
C=$1; D=$2/seeds
if [ ! -d "$C/raw" ]; then echo "fuzz: corpus not found at $C; no seeds"; mkdir -p "$D/text" "$D/lines" "$D/pdf"; exit 0; fi
[ -f "$D/.done" ] && exit 0
mkdir -p "$D/text" "$D/lines" "$D/pdf"
for f in "$C"/raw/*/text-pdftotext-*/*.txt "$C"/zh/*.txt "$C"/raw/cr-unsc-gold-en/*.txt "$C"/raw/wannli-railcar/*.md; do
    [ -s "$f" ] || continue
    # seed files name their source; the harness reads its first byte as options: 'F' is detect-language, whole document
    out="$D/text/$(echo "$f" | sed "s|^$C/||; s|/|_|g")"
    { printf 'F'; head -c 16000 "$f"; } >"$out"
    split -l 8 -a 4 "$f" "$D/lines/$(basename "$f").">/dev/null 2>&1
done
# a few hundred real sentences in six languages: dates, symbols, openings
U="$C/raw/unpc-v1.0-devset-scollins83/text"
for l in ar zh en fr ru es; do
    [ -f "$U/UNv1.0.devset.$l" ] && head -n 400 "$U/UNv1.0.devset.$l" | split -l 4 -a 4 - "$D/lines/unpc-$l."
done
for f in "$C"/raw/*/pdf/*.pdf; do
    [ -f "$f" ] && cp "$f" "$D/pdf/"
done
touch "$D/.done"
echo "fuzz: seeds in $D: $(ls "$D/text" | wc -l) texts, $(ls "$D/lines" | wc -l) line chunks, $(ls "$D/pdf" | wc -l) PDFs"
