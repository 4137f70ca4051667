package io.fundmatch.reference;

/**
 * Whether an applicant is a legal person of its own (独立法人) or a unit of one: branches (分公司, 分行, 支行,
 * 营业部 …) and representative offices (代表处, 办事处, 常驻代表机构) act for a head office and cannot apply where a
 * call asks for 独立法人资格 or registration in its district.
 */
public enum LegalPersonality {
    /** Nothing in the name or the registry says (also sole proprietorships and partnerships, read as such). */
    UNKNOWN("未知"),
    /** A company or other legal person of its own (…有限公司, a registry type such as 有限责任公司). */
    INDEPENDENT("独立法人"),
    /** A branch or representative office without independent legal personality. */
    BRANCH("分支机构（不具有独立法人资格）");

    private final String label;

    LegalPersonality(String label) {
        this.label = label;
    }

    /** The Chinese label shown to users. */
    public String label() {
        return label;
    }
}
