package io.fundmatch.catalogue;

/** What a support area offers, read from its own text; rankers may use it as a feature, users filter by it. */
public enum AreaKind {
    /** an industry or technology field (人工智能, 生物医药, 新材料 …) */
    INDUSTRY_FIELD("产业领域"),
    /** labs, engineering centres, R&D and public service platforms, incubators */
    INNOVATION_PLATFORM("创新平台"),
    /** attracting, training and rewarding talent and teams */
    TALENT("人才"),
    /** funds, loans, listing, venture capital, insurance, risk compensation */
    FINANCE("金融"),
    /** growing enterprises: 专精特新, 高新技术企业, 独角兽, headquarters, scale-up awards */
    ENTERPRISE_CULTIVATION("企业培育"),
    /** technology transfer, IP, testing, consulting, standards and other services to enterprises */
    TECHNOLOGY_SERVICE("科技服务"),
    /** new infrastructure, application scenarios, demonstration sites, space and land */
    INFRASTRUCTURE_SCENARIO("基础设施与场景"),
    /** health, education, culture, environment, safety and other public services */
    PUBLIC_SERVICE("公共服务");

    private final String label;

    AreaKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named by its constant or its Chinese label, case-insensitive; null when none. */
    public static AreaKind parse(String s) {
        if (s == null || s.isBlank()) return null;
        for (AreaKind k : values()) {
            if (k.name().equalsIgnoreCase(s.strip()) || k.label.equals(s.strip())) return k;
        }
        return null;
    }
}
