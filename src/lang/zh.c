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
    {"肯定", "acknowledging", "acknowledges"},
    {"着重指出", "underlining", "underlines"},
    {"又着重指出", "underlining_also", "also_underlines"},
    {"特别指出", "underscoring", "underscores"},
    {"重点指出", "highlighting", "highlights"},
    {"又促请", NULL, "also_calls_upon"},
    {"还敦促", NULL, "further_urges"},
    {"还认识到", "recognizing_further", "further_recognizes"},
    {"痛惜", "deploring", "deplores"},
    {"认定", "determining", "determines"},
    {"指出", "noting", "notes"},
    {"赞同", NULL, "endorses"},
    {"表示满意", NULL, "expresses_satisfaction"},
    {"表示支持", NULL, "expresses_support"},
    {"严重关切", "expressing_grave_concern", "expresses_grave_concern"},
    {"表示深为关切", "expressing_deep_concern", "expresses_deep_concern"},
    {"大力鼓励", NULL, "strongly_encourages"},
    {"强烈敦促", NULL, "strongly_urges"},
    {"再次呼吁", "reiterating", "reiterates_call"},
    {"最强烈地谴责", "strongly_condemning", "strongly_condemns"},
    {"希望", "wishing", NULL},
    /* operative */
    {"决定", NULL, "decides"},
    {"又决定", NULL, "also_decides"},
    {"还决定", NULL, "further_decides"},
    {"请", NULL, "requests"},
    {"又请", NULL, "also_requests"},
    {"还请", NULL, "further_requests"},
    {"吁请", NULL, "calls_upon"},
    {"又吁请", NULL, "also_calls_upon"},
    {"促请", NULL, "calls_upon"},
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
    {"谴责", "condemning", "condemns"},
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
/* after 第…号: the kind of the numbers before it */
static const unres_refcue ref_cues[] = {
    {"决议", "resolution"}, {"决定", "decision"}, {"主席声明", "presidential_statement"}, {NULL, NULL}};
static const char *const ref_letter_joins[] = {"和", "及", "以及", NULL};
/* the last words of instrument names in 《》 (publications end otherwise) */
static const char *const instrument_words[] = {"宪章", "宣言", "战略", "公约", "条约", "议定书", "备忘录",
                                               "行动计划", "行动纲领", "议程", "协定", "规约", "契约",
                                               "盟约", "框架", "共识", "原则", "联合声明", "成果文件", "执行计划",
                                               NULL};
/* who issued a document, between its date and its number */
static const char *const ref_issuers[] = {"秘书处", "秘书长", NULL};
static const char *const clause_joins[] = {"，并", "；并", "并", "；", NULL};
/* between a join and the verb of the next clause: "并为此请" */
static const char *const clause_links[] = {"为此", "在这方面", "在此方面", "在这一方面", "因此", NULL};
/* the longest phrase that matches wins; "联合国" alone only before a second
 * body ("联合国和集体安全条约组织"), not as the start of a longer name */
static const unres_canon addressees[] = {
    {"联合国秘书长", "Secretary-General"},
    {"秘书长", "Secretary-General"},
    {"大会主席", "President of the General Assembly"},
    {"各会员国", "Member States"},
    {"会员国", "Member States"},
    {"所有国家", "States"},
    {"各国", "States"},
    {"缔约国", "States parties"},
    {"各缔约国", "States parties"},
    {"秘书处", "Secretariat"},
    {"联合国秘书处", "Secretariat"},
    {"联合国系统", "United Nations system"},
    {"联合国和", "United Nations"},
    {"联合国与", "United Nations"},
    {"联合国同", "United Nations"},
    {"联合国和平建设委员会", "Peacebuilding Commission"},
    {"专门机构", "specialized agencies"},
    {"各专门机构", "specialized agencies"},
    {"联合国各专门机构", "specialized agencies"},
    {"联合国系统各专门机构", "specialized agencies"},
    {"国际社会", "international community"},
    {"安全理事会", "Security Council"},
    {"经济及社会理事会", "Economic and Social Council"},
    {"人权理事会", "Human Rights Council"},
    {"集体安全条约组织", "Collective Security Treaty Organization"},
    {NULL, NULL}};
/* a meeting convened or held ("召开", "举行一次…会议"), not one named */
static const unres_canon actions[] = {
    {"临时议程", "agenda_inclusion"},
    {"列入", "agenda_inclusion"},
    {"报告", "report"},
    {"召开", "meeting"},
    {"举行会议", "meeting"},
    {"举行一次", "meeting"},
    {"举行高级别会议", "meeting"},
    {"举行全体会议", "meeting"},
    {"举行特别会议", "meeting"},
    {NULL, NULL}};
/* a body named before: "双方" (both parties), "两个组织" (the two organizations) */
static const char *const addressee_pronouns[] = {"双方", "两个组织", "两组织", "它们", NULL};

/* Names that hold the list's last separator, so it does not split them. */
static const char *const sponsor_compounds[] = {"安提瓜和巴布达", "波斯尼亚和黑塞哥维那", "圣基茨和尼维斯", "圣文森特和格林纳丁斯", "圣多美和普林西比", "特立尼达和多巴哥", NULL};

/* Counters after a number (2010 年, 第 59/50 号, 5 届): it is no footnote call. */
static const char *const number_after[] = {"年", "月", "日", "号", "届", "次", "个", "条", "款", "段", "项",
                                           "名", "人", "万", "亿", "分", NULL};

/* bodies whose name before a cited number (and its date) gives its symbol:
 * "经济及社会理事会第1894 (LVII)号决议" */
static const unres_refbody ref_bodies[] = {
    {"人权理事会", "A/HRC/RES/", BODY_BEFORE},
    {"经济及社会理事会", "E/RES/", BODY_BEFORE},
    {"经社理事会", "E/RES/", BODY_BEFORE},
    {"大会", "A/RES/", BODY_BEFORE},
    {"世界卫生大会", "WHA", BODY_BEFORE},
    {"人权委员会", "E/CN.4/RES/", BODY_BEFORE},
    {"安全理事会", "S/RES/", BODY_BEFORE},
    {"安理会", "S/RES/", BODY_BEFORE},
    /* regional and functional commissions: their own series, no symbol in the UN's system */
    {"拉丁美洲和加勒比经济委员会", "", BODY_BEFORE},
    {"亚洲及太平洋经济社会委员会", "", BODY_BEFORE},
    {"西亚经济社会委员会", "", BODY_BEFORE},
    {"非洲经济委员会", "", BODY_BEFORE},
    {"欧洲经济委员会", "", BODY_BEFORE},
    {"妇女地位委员会", "", BODY_BEFORE},
    {"麻醉药品委员会", "", BODY_BEFORE},
    {"预防犯罪和刑事司法委员会", "", BODY_BEFORE},
    {NULL, NULL, 0}};

/* 2015年9月25日大会题为“…”的第70/1号决议, 1996年7月25日关于…的第1996/31号决议 */
/* between the halves of a date range: "2009年8月1日至2010年7月31日", "2010年3月1日至5日" */
static const char *const date_range_words[] = {"至", NULL};

static const char *const ref_descriptions[] = {"题为“", "题为《", "关于", "载有", NULL};
/* 2015年9月25日通过的第70/1号决议, 1947年11月29日通过第181(II)号决议 */
static const char *const ref_adopted[] = {"通过的", "通过", "作出的", NULL};

const unres_lang_table unres_lang_zh = {
    .lang = UNRES_LANG_ZH,
    .code = "zh",
    .number_after = number_after,
    .sponsor_compounds = sponsor_compounds,
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
    .ref_cues = ref_cues,
    .ref_letter_joins = ref_letter_joins,
    .ref_bodies = ref_bodies,
    .date_range_words = date_range_words,
    .ref_adopted = ref_adopted,
    .ref_issuers = ref_issuers,
    .ref_descriptions = ref_descriptions,
    .ref_description_end = "的",
    .instrument_words = instrument_words,
    .clause_joins = clause_joins,
    .addressees = addressees,
    .actions = actions,
    .clause_links = clause_links,
    .addressee_pronouns = addressee_pronouns,
};
