#!/bin/sh
# Reference precision and recall per document, against the references read
# by hand (tests/refs/expected.tsv, tests/refs/expected-more.tsv), scored by
# tests/refs/score.sh.  Floor 0.8 for both; the documents below do not reach
# it today and keep the floor they reach (rounded down to 0.1) as known gaps:
# raise a floor when the parser improves.  Mandates are scored over the whole
# corpus, with floors of their own below.
. tests/tap.sh
C=${UNRES_CORPUS:-../shared/corpus}
if [ ! -d "$C/raw" ]; then skip "corpus not found at $C"; exit 0; fi
if ! command -v jq >/dev/null; then skip "jq not installed"; exit 0; fi

# Known gaps: stem, precision floor and recall floor in tenths, why.
gaps() {
    cat <<'EOF'
cr-unsc-gold-en/S_RES_0001_1946_EN_GOLD	0	10	heading '1 (1946) Resolution of 25 January 1946' taken for a reference in pp_1
cr-unsc-gold-en/S_RES_0902_1994_EN_GOLD	6	5	op_5 printed 'S.' merged into op_4; OCR footnote 'S/26G26' not read as S/26026
cr-unsc-gold-en/S_RES_1445_2002_EN_GOLD	8	7	OCR '(5/2002/1005)' missed; date of 'Pretoria Agreement on 30 July 2002 (S/2002/914)' not kept
dhl-new-ods-api/A_RES_70_10-EN	10	7	IAEA letters 'GC(59)/RES/12 A and B' read as GC(59)/RES/12
gatenlp-gateplugin-unga/A_RES_73_3-EN	9	6	in the adopted declaration, WHA symbols not read and 'Human Rights Council resolution 33/11' read as A/RES/33/11
wannli-railcar/A_RES_80_7	10	7	IAEA letters 'GC(69)/RES/9 A.2', '16 A' read without them
EOF
}

tenths() { if [ "$1" -ge 10 ]; then echo 1.0; else echo "0.$1"; fi; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
tests/refs/score.sh >"$out" 2>"$out.err"
rc=$?
expect_eq "score.sh runs" "0" "$rc"
expect_eq "score.sh finds every input file" "" "$(cat "$out.err")"
rm -f "$out.err"

stems=$( { grep -v '^#' tests/refs/expected.tsv tests/refs/expected-more.tsv tests/refs/mandates.tsv tests/refs/mandates-more.tsv -h; } |
    grep -v '^stem	' | cut -f1 | sort -u)
for stem in $stems; do
    row=$(awk -F'\t' -v s="$stem" '$1 == s && $2 == "refs"' "$out")
    if [ -z "$row" ]; then fail "$stem: scored"; continue; fi
    set -- $(printf '%s\n' "$row" | cut -f3-5)
    e=$1 f=$2 c=$3
    g=$(gaps | awk -F'\t' -v s="$stem" '$1 == s')
    pf=8 rf=8 note=""
    if [ -n "$g" ]; then
        pf=$(printf '%s\n' "$g" | cut -f2) rf=$(printf '%s\n' "$g" | cut -f3)
        note=" (known gap: $(printf '%s\n' "$g" | cut -f4))"
    fi
    P=$(tenths "$pf") R=$(tenths "$rf")
    # c/f >= pf/10 and c/e >= rf/10, in integers; nothing found or expected counts as 1
    if [ "$f" -eq 0 ] || [ $((c * 10)) -ge $((pf * f)) ]; then ok "$stem: reference precision >= $P$note ($c/$f)"
    else fail "$stem: reference precision >= $P$note ($c/$f)"; fi
    if [ "$e" -eq 0 ] || [ $((c * 10)) -ge $((rf * e)) ]; then ok "$stem: reference recall >= $R$note ($c/$e)"
    else fail "$stem: reference recall >= $R$note ($c/$e)"; fi
done
# mandates over the whole corpus: floors at what unres reaches today, to be
# raised (what is left: texts a resolution adopts, OCR, addressees no rule
# reaches — "those organizations" read as "sports federations")
row=$(awk -F'\t' '$1 == "TOTAL" && $2 == "mandates"' "$out")
set -- $(printf '%s\n' "$row" | cut -f3-5)
e=$1 f=$2 c=$3
if [ $((c * 100)) -ge $((95 * f)) ]; then ok "mandates: precision >= 0.95 ($c/$f)"; else fail "mandates: precision >= 0.95 ($c/$f)"; fi
if [ $((c * 100)) -ge $((90 * e)) ]; then ok "mandates: recall >= 0.9 ($c/$e)"; else fail "mandates: recall >= 0.9 ($c/$e)"; fi
sed 's/^/# /' "$out"
