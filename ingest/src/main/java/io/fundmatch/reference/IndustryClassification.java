package io.fundmatch.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 国民经济行业分类 GB/T 4754-2017: 20 门类 (sections, "I"), 97 大类 (divisions, "I65"), 473 中类 ("I651") and
 * 1,380 小类 ("I6513"), each with the standard's name and 说明 text. Codes are written with their section
 * letter; bare digit codes ("65", "6513") are accepted where the section is implied.
 */
public final class IndustryClassification {

    private static final String TABLE = "/io/fundmatch/reference/industry-gbt4754-2017.tsv";

    /**
     * One class of the standard.
     *
     * @param code   section letter plus 0, 2, 3 or 4 digits
     * @param level  1 门类, 2 大类, 3 中类, 4 小类
     * @param remark the standard's 说明 ("" when it has none)
     */
    public record Industry(String code, int level, String name, String remark) {
        /** The 门类 letter. */
        public String section() {
            return code.substring(0, 1);
        }

        /** The 大类 code ("I65"), or the section for a 门类. */
        public String division() {
            return code.length() >= 3 ? code.substring(0, 3) : code;
        }
    }

    private final Map<String, Industry> byCode = new LinkedHashMap<>();
    private final Map<String, String> sectionOfDigits = new HashMap<>();

    private IndustryClassification() {
        for (String[] f : ReferenceTables.rows(TABLE, true)) {
            Industry ind = new Industry(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : "");
            byCode.put(ind.code, ind);
            if (ind.level == 2) sectionOfDigits.put(ind.code.substring(1), ind.section());
        }
    }

    /** The process-wide table. */
    public static IndustryClassification shared() {
        return Holder.SHARED;
    }

    /** Loaded on first use (class initialisation is thread-safe and happens once). */
    private static final class Holder {
        static final IndustryClassification SHARED = new IndustryClassification();
    }

    /**
     * The canonical form of a written code when the standard has it: "i65" → "I65", "6513" → "I6513",
     * "65" → "I65", "C 3911" → "C3911".
     */
    public Optional<String> normalise(String written) {
        if (written == null) return Optional.empty();
        String c = written.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (c.isEmpty()) return Optional.empty();
        if (Character.isDigit(c.charAt(0))
                && c.length() >= 2
                && c.length() <= 4
                && c.chars().allMatch(Character::isDigit)) {
            String section = sectionOfDigits.get(c.substring(0, 2));
            if (section == null) return Optional.empty();
            c = section + c;
        }
        return byCode.containsKey(c) ? Optional.of(c) : Optional.empty();
    }

    /** The class of a code (any written form {@link #normalise} accepts). */
    public Optional<Industry> find(String code) {
        return normalise(code).map(byCode::get);
    }

    /**
     * The code of the 大类, 中类 or 小类 whose name is exactly this ("软件和信息技术服务业" → "I65"), as officers'
     * lists write the sector by name.
     */
    public Optional<String> codeOfName(String name) {
        if (name == null) return Optional.empty();
        String n = name.replaceAll("\\s", "");
        for (int level = 2; level <= 4; level++) {
            for (Industry i : level(level)) if (i.name().equals(n)) return Optional.of(i.code());
        }
        return Optional.empty();
    }

    /** All classes of one level (1 门类 … 4 小类) in the standard's order. */
    public List<Industry> level(int level) {
        List<Industry> out = new ArrayList<>();
        for (Industry i : byCode.values()) if (i.level == level) out.add(i);
        return out;
    }

    /** The class one level up, or empty for a 门类. */
    public Optional<Industry> parent(Industry industry) {
        return switch (industry.level) {
            case 1 -> Optional.empty();
            case 2 -> Optional.ofNullable(byCode.get(industry.section()));
            default -> Optional.ofNullable(byCode.get(industry.code.substring(0, industry.code.length() - 1)));
        };
    }
}
