package io.fundmatch.match.text;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.SectorGuess;
import io.fundmatch.text.Segmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns areas and profiles into the text the rankers read and into {@link TermBag}s. The text of a profile is
 * its specialization, business scope, qualifications and the names of its likely sectors; its name counts
 * only for its distinctive part (the legal suffix and region are dropped). Texts longer than
 * {@link #MAX_CHARS} are cut there so one huge profile cannot stall a request.
 */
public final class MatchText {

    public static final int MAX_CHARS = 20_000;

    private static final String[] NAME_NOISE = {
        "有限责任公司", "股份有限公司", "有限公司", "分公司", "集团", "公司", "北京市", "北京", "新疆", "乌鲁木齐", "上海", "广东", "东莞", "西城区", "海淀区", "水磨沟区"
    };

    private MatchText() {}

    public static String of(SupportArea area) {
        StringBuilder sb = new StringBuilder();
        for (String p : area.path()) sb.append(p).append('\n');
        if (area.title() != null && !area.path().contains(area.title()))
            sb.append(area.title()).append('\n');
        sb.append(area.text()).append('\n');
        if (!area.keyTerms().isEmpty()) sb.append(String.join(" ", area.keyTerms()));
        return cut(sb.toString());
    }

    public static String of(EnterpriseProfile p) {
        StringBuilder sb = new StringBuilder();
        if (p.name() != null) {
            String n = p.name();
            for (String noise : NAME_NOISE) n = n.replace(noise, " ");
            sb.append(n).append('\n');
        }
        if (p.specialization() != null) sb.append(p.specialization()).append('\n');
        if (p.businessScope() != null)
            sb.append(withoutExclusions(p.businessScope())).append('\n');
        if (!p.qualifications().isEmpty())
            sb.append(String.join(" ", p.qualifications())).append('\n');
        if (p.inference() != null) {
            for (SectorGuess g : p.inference().industryCandidates()) {
                if (g.name() != null && g.confidence() >= 0.3)
                    sb.append(g.name()).append(' ');
            }
        }
        return cut(sb.toString());
    }

    private static final java.util.regex.Pattern EXCLUSION =
            java.util.regex.Pattern.compile("[（(][^（）()]*(除|不含|不得|以外|须经|批准|限分|仅限|有效期)[^（）()]*[）)]");
    private static final java.util.regex.Pattern LICENCE_BOILERPLATE =
            java.util.regex.Pattern.compile("[^；;。]*(依法须经批准|不得从事本市产业政策|许可经营项目：无)[^；;。]*[；;。]?");

    /**
     * A business scope without its exclusion and licence clauses: （除新闻、出版、教育、医疗保健…以外的内容） names
     * what the company may NOT do, so its words must not match.
     */
    public static String withoutExclusions(String scope) {
        if (scope == null) return null;
        String t = scope;
        for (int i = 0; i < 3; i++) t = EXCLUSION.matcher(t).replaceAll("");
        return LICENCE_BOILERPLATE.matcher(t).replaceAll("");
    }

    public static TermBag bag(String text) {
        if (text == null || text.isBlank()) return TermBag.EMPTY;
        String t = cut(text);
        Map<String, Integer> counts = new HashMap<>();
        int length = 0;
        Set<String> words = new LinkedHashSet<>();
        for (String w : Segmenter.shared().words(t)) {
            counts.merge(w, 1, Integer::sum);
            words.add(w);
            length++;
        }
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isHan(c)) {
                if (prev != 0) {
                    counts.merge(String.valueOf(new char[] {TermBag.BIGRAM_MARK, prev, c}), 1, Integer::sum);
                    length++;
                }
                prev = c;
            } else {
                prev = 0;
            }
        }
        return new TermBag(counts, length, new ArrayList<>(words));
    }

    public static TermBag bag(SupportArea area) {
        return bag(of(area));
    }

    public static TermBag bag(EnterpriseProfile p) {
        return bag(of(p));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String cut(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS);
    }

    /** Splits a text into sentences at 。！？；, line breaks and semicolons, each stripped, empty ones dropped. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n';
            if (c != '\n') cur.append(c);
            if (end) {
                flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        if (s.length() >= 4) out.add(s);
        cur.setLength(0);
    }
}
