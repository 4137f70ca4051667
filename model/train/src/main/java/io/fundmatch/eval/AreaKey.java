package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the grade a set of judgments gives an area of the catalogue. A judgment names the document's source
 * file and an area title as written; titles are compared without numbering, spaces and punctuation. The
 * closest match wins: the area's own title equal to the judged title, then one containing the other, then a
 * judged heading among the area's parent headings (a sub-item inherits the grade of the heading judged).
 */
public final class AreaKey {

    private AreaKey() {}

    /** The grade for this area, or empty when no judgment names it (graded 0 by the guidelines). */
    public static Optional<Integer> grade(SupportArea area, Collection<Judgment> judgments) {
        String source = area.document() == null ? null : area.document().source();
        String title = normalise(area.title());
        List<String> parents = area.path().stream().map(AreaKey::normalise).toList();
        int bestLevel = 0;
        int bestGrade = 0;
        for (Judgment j : judgments) {
            if (source == null || !sameSource(source, j.source())) continue;
            String t = normalise(j.title());
            if (t.isEmpty()) continue;
            int level;
            if (t.equals(title)) level = 3;
            else if (!title.isEmpty() && (title.contains(t) || (title.length() >= 4 && t.contains(title)))) level = 2;
            else if (parents.contains(t)) level = 1;
            else continue;
            if (level > bestLevel || (level == bestLevel && j.grade() > bestGrade)) {
                bestLevel = level;
                bestGrade = j.grade();
            }
        }
        return bestLevel == 0 ? Optional.empty() : Optional.of(bestGrade);
    }

    static boolean sameSource(String areaSource, String judged) {
        String a = areaSource.replace('\\', '/');
        a = a.substring(a.lastIndexOf('/') + 1);
        return a.equalsIgnoreCase(judged);
    }

    /** Lower-cased, without leading numbering (1.2 / （一） / 一、 / 第二节 / 专栏 3), spaces, quotes and punctuation. */
    static String normalise(String s) {
        if (s == null) return "";
        String t = s.strip()
                .replaceFirst("^第[0-9一二三四五六七八九十百]+[章节篇部分]\\s*", "")
                .replaceFirst("^专栏\\s*[0-9一二三四五六七八九十]*\\s*[:：]?", "")
                .replaceFirst("^[（(]?[0-9一二三四五六七八九十.．、)）]+\\s*", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
