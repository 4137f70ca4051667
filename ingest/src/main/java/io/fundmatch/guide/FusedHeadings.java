package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text copied from web pages often loses its line breaks: an article heading runs into its first sentence and
 * the numbered items of an article sit inside one paragraph. This splits a paragraph before an article heading
 * (第X条 after a full stop) and before each item of a run of at least two consecutively numbered items
 * (（一）…（二）…, 1．…2．…), so the outline sees them as headings.
 */
final class FusedHeadings {

    private static final Pattern ARTICLE =
            Pattern.compile("(?<=[。；;！？])\\s*(?=第\\s*(?:[一二三四五六七八九十百零〇两]{1,4}|\\d{1,3})\\s*条)");
    private static final Pattern PAREN_CN = Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)]");
    private static final Pattern ARABIC = Pattern.compile("(?<=[。；;：:])\\s*(\\d{1,2})[.．、](?!\\d)");

    private FusedHeadings() {}

    static List<String> split(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            for (String a : ARTICLE.split(p)) {
                splitItems(a.strip(), out);
            }
        }
        return out;
    }

    /** Splits before the items of a consecutive run (1, 2, …) of （N） or N． markers found inside the paragraph. */
    private static void splitItems(String p, List<String> out) {
        if (p.isEmpty()) return;
        List<Integer> cuts = run(p, PAREN_CN, true);
        if (cuts.isEmpty()) cuts = run(p, ARABIC, false);
        int from = 0;
        for (int c : cuts) {
            if (c > from) out.add(p.substring(from, c).strip());
            from = c;
        }
        out.add(p.substring(from).strip());
    }

    /** Positions of markers numbered 1, 2, 3 … in order (at least two), the first one not at the start. */
    private static List<Integer> run(String p, Pattern marker, boolean chinese) {
        List<Integer> cuts = new ArrayList<>();
        Matcher m = marker.matcher(p);
        int expect = 1;
        while (m.find()) {
            int n = chinese ? Outline.numberOf(m.group(1)) : Integer.parseInt(m.group(1));
            if (n == expect) {
                cuts.add(m.start(chinese ? 0 : 1));
                expect++;
            } else if (n == 1) {
                cuts.clear();
                cuts.add(m.start(chinese ? 0 : 1));
                expect = 2;
            }
        }
        if (cuts.size() < 2) return List.of();
        // an item list only: markers that start the paragraph or follow a sentence end, a colon or a heading
        List<Integer> kept = new ArrayList<>();
        for (int c : cuts) {
            if (c == 0) continue;
            char before = p.charAt(c - 1);
            if (chinese && "。；;：:！？".indexOf(before) < 0 && !(kept.isEmpty() && shortHeadingBefore(p, c))) continue;
            kept.add(c);
        }
        return kept.size() >= 2 || kept.size() == 1 && cuts.size() >= 2 && cuts.get(0) > 0 ? kept : List.of();
    }

    /** "第四条 支持方向（一）…": the text before the first item is a short heading. */
    private static boolean shortHeadingBefore(String p, int at) {
        String head = p.substring(0, at).strip();
        return head.length() <= 16 && !head.contains("。") && !head.contains("，");
    }
}
