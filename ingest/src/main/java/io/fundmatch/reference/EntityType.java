package io.fundmatch.reference;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of applicant that funding documents name and that profiles carry. */
public enum EntityType {
    ENTERPRISE("企业"),
    PUBLIC_INSTITUTION("事业单位"),
    SOCIAL_ORGANIZATION("社会组织"),
    RESEARCH_INSTITUTE("科研院所"),
    UNIVERSITY("高等院校"),
    MEDICAL_INSTITUTION("医疗卫生机构"),
    PUBLIC_SERVICE("公共服务部门");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The Chinese label shown to users. */
    public String label() {
        return label;
    }

    /** Exact match on the enum name or the Chinese label; see EntityTypes for aliases. */
    public static Optional<EntityType> fromLabelOrName(String s) {
        if (s == null) return Optional.empty();
        String t = s.strip();
        return Arrays.stream(values())
                .filter(e -> e.name().equalsIgnoreCase(t) || e.label.equals(t))
                .findFirst();
    }
}
