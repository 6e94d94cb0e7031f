#!/bin/sh
# Reference precision and recall per document, against the references read
# by hand (tests/refs/expected.tsv, tests/refs/expected-more.tsv), scored by
# tests/refs/score.sh.  Every document reaches 1.0 for both today, the floor
# for each; a document that cannot yet keeps the floor it reaches (rounded
# down to 0.1) in the list below, as a known gap.  Mandates are scored over
# the whole corpus, with floors of their own below.
. tests/tap.sh
C=${UNRES_CORPUS:-../shared/corpus}
if [ ! -d "$C/raw" ]; then skip "corpus not found at $C"; exit 0; fi
if ! command -v jq >/dev/null; then skip "jq not installed"; exit 0; fi

# Known gaps: stem, precision floor and recall floor in tenths, why.
gaps() {
    cat <<'EOF'
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
    pf=10 rf=10 note=""
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
# raised (what is left: addressees no rule reaches — "those organizations"
# read as "sports federations", "the leaders and members of the armed groups")
row=$(awk -F'\t' '$1 == "TOTAL" && $2 == "mandates"' "$out")
set -- $(printf '%s\n' "$row" | cut -f3-5)
e=$1 f=$2 c=$3
if [ $((c * 100)) -ge $((98 * f)) ]; then ok "mandates: precision >= 0.98 ($c/$f)"; else fail "mandates: precision >= 0.98 ($c/$f)"; fi
if [ $((c * 100)) -ge $((98 * e)) ]; then ok "mandates: recall >= 0.98 ($c/$e)"; else fail "mandates: recall >= 0.98 ($c/$e)"; fi
# named instruments over the whole corpus, read by hand (tests/refs/instruments.tsv):
# floors a little under what unres reaches today (0.98, 0.99), to be raised (what is left:
# names that go on in lower case to another instrument, a leading year, words the PDF broke)
row=$(awk -F'\t' '$1 == "TOTAL" && $2 == "instruments"' "$out")
set -- $(printf '%s\n' "$row" | cut -f3-5)
e=$1 f=$2 c=$3
if [ $((c * 100)) -ge $((96 * f)) ]; then ok "instruments: precision >= 0.96 ($c/$f)"; else fail "instruments: precision >= 0.96 ($c/$f)"; fi
if [ $((c * 100)) -ge $((97 * e)) ]; then ok "instruments: recall >= 0.97 ($c/$e)"; else fail "instruments: recall >= 0.97 ($c/$e)"; fi
sed 's/^/# /' "$out"
