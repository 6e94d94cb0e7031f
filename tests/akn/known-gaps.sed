# Differences between the parser's text and the printed document that are
# gaps of text extraction or joining, not of the AKN renderer.  Applied to the
# renderer's canonical output before comparing with the hand-written files;
# a line that no longer matches does nothing, so fixed gaps need no edit here.
#
# A/RES/79/10 para 2: "human-made" is broken after the hyphen at a line end
# and pdftotext -layout gives "human -\nmade"; the join keeps the space.
s/natural and human -made disasters/natural and human-made disasters/
