#!/bin/sh
# Scores `unres refs` and `unres mandates` against the expectations read by
# hand (tests/refs/expected*.tsv, tests/refs/mandates*.tsv,
# tests/refs/instruments.tsv): per document, references with a symbol
# compared as sets of (in, symbol, date), mandates as sets of (in, verb,
# addressee, action, due_session), named instruments as multisets of names
# (tests/refs/instruments.tsv says which rows count: headings, titles of
# other documents and the rows the readers doubted count neither way); then
# micro totals.
#
#   tests/refs/score.sh [-v] [STEM...]
#
# Prints one TSV row per document and table ("refs", "mandates", "instruments"):
#   stem  table  expected  found  correct  precision  recall
# and "TOTAL" rows.  Precision is 1 when nothing was found, recall 1 when
# nothing was expected.  -v also lists each miss ("-") and false hit ("+").
# Lines "#@scope<TAB>stem<TAB>ERE" in the expected files limit a document to
# the paragraphs that were read: found items whose "in" does not match are
# dropped.  Env: UNRES_CORPUS (default ../shared/corpus), UNRES_BIN
# (default build/unres).  Exit 2 when the corpus is absent.
C=${UNRES_CORPUS:-../shared/corpus}
U=${UNRES_BIN:-build/unres}
D=$(dirname "$0")
verbose=0
[ "$1" = "-v" ] && { verbose=1; shift; }
[ -d "$C/raw" ] || { echo "corpus not found at $C" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 2; }

REFS="$D/expected.tsv $D/expected-more.tsv"
MANDS="$D/mandates.tsv $D/mandates-more.tsv"
INSTR="$D/instruments.tsv"
# a name as compared: one kind of hyphen, dashes and hyphens without the
# spaces a PDF put beside them, a possessive without the space a PDF put before it,
# no article or quotation marks around it
NORM='def norm: gsub("[\u2010\u2011]"; "-") | gsub("\u00ad"; "") | gsub(" *(?<d>[\u2013\u2014]) *"; "\(.d)")
    | gsub("(?<a>[a-z]) -(?<b>[A-Z])"; "\(.a)-\(.b)") | gsub("(?<a>[a-z]) \u2019s"; "\(.a)\u2019s")
    | gsub("\\s+"; " ") | sub("^ "; "") | sub(" $"; "") | sub("^(the|The|a|A) "; "")
    | sub("^[《“\"]+"; "") | sub("[》”\" ,.;]+$"; "");'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rows() { # FILES: data rows without comments and header lines
    cat "$@" 2>/dev/null | grep -v '^#' | grep -v '^stem	'
}

input() { # stem: the text file read for it
    case $1 in
        zh/*) echo "$C/$1.txt";;
        cr-unsc-gold-en/*) echo "$C/raw/$1.txt";;
        wannli-railcar/*) echo "$C/raw/$1.md";;
        *) echo "$C/raw/${1%/*}/text-pdftotext-layout/${1##*/}.txt";;
    esac
}

scope() { # stem: the ERE that limits it, or "" for the whole document
    cat $REFS 2>/dev/null | awk -F'\t' -v s="$1" '$1 == "#@scope" && $2 == s { print $3; exit }'
}

in_scope() { # filters TSV rows on their first field ("in") by env SCOPE
    SCOPE=$1 awk -F'\t' 'ENVIRON["SCOPE"] == "" || $1 ~ ENVIRON["SCOPE"]'
}

# compare STEM TABLE EXPECTED_FILE FOUND_FILE [OPTIONAL_FILE]: one score row
# (+ details); what is found beyond the expected but is listed in
# OPTIONAL_FILE (rows the readers left undecided) counts neither way
compare() {
    if [ "$2" = instruments ]; then u=; else u=-u; fi
    sort $u "$3" >"$tmp/e"
    sort $u "$4" >"$tmp/f"
    if [ -n "$5" ]; then
        sort "$5" >"$tmp/o"
        { comm -12 "$tmp/e" "$tmp/f"; comm -13 "$tmp/e" "$tmp/f" | comm -23 - "$tmp/o"; } | sort >"$tmp/f2"
        mv "$tmp/f2" "$tmp/f"
    fi
    ne=$(wc -l <"$tmp/e" | tr -d ' ')
    nf=$(wc -l <"$tmp/f" | tr -d ' ')
    nc=$(comm -12 "$tmp/e" "$tmp/f" | wc -l | tr -d ' ')
    awk -v s="$1" -v t="$2" -v e="$ne" -v f="$nf" -v c="$nc" 'BEGIN {
        printf "%s\t%s\t%d\t%d\t%d\t%.2f\t%.2f\n", s, t, e, f, c, f ? c / f : 1, e ? c / e : 1 }'
    if [ $verbose = 1 ]; then
        comm -23 "$tmp/e" "$tmp/f" | sed "s/^/	- /"
        comm -13 "$tmp/e" "$tmp/f" | sed "s/^/	+ /"
    fi
    echo "$2 $ne $nf $nc" >>"$tmp/totals"
}

if [ $# -gt 0 ]; then stems=$*
else stems=$( { rows $REFS; rows $MANDS; rows $INSTR; } | cut -f1 | sort -u); fi

printf 'stem\ttable\texpected\tfound\tcorrect\tprecision\trecall\n'
for stem in $stems; do
    f=$(input "$stem")
    if [ ! -f "$f" ]; then echo "$stem: no input $f" >&2; continue; fi
    sc=$(scope "$stem")
    rows $REFS | awk -F'\t' -v s="$stem" '$1 == s { print $2 "\t" $3 "\t" $4 }' >"$tmp/exp"
    if "$U" refs "$f" >"$tmp/out" 2>/dev/null; then
        jq -r 'select(.symbol) | [.in, .symbol, (.date // "-")] | @tsv' "$tmp/out" | in_scope "$sc" >"$tmp/got"
    else
        echo "$stem: unres refs failed" >&2; : >"$tmp/got"
    fi
    compare "$stem" refs "$tmp/exp" "$tmp/got"
    rows $MANDS | awk -F'\t' -v s="$stem" '$1 == s { print $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 }' >"$tmp/exp"
    if "$U" mandates "$f" >"$tmp/out" 2>/dev/null; then
        jq -r '[.in, .verb, (.addressee // "-"), .action, ((.due_session // "-") | tostring)] | @tsv' "$tmp/out" |
            in_scope "$sc" >"$tmp/got"
    else
        echo "$stem: unres mandates failed" >&2; : >"$tmp/got"
    fi
    compare "$stem" mandates "$tmp/exp" "$tmp/got"
    if rows $INSTR | cut -f1 | grep -qx "$stem"; then
        rows $INSTR | awk -F'\t' -v s="$stem" '$1 == s && ($4 == "full" || ($4 == "short" && $3 == "Charter")) &&
            $6 !~ /^(title|heading)/ && $6 !~ /doubtful/ { print $3 }' | jq -R -r "$NORM norm" >"$tmp/exp"
        rows $INSTR | awk -F'\t' -v s="$stem" '$1 == s && ($4 == "full" || ($4 == "short" && $3 == "Charter")) &&
            ($6 ~ /^(title|heading)/ || $6 ~ /doubtful/) { print $3 }' | jq -R -r "$NORM norm" >"$tmp/opt"
        if "$U" refs "$f" >"$tmp/out" 2>/dev/null; then
            # the text less the date it carries
            jq -r "$NORM"' select(.kind == "instrument") | .date as $d | .text
                | if $d then sub("^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"; "")
                  | sub(",? +(of|dated|signed on|adopted on) +[0-9]{1,2} [A-Za-z]+ [0-9]{4}$"; "") else . end
                | norm' "$tmp/out" >"$tmp/got"
        else
            echo "$stem: unres refs failed" >&2; : >"$tmp/got"
        fi
        compare "$stem" instruments "$tmp/exp" "$tmp/got" "$tmp/opt"
    fi
done
[ -f "$tmp/totals" ] && awk '{ e[$1] += $2; f[$1] += $3; c[$1] += $4 }
    END { for (t in e) printf "TOTAL\t%s\t%d\t%d\t%d\t%.2f\t%.2f\n", t, e[t], f[t], c[t],
          f[t] ? c[t] / f[t] : 1, e[t] ? c[t] / e[t] : 1 }' "$tmp/totals" | sort -k2,2r
exit 0
