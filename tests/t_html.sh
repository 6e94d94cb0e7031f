#!/bin/sh
# HTML and Markdown output.
#  - every corpus document: the HTML page parses as XML (it is written to be
#    polyglot) and through libxml2's HTML parser without errors other than
#    HTML5 element names it does not know; the Markdown has one definition
#    per footnote;
#  - A/RES/79/10 and A/79/L.11: DOM checks against what the printed documents
#    show (15 preambular and 9 operative paragraphs, opening phrases, notes
#    linked both ways, number and title, the adoption meeting);
#  - Arabic is laid out right to left;
#  - an amendment's instructions and quoted text are kept, references linked;
#  - a name inside a name is marked inside the outer one;
#  - with chromium installed, the page as the browser builds it (--dump-dom).
. tests/tap.sh
C=${UNRES_CORPUS:-../shared/corpus}
U=${UNRES_BIN:-build/unres}
if ! command -v xmllint >/dev/null 2>&1; then skip "xmllint not installed (libxml2-utils)"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
xp() { xmllint --xpath "$1" "$2" 2>/dev/null; }

# Arabic (a fragment, written in the official forms): rtl page
printf 'إن الجمعية العامة،\n١ - تقرر أن تبقي المسألة قيد نظرها.\n' >"$tmp/ar.txt"
"$U" parse --to html --lang ar --fragment "$tmp/ar.txt" >"$tmp/ar.html" 2>/dev/null
expect_eq "Arabic page is right to left" "rtl" "$(xp 'string(/*/@dir)' "$tmp/ar.html")"
expect_eq "Arabic page language" "ar" "$(xp 'string(/*/@lang)' "$tmp/ar.html")"

# a name inside a name is marked inside the outer one, in HTML and AKN
printf '%s\n' 'Reaffirming the Doha Declaration on the TRIPS Agreement and Public Health,' >"$tmp/nest.txt"
"$U" parse --to html --lang en --fragment "$tmp/nest.txt" >"$tmp/nest.html" 2>/dev/null
expect_eq "nested name: HTML cite inside the outer cite" "TRIPS Agreement" \
    "$(xp "string(//*[local-name()='cite']/*[local-name()='cite'])" "$tmp/nest.html")"
"$U" parse --to akn --lang en --fragment "$tmp/nest.txt" >"$tmp/nest.xml" 2>/dev/null
expect_eq "nested name: AKN ref inside the outer ref" "TRIPS Agreement" \
    "$(xp "string(//*[local-name()='ref']/*[local-name()='ref'])" "$tmp/nest.xml")"

if [ ! -d "$C/raw" ]; then skip "corpus not found at $C"; exit 0; fi

for f in "$C"/zh/*.txt "$C"/raw/*/text-pdftotext-layout/*.txt "$C"/raw/wannli-railcar/*.md \
         "$C"/raw/cr-unsc-gold-en/*.txt; do
    [ -f "$f" ] || continue
    name=${f#"$C"/}
    "$U" parse --to json "$f" >"$tmp/j" 2>/dev/null || { skip "$name: does not parse"; continue; }
    "$U" parse --to html "$f" >"$tmp/h.html" 2>/dev/null
    check "$name: HTML is well-formed" xmllint --nonet --noout "$tmp/h.html"
    xmllint --html --noout "$tmp/h.html" 2>&1 | grep 'parser error :' | grep -v 'Tag [a-z]* invalid' >"$tmp/herr"
    if [ -s "$tmp/herr" ]; then fail "$name: HTML parser errors: $(head -1 "$tmp/herr")"
    else ok "$name: HTML parses as HTML"; fi
    if command -v jq >/dev/null 2>&1; then
        "$U" parse --to md "$f" >"$tmp/m.md" 2>/dev/null
        expect_eq "$name: Markdown footnote definitions" "$(jq '.footnotes | length' "$tmp/j")" \
            "$(grep -c '^\[^[^]]*\]: ' "$tmp/m.md")"
    fi
done

# --- A/RES/79/10, as printed -------------------------------------------------
f=$C/raw/wannli-mandate-pipeline/text-pdftotext-layout/A_RES_79_10.txt
h=$tmp/r10.html
"$U" parse --to html "$f" >"$h"
expect_eq "79/10: 15 preambular paragraphs" 15 "$(xp "count(//*[@class='pp'])" "$h")"
expect_eq "79/10: 9 operative paragraphs" 9 "$(xp "count(//*[@class='op'])" "$h")"
expect_eq "79/10: first opening in italics" "Having considered" "$(xp "string((//*[@class='pp'])[1]/*[@class='opening'])" "$h")"
expect_eq "79/10: operative number as printed" "9." "$(xp "string((//*[@class='op'])[9]/*[@class='num'])" "$h")"
expect_eq "79/10: title line" "79/10." "$(xp "string(//*[local-name()='h1']/*[@class='num'])" "$h")"
expect_eq "79/10: symbol" "A/RES/79/10" "$(xp "string(//*[@class='symbol'])" "$h")"
expect_eq "79/10: 7 footnotes" 7 "$(xp "count(//*[@class='footnotes']//*[local-name()='li'])" "$h")"
expect_eq "79/10: notes 3 and 4 called in the fifth paragraph" "34" \
    "$(xmllint --xpath "(//*[@class='pp'])[5]//*[local-name()='sup']//text()" "$h" 2>/dev/null | tr -d '\n ')"
expect_eq "79/10: note 3 follows 13 January 2010" "13 January 2010" \
    "$(xp "string((//*[local-name()='sup'][.='3'])[1]/preceding-sibling::*[1])" "$h")"
# every call links to a note and every note back to its call
calls=$(xp "count(//*[local-name()='sup']/*[local-name()='a'])" "$h")
ok_links=$(xp "count(//*[local-name()='sup']/*[local-name()='a'][substring(@href,2)=//*[local-name()='li']/@id])" "$h")
expect_eq "79/10: footnote calls resolve" "$calls" "$ok_links"
back=$(xp "count(//*[@class='back'][substring(@href,2)=//*[local-name()='a']/@id])" "$h")
expect_eq "79/10: footnotes link back" 7 "$back"
expect_eq "79/10: adoption meeting" "39th plenary meeting" "$(xp "string(//*[@class='conclusion']/*[1])" "$h")"
expect_eq "79/10: resolution 59/50 is a link" "https://undocs.org/en/A/RES/59/50" \
    "$(xp "string((//*[@class='pp'])[3]//*[local-name()='a']/@href)" "$h")"

"$U" parse --to md "$f" >"$tmp/r10.md"
expect_eq "79/10 md: title heading" "# 79/10. Cooperation between the United Nations and the Collective Security Treaty Organization" \
    "$(grep '^# ' "$tmp/r10.md")"
expect_eq "79/10 md: operative 9 numbered, opening in italics" 1 "$(grep -c '^9\. \*Decides' "$tmp/r10.md")"
expect_eq "79/10 md: first preambular paragraph" "*Having considered* the report" \
    "$(grep -m1 '^\*Having' "$tmp/r10.md" | cut -c1-30)"

# --- A/79/L.11 (Chinese) ---------------------------------------------------------
h=$tmp/l11.html
"$U" parse --to html "$C/zh/A_79_L.11.txt" >"$h"
expect_eq "L.11: page language" "zh" "$(xp 'string(/*/@lang)' "$h")"
expect_eq "L.11: 15 preambular paragraphs" 15 "$(xp "count(//*[@class='pp'])" "$h")"
expect_eq "L.11: 9 operative paragraphs" 9 "$(xp "count(//*[@class='op'])" "$h")"
expect_eq "L.11: first opening" "审议了" "$(xp "string((//*[@class='pp'])[1]/*[@class='opening'])" "$h")"
expect_eq "L.11: 8 footnotes (with the sponsors' *)" 8 "$(xp "count(//*[@class='footnotes']//*[local-name()='li'])" "$h")"
expect_eq "L.11: sponsors' note called after the sponsors" "*" "$(xp "string(//*[@class='sponsors']//*[local-name()='sup'])" "$h")"
expect_eq "L.11: label" "决议草案" "$(xp "string(//*[@class='sponsors']/*[@class='label'])" "$h")"

# an amendment: its instruction and the paragraph it quotes (L98-105 of the
# -layout text) are in every output, the instrument it names linked
f=$C/raw/wannli-mandate-pipeline/text-pdftotext-layout/A_80_L.19.txt
if [ -f "$f" ]; then
    "$U" parse --to html "$f" >"$tmp/l19.html" 2>/dev/null
    "$U" parse --to md "$f" >"$tmp/l19.md" 2>/dev/null
    "$U" parse --to akn "$f" >"$tmp/l19.xml" 2>/dev/null
    expect_eq "L.19: HTML keeps the amendment's instruction" 1 \
        "$(xp "count(//*[@class='amendment'][starts-with(., 'Delete the thirty-eighth preambular paragraph')])" "$tmp/l19.html")"
    expect_eq "L.19: Markdown keeps the quoted paragraph" 1 "$(grep -c 'bringing to justice those responsible for serious violations' "$tmp/l19.md")"
    expect_eq "L.19: AKN links the Rome Statute in the amendment" "Rome Statute of the International Criminal Court" \
        "$(xp "string(//*[local-name()='mainBody']//*[local-name()='ref'][2])" "$tmp/l19.xml")"
    expect_eq "L.19: its references are in the amendment" "Charter|Rome Statute of the International Criminal Court" \
        "$("$U" refs "$f" | jq -r 'select(.in == "amendment") | .text' | paste -sd'|' -)"
else
    skip "corpus not found: no amendment check"
fi

# --- the page as chromium builds it ---------------------------------------------
B=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$B" ]; then skip "chromium not installed: no browser DOM check"; exit 0; fi
prof=$(mktemp -d)
timeout 60 "$B" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$prof" --dump-dom "file://$tmp/r10.html" >"$tmp/dom.html" 2>/dev/null
rm -rf "$prof"
if [ ! -s "$tmp/dom.html" ]; then skip "chromium gave no DOM (sandbox?)"; exit 0; fi
expect_eq "chromium DOM: 9 operative paragraphs" 9 "$(grep -o 'class="op"' "$tmp/dom.html" | wc -l | tr -d ' ')"
expect_eq "chromium DOM: 7 footnotes" 7 "$(grep -o '<li id="fn-' "$tmp/dom.html" | wc -l | tr -d ' ')"
expect_eq "chromium DOM: the article kept its structure" 1 "$(grep -c '<article lang="en">' "$tmp/dom.html")"
