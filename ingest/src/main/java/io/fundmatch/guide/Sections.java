package io.fundmatch.guide;

import java.util.regex.Pattern;

/** What a heading announces: procedure and conditions of a call, an overview, or support for an industry. */
final class Sections {

    /** Conditions, materials, procedure, dates, contacts, principles: facts about the call, not support areas. */
    private static final Pattern PROCEDURAL =
            Pattern.compile("条件|对象|申报主体|申请主体|实施主体|责任主体|申报单位|申请单位|要求|资格|程序|流程|方式|时间|截止|受理|安排|联系|咨询|其他|其它"
                    + "|注意事项|附则|总则|截至|公示|须知|监督|附件|组织实施|保障措施|原则|指导思想|目标|背景|数量|名额|说明|评审|审核|审批|遴选|办理|备案"
                    + "|组织保障|政策兑现|兑现|预算编制|资金拨付|拨付|绩效管理|绩效评价|解释|施行|生效");
    /** Headings that describe the call as a whole. */
    private static final Pattern OVERVIEW = Pattern.compile("内容|简介|概况|概述|总则|总体|适用范围");
    /** Plan sections about an industry or a kind of enterprise. */
    private static final Pattern SUPPORT = Pattern.compile("产业|行业|服务业|制造业|企业|专精特新|市场主体|创新主体|经济|业态|独角兽|隐形冠军");
    /** Who may apply: sections whose text gives the document's applicant types and required qualifications. */
    private static final Pattern ELIGIBILITY = Pattern.compile("条件|对象|主体|单位|资格|范围|申报要求|申请要求|基本要求|资质要求");
    /** When to apply. */
    private static final Pattern TIMING = Pattern.compile("时间|截止|期限|安排|方式");

    private Sections() {}

    /**
     * Application materials (申报材料, 材料报送, 所需资料) — but not an industry named after its materials
     * (新材料, 先进高分子材料), which is a support direction.
     */
    private static final Pattern MATERIALS = Pattern.compile("(申报|申请|提交|报送|所需|需要|需提供|相关|书面|纸质|电子|证明|佐证|项目|其他|其它)(材料|资料)"
            + "|(材料|资料)(要求|报送|提交|清单|目录|格式|装订|份数|准备|审核|受理|及|和|与)|^(材料|资料)$");

    static boolean isProcedural(String title) {
        if (LEADING_SUPPORT_VERB.matcher(title.strip()).find()) return false;
        return (shortHeadingNaming(title, 16, PROCEDURAL) || shortHeadingNaming(title, 16, MATERIALS))
                && !SUPPORT_DIRECTION.matcher(title).find();
    }

    /** A heading that opens with what is offered (支持…, 鼓励…, 培育…) names a measure, whatever words follow. */
    private static final Pattern LEADING_SUPPORT_VERB = Pattern.compile("^(支持|鼓励|培育|扶持|引进|奖励|资助|补贴|设立)");

    /** "支持方向", "资助方式及额度" are about what is supported even though they name a 方式 or 对象. */
    private static final Pattern SUPPORT_DIRECTION = Pattern.compile("方向|领域|重点|类别|专题|项目类|额度|标准|内容");

    /** Headings of a call's support terms (支持政策, 资助标准): an amount for the whole call, not an area. */
    private static final Pattern TERMS = Pattern.compile("政策|标准|额度|金额|方式|奖励|资助|补助|扶持");

    static boolean isTerms(String title) {
        return shortHeadingNaming(title, 10, TERMS);
    }

    static boolean isOverview(String title) {
        return shortHeadingNaming(title, 10, OVERVIEW);
    }

    static boolean isSupportSection(String title) {
        return SUPPORT.matcher(title).find();
    }

    static boolean isEligibility(String title) {
        return shortHeadingNaming(title, 16, ELIGIBILITY);
    }

    static boolean isTiming(String title) {
        return shortHeadingNaming(title, 16, TIMING);
    }

    /** A heading of at most {@code maxChars} (spaces aside) that names one of the words. */
    private static boolean shortHeadingNaming(String title, int maxChars, Pattern words) {
        String t = title.replaceAll("\\s", "");
        return t.length() <= maxChars && words.matcher(t).find();
    }
}
