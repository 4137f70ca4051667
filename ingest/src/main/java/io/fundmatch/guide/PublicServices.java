package io.fundmatch.guide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a plan's section describes public services or public works the government itself provides — schools,
 * hospitals, elderly care, social security, public culture, parks, roads and utilities, and the financing of its
 * own projects (PPP, concessions, government debt) — rather than support an applicant can ask for. Judged clause by
 * clause: the section is the government's own provision when its clauses about residents, public institutions or
 * public works outnumber twice the clauses backing an applicant (support offered to an enterprise, institution,
 * talent, platform or project; an activity allowed to one; a subsidy or amount granted) plus the clauses calling
 * for technology, so that a public field served by technology (智慧医疗, 新型基础设施, 文化遗产的数字化展示) stays an
 * area, and so does a section that opens a public field to applicants.
 */
final class PublicServices {

    /** Residents and the public services and works the government provides for them. */
    private static final Pattern PUBLIC = Pattern.compile("居民|群众|市民|百姓|老年|养老|学生|儿童|青少年|妇女|残疾|学校|幼儿园|教师|教育|医院|医疗卫生|卫生"
            + "|社区|农村|村庄|农民|乡村|城镇化|人口|街区|公园|绿地|绿化|垃圾|生态|污染|环境保护|人居环境|就业|社保|社会保障|救助|住房|文物|遗产"
            + "|公共服务|公共文化|民生|体育|健身|交通|道路|路网|公路|铁路|公交|码头|管廊|基础设施|市政");
    /** How the government finances its own projects: a clause naming it backs no applicant. */
    static final Pattern OWN_FINANCING = Pattern.compile("政府和社会资本合作|PPP|特许经营|政府债务|政府专项债|财政支付");
    /** An activity the issuer allows an applicant (允许…设立…机构). */
    private static final Pattern ALLOWED = Pattern.compile("允许|放宽");
    /** A subsidy or award granted, whoever receives it (每月给予临港津贴). */
    private static final Pattern GRANT = Pattern.compile("给予[^。；，,]{0,20}(?:补贴|津贴|补助|奖励|资助)");
    /** Technology named in a clause, beyond the fields: 技术, 智能, 数字, 互联网 …. */
    private static final Pattern TECHNOLOGY = Pattern.compile("技术|科技|智能|智慧|数字|信息化|互联网|VR|AR|AI");

    private static final Pattern CLAUSE = Pattern.compile("[。；;！？!?\\n]");

    private PublicServices() {}

    /**
     * The most frequent public words by which a section is the government's own provision (教育、学校、社区), or
     * null when it is not.
     */
    static String provided(String text) {
        int publicClauses = 0, backing = 0, technology = 0;
        Map<String, Integer> words = new LinkedHashMap<>();
        for (String clause : CLAUSE.split(text)) {
            if (clause.isBlank()) continue;
            boolean financing = OWN_FINANCING.matcher(clause).find();
            Matcher m = PUBLIC.matcher(clause);
            boolean pub = financing;
            while (m.find()) {
                pub = true;
                words.merge(m.group(), 1, Integer::sum);
            }
            if (financing) words.merge("PPP/财政", 1, Integer::sum);
            if (pub) publicClauses++;
            if (!financing && backs(clause)) backing++;
            if (GovernmentWork.namesField(clause) || TECHNOLOGY.matcher(clause).find()) technology++;
        }
        if (publicClauses < 2 || publicClauses <= 2 * backing + technology) return null;
        return words.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(3)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining("、"));
    }

    private static boolean backs(String clause) {
        return GovernmentWork.backingClause(clause)
                || GRANT.matcher(clause).find()
                || ALLOWED.matcher(clause).find() && GovernmentWork.namesApplicant(clause);
    }
}
