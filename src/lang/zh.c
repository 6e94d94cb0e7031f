/* zh.c: Chinese forms of UN resolutions.  The same phrase opens preambular
 * and operative paragraphs (注意到 = Noting / Notes), so entries carry both
 * keys.  Equivalents checked against the parallel pair A/79/L.11 (zh) and
 * A/RES/79/10 (en), and the UN Parallel Corpus dev set. */
#include "../internal.h"

static const unres_opening openings[] = {
    {"审议了", "having_considered", NULL},
    {"审查了", "having_examined", NULL},
    {"提及", "referring", NULL},
    {"又提及", "referring_also", NULL},
    {"还提及", "referring_further", NULL},
    {"回顾", "recalling", "recalls"},
    {"又回顾", "recalling_also", "also_recalls"},
    {"还回顾", "recalling_further", "further_recalls"},
    {"重申", "reaffirming", "reaffirms"},
    {"又重申", "reaffirming_also", "also_reaffirms"},
    {"还重申", "reaffirming_further", "further_reaffirms"},
    {"注意到", "noting", "notes"},
    {"又注意到", "noting_also", "also_notes"},
    {"还注意到", "noting_further", "further_notes"},
    {"满意地注意到", "noting_with_satisfaction", "notes_with_satisfaction"},
    {"赞赏地注意到", "noting_with_appreciation", "notes_with_appreciation"},
    {"关切地注意到", "noting_with_concern", "notes_with_concern"},
    {"遗憾地注意到", "noting_with_regret", "notes_with_regret"},
    {"表示注意到", "taking_note", "takes_note"},
    {"又表示注意到", "taking_note_also", "also_takes_note"},
    {"表示赞赏地注意到", "taking_note_with_appreciation", "takes_note_with_appreciation"},
    {"欢迎", "welcoming", "welcomes"},
    {"又欢迎", "welcoming_also", "also_welcomes"},
    {"还欢迎", "welcoming_further", "further_welcomes"},
    {"强调", "stressing", "stresses"},
    {"强调指出", "stressing", "stresses"},
    {"又强调", "stressing_also", "also_stresses"},
    {"铭记", "bearing_in_mind", NULL},
    {"铭记着", "bearing_in_mind", NULL},
    {"又铭记", "bearing_in_mind_also", NULL},
    {"遵循", "guided", NULL},
    {"认为", "considering", "considers"},
    {"又认为", "considering_also", "also_considers"},
    {"确认", "recognizing", "recognizes"},
    {"又确认", "recognizing_also", "also_recognizes"},
    {"认识到", "recognizing", "recognizes"},
    {"又认识到", "recognizing_also", "also_recognizes"},
    {"惋惜", "regretting", NULL},
    {"表示严重关切", "expressing_grave_concern", "expresses_grave_concern"},
    {"表示关切", "expressing_concern", "expresses_concern"},
    {"深为关切", "deeply_concerned", NULL},
    {"关切", "concerned", NULL},
    {"赞扬", "commending", "commends"},
    {"又赞扬", "commending_also", "also_commends"},
    {"考虑到", "taking_into_account", NULL},
    {"深信", "convinced", NULL},
    {"意识到", "conscious", NULL},
    {"决心", "determined", NULL},
    {"申明", "affirming", "affirms"},
    {"鼓励", "encouraging", "encourages"},
    {"又鼓励", "encouraging_also", "also_encourages"},
    {"还鼓励", "encouraging_further", "further_encourages"},
    {"断定", "determining", "determines"},
    {"根据《联合国宪章》第七章采取行动", "acting_under_chapter_vii", NULL},
    /* operative */
    {"决定", NULL, "decides"},
    {"又决定", NULL, "also_decides"},
    {"还决定", NULL, "further_decides"},
    {"请", NULL, "requests"},
    {"又请", NULL, "also_requests"},
    {"还请", NULL, "further_requests"},
    {"吁请", NULL, "calls_upon"},
    {"又吁请", NULL, "also_calls_upon"},
    {"促请", NULL, "urges"},
    {"敦促", NULL, "urges"},
    {"又敦促", NULL, "also_urges"},
    {"邀请", NULL, "invites"},
    {"又邀请", NULL, "also_invites"},
    {"宣布", NULL, "declares"},
    {"要求", NULL, "demands"},
    {"再次要求", NULL, "reiterates_demand"},
    {"核可", NULL, "endorses"},
    {"核准", NULL, "approves"},
    {"授权", NULL, "authorizes"},
    {"建议", NULL, "recommends"},
    {"谴责", NULL, "condemns"},
    {"强烈谴责", NULL, "strongly_condemns"},
    {"支持", NULL, "supports"},
    {"通过", NULL, "adopts"},
    {"表示赞赏", NULL, "expresses_appreciation"},
    {"表示感谢", NULL, "expresses_gratitude"},
};

static const unres_formula formulas[] = {
    {"大会，", "general_assembly"},
    {"大会,", "general_assembly"},
    {"安全理事会，", "security_council"},
    {"经济及社会理事会，", "economic_and_social_council"},
    {"人权理事会，", "human_rights_council"},
};

static const unres_monthword months[] = {
    {"1", 1}, {"2", 2}, {"3", 3}, {"4", 4}, {"5", 5}, {"6", 6},
    {"7", 7}, {"8", 8}, {"9", 9}, {"10", 10}, {"11", 11}, {"12", 12},
};

static const char *const session_words[] = {"届会议", NULL};
static const char *const agenda_words[] = {"议程项目", NULL};
static const unres_doclabel doclabels[] = {
    {"决议草案修正案", "amendment"},
    {"修正案", "amendment"},
    {"决议草案", "draft_resolution"},
    {"决定草案", "draft_decision"},
};
static const char *const adopted_words[] = {"大会决议", "安全理事会决议", NULL};
static const char *const annex_words[] = {"附件", NULL};
static const char *const sponsor_seps[] = {"、", "和", NULL};
static const char *const meeting_words[] = {"次全体会议", "次会议", NULL};
static const char *const ref_words[] = {"决议", "决定", NULL};

const unres_lang_table unres_lang_zh = {
    .lang = UNRES_LANG_ZH,
    .code = "zh",
    .openings = openings,
    .n_openings = sizeof openings / sizeof *openings,
    .opening_tails = NULL,
    .formulas = formulas,
    .n_formulas = sizeof formulas / sizeof *formulas,
    .months = months,
    .n_months = 12,
    .date_order = DATE_YMD_CJK,
    .numwords = NULL,
    .n_numwords = 0,
    .session_words = session_words,
    .agenda_words = agenda_words,
    .doclabels = doclabels,
    .n_doclabels = sizeof doclabels / sizeof *doclabels,
    .adopted_words = adopted_words,
    .annex_words = annex_words,
    .sponsor_seps = sponsor_seps,
    .ref_words = ref_words,
    .meeting_words = meeting_words,
};
