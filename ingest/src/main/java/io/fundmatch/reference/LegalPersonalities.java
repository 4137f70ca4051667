package io.fundmatch.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link LegalPersonality} from an organisation's name and from a registry's 企业类型 column.
 *
 * <p>From the name: a unit marker (分公司, 分行, 支行, 分理处, 储蓄所, 代表处, 办事处, 营销服务部, 分所, 分店, 分部, 分社,
 * 分厂; 营业部 only after a bank, securities, insurance or other company name) makes a branch when no company legal
 * form follows it: "…股份有限公司北京分公司" and "…银行北京金融中心支行" are branches, "北京办事处咨询有限公司" (the
 * characters inside a company's own name) is not. Markers that are part of a longer word (分行业, 分部件) and
 * government offices (街道办事处, …人民政府驻…办事处) do not count. A name ending in a company legal form
 * (…有限公司, …公司) is an independent legal person; anything else is unknown.
 *
 * <p>From the registry type: 有限责任公司分公司, 外国（地区）企业常驻代表机构, 个人独资企业分支机构, …（非法人）,
 * …营业单位 are branches; 有限责任公司, 股份有限公司, 全民所有制, 集体所有制 legal persons; the rest (个人独资企业,
 * 合伙企业, 个体工商户, N/A) unknown.
 */
public final class LegalPersonalities {

    private static final Pattern UNIT_MARKER =
            Pattern.compile("分公司|分行(?!业)|支行|分理处|储蓄所|代表处|代表机构|办事处|营销服务部|营业部|分所(?!得)|分店|分部(?!件)|分社|分厂");
    /** Who may run a 营业部 (a securities or bank office is a branch; a shop's "营业部" alone says nothing). */
    private static final Pattern FINANCIAL_OR_COMPANY = Pattern.compile("银行|证券|期货|保险|信托|信用社|信用合作|公司");

    private static final Pattern COMPANY_FORM = Pattern.compile("有限责任公司|股份有限公司|有限公司|公司");
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("街道|人民政府|政府驻|管委会|委员会");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(]([^（()）]*)[)）]$");

    private static final Pattern REGISTRY_BRANCH = Pattern.compile("分公司|分支机构|代表机构|非法人|营业单位|分理处|办事处|代表处");
    private static final Pattern REGISTRY_LEGAL_PERSON =
            Pattern.compile("有限责任公司|股份有限公司|有限公司|全民所有制|集体所有制|股份合作|企业法人|事业单位法人|社会团体法人");

    private LegalPersonalities() {}

    /** What the name and the registry type say together: a branch when either says so, else the better known. */
    public static LegalPersonality of(String name, String registryType) {
        LegalPersonality byName = fromName(name);
        LegalPersonality byRegistry = fromRegistryType(registryType);
        if (byName == LegalPersonality.BRANCH || byRegistry == LegalPersonality.BRANCH) return LegalPersonality.BRANCH;
        if (byRegistry == LegalPersonality.INDEPENDENT || byName == LegalPersonality.INDEPENDENT)
            return LegalPersonality.INDEPENDENT;
        return LegalPersonality.UNKNOWN;
    }

    /** What the organisation's name says. */
    public static LegalPersonality fromName(String name) {
        if (name == null || name.isBlank()) return LegalPersonality.UNKNOWN;
        String n = name.strip();
        Matcher note = TRAILING_NOTE.matcher(n);
        while (note.find()) { // "…有限公司（分公司）" says it in a note; "…（北京）", "…（筹）" say nothing
            if (UNIT_MARKER.matcher(note.group(1)).find() && note.start() > 0) return LegalPersonality.BRANCH;
            n = n.substring(0, note.start()).strip();
            note = TRAILING_NOTE.matcher(n);
        }
        if (n.isEmpty()) return LegalPersonality.UNKNOWN;
        Matcher m = UNIT_MARKER.matcher(n);
        while (m.find()) {
            if (m.start() < 2) continue; // a unit of whom? "分店街商贸…" starts a name
            String before = n.substring(0, m.start());
            String after = n.substring(m.end());
            if (COMPANY_FORM.matcher(after).find()) continue; // the characters belong to a company's own name
            if (m.group().equals("营业部") && !FINANCIAL_OR_COMPANY.matcher(before).find()) continue;
            if (m.group().equals("办事处") && GOVERNMENT_OFFICE.matcher(before).find()) continue;
            return LegalPersonality.BRANCH;
        }
        Matcher form = COMPANY_FORM.matcher(n);
        int lastEnd = -1;
        while (form.find()) lastEnd = form.end();
        return lastEnd == n.length() ? LegalPersonality.INDEPENDENT : LegalPersonality.UNKNOWN;
    }

    /** What a registry's 企业类型 value says. */
    public static LegalPersonality fromRegistryType(String registryType) {
        if (registryType == null || registryType.isBlank()) return LegalPersonality.UNKNOWN;
        String t = registryType.strip();
        if (REGISTRY_BRANCH.matcher(t).find()) return LegalPersonality.BRANCH;
        if (REGISTRY_LEGAL_PERSON.matcher(t).find()) return LegalPersonality.INDEPENDENT;
        return LegalPersonality.UNKNOWN;
    }
}
