#!/bin/sh
# Pathological inputs, each bounded: the parser must finish within a few
# seconds, exit 0 and give valid JSON that keeps the text.  A super-linear
# stage shows here as a timeout.  Inputs are generated in a temporary
# directory; UNRES_PATHO_BOUND (seconds) is the bound per input: 5, or 25
# for the ASan/UBSan build of make sanitize, which runs 5 to 10 times slower.
. tests/tap.sh
U=${UNRES_BIN:-build/unres}
case $U in *asan*) B=${UNRES_PATHO_BOUND:-25};; *) B=${UNRES_PATHO_BOUND:-5};; esac
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

# 100,000 paragraphs (6 MB): 99,001 preambular, then the 999 operative that
# three-digit numbering allows
awk 'BEGIN { printf "The General Assembly,\n\n";
  for (i = 1; i <= 99001; i++) printf "Recalling its resolution %d/1 of 25 September 2015,\n\n", i % 80 + 1;
  for (i = 1; i <= 999; i++) printf "%d. Decides to keep the matter %d under review;\n\n", i, i }' >"$T/paras.txt"
if bounded paras "100,000 paragraphs"; then
    expect_eq "100,000 paragraphs: 99,001 preambular" 99001 "$(jqv paras '.preamble | length')"
    expect_eq "100,000 paragraphs: 999 operative" 999 "$(jqv paras '.operative | length')"
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

# 300,000 stray footnote-like digits ("organizations,7") over 999 pages in
# pdftotext -layout form, each page with one footnote whose call is the
# digit after its last line, and one footnote (999) called nowhere
awk 'BEGIN { printf "The General Assembly,\n\n";
  for (pg = 1; pg <= 999; pg++) {
    for (l = 0; l < 10; l++) {
      printf "          Noting the reports";
      for (k = 0; k < 30; k++) printf " of organizations,%d", (k + l) % 10;
      printf "\n\n" }
    printf "          Noting also the report of the body,%d\n\n", (pg < 999 ? pg : 0);
    printf "        __________________\n            %d\n                See the footnote of page %d.\n\f", pg, pg } }' >"$T/digits.txt"
if bounded digits "300,000 stray digits"; then
    expect_eq "stray digits: the 999 footnotes are read" 999 "$(jqv digits '.footnotes | length')"
    expect_eq "stray digits: 10,989 preambular paragraphs" 10989 "$(jqv digits '.preamble | length')"
fi

# lists nested ever deeper: every label kind, indented one more column a line
awk 'BEGIN { printf "The General Assembly,\n\n1. Requests:\n"; ind = "";
  lab[0] = "(a)"; lab[1] = "(i)"; lab[2] = "a."; lab[3] = "i."; lab[4] = "(b)"; lab[5] = "a)";
  for (i = 0; i < 20000; i++) { printf "%s%s level %d;\n", ind, lab[i % 6], i; ind = ind " "; if (length(ind) > 300) ind = "" } }' >"$T/nested.txt"
if bounded nested "20,000 nested list items"; then
    check "nested lists: the deepest item's text is kept" grep -q 'level 19999;' "$T/nested.json"
fi

# a document that is all footnotes: 999 of them, in pdftotext -layout form,
# 50 a page
awk 'BEGIN { for (k = 1; k <= 999; k++) {
    if (k % 50 == 1) printf "        __________________\n";
    printf "            %d\n", k;
    printf "                Official Records of the General Assembly, Seventy-ninth Session,\n";
    printf "                Supplement No. %d (A/79/%d), chap. IV, sect. B.\n", k, k;
    if (k % 50 == 0) printf "\f" } }' >"$T/allfn.txt"
if bounded allfn "all footnotes"; then
    expect_eq "all footnotes: doc_type unknown" unknown "$(jqv allfn .doc_type)"
    expect_eq "all footnotes: no paragraphs" 0 "$(jqv allfn '(.preamble | length) + (.operative | length)')"
    expect_eq "all footnotes: 999 footnotes" 999 "$(jqv allfn '.footnotes | length')"
fi

# 999 footnotes whose calls are nowhere, over a 2.8 MB body: looking for a
# missing call must not rescan the document for each footnote
awk 'BEGIN { printf "The General Assembly,\n\n";
  for (pg = 1; pg <= 999; pg++) {
    for (l = 0; l < 40; l++) printf "          Noting the reports of the organizations of the system and others,\n\n";
    printf "        __________________\n            %d\n                See the footnote of page %d.\n\f", pg, pg } }' >"$T/uncalled.txt"
if bounded uncalled "999 footnotes without calls"; then
    expect_eq "footnotes without calls: 999 footnotes" 999 "$(jqv uncalled '.footnotes | length')"
    expect_eq "footnotes without calls: a warning for each" 999 "$(jqv uncalled '[.warnings[] | select(.code == "footnote_call_not_found")] | length')"
fi

# fuzzer finding: a resolution number longer than the line the title starts
# on (read from another line) once made the title's length wrap around
printf '79/1. X\nResolution 1234567890123456789 (2002)\nThe General Assembly,\nRecalling its resolution,\n' >"$T/number.txt"
if bounded number "number longer than the title line"; then
    expect_eq "number longer than the title line: one preambular paragraph" 1 "$(jqv number '.preamble | length')"
fi

# fuzzer finding: a quotation mark inside the capitalized words before an
# instrument's head (" U" Agenda) once sent the reference scan back to
# where it had been, for ever
printf 'The General Assembly,\n\nRecalling " U" Agenda and the “Charter” Declaration,\n\n1. Decides " U" Agenda;\n' >"$T/quote.txt"
if bounded quote "a quotation closing before an instrument's head"; then
    expect_eq "quotation before a head: one operative paragraph" 1 "$(jqv quote '.operative | length')"
fi

# 100,000 capitalized words, then 30,000 instrument heads each after one
# more: a name read backwards from its head stops after a few words, or
# each head would take all the words before it (quadratic, in time and in
# the references' text)
awk 'BEGIN { printf "L'"'"'Assemblée générale,\n\n1. Décide ";
  for (i = 0; i < 100000; i++) printf "Alpha "; for (i = 0; i < 30000; i++) printf "Charte Yy "; printf ";\n" }' >"$T/caps.txt"
if timeout "$B" "$U" --lang fr "$T/caps.txt" >"$T/caps.json" 2>"$T/caps.err"; then
    ok "30,000 heads after 100,000 capitalized words: finished within $B s"
    expect_eq "capitalized words: the output stays under 20 MB" 1 "$(awk -v b="$(wc -c <"$T/caps.json")" 'BEGIN { print (b < 20000000) ? 1 : 0 }')"
else fail "30,000 heads after 100,000 capitalized words: did not finish within $B s"; fi

# fuzzer finding: on a page of two columns, a line indented past 90
# columns with two letters once made the gutter's prefilter read before
# the line's start as if it were long (shows under ASan, make sanitize)
awk 'BEGIN { printf "The General Assembly,\n\n";
  for (i = 1; i <= 14; i++) printf "%-50sRight column text of another paragraph here\n", i ". Left column text of a paragraph";
  printf "%95sab", "" }' >"$T/indent.txt"
if bounded indent "a two-letter line indented past two columns"; then
    expect_eq "indented line: its letters kept" 1 "$(jq -r '[.. | strings] | map(select(test("(^| )ab$"))) | length > 0' "$T/indent.json" | grep -c true)"
fi
