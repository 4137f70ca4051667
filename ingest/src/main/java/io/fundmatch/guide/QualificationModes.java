package io.fundmatch.guide;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.QualificationRequirement.Mode;
import io.fundmatch.reference.Qualifications;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The qualifications a text names and how: 培育…/争创…/向专精特新发展/获得…认定 aims to help applicants obtain
 * it (CULTIVATE); 须为/应为/具有…资格, or any mention inside a conditions section, makes it REQUIRED;
 * 优先/重点支持 and other mentions favour holders (PREFERRED). Required qualifications joined by 或 / 或者 /
 * 之一 in one clause (须为国家高新技术企业或科技型中小企业) are alternatives: holding one is enough (ONE_OF).
 */
final class QualificationModes {

    private static final Pattern CULTIVATE =
            Pattern.compile("培育|培养|争创|创建|组建|建设|打造|成长为|发展为|认定为|获得|申报|申请|向[^。；]{0,6}$|梯次|走");
    private static final Pattern REQUIRED = Pattern.compile("须为|须是|必须|应为|应当为|应是|具有|具备|取得|属于|限于|仅限|须具有");
    private static final Pattern PREFERRED = Pattern.compile("优先|重点支持|重点扶持|倾斜|给予|对");

    private QualificationModes() {}

    /**
     * @param conditions true when the text is a conditions section, where a plain mention is a requirement
     */
    static List<QualificationRequirement> named(String text, boolean conditions) {
        Map<String, Mode> found = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) return List.of();
        for (String q : Qualifications.mentionedIn(text)) {
            Mode mode = null;
            boolean counted = false;
            boolean[] covered = new boolean[text.length()];
            List<String> aliases = aliasesIn(text, q);
            aliases.sort((a, b) -> Integer.compare(b.length(), a.length()));
            for (String alias : aliases) {
                int i = text.indexOf(alias);
                while (i >= 0) {
                    if (!covered[i]) {
                        for (int k = i; k < i + alias.length(); k++) covered[k] = true;
                        if (!inApplicantList(text, i, i + alias.length(), q)) {
                            counted = true;
                            mode = stronger(mode, modeAt(text, i, i + alias.length(), conditions));
                        }
                    }
                    i = text.indexOf(alias, i + alias.length());
                }
            }
            if (counted) found.put(q, mode == null ? (conditions ? Mode.REQUIRED : Mode.PREFERRED) : mode);
        }
        List<QualificationRequirement> out = new ArrayList<>();
        List<String> alternatives = alternatives(text, found);
        found.forEach((q, m) -> out.add(new QualificationRequirement(q, alternatives.contains(q) ? Mode.ONE_OF : m)));
        return out;
    }

    private static final Pattern ALTERNATIVE = Pattern.compile("或者|或|之一|任一|其中一项|其中一种");

    /**
     * Required qualifications named in one clause that offers them as alternatives (或, 之一): the clauses are
     * cut at 。；; and line breaks, and a clause counts when it names two or more of the required ones.
     */
    private static List<String> alternatives(String text, Map<String, Mode> found) {
        List<String> required = found.entrySet().stream()
                .filter(e -> e.getValue() == Mode.REQUIRED)
                .map(Map.Entry::getKey)
                .toList();
        List<String> out = new ArrayList<>();
        if (required.size() < 2) return out;
        for (String clause : text.split("[。；;\n]")) {
            if (!ALTERNATIVE.matcher(clause).find()) continue;
            List<String> named = Qualifications.mentionedIn(clause).stream()
                    .filter(required::contains)
                    .toList();
            if (named.size() < 2) continue;
            for (String q : named) if (!out.contains(q)) out.add(q);
        }
        return out;
    }

    /** Where one text both requires and cultivates, the requirement decides who may apply. */
    private static Mode stronger(Mode a, Mode b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a == Mode.REQUIRED || b == Mode.REQUIRED) return Mode.REQUIRED;
        if (a == Mode.CULTIVATE || b == Mode.CULTIVATE) return Mode.CULTIVATE;
        return Mode.PREFERRED;
    }

    /**
     * Whether a mention names a kind of applicant in a list of applicants rather than a qualification:
     * "企业、高等院校、科研院所和新型研发机构" lets organisations of that kind apply, it does not require a
     * qualification of companies. Only kinds of organisation (新型研发机构, 重点实验室 …) can be applicants.
     */
    static boolean inApplicantList(String text, int start, int end, String canonical) {
        if (!ORGANISATION_KINDS.contains(canonical)) return false;
        String before = text.substring(Math.max(0, start - 8), start);
        String after = text.substring(end, Math.min(text.length(), end + 1));
        return APPLICANT_BEFORE.matcher(before).find()
                && Qualifications.mentionedIn(before).isEmpty()
                && (after.isEmpty() || LIST_END.matcher(after).find());
    }

    private static final java.util.Set<String> ORGANISATION_KINDS = java.util.Set.of(
            Qualifications.NEW_RD_INSTITUTION,
            Qualifications.KEY_LAB,
            Qualifications.ENGINEERING_CENTER,
            Qualifications.TECH_CENTER);
    private static final Pattern APPLICANT_BEFORE =
            Pattern.compile("(企业|高等院校|高校|科研院所|科研机构|事业单位|社会组织|医疗机构|医疗卫生机构)[、，和及与]$");
    private static final Pattern LIST_END = Pattern.compile("^[。；;、，,等）)\\n]");

    private static Mode modeAt(String text, int start, int end, boolean conditions) {
        int clauseStart = Math.max(lastIndexOfAny(text, "。；;，,\n", start), start - 14);
        String before = text.substring(Math.max(0, clauseStart), start);
        String after = text.substring(end, Math.min(text.length(), end + 8));
        if (REQUIRED.matcher(before).find() && !before.contains("获得") && !before.contains("取得")
                || after.startsWith("资格")
                || after.startsWith("资质")) {
            return after.startsWith("认定") && !conditions ? Mode.CULTIVATE : Mode.REQUIRED;
        }
        boolean holder = after.matches("^[”\"]?(?:认定)?(?:的|资格的|称号的)(?:企业|单位|机构).*");
        if (holder) return conditions ? Mode.REQUIRED : Mode.PREFERRED;
        if (CULTIVATE.matcher(before).find()
                || after.matches("^[”\"]?(?:发展|培育|认定|企业培育|培育库|梯队).*")
                || before.endsWith("向“")
                || before.endsWith("向")) {
            return Mode.CULTIVATE;
        }
        if (conditions) return Mode.REQUIRED;
        if (PREFERRED.matcher(before).find()) return Mode.PREFERRED;
        return null;
    }

    private static int lastIndexOfAny(String text, String chars, int before) {
        for (int i = before - 1; i >= 0; i--) if (chars.indexOf(text.charAt(i)) >= 0) return i + 1;
        return 0;
    }

    private static List<String> aliasesIn(String text, String canonical) {
        List<String> out = new ArrayList<>();
        // the canonical names and their common written forms
        for (String a : new String[] {
            canonical,
            canonical.replace("国家", ""),
            canonical.replace("中小企业", ""),
            canonical.replace("企业", ""),
            canonical.replace("“", "").replace("”", "")
        }) {
            if (a.length() >= 3 && text.contains(a) && !out.contains(a)) out.add(a);
        }
        if (out.isEmpty()) {
            // fall back to any 4+ character substring of the canonical name that the text contains
            for (int len = canonical.length() - 1; len >= 4 && out.isEmpty(); len--) {
                for (int s = 0; s + len <= canonical.length(); s++) {
                    String a = canonical.substring(s, s + len);
                    if (text.contains(a)) {
                        out.add(a);
                        break;
                    }
                }
            }
        }
        return out;
    }
}
