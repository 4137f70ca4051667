package io.fundmatch.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@link EntityType} from the labels people write (Chinese labels, common variants, English codes),
 * from a registry's 企业类型 column, or from the organisation's name (its legal-form suffix).
 */
public final class EntityTypes {

    private static final Map<String, EntityType> ALIASES = new LinkedHashMap<>();

    static {
        for (EntityType t : EntityType.values()) {
            ALIASES.put(t.label(), t);
            ALIASES.put(t.name().toLowerCase(Locale.ROOT), t);
        }
        alias(
                EntityType.ENTERPRISE,
                "公司",
                "企业法人",
                "民营企业",
                "私营企业",
                "国有企业",
                "国企",
                "外资企业",
                "中小企业",
                "enterprise",
                "company",
                "corporation",
                "business",
                "firm",
                "sme");
        alias(
                EntityType.PUBLIC_INSTITUTION,
                "事业",
                "事业法人",
                "公益类事业单位",
                "public_institution",
                "public institution",
                "institution",
                "pi");
        alias(
                EntityType.SOCIAL_ORGANIZATION,
                "社会团体",
                "社团",
                "民办非企业单位",
                "民非",
                "社会服务机构",
                "基金会",
                "行业协会",
                "协会",
                "学会",
                "商会",
                "ngo",
                "npo",
                "association",
                "social_organization",
                "social organization",
                "foundation");
        alias(
                EntityType.RESEARCH_INSTITUTE,
                "科研机构",
                "研究机构",
                "研究院",
                "研究所",
                "科研单位",
                "新型研发机构",
                "research_institute",
                "research institute",
                "institute",
                "research");
        alias(EntityType.UNIVERSITY, "高校", "高等学校", "大学", "学院", "高等院校及科研院所中的高校", "university", "college");
        alias(
                EntityType.MEDICAL_INSTITUTION,
                "医疗机构",
                "医院",
                "卫生机构",
                "医疗卫生单位",
                "medical_institution",
                "medical institution",
                "hospital",
                "medical");
        alias(
                EntityType.PUBLIC_SERVICE,
                "公共服务部门",
                "政府部门",
                "机关",
                "机关单位",
                "government",
                "public_service",
                "public service");
    }

    /** Legal forms in a registry's 企业类型 column: all of them name enterprises (incl. individual businesses). */
    private static final Pattern REGISTRY_ENTERPRISE =
            Pattern.compile("公司|企业|独资|合伙|全民所有制|集体所有制|股份|有限责任|个体|外商|国有|中外合|代表机构|营业|分支机构|联营|合作社");

    /** Name endings, matched at the latest position in the name (the legal form ends the name). */
    private static final List<Map.Entry<Pattern, EntityType>> NAME_RULES = List.of(
            Map.entry(
                    Pattern.compile(
                            "(有限责任公司|股份有限公司|有限公司|公司|（有限合伙）|\\(有限合伙\\)|合伙企业|合伙|企业|集团|厂|商行|经营部|门市部|工作室|商店|店|事务所|合作社)"),
                    EntityType.ENTERPRISE),
            Map.entry(
                    Pattern.compile("(医院|卫生院|诊所|卫生室|卫生服务中心|卫生服务站|疾病预防控制中心|妇幼保健院|妇幼保健所|保健院|门诊部|急救中心|血站)"),
                    EntityType.MEDICAL_INSTITUTION),
            Map.entry(Pattern.compile("(研究院|研究所|研究中心|设计院|科学院|实验室)"), EntityType.RESEARCH_INSTITUTE),
            Map.entry(Pattern.compile("(协会|学会|基金会|商会|促进会|联合会|研究会|联盟|俱乐部|服务社)"), EntityType.SOCIAL_ORGANIZATION),
            Map.entry(Pattern.compile("(大学|学院|高等专科学校|专科学校)"), EntityType.UNIVERSITY),
            Map.entry(Pattern.compile("(局|委员会|办公室|人民政府|管理委员会|管委会|街道办事处)"), EntityType.PUBLIC_SERVICE));

    private static final Pattern COMPANY = Pattern.compile("(有限公司|有限责任公司|股份有限公司|集团公司|公司)");

    private EntityTypes() {}

    private static void alias(EntityType t, String... names) {
        for (String n : names) ALIASES.put(n.toLowerCase(Locale.ROOT), t);
    }

    /** The type a label names: "企业", "公司", "高校", "university", "RESEARCH_INSTITUTE", "事业单位" … (see also {@link #fromRegistryType}). */
    public static Optional<EntityType> parse(String label) {
        if (label == null) return Optional.empty();
        String t = label.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (t.isEmpty()) return Optional.empty();
        return Optional.ofNullable(ALIASES.get(t));
    }

    /** The type a registry's 企业类型 value implies (有限责任公司, 个人独资企业, 全民所有制 … are enterprises). */
    public static Optional<EntityType> fromRegistryType(String registryType) {
        if (registryType == null
                || registryType.isBlank()
                || registryType.strip().equalsIgnoreCase("N/A")) return Optional.empty();
        return REGISTRY_ENTERPRISE.matcher(registryType).find() ? Optional.of(EntityType.ENTERPRISE) : Optional.empty();
    }

    /**
     * The type an organisation's name implies by its legal-form ending: …有限公司 → 企业, …医院 → 医疗卫生机构,
     * …研究院/所 → 科研院所 (…研究院有限公司 stays 企业), …协会/学会/基金会 → 社会组织, …大学/学院 → 高等院校.
     */
    public static Optional<EntityType> fromName(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String n = name.strip();
        if (!n.matches(".*[（(](有限合伙|普通合伙|特殊普通合伙)[)）]$")) n = n.replaceAll("[（(][^（()）]*[)）]$", ""); // "…研究所（北京）"
        if (n.contains("分公司")) return Optional.of(EntityType.ENTERPRISE);
        EntityType best = null;
        int bestEnd = -1;
        for (Map.Entry<Pattern, EntityType> rule : NAME_RULES) {
            Matcher m = rule.getKey().matcher(n);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = rule.getValue();
                }
            }
        }
        boolean company = COMPANY.matcher(name).find();
        // only a form near the end of the name counts: "大学科技园" or "医院管理" alone say little
        if (best == null || bestEnd < n.length() - 2)
            return company ? Optional.of(EntityType.ENTERPRISE) : Optional.empty();
        // a company's institute, club or branch office (…有限公司…研究所, …设计院(有限公司), …股份有限公司…分局) is an
        // enterprise; a company-run hospital or clinic is still a medical institution
        if (company && best != EntityType.MEDICAL_INSTITUTION) return Optional.of(EntityType.ENTERPRISE);
        return Optional.of(best);
    }
}
