#!/bin/sh
# References and mandates on real documents, against tests/refs/expected.tsv
# and tests/refs/mandates.tsv (established by reading the documents), in
# every form the corpus has; the CLI's refs/mandates JSON lines and TSV.
. tests/tap.sh
C=${UNRES_CORPUS:-../shared/corpus}
U=${UNRES_BIN:-build/unres}
if [ ! -d "$C/raw" ]; then skip "corpus not found at $C"; exit 0; fi
tmp=$(mktemp); exp=$(mktemp); trap 'rm -f "$tmp" "$exp"' EXIT

forms() { # stem: the input files of a document
    case $1 in
        zh/*) echo "$C/$1.txt";;
        *) d=${1%/*}; b=${1##*/}
           for f in "$C/raw/$d/pdf/$b.pdf" "$C/raw/$d/text-pdftotext-raw/$b.txt" "$C/raw/$d/text-pdftotext-layout/$b.txt"; do
               [ -f "$f" ] && echo "$f"
           done;;
    esac
}

for stem in $(grep -v '^#' tests/refs/expected.tsv | tail -n +2 | cut -f1 | sort -u); do
    grep -v '^#' tests/refs/expected.tsv | awk -F'\t' -v s="$stem" '$1 == s { print $2 "\t" $3 "\t" $4 }' | sort >"$exp"
    for f in $(forms "$stem"); do
        if ! "$U" refs "$f" >"$tmp" 2>/dev/null; then fail "$stem: refs failed on $f"; continue; fi
        got=$(jq -r 'select(.symbol) | [.in, .symbol, (.date // "-")] | @tsv' "$tmp" | sort)
        missing=$(printf '%s\n' "$got" | comm -13 - "$exp" | tr '\t\n' ' ;')
        extra=$(printf '%s\n' "$got" | comm -23 - "$exp" | tr '\t\n' ' ;')
        expect_eq "$stem [${f##*/}]: every reference found" "" "$missing"
        expect_eq "$stem [${f##*/}]: nothing else taken for a reference" "" "$extra"
        # spans point at the text as written (text files: the bytes the parser read)
        case $f in *.txt)
            bad=$(jq -r '[.span[0], .span[1], (.text | match("^(第|[0-9A-Za-z/.()-]{1,5})").string)] | @tsv' "$tmp" | {
                while IFS="$(printf '\t')" read -r st en head; do
                    src=$(tail -c +$((st + 1)) "$f" | head -c $((en - st)))
                    case $src in "$head"*) ;; *) echo "$st:$head"; break;; esac
                done; })
            expect_eq "$stem [${f##*/}]: spans start where the text is" "" "$bad";;
        esac
    done
done

# the placeholder of A/80/L.3 footnote 1 is kept and flagged, with no symbol
f="$C/raw/wannli-mandate-pipeline/text-pdftotext-layout/A_80_L.3.txt"
if [ -f "$f" ]; then
    expect_eq "A/80/L.3: placeholder A/80/___ flagged" "footnote:1 A/80/___ null" \
        "$("$U" refs "$f" | jq -r 'select(.placeholder) | "\(.in) \(.text) \(.symbol)"')"
fi

# a mandate's span is its clause in the source: the bytes there, white space
# aside, open and close as its text does (page furniture may lie between);
# where the paragraph's text was put together out of order, the paragraph's
# span stands instead
for f in "$C"/raw/*/text-pdftotext-*/*.txt "$C"/zh/*.txt "$C"/raw/cr-unsc-gold-en/*.txt; do
    [ -f "$f" ] || continue
    "$U" parse "$f" >"$tmp" 2>/dev/null || continue
    bad=$(jq -r '(reduce (.. | objects | select(has("id") and has("span") and has("text"))) as $p ({}; .[$p.id] = $p.span)) as $ps
        | .mandates[] | select(.span != $ps[.in])
        | [.span[0], .span[1], .in, (.text | gsub("\\s"; "") | .[0:5]), (.text | gsub("\\s"; "") | .[-2:])] | @tsv' "$tmp" | {
        while IFS="$(printf '\t')" read -r st en in head tail; do
            src=$(tail -c +$((st + 1)) "$f" | head -c $((en - st)) | tr -d ' \t\n\r\f')
            case $src in "$head"*"$tail") ;; *) echo "$in [$st,$en]"; break;; esac
        done; })
    expect_eq "${f#$C/}: mandate spans hold their clauses" "" "$bad"
    # every reference and mandate is in a paragraph the document has (or a note, an annex, an amendment's text, or the masthead)
    bad=$(jq -r '([.. | objects | select(has("id") and has("text")) | .id]
                  + [range(1; (.annexes | length) + 1) | "annex:\(.)"]
                  + (if .amendment.text then ["amendment"] else [] end)) as $ids
        | (.references[], .mandates[]) | select(.in != "header" and (.in | startswith("footnote:") | not))
        | select(.in as $i | $ids | index($i) | not) | .in' "$tmp" | head -3 | tr '\n' ' ')
    expect_eq "${f#$C/}: references and mandates name paragraphs it has" "" "$bad"
done

for stem in $(grep -v '^#' tests/refs/mandates.tsv | tail -n +2 | cut -f1 | sort -u); do
    for f in $(forms "$stem"); do
        "$U" mandates "$f" >"$tmp" 2>/dev/null || { fail "$stem: mandates failed"; continue; }
        rows=$(grep -v '^#' tests/refs/mandates.tsv | awk -F'\t' -v s="$stem" '$1 == s')
        while IFS="$(printf '\t')" read -r _ in verb addr action sess; do
            got=$(jq -r --arg in "$in" 'select(.in == $in) | [.verb, (.addressee // "-"), .action, ((.due_session // "-") | tostring)] | join(" ")' "$tmp" | head -1)
            expect_eq "$stem [${f##*/}]: mandate $in" "$verb $addr $action $sess" "$got"
        done <<ROWS
$rows
ROWS
    done
done

# preambular paragraphs mandate nothing; TSV has a header and one row a mandate
f="$C/raw/wannli-mandate-pipeline/text-pdftotext-layout/A_RES_79_10.txt"
if [ -f "$f" ]; then
    expect_eq "A/RES/79/10: no mandate in a preambular paragraph" "0" \
        "$("$U" mandates "$f" | jq -r 'select(.in | startswith("pp_"))' | wc -l | tr -d ' ')"
    expect_eq "A/RES/79/10: refs --to tsv header" "source	doc_symbol	kind	symbol	date	in	start	end	text" \
        "$("$U" refs --to tsv "$f" | head -1)"
    expect_eq "A/RES/79/10: refs --to tsv rows" "$("$U" refs "$f" | wc -l)" "$("$U" refs --to tsv "$f" | tail -n +2 | wc -l)"
    expect_eq "A/RES/79/10: mandates --to tsv header" "source	doc_symbol	in	verb	addressee	action	due_session	due_date	start	end	text" \
        "$("$U" mandates --to tsv "$f" | head -1)"
    expect_eq "A/RES/79/10: mandates --to tsv spans as in JSON" "$("$U" mandates "$f" | jq -r '"\(.span[0]) \(.span[1])"')" \
        "$("$U" mandates --to tsv "$f" | tail -n +2 | cut -f9,10 | tr '\t' ' ')"
fi
# sponsors as ISO 3166-1 codes, Chinese names
f="$C/zh/A_79_L.11.txt"
[ -f "$f" ] && expect_eq "zh/A_79_L.11: sponsor codes" "BLR KAZ KGZ RUS TJK" \
    "$("$U" parse --to json "$f" | jq -r '.sponsor_codes | join(" ")')"
