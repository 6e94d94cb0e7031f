#!/bin/sh
# Real-corpus checks: every document of ../shared/corpus against the values in
# tests/corpus/expected.tsv, which were established by reading the documents.
# Each document is parsed in every form the corpus has (PDF, pdftotext raw and
# -layout text, Markdown).  An expectation listed in
# tests/corpus/known-failures.txt is reported as TODO (a known gap, not hidden).
. tests/tap.sh
C=${UNRES_CORPUS:-../shared/corpus}
U=${UNRES_BIN:-build/unres}
if [ ! -d "$C/raw" ]; then skip "corpus not found at $C"; exit 0; fi
known=tests/corpus/known-failures.txt

# the input file of a stem in a form
path_of() { # stem form
    dir=${1%/*}; base=${1##*/}
    case $1 in zh/*) echo "$C/$1.txt"; return;; esac
    case $2 in
        pdf) echo "$C/raw/$dir/pdf/$base.pdf";;
        raw) echo "$C/raw/$dir/text-pdftotext-raw/$base.txt";;
        layout) echo "$C/raw/$dir/text-pdftotext-layout/$base.txt";;
        md) echo "$C/raw/$dir/$base.md";;
        text) echo "$C/raw/$dir/$base.txt";;
    esac
}

# expect DESC EXPECTED ACTUAL: a failing expectation named in known-failures is TODO
expect() {
    if [ "$2" = "$3" ]; then ok "$1"; return; fi
    if grep -qxF "$1" "$known" 2>/dev/null; then
        n=$((n+1)); echo "not ok $n - $1 (expected '$2', got '$3') # TODO known gap"
    else fail "$1 (expected '$2', got '$3')"; fi
}

tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
tab=$(printf '\t')
# tabs are white space to read: empty cells become "~" first, and back
grep -v '^#' tests/corpus/expected.tsv | tail -n +2 |
awk -F'\t' -v OFS='\t' '{ for (i = 1; i <= NF; i++) if ($i == "") $i = "~"; print }' |
while IFS="$tab" read -r stem inputs lang symbol organ doctype date session agenda nspons npre nop nsub nfn firstpre lastop calls adate adrafts nannex notes; do
    for v in symbol date session agenda nspons npre nop nsub nfn firstpre lastop calls adate adrafts nannex notes; do
        eval "[ \"\$$v\" = '~' ] && $v=''"
    done
    for form in $(echo "$inputs" | tr ',' ' '); do
        f=$(path_of "$stem" "$form")
        [ -f "$f" ] || { skip "$stem [$form]: $f missing"; continue; }
        id="$stem [$form]"
        case $notes in image-only*)
            "$U" parse "$f" >/dev/null 2>"$tmp"; rc=$?
            expect "$id: image-only PDF exits 1" 1 "$rc"
            # the PDF says why; its extracted text is simply empty
            case $form in pdf) why="no text layer";; *) why="no text";; esac
            expect "$id: one-line error naming the file" "1" "$(grep -c "^$f: .*$why" "$tmp")"
            continue;;
        esac
        if ! "$U" parse --to json "$f" >"$tmp" 2>/dev/null; then fail "$id: parse failed"; continue; fi
        q() { jq -r "$1" "$tmp"; }
        expect "$id: language" "$lang" "$(q .language)"
        expect "$id: symbol" "$symbol" "$(q '.symbol // ""')"
        expect "$id: organ" "$organ" "$(q .organ)"
        expect "$id: doc_type" "$doctype" "$(q .doc_type)"
        [ -n "$date" ] && expect "$id: date" "$date" "$(q '.date // ""')"
        [ -n "$session" ] && expect "$id: session" "$session" "$(q '.session // ""')"
        [ -n "$agenda" ] && expect "$id: agenda items" "$agenda" "$(q '[.agenda_items[].number] | join(",")')"
        [ -n "$nspons" ] && expect "$id: sponsors" "$nspons" "$(q '.sponsors | length')"
        [ -n "$npre" ] && expect "$id: preambular paragraphs" "$npre" "$(q '.preamble | length')"
        [ -n "$nop" ] && expect "$id: operative paragraphs" "$nop" "$(q '.operative | length')"
        [ -n "$nsub" ] && expect "$id: sub-paragraphs" "$nsub" "$(q '[.operative[] | .. | objects | select(has("items")) | .items[]] | length')"
        [ -n "$nfn" ] && expect "$id: footnotes" "$nfn" "$(q '.footnotes | length')"
        [ -n "$firstpre" ] && expect "$id: first preambular opening" "$firstpre" "$(q '.preamble[0].opening // ""' | sed 's/ \(to\|of\|by\)$//')"
        [ -n "$lastop" ] && expect "$id: last operative opening" "$lastop" "$(q '.operative[-1].opening // ""' | sed 's/ \(to\|of\|by\)$//')"
        [ -n "$adate" ] && expect "$id: adoption date" "$adate" "$(q '.adoption.date // ""')"
        [ -n "$adrafts" ] && expect "$id: adopted from" "$adrafts" "$(q '(.adoption.drafts // []) | join(",")')"
        [ -n "$nannex" ] && expect "$id: annexes" "$nannex" "$(q '.annexes | length')"
        # footnote calls: marker=paragraph id
        for c in $(echo "$calls" | tr ';' ' '); do
            m=${c%%=*}; where=${c#*=}
            case $where in
                pp_*|op_*)
                    got=$(jq -r --arg m "$m" --arg w "$where" \
                        '[.preamble[], .operative[] | .. | objects | select(has("footnote_refs")) | select(.footnote_refs | index($m)) | .id] | index($w) != null' "$tmp")
                    expect "$id: footnote $m called in $where" true "$got";;
                *)
                    expect "$id: footnote $m listed" true "$(jq -r --arg m "$m" '[.footnotes[].marker] | index($m) != null' "$tmp")";;
            esac
        done
        # never page furniture or footnote text inside a paragraph
        expect "$id: no job numbers or page numbers in paragraphs" 0 \
            "$(q '[.preamble[], .operative[] | .. | objects | select(has("text")) | .text | select(test("[0-9]{2}-[0-9]{5}|\\*[0-9]{7}\\*| [0-9]+/[0-9]+ [0-9]{2}-|_{5}"))] | length')"
    done
done
