package io.fundmatch.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The qualifications (资质) funding documents require or target and profiles carry, each under one
 * canonical name with the aliases people write. Unknown qualifications are kept as given by callers.
 */
public final class Qualifications {

    public static final String HIGH_TECH = "国家高新技术企业";
    public static final String SRDI_SME = "专精特新中小企业";
    public static final String LITTLE_GIANT = "专精特新“小巨人”企业";
    public static final String TECH_SME = "科技型中小企业";
    public static final String INNOVATIVE_SME = "创新型中小企业";
    public static final String GAZELLE = "瞪羚企业";
    public static final String UNICORN = "独角兽企业";
    public static final String LEADING_TALENT = "领军人才";
    public static final String TECH_CENTER = "企业技术中心";
    public static final String KEY_LAB = "重点实验室";
    public static final String ENGINEERING_CENTER = "工程技术研究中心";
    public static final String NEW_RD_INSTITUTION = "新型研发机构";
    public static final String ABOVE_SCALE = "规模以上企业";
    public static final String LISTED = "上市企业";

    /** canonical name to aliases; aliases are matched longest first. */
    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put(
                LITTLE_GIANT,
                List.of(
                        "专精特新“小巨人”企业",
                        "专精特新\"小巨人\"企业",
                        "专精特新小巨人企业",
                        "专精特新“小巨人”",
                        "专精特新\"小巨人\"",
                        "专精特新小巨人",
                        "小巨人企业",
                        "小巨人"));
        ALIASES.put(SRDI_SME, List.of("专精特新中小企业", "专精特新企业", "专精特新"));
        ALIASES.put(HIGH_TECH, List.of("国家级高新技术企业", "国家高新技术企业", "国家高新企业", "高新技术企业", "国高新", "高新企业", "高企"));
        ALIASES.put(TECH_SME, List.of("科技型中小企业", "科技型企业", "科小"));
        ALIASES.put(INNOVATIVE_SME, List.of("创新型中小企业", "创新型企业"));
        ALIASES.put(GAZELLE, List.of("瞪羚企业", "瞪羚"));
        ALIASES.put(UNICORN, List.of("独角兽企业", "独角兽"));
        ALIASES.put(LEADING_TALENT, List.of("科技领军人才", "领军人才"));
        ALIASES.put(TECH_CENTER, List.of("企业技术中心"));
        ALIASES.put(KEY_LAB, List.of("重点实验室"));
        ALIASES.put(ENGINEERING_CENTER, List.of("工程技术研究中心", "工程研究中心"));
        ALIASES.put(NEW_RD_INSTITUTION, List.of("新型研发机构"));
        ALIASES.put(ABOVE_SCALE, List.of("规模以上企业", "规上企业", "规模以上工业企业"));
        ALIASES.put(LISTED, List.of("上市企业", "上市公司"));
    }

    private static final List<Map.Entry<String, String>> BY_LENGTH;

    static {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        ALIASES.forEach((canonical, aliases) -> aliases.forEach(a -> all.add(Map.entry(a, canonical))));
        all.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        BY_LENGTH = List.copyOf(all);
    }

    private Qualifications() {}

    /** All canonical names, in a stable order. */
    public static List<String> canonicalNames() {
        return List.copyOf(ALIASES.keySet());
    }

    /** The canonical name of a qualification as a user wrote it, when it is a known one. */
    public static Optional<String> canonical(String written) {
        if (written == null) return Optional.empty();
        String t = written.strip().replace(" ", "").replace("　", "");
        if (t.isEmpty()) return Optional.empty();
        for (Map.Entry<String, String> e : BY_LENGTH) {
            if (t.equals(e.getKey())) return Optional.of(e.getValue());
        }
        for (Map.Entry<String, String> e : BY_LENGTH) {
            if (t.contains(e.getKey()) && t.length() <= e.getKey().length() + 4) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    /**
     * The canonical name, or the input stripped when unknown. Remembered per written form (the first {@value #KEPT}
     * forms): the learned ranker normalises the qualifications of every pair it scores, and {@link #canonical}
     * compares the text with every alias.
     */
    public static String normalise(String written) {
        if (written == null) return null;
        String known = NORMALISED.get(written);
        if (known != null) return known;
        String n = canonical(written).orElse(written.strip());
        if (NORMALISED.size() < KEPT) NORMALISED.putIfAbsent(written, n);
        return n;
    }

    /** Written forms whose normalised name is remembered, at most. */
    private static final int KEPT = 10_000;

    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMALISED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Every known qualification mentioned in a text, each once, in order of first mention. */
    public static List<String> mentionedIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) return List.of();
        StringBuilder masked = new StringBuilder(text);
        record Hit(int at, String canonical) {}
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, String> e : BY_LENGTH) {
            String alias = e.getKey();
            if (alias.length() < 3) continue; // 高企, 科小 are too ambiguous inside running text
            int from = 0;
            int i;
            while ((i = masked.indexOf(alias, from)) >= 0) {
                hits.add(new Hit(i, e.getValue()));
                for (int k = i; k < i + alias.length(); k++) masked.setCharAt(k, '\u0000');
                from = i + alias.length();
            }
        }
        hits.sort((a, b) -> Integer.compare(a.at, b.at));
        hits.forEach(h -> found.add(h.canonical));
        return List.copyOf(found);
    }
}
