package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns extracted text into paragraphs: drops provenance comment lines at the top, page numbers
 * (- 15 -, —15—, 第3页), table rule lines and editor bookmarks, and rejoins lines that a PDF broke at
 * a fixed width (detected from the line lengths) into the paragraphs they were.
 */
public final class TextCleaner {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－_~\\s]*[-—–－]\\s*\\d{1,4}\\s*[-—–－][-—–－_~\\s]*$"
            + "|^第\\s*\\d{1,4}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?$"
            + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$"
            + "|^[Pp]age\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?$");
    private static final Pattern RULE_LINE = Pattern.compile("^[|｜\\s_=\\-—]*$");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^]]*]");
    private static final String SENTENCE_END = "。！？；：:!?;…";

    private TextCleaner() {}

    /** The paragraphs of a text, each stripped, none empty. */
    public static List<String> paragraphs(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> lines = new ArrayList<>();
        boolean top = true;
        for (String r : raw) {
            String line = BOOKMARK.matcher(r)
                    .replaceAll("")
                    .replace('\u00a0', ' ')
                    .replace('\u3000', ' ')
                    .replace("\ufeff", "")
                    .strip();
            if (top && line.startsWith("#")) continue; // provenance comments above a text file's content
            if (!line.isEmpty()) top = false;
            if (line.isEmpty()
                    || PAGE_NUMBER.matcher(line).matches()
                    || RULE_LINE.matcher(line).matches()) continue;
            lines.add(line);
        }
        double width = wrapWidth(lines);
        if (width <= 0) return lines;
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null) {
                current = new StringBuilder(line);
            } else {
                appendJoined(current, line);
            }
            if (!isWrapped(line, width)) {
                out.add(current.toString());
                current = null;
            }
        }
        if (current != null) out.add(current.toString());
        return out;
    }

    /** A line that reaches the wrap width without ending a sentence continues on the next line. */
    private static boolean isWrapped(String line, double width) {
        if (displayWidth(line) < width - 2.5) return false;
        char last = line.charAt(line.length() - 1);
        return SENTENCE_END.indexOf(last) < 0;
    }

    private static void appendJoined(StringBuilder sb, String next) {
        char a = sb.charAt(sb.length() - 1);
        char b = next.charAt(0);
        if (isAsciiWordChar(a) && isAsciiWordChar(b)) sb.append(' ');
        sb.append(next);
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * The width a PDF wrapped its lines at, or 0 when the text is not hard-wrapped: a clear share of
     * the lines has (nearly) the same display width.
     */
    static double wrapWidth(List<String> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        int considered = 0;
        for (String l : lines) {
            double w = displayWidth(l);
            if (w < 12) continue;
            considered++;
            counts.merge(Math.round(w), 1, Integer::sum);
        }
        if (considered < 8) return 0;
        long best = 0;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            int around = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
            if (around > bestCount || (around == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = around;
            }
        }
        if (best < 20 || best > 80 || bestCount < 0.4 * considered) return 0;
        return best + 1;
    }

    /** Characters counted as printed: ASCII half a column, everything else one. */
    static double displayWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) < 128 ? 0.5 : 1;
        return w;
    }
}
