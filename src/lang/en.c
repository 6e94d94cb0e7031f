/* en.c: English forms of UN resolutions. */
#include "../internal.h"

/* Preambular participles and adjectives, operative verbs.  "Also"/"Further"
 * variants are listed because the key keeps them (recalling_also). */
static const unres_opening openings[] = {
    /* preambular */
    {"Acknowledging", "acknowledging", NULL},
    {"Acknowledging also", "acknowledging_also", NULL},
    {"Acknowledging further", "acknowledging_further", NULL},
    {"Affirming", "affirming", NULL},
    {"Affirming also", "affirming_also", NULL},
    {"Alarmed", "alarmed", NULL},
    {"Appreciating", "appreciating", NULL},
    {"Aware", "aware", NULL},
    {"Aware also", "aware_also", NULL},
    {"Bearing in mind", "bearing_in_mind", NULL},
    {"Bearing in mind also", "bearing_in_mind_also", NULL},
    {"Bearing also in mind", "bearing_in_mind_also", NULL},
    {"Believing", "believing", NULL},
    {"Cognizant", "cognizant", NULL},
    {"Commending", "commending", NULL},
    {"Commending also", "commending_also", NULL},
    {"Concerned", "concerned", NULL},
    {"Concerned also", "concerned_also", NULL},
    {"Condemning", "condemning", NULL},
    {"Confirming", "confirming", NULL},
    {"Conscious", "conscious", NULL},
    {"Considering", "considering", NULL},
    {"Considering also", "considering_also", NULL},
    {"Convinced", "convinced", NULL},
    {"Convinced also", "convinced_also", NULL},
    {"Deeply concerned", "deeply_concerned", NULL},
    {"Deploring", "deploring", NULL},
    {"Desiring", "desiring", NULL},
    {"Determined", "determined", NULL},
    {"Determining", "determining", NULL},
    {"Emphasizing", "emphasizing", NULL},
    {"Emphasizing also", "emphasizing_also", NULL},
    {"Encouraged", "encouraged", NULL},
    {"Encouraging", "encouraging", NULL},
    {"Expressing", "expressing", NULL},
    {"Expressing its appreciation", "expressing_appreciation", NULL},
    {"Expressing appreciation", "expressing_appreciation", NULL},
    {"Expressing concern", "expressing_concern", NULL},
    {"Expressing deep concern", "expressing_deep_concern", NULL},
    {"Expressing grave concern", "expressing_grave_concern", NULL},
    {"Expressing serious concern", "expressing_serious_concern", NULL},
    {"Further recalling", "recalling_further", NULL},
    {"Guided", "guided", NULL},
    {"Having adopted", "having_adopted", NULL},
    {"Having considered", "having_considered", NULL},
    {"Having examined", "having_examined", NULL},
    {"Having heard", "having_heard", NULL},
    {"Having received", "having_received", NULL},
    {"Having reviewed", "having_reviewed", NULL},
    {"Highlighting", "highlighting", NULL},
    {"Keeping in mind", "keeping_in_mind", NULL},
    {"Mindful", "mindful", NULL},
    {"Noting", "noting", NULL},
    {"Noting also", "noting_also", NULL},
    {"Noting further", "noting_further", NULL},
    {"Noting with appreciation", "noting_with_appreciation", NULL},
    {"Noting with concern", "noting_with_concern", NULL},
    {"Noting with deep concern", "noting_with_deep_concern", NULL},
    {"Noting with satisfaction", "noting_with_satisfaction", NULL},
    {"Noting with regret", "noting_with_regret", NULL},
    {"Observing", "observing", NULL},
    {"Reaffirming", "reaffirming", NULL},
    {"Reaffirming also", "reaffirming_also", NULL},
    {"Reaffirming further", "reaffirming_further", NULL},
    {"Realizing", "realizing", NULL},
    {"Recalling", "recalling", NULL},
    {"Recalling also", "recalling_also", NULL},
    {"Recalling further", "recalling_further", NULL},
    {"Recognizing", "recognizing", NULL},
    {"Recognizing also", "recognizing_also", NULL},
    {"Recognizing further", "recognizing_further", NULL},
    {"Referring", "referring", NULL},
    {"Referring also", "referring_also", NULL},
    {"Referring further", "referring_further", NULL},
    {"Regretting", "regretting", NULL},
    {"Reiterating", "reiterating", NULL},
    {"Reiterating also", "reiterating_also", NULL},
    {"Seeking", "seeking", NULL},
    {"Stressing", "stressing", NULL},
    {"Stressing also", "stressing_also", NULL},
    {"Strongly condemning", "strongly_condemning", NULL},
    {"Taking into account", "taking_into_account", NULL},
    {"Taking into consideration", "taking_into_consideration", NULL},
    {"Taking note", "taking_note", NULL},
    {"Taking note also", "taking_note_also", NULL},
    {"Taking note with appreciation", "taking_note_with_appreciation", NULL},
    {"Underlining", "underlining", NULL},
    {"Underscoring", "underscoring", NULL},
    {"Underlining also", "underlining_also", NULL},
    {"Welcoming", "welcoming", NULL},
    {"Welcoming also", "welcoming_also", NULL},
    {"Welcoming further", "welcoming_further", NULL},
    {"Acting under Chapter VII", "acting_under_chapter_vii", NULL},
    {"Wishing", "wishing", NULL},
    {"Seriously concerned", "seriously_concerned", NULL},
    {"Deeply alarmed", "deeply_alarmed", NULL},
    {"Deeply disturbed", "deeply_disturbed", NULL},
    {"Deeply regretting", "deeply_regretting", NULL},
    {"Noting further with concern", "noting_further_with_concern", NULL},
    {"Gravely concerned", "gravely_concerned", NULL},
    {"Deeply convinced", "deeply_convinced", NULL},
    {"Fully aware", "fully_aware", NULL},
    {"Reiterating its", "reiterating", NULL},
    {"Underlining further", "underlining_further", NULL},
    {"Stressing further", "stressing_further", NULL},
    {"Emphasizing further", "emphasizing_further", NULL},
    {"Encouraging also", "encouraging_also", NULL},
    {"Recognizing with appreciation", "recognizing_with_appreciation", NULL},
    {"Welcoming with appreciation", "welcoming_with_appreciation", NULL},
    {"Expressing its deep concern", "expressing_deep_concern", NULL},
    {"Expressing its concern", "expressing_concern", NULL},
    {"Looking forward", "looking_forward", NULL},
    {"Committed", "committed", NULL},
    {"Resolved", "resolved", NULL},
    {"Taking note further", "taking_note_further", NULL},
    /* operative */
    {"Acknowledges", NULL, "acknowledges"},
    {"Further calls upon", NULL, "further_calls_upon"},
    {"Insists", NULL, "insists"},
    {"Proposes", NULL, "proposes"},
    {"Once again urges", NULL, "once_again_urges"},
    {"Looks forward", NULL, "looks_forward"},
    {"Also looks forward", NULL, "also_looks_forward"},
    {"Takes note with concern", NULL, "takes_note_with_concern"},
    {"Condemns in the strongest terms", NULL, "condemns_in_strongest_terms"},
    {"Emphasizes also", NULL, "also_emphasizes"},
    {"Expresses grave concern", NULL, "expresses_grave_concern"},
    {"Expresses its satisfaction", NULL, "expresses_satisfaction"},
    {"Expresses satisfaction", NULL, "expresses_satisfaction"},
    {"Expresses support", NULL, "expresses_support"},
    {"Expresses its deep concern", NULL, "expresses_deep_concern"},
    {"Also notes", NULL, "also_notes"},
    {"Also takes note", NULL, "also_takes_note"},
    {"Also reaffirms", NULL, "also_reaffirms"},
    {"Also recalls", NULL, "also_recalls"},
    {"Also recognizes", NULL, "also_recognizes"},
    {"Also commends", NULL, "also_commends"},
    {"Also emphasizes", NULL, "also_emphasizes"},
    {"Also expresses", NULL, "also_expresses"},
    {"Also underlines", NULL, "also_underlines"},
    {"Further recognizes", NULL, "further_recognizes"},
    {"Further stresses", NULL, "further_stresses"},
    {"Further welcomes", NULL, "further_welcomes"},
    {"Determines", NULL, "determines"},
    {"Regrets", NULL, "regrets"},
    {"Notes with deep concern", NULL, "notes_with_deep_concern"},
    {"Reiterates its call", NULL, "reiterates_call"},
    {"Reiterates its request", NULL, "reiterates_request"},
    {"Reiterates its demand", NULL, "reiterates_demand"},
    {"Takes note with satisfaction", NULL, "takes_note_with_satisfaction"},
    {"Decides also", NULL, "also_decides"},
    {"Requests also", NULL, "also_requests"},
    {"Adopts", NULL, "adopts"},
    {"Affirms", NULL, "affirms"},
    {"Also calls upon", NULL, "also_calls_upon"},
    {"Also decides", NULL, "also_decides"},
    {"Also encourages", NULL, "also_encourages"},
    {"Also invites", NULL, "also_invites"},
    {"Also requests", NULL, "also_requests"},
    {"Also stresses", NULL, "also_stresses"},
    {"Also urges", NULL, "also_urges"},
    {"Also welcomes", NULL, "also_welcomes"},
    {"Appeals", NULL, "appeals"},
    {"Approves", NULL, "approves"},
    {"Authorizes", NULL, "authorizes"},
    {"Calls for", NULL, "calls_for"},
    {"Calls also for", NULL, "also_calls_for"},
    {"Calls also upon", NULL, "also_calls_upon"},
    {"Also calls for", NULL, "also_calls_for"},
    {"Calls upon", NULL, "calls_upon"},
    {"Calls on", NULL, "calls_upon"},
    {"Also calls on", NULL, "also_calls_upon"},
    {"Commends", NULL, "commends"},
    {"Condemns", NULL, "condemns"},
    {"Confirms", NULL, "confirms"},
    {"Considers", NULL, "considers"},
    {"Declares", NULL, "declares"},
    {"Decides", NULL, "decides"},
    {"Decide", NULL, "decides"},
    {"Demands", NULL, "demands"},
    {"Deplores", NULL, "deplores"},
    {"Designates", NULL, "designates"},
    {"Directs", NULL, "directs"},
    {"Emphasizes", NULL, "emphasizes"},
    {"Encourages", NULL, "encourages"},
    {"Endorses", NULL, "endorses"},
    {"Expresses", NULL, "expresses"},
    {"Expresses its appreciation", NULL, "expresses_appreciation"},
    {"Expresses appreciation", NULL, "expresses_appreciation"},
    {"Expresses its concern", NULL, "expresses_concern"},
    {"Expresses concern", NULL, "expresses_concern"},
    {"Expresses deep concern", NULL, "expresses_deep_concern"},
    {"Expresses its gratitude", NULL, "expresses_gratitude"},
    {"Expresses its support", NULL, "expresses_support"},
    {"Further decides", NULL, "further_decides"},
    {"Further encourages", NULL, "further_encourages"},
    {"Further invites", NULL, "further_invites"},
    {"Further requests", NULL, "further_requests"},
    {"Further urges", NULL, "further_urges"},
    {"Highlights", NULL, "highlights"},
    {"Invites", NULL, "invites"},
    {"Notes", NULL, "notes"},
    {"Notes also", NULL, "also_notes"},
    {"Notes with appreciation", NULL, "notes_with_appreciation"},
    {"Notes with concern", NULL, "notes_with_concern"},
    {"Notes with satisfaction", NULL, "notes_with_satisfaction"},
    {"Proclaims", NULL, "proclaims"},
    {"Reaffirms", NULL, "reaffirms"},
    {"Recalls", NULL, "recalls"},
    {"Recognizes", NULL, "recognizes"},
    {"Recommends", NULL, "recommends"},
    {"Reiterates", NULL, "reiterates"},
    {"Renews", NULL, "renews"},
    {"Requests", NULL, "requests"},
    {"Request", NULL, "requests"},
    {"Also request", NULL, "also_requests"},
    {"Resolves", NULL, "resolves"},
    {"Stresses", NULL, "stresses"},
    {"Strongly condemns", NULL, "strongly_condemns"},
    {"Strongly encourages", NULL, "strongly_encourages"},
    {"Strongly urges", NULL, "strongly_urges"},
    {"Supports", NULL, "supports"},
    {"Takes note", NULL, "takes_note"},
    {"Takes note also", NULL, "also_takes_note"},
    {"Takes note with appreciation", NULL, "takes_note_with_appreciation"},
    {"Takes note with interest", NULL, "takes_note_with_interest"},
    {"Underlines", NULL, "underlines"},
    {"Underscores", NULL, "underscores"},
    {"Urges", NULL, "urges"},
    {"Welcomes", NULL, "welcomes"},
    {"Welcomes also", NULL, "also_welcomes"},
};

static const char *const tails[] = {"to", "of", "by", NULL};
static const char *const tails_op[] = {"of", NULL};

static const unres_formula formulas[] = {
    {"The General Assembly,", "general_assembly"},
    {"The General Assembly", "general_assembly"},
    {"The Security Council,", "security_council"},
    {"The Security Council", "security_council"},
    {"The Economic and Social Council,", "economic_and_social_council"},
    {"The Human Rights Council,", "human_rights_council"},
};

static const unres_monthword months[] = {
    {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},
    {"may", 5},     {"june", 6},     {"july", 7},      {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
};

/* Cardinal tens and ordinal units/tens: "seventy-ninth" = 70 + 9. */
static const unres_numword numwords[] = {
    {"first", 1},   {"second", 2},  {"third", 3},     {"fourth", 4},    {"fifth", 5},
    {"sixth", 6},   {"seventh", 7}, {"eighth", 8},    {"ninth", 9},     {"tenth", 10},
    {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14},
    {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
    {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}, {"fortieth", 40},
    {"fiftieth", 50}, {"sixtieth", 60}, {"seventieth", 70}, {"eightieth", 80},
    {"ninetieth", 90}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80},   {"ninety", 90},
};

static const char *const session_words[] = {"session", NULL};
static const char *const agenda_words[] = {"agenda items", "agenda item", NULL};
static const unres_doclabel doclabels[] = {
    {"draft resolutions", "draft_resolution"},
    {"draft resolution", "draft_resolution"},
    {"revised draft resolution", "draft_resolution"},
    {"draft decision", "draft_decision"},
    {"amendments to draft resolution", "amendment"},
    {"amendment to draft resolution", "amendment"},
    {"amendments", "amendment"},
    {"amendment", "amendment"},
};
static const char *const adopted_words[] = {"resolution adopted by", "decision adopted by",
                                            "adopted by the security council", NULL};
static const char *const annex_words[] = {"annex", NULL};
static const char *const sponsor_seps[] = {", ", " and ", NULL};
static const char *const meeting_words[] = {"plenary meeting", "meeting", NULL};
static const char *const ref_words[] = {"resolution", "resolutions", "decision", "decisions", NULL};
static const unres_refcue ref_cues[] = {
    {"resolution", "resolution"}, {"resolutions", "resolution"}, {"decision", "decision"},
    {"decisions", "decision"}, {"presidential statement", "presidential_statement"},
    {"presidential statements", "presidential_statement"}, {NULL, NULL}};
static const char *const ref_date_links[] = {"of", "adopted on", "dated", "signed on", NULL};
static const char *const ref_letter_joins[] = {"and", NULL};
/* heads of instrument names, case as written; a lower-case head runs to the
 * end of its clause */
static const char *const instrument_words[] = {
    "Charter", "Declaration", "Strategy", "Convention", "Covenant", "Agenda", "Programme of Action",
    "Plan of Implementation",
    "Plan of Action", "Platform for Action", "Pact", "Compact", "Treaty", "Protocol", "Statute",
    "Consensus", "Framework", "Agreement", "memorandum of understanding", "Memorandum of Understanding", "Principles", "Rules", "Guidelines",
    "Regulations", "Agenda 21", "Recommendation", "Commitment", "Pathway", "Memorandum",
    /* plurals that name one set of instruments: "Geneva Conventions", "Minsk Agreements" */
    "Conventions", "Agreements", "Frameworks", "Strategies", NULL};
/* a head that names an instrument alone: the United Nations' Charter, Agenda 21 */
static const char *const lone_heads[] = {"Charter", "Agenda 21", NULL};
/* the title in quotation marks of a report, which names no instrument */
static const char *const report_words[] = {"report", "reports", NULL};
static const char *const title_words[] = {"entitled", "titled", NULL};
/* no name goes on with an article right after its head */
static const char *const name_articles[] = {"the", "a", "an", NULL};
static const char *const name_and_links[] = {"on", NULL};
static const char *const name_or_links[] = {"or", NULL};
static const char *const self_words[] = {"present", NULL};
/* the Friendly Relations Declaration, the Shanghai Cooperation Organization's
 * treaty, the IAEA's safeguards agreements, the Palermo protocols */
static const char *const name_phrases[] = {"among States in accordance with the", "among the States members of the",
                                           "for the application of safeguards in connection with the",
                                           ", supplementing the", NULL};
static const char *const name_to_links[] = {"to", NULL};
static const char *const attached_heads[] = {"Protocol", "Regulations", "Rules", NULL};
static const char *const attached_phrases[] = {"annexed to the", "amending the", "of amendment to the",
                                               "of amendment of the text of the", NULL};
static const char *const name_comma_links[] = {"including", NULL};
static const char *const title_case_words[] = {"Other", "All", "Their", "Its", "Certain", NULL};
static const char *const name_author_links[] = {"of the", NULL};
static const char *const name_whose_links[] = {"of", NULL};
static const char *const name_authors[] = {"Organization", "Committee", "Agency", NULL};
/* a memorandum names its parties, in lower case too, to the clause's end;
 * the name ends before what tells of it ("… signed on", "… in June 2011") */
static const char *const clause_heads[] = {"Memorandum of Understanding", NULL};
static const char *const clause_stops[] = {"signed", "aimed", "which", "that", "to", "with a view", "as", "was",
                                           "were", "is", "has", "had", NULL};
static const char *const clause_date_stops[] = {"in", "on", "of", NULL};
static const char *const instrument_links[] = {"of", "the", "on", "and", "for", "to", "in", "between",
                                               "towards", "an", "a", "against", "or", "with", "relative to",
                                               "relating to", "regarding", "concerning", NULL};
/* "Single Convention on Narcotic Drugs of 1961" */
static const char *const name_year_links[] = {"of", NULL};
/* read backwards from a head between capitalized words: "Cessation of Hostilities Agreement",
 * "Trafficking in Persons Protocol" */
static const char *const name_back_links[] = {"of", "in", NULL};
/* "between the United Nations and the World Trade Organization": one name */
static const char *const instrument_pairs[] = {"between", NULL};
static const char *const clause_joins[] = {"; and ", ", and ", "; ", ", ", " and ", ". ", NULL};
/* a declaration a resolution adopts speaks in the first person: "… . We decide to:" */
static const char *const clause_subjects[] = {"We", NULL};
/* between a join and the verb of the next clause: "and in this regard requests" */
static const char *const clause_links[] = {
    "in this regard", "in that regard", "in this respect", "in that respect", "in this connection",
    "in that connection", "in this context", "in that context", "to that end", "to this end",
    "for that purpose", "for this purpose", "therefore", "accordingly", "thus", "in particular",
    "furthermore", "moreover", NULL};
/* who is asked: canonical English; the longest phrase that matches wins */
static const unres_canon addressees[] = {
    {"the Secretary-General of the United Nations", "Secretary-General"},
    {"the Secretary-General", "Secretary-General"},
    {"Secretary-General", "Secretary-General"},
    {"the President of the General Assembly", "President of the General Assembly"},
    {"Heads of State and Government", "Heads of State and Government"},
    {"Member States", "Member States"},
    {"States Members of the United Nations", "Member States"},
    {"States parties", "States parties"},
    {"States", "States"},
    {"the Secretariat", "Secretariat"},
    {"the United Nations Secretariat", "Secretariat"},
    {"the United Nations system", "United Nations system"},
    {"the United Nations", "United Nations"},
    {"the specialized agencies", "specialized agencies"},
    {"the United Nations specialized agencies", "specialized agencies"},
    {"the specialized United Nations agencies", "specialized agencies"},
    {"the international community", "international community"},
    {"the private sector", "private sector"},
    {"civil society", "civil society"},
    {"all concerned", "all concerned"},
    {"the Security Council", "Security Council"},
    {"the Economic and Social Council", "Economic and Social Council"},
    {"the Human Rights Council", "Human Rights Council"},
    {"the General Assembly", "General Assembly"},
    {NULL, NULL}};
/* what is asked, first match in this order: a report asked for, not one
 * cited ("the report of"); a meeting convened, not one named */
static const unres_canon actions[] = {
    {"provisional agenda", "agenda_inclusion"},
    {"include in the agenda", "agenda_inclusion"},
    {"a report", "report"},
    {"a further report", "report"},
    {"a progress report", "report"},
    {"a comprehensive report", "report"},
    {"an annual report", "report"},
    {"to report", "report"},
    {"and report ", "report"},
    {"report back", "report"},
    {"to inform the ", "report"},
    {"to brief the ", "report"},
    {"for consideration by the", "report"},
    {"to convene", "meeting"},
    {"to hold a ", "meeting"},
    {"to hold an ", "meeting"},
    {"to meet,", "meeting"},
    {NULL, NULL}};
/* A number after these words is a number, not a footnote call. */
static const char *const number_before[] = {"resolution", "resolutions", "paragraph", "paragraphs", "para.",
                                            "paras.", "article", "articles", "chapter", "no.", "nos.", "item",
                                            "items", "section", "annex", "rule", "rules", "page", "pages",
                                            "supplement", "part", "decision", "goal", "goals", "target",
                                            "principle", "principles", "vol.", "volume", "and", "to", "or",
                                            "of", "at", "on", "in", "by", "chap.", "sect.", "para", "art.",
                                            NULL};

static const char *const number_plurals[] = {"resolutions", "paragraphs", "articles", "items", "rules",
                                             "pages", "goals", "principles", NULL};

/* where an addressee's name ends: "to" before its verb; "that" */
static const char *const addressee_ends[] = {"to", NULL};
static const char *const that_words[] = {"that", NULL};
/* after these words no addressee is named ("Encourages efforts aimed at",
 * "Invites increased cooperation in"), and no verb follows "to" */
static const char *const addressee_stops[] = {"in", "for", "with", "at", "by", "on", "from", "among", "between",
                                              "through", "within", "towards", "under", "into", "aimed", "a", "an",
                                              "its", "their", "his", "her", "this", "any", "each",
                                              /* what is done, not who does it: "Urges renewed efforts to" */
                                              "efforts", "measures", "steps", "action", "actions", "initiatives",
                                              "cooperation", "support", "assistance", "participation", "dialogue",
                                              "investment", NULL};
/* words before an addressee left out of it (after "to", no verb); an
 * article or possessive that is also a stop names nobody */
static const char *const determiners[] = {"all the ", "all ", "the ", "both ", "those ", "these ", "other ",
                                          "such ", "to ", "upon ", "once more ", "once again ", "again ",
                                          "also ", "further ", "a ", "an ", "its ", "their ", "this ", "his ",
                                          "her ", "any ", "each ", NULL};
/* lower-case words inside a body's name, before a capitalized one */
static const char *const name_links[] = {"of", "for", "on", "in", "and", "the", "against",
                                         "established by resolution", "established pursuant to resolution",
                                         "established under resolution", NULL};
/* a body named before */
static const char *const addressee_pronouns[] = {"them", "it", "him", "her", "both organizations",
                                                 "the two organizations", NULL};
/* the Secretariat's own departments and offices go by their names */
static const char *const addressee_qualifiers[] = {" of the United Nations Secretariat", " of the Secretariat",
                                                   NULL};

/* Names that hold the list's last separator, so it does not split them. */
static const char *const sponsor_compounds[] = {"Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland", NULL};

/* "3419 A to D (XXX)": letters of several resolutions under one number. */
static const char *const range_words[] = {"to", NULL};

/* "Page 2": a page number in older typescripts. */
static const char *const page_words[] = {"Page", NULL};

/* bodies whose name next to a cited number gives its symbol: "Human Rights
 * Council resolution 16/18", "resolution 16/18 … adopted by the Human Rights
 * Council", "World Health Assembly resolution 71.3" (WHA71.3) */
static const unres_refbody ref_bodies[] = {
    {"Human Rights Council", "A/HRC/RES/", BODY_BEFORE},
    {"of the Human Rights Council", "A/HRC/RES/", BODY_AFTER},
    {"adopted by the Human Rights Council", "A/HRC/RES/", BODY_LATER},
    {"Economic and Social Council", "E/RES/", BODY_BEFORE},
    {"of the Economic and Social Council", "E/RES/", BODY_AFTER},
    {"adopted by the Economic and Social Council", "E/RES/", BODY_LATER},
    {"General Assembly", "A/RES/", BODY_BEFORE},
    {"of the General Assembly", "A/RES/", BODY_AFTER},
    {"adopted by the General Assembly", "A/RES/", BODY_LATER},
    {"World Health Assembly", "WHA", BODY_BEFORE},
    {"of the World Health Assembly", "WHA", BODY_AFTER},
    {"adopted by the World Health Assembly", "WHA", BODY_LATER},
    {"Commission on Human Rights", "E/CN.4/RES/", BODY_BEFORE},
    {"of the Commission on Human Rights", "E/CN.4/RES/", BODY_AFTER},
    /* regional and functional commissions: their own series, no symbol in the UN's system */
    {"Economic Commission for Latin America and the Caribbean", "", BODY_BEFORE},
    {"of the Economic Commission for Latin America and the Caribbean", "", BODY_AFTER},
    {"Economic and Social Commission for Asia and the Pacific", "", BODY_BEFORE},
    {"of the Economic and Social Commission for Asia and the Pacific", "", BODY_AFTER},
    {"Economic and Social Commission for Western Asia", "", BODY_BEFORE},
    {"of the Economic and Social Commission for Western Asia", "", BODY_AFTER},
    {"Economic Commission for Africa", "", BODY_BEFORE},
    {"of the Economic Commission for Africa", "", BODY_AFTER},
    {"Economic Commission for Europe", "", BODY_BEFORE},
    {"of the Economic Commission for Europe", "", BODY_AFTER},
    {"Commission on the Status of Women", "", BODY_BEFORE},
    {"of the Commission on the Status of Women", "", BODY_AFTER},
    {"Commission on Narcotic Drugs", "", BODY_BEFORE},
    {"of the Commission on Narcotic Drugs", "", BODY_AFTER},
    {"Commission on Crime Prevention and Criminal Justice", "", BODY_BEFORE},
    {"of the Commission on Crime Prevention and Criminal Justice", "", BODY_AFTER},
    {NULL, NULL, 0}};

/* between the halves of a shortened date range: "from 1 to 5 March 2010" */
static const char *const date_range_words[] = {"to", NULL};

const unres_lang_table unres_lang_en = {
    .lang = UNRES_LANG_EN,
    .code = "en",
    .page_words = page_words,
    .range_words = range_words,
    .sponsor_compounds = sponsor_compounds,
    .openings = openings,
    .n_openings = sizeof openings / sizeof *openings,
    .opening_tails = tails,
    .opening_tails_op = tails_op,
    .formulas = formulas,
    .n_formulas = sizeof formulas / sizeof *formulas,
    .months = months,
    .n_months = 12,
    .date_order = DATE_DMY,
    .numwords = numwords,
    .n_numwords = sizeof numwords / sizeof *numwords,
    .session_words = session_words,
    .agenda_words = agenda_words,
    .doclabels = doclabels,
    .n_doclabels = sizeof doclabels / sizeof *doclabels,
    .adopted_words = adopted_words,
    .annex_words = annex_words,
    .sponsor_seps = sponsor_seps,
    .ref_words = ref_words,
    .meeting_words = meeting_words,
    .ref_cues = ref_cues,
    .ref_date_links = ref_date_links,
    .ref_letter_joins = ref_letter_joins,
    .ref_bodies = ref_bodies,
    .date_range_words = date_range_words,
    .instrument_words = instrument_words,
    .instrument_links = instrument_links,
    .clause_heads = clause_heads,
    .clause_stops = clause_stops,
    .clause_date_stops = clause_date_stops,
    .name_articles = name_articles,
    .name_and_links = name_and_links,
    .name_or_links = name_or_links,
    .self_words = self_words,
    .name_phrases = name_phrases,
    .name_to_links = name_to_links,
    .attached_heads = attached_heads,
    .attached_phrases = attached_phrases,
    .name_comma_links = name_comma_links,
    .title_case_words = title_case_words,
    .name_author_links = name_author_links,
    .name_whose_links = name_whose_links,
    .name_authors = name_authors,
    .lone_heads = lone_heads,
    .report_words = report_words,
    .title_words = title_words,
    .instrument_pairs = instrument_pairs,
    .name_back_links = name_back_links,
    .name_year_links = name_year_links,
    .clause_joins = clause_joins,
    .addressees = addressees,
    .actions = actions,
    .addressee_ends = addressee_ends,
    .addressee_stops = addressee_stops,
    .determiners = determiners,
    .number_before = number_before,
    .number_plurals = number_plurals,
    .clause_links = clause_links,
    .clause_subjects = clause_subjects,
    .that_words = that_words,
    .name_links = name_links,
    .addressee_pronouns = addressee_pronouns,
    .addressee_qualifiers = addressee_qualifiers,
    .names_capitalized = true,
    .instrument_head_last = true,
};
