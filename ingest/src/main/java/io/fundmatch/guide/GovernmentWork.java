package io.fundmatch.guide;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a section of a plan or policy is the government's own work with no applicant in view — leadership,
 * implementation, evaluation, administrative reform, rule of law, public order, the plan's own context — and
 * whether a section's own text backs applicants: what the issuer will support, build, cultivate, attract, fund
 * or pilot for enterprises, institutions, talents, platforms or projects.
 */
final class GovernmentWork {

    /** Headings of the government's own work; the match is the reason given. */
    private static final Pattern OWN_WORK =
            Pattern.compile("保障措施|组织实施|实施保障|组织保障|组织领导|党的领导|党的全面领导|统筹协调|工作机制|组织协调|规划衔接|衔接落实"
                    + "|评估|考核|监督|宣传|氛围|公众参与|社会参与|央地协同"
                    + "|体制改革|管理改革|管理职能|放管服|简政放权|市属区管|管委会统筹|债务|财政管理"
                    + "|法治|纠纷|社会治理|基层治理|意识形态|精神文明|政治|社会稳定|应急管理|安全监管|安全屏障|服务保障能力|功能保障"
                    + "|数字政务|形势|发展基础|总体要求|指导思想|基本原则|发展目标|远景目标|国土空间|减量发展|城市更新|老旧小区"
                    + "|扶贫|对口支援|治理|战略机遇|历史性跨越|回顾|面临形势");

    /** What the issuer offers applicants (also: building a platform, centre or carrier for them). */
    private static final Pattern SUPPORT =
            Pattern.compile("支持|鼓励|培育|引进|吸引|引导|扶持|资助|奖励|补贴|补助|给予|基金|孵化|招引|试点|先行先试|示范|集聚|落户|认定"
                    + "|(?:建设|打造|搭建|布局)[^。，,；]{0,12}(?:平台|中心|载体|基地|园区|集聚区)");
    /** Implementation and context chapters: everything under them is the government's own work or the plan's setting. */
    private static final Pattern IMPLEMENTATION =
            Pattern.compile("保障措施|组织实施|实施保障|组织保障|组织领导|党的领导|评估" + "|形势|发展基础|总体要求|指导思想|基本原则|发展目标|远景目标|回顾|历史性跨越|战略机遇");
    /** Who or what is backed. */
    private static final Pattern APPLICANT =
            Pattern.compile("企业|机构|高校|院所|人才|团队|创业|平台|项目|主体|独角兽|专精特新|产业|服务业|制造|场景|载体|基地|园区");
    /** Technology and industry fields: a section naming several is a direction an enterprise of the field looks for. */
    private static final Pattern FIELD =
            Pattern.compile("人工智能|大数据|区块链|云计算|物联网|5G|集成电路|芯片|生物医药|医疗器械|创新药|新材料|新能源|智能制造|机器人"
                    + "|航空航天|空天|卫星|北斗|量子|网络安全|软件|信息技术|数字经济|工业互联网|金融科技|新基建|数据中心|算力"
                    + "|超高清|虚拟现实|基因|脑科学|氢能|储能|智能网联|自动驾驶|数字化|智能化|网络化|科技成果|研发|新业态|新技术|新产品");

    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:万|亿)?元");

    private GovernmentWork() {}

    /** The words by which a heading (or one above it) is the government's own work, or null. */
    static String ownWork(List<String> headings) {
        for (String h : headings) {
            String t = h.replaceAll("\\s", "");
            if (t.length() > 24) t = t.substring(0, 24);
            Matcher m = OWN_WORK.matcher(t);
            if (m.find()) return m.group();
        }
        return null;
    }

    /** Whether a heading opens an implementation or context chapter (保障措施, 发展基础 …), none of it an area. */
    static boolean implementation(String heading) {
        return IMPLEMENTATION.matcher(heading.replaceAll("\\s", "")).find();
    }

    /** Whether a section's own text backs applicants (support offered to someone, or an amount granted). */
    static boolean backsApplicants(String text) {
        if (AMOUNT.matcher(text).find() && count(SUPPORT, text) >= 1) return true;
        // a short measure names its beneficiary once; a long section several times
        int applicants = Math.max(1, Math.min(3, text.length() / 80));
        int support = text.length() < 60 ? 1 : 2;
        return count(SUPPORT, text) >= support && count(APPLICANT, text) >= applicants || count(FIELD, text) >= 3;
    }

    /** Whether one clause offers support to an applicant (支持…企业, 建设…平台) or grants an amount. */
    static boolean backingClause(String clause) {
        return SUPPORT.matcher(clause).find() && APPLICANT.matcher(clause).find()
                || AMOUNT.matcher(clause).find();
    }

    /** Whether one clause names someone or something backed (企业, 机构, 人才, 平台, 项目 …). */
    static boolean namesApplicant(String clause) {
        return APPLICANT.matcher(clause).find();
    }

    /** Whether one clause names a technology or industry field (人工智能, 研发, 数字化 …). */
    static boolean namesField(String clause) {
        return FIELD.matcher(clause).find();
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) n++;
        return n;
    }
}
