package io.fundmatch.guide;

import io.fundmatch.reference.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The kinds of applicant a text names: 企事业单位 counts as 企业 and 事业单位, 高校 as 高等院校, and so on. */
final class ApplicantTypes {

    /** Words as written, longest first where one contains another. */
    private static final Map<String, List<EntityType>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("民办非企业单位", List.of(EntityType.SOCIAL_ORGANIZATION));
        WORDS.put("企事业单位", List.of(EntityType.ENTERPRISE, EntityType.PUBLIC_INSTITUTION));
        WORDS.put("公共服务部门", List.of(EntityType.PUBLIC_SERVICE));
        WORDS.put("医疗卫生机构", List.of(EntityType.MEDICAL_INSTITUTION));
        WORDS.put("医疗机构", List.of(EntityType.MEDICAL_INSTITUTION));
        WORDS.put("事业单位", List.of(EntityType.PUBLIC_INSTITUTION));
        WORDS.put("社会组织", List.of(EntityType.SOCIAL_ORGANIZATION));
        WORDS.put("社会团体", List.of(EntityType.SOCIAL_ORGANIZATION));
        WORDS.put("行业协会", List.of(EntityType.SOCIAL_ORGANIZATION));
        WORDS.put("科研院所", List.of(EntityType.RESEARCH_INSTITUTE));
        WORDS.put("科研机构", List.of(EntityType.RESEARCH_INSTITUTE));
        WORDS.put("研究院所", List.of(EntityType.RESEARCH_INSTITUTE));
        WORDS.put("高等院校", List.of(EntityType.UNIVERSITY));
        WORDS.put("高等学校", List.of(EntityType.UNIVERSITY));
        WORDS.put("高校", List.of(EntityType.UNIVERSITY));
        WORDS.put("院校", List.of(EntityType.UNIVERSITY));
        WORDS.put("企业", List.of(EntityType.ENTERPRISE));
        WORDS.put("公司", List.of(EntityType.ENTERPRISE));
    }

    private ApplicantTypes() {}

    static List<EntityType> named(String text) {
        if (text == null || text.isEmpty()) return List.of();
        StringBuilder masked = new StringBuilder(text);
        Set<EntityType> found = new LinkedHashSet<>();
        record Hit(int at, List<EntityType> types) {}
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, List<EntityType>> e : WORDS.entrySet()) {
            String w = e.getKey();
            int from = 0, i;
            while ((i = masked.indexOf(w, from)) >= 0) {
                hits.add(new Hit(i, e.getValue()));
                for (int k = i; k < i + w.length(); k++) masked.setCharAt(k, '\u0000');
                from = i + w.length();
            }
        }
        hits.sort((a, b) -> Integer.compare(a.at, b.at));
        hits.forEach(h -> found.addAll(h.types));
        return List.copyOf(found);
    }
}
