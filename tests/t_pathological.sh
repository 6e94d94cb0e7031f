#!/bin/sh
# Pathological inputs, each bounded: the parser must finish within a few
# seconds, exit 0 and give valid JSON that keeps the text.  A super-linear
# stage shows here as a timeout.  Inputs are generated in a temporary
# directory; UNRES_PATHO_BOUND (seconds, default 5) is the bound per input,
# raise it for slow builds (valgrind).
. tests/tap.sh
U=${UNRES_BIN:-build/unres}
B=${UNRES_PATHO_BOUND:-5}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
command -v jq >/dev/null || { skip "jq not installed"; exit 0; }

# bounded NAME DESC: runs the parser on $T/NAME.txt within $B seconds
bounded() {
    timeout "$B" "$U" "$T/$1.txt" >"$T/$1.json" 2>"$T/$1.err"; rc=$?
    if [ $rc -eq 124 ]; then fail "$2: did not finish within $B s"; return 1; fi
    expect_eq "$2: exit 0 within $B s" 0 "$rc"
    [ $rc -eq 0 ] || return 1
    check "$2: the output is one valid JSON object" jq -e .format "$T/$1.json"
}
# jqv NAME FILTER: a value from the output
jqv() { jq -r "$2" "$T/$1.json" 2>/dev/null; }

# 100,000 numbered paragraphs (5 MB)
awk 'BEGIN { printf "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n";
  for (i = 1; i <= 100000; i++) printf "%d. Decides to keep the matter %d under review;\n\n", i, i }' >"$T/paras.txt"
if bounded paras "100,000 paragraphs"; then
    expect_eq "100,000 paragraphs: one preambular paragraph" 1 "$(jqv paras '.preamble | length')"
    check "100,000 paragraphs: the last one's text is kept" grep -q 'matter 100000 under review' "$T/paras.json"
fi

# one 5 MB line
awk 'BEGIN { printf "The General Assembly,\n\n1. Decides "; s = "that, ";
  while (length(s) < 5242880) s = s s; printf "%s.\n", substr(s, 1, 5242880) }' >"$T/line.txt"
if bounded line "one 5 MB line"; then
    expect_eq "one 5 MB line: one operative paragraph" 1 "$(jqv line '.operative | length')"
    l=$(jqv line '.operative[0].text | length')
    if [ "${l:-0}" -ge 5242880 ]; then ok "one 5 MB line: the text is whole"; else fail "one 5 MB line: text of $l characters"; fi
fi

# 200,000 sub-items under one paragraph
awk 'BEGIN { printf "The General Assembly,\n\n1. Requests:\n";
  for (i = 0; i < 200000; i++) printf "   (%c) item number %d;\n", 97 + i % 26, i }' >"$T/subs.txt"
if bounded subs "200,000 sub-items"; then
    check "200,000 sub-items: the last item's text is kept" grep -q 'item number 199999;' "$T/subs.json"
fi

# 300,000 stray footnote-like digits ("organizations,7") over 3,000 pages,
# each page with one real footnote
awk 'BEGIN { printf "The General Assembly,\n\n";
  for (pg = 1; pg <= 3000; pg++) {
    printf "Noting the reports,";
    for (k = 0; k < 100; k++) printf " of organizations,%d", k % 10;
    printf "\n__________________\n%d See the footnote of page %d.\n\f", pg % 999 + 1, pg } }' >"$T/digits.txt"
if bounded digits "300,000 stray digits"; then
    expect_eq "stray digits: the 3,000 footnotes are read" 3000 "$(jqv digits '.footnotes | length')"
fi

# lists nested ever deeper: every label kind, indented one more column a line
awk 'BEGIN { printf "The General Assembly,\n\n1. Requests:\n"; ind = "";
  lab[0] = "(a)"; lab[1] = "(i)"; lab[2] = "a."; lab[3] = "i."; lab[4] = "(b)"; lab[5] = "a)";
  for (i = 0; i < 20000; i++) { printf "%s%s level %d;\n", ind, lab[i % 6], i; ind = ind " "; if (length(ind) > 300) ind = "" } }' >"$T/nested.txt"
if bounded nested "20,000 nested list items"; then
    check "nested lists: the deepest item's text is kept" grep -q 'level 19999;' "$T/nested.json"
fi

# a document that is all footnotes: 999 of them, 3 lines each, 50 a page
awk 'BEGIN { for (k = 1; k <= 999; k++) {
    if (k % 50 == 1) printf "%s__________________\n", k > 1 ? "\f" : "";
    printf "%d   Official Records of the General Assembly, Seventy-ninth Session,\n", k;
    printf "    Supplement No. %d (A/79/%d), chap. IV, sect. B, and the\n", k, k;
    printf "    report of the Secretary-General (A/79/%d/Add.1).\n", k } }' >"$T/allfn.txt"
if bounded allfn "all footnotes"; then
    expect_eq "all footnotes: doc_type unknown" unknown "$(jqv allfn .doc_type)"
    expect_eq "all footnotes: no paragraphs" 0 "$(jqv allfn '(.preamble | length) + (.operative | length)')"
    expect_eq "all footnotes: 999 footnotes" 999 "$(jqv allfn '.footnotes | length')"
fi
