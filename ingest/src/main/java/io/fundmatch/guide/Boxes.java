package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 专栏 boxes of plans: a box heading ("专栏1 …", "专栏 3 …", "专栏: …") followed by named fields, each
 * "name：text", "name:text" or "name。text". Three layouts are read: the whole box on one line with `|`
 * at its end; the heading on one line and all fields on the next, ended by `|`; and the fields as
 * separate paragraphs after the heading (a PDF box spread over many lines). A box with a title and no named
 * fields, followed by a paragraph, is one programme: a single field with no name.
 */
final class Boxes {

    private static final Pattern BOX_HEAD = Pattern.compile("^专栏\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})?\\s*[:：]?\\s*");
    private static final Pattern FIELD_START = Pattern.compile("(?:^|\\s+)([^\\s，,。、；;：:|“”()（）]{2,16})[：:。]");
    private static final Pattern FIELD_PARAGRAPH = Pattern.compile("^[^\\s，,。、；;：:|]{2,16}[：:]");

    private Boxes() {}

    /** One box: where it was, its heading as written, and its fields as [name, text] pairs. */
    record Box(int at, String heading, List<String[]> fields) {}

    static boolean isBoxHead(String paragraph) {
        return paragraph.startsWith("专栏")
                && BOX_HEAD.matcher(paragraph).find()
                && !paragraph.startsWith("专栏中")
                && !paragraph.startsWith("专栏内");
    }

    /**
     * Finds the boxes and takes them out of the paragraphs, leaving one placeholder paragraph per box so
     * the outline can tell which section holds it.
     */
    static List<Box> extract(List<String> paragraphs, List<String> rest, String placeholderPrefix) {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (!isBoxHead(p)) {
                rest.add(p);
                continue;
            }
            Matcher head = BOX_HEAD.matcher(p);
            head.find();
            String afterHead = p.substring(head.end()).strip();
            String number =
                    p.substring(0, head.end()).replaceAll("[:：\\s]+$", "").replaceAll("\\s+", " ");
            StringBuilder content = new StringBuilder();
            int last = i;
            content.append(afterHead);
            boolean wholeOnOneLine = endsWithBar(afterHead)
                    && !parse(0, number, afterHead).fields().isEmpty();
            if (!wholeOnOneLine) {
                if (endsWithBar(afterHead)) content.setLength(content.length() - 1);
                if (i + 1 < paragraphs.size() && barSoon(paragraphs, i + 1)) {
                    // fields on following lines, closed by |
                    for (int k = i + 1; k < paragraphs.size(); k++) {
                        content.append('\n').append(paragraphs.get(k));
                        last = k;
                        if (endsWithBar(paragraphs.get(k))) break;
                    }
                } else {
                    // fields as separate paragraphs: each starts "name：", a paragraph without a name may
                    // continue the field before it when another field follows
                    for (int k = i + 1; k < paragraphs.size(); k++) {
                        String q = paragraphs.get(k);
                        if (isBoxHead(q) || Outline.marker(q) != null) break;
                        boolean field = FIELD_PARAGRAPH.matcher(q).find();
                        boolean continuation = !field
                                && k + 1 < paragraphs.size()
                                && k > i + 1
                                && FIELD_PARAGRAPH
                                        .matcher(paragraphs.get(k + 1))
                                        .find()
                                && !isBoxHead(paragraphs.get(k + 1));
                        if (!field && !continuation) break;
                        content.append(field ? "\n" : "").append(q);
                        last = k;
                    }
                }
            }
            Box box = parse(boxes.size(), number, content.toString());
            if (box.fields().isEmpty()
                    && last == i
                    && !afterHead.isEmpty()
                    && i + 1 < paragraphs.size()
                    && isProgrammeText(paragraphs.get(i + 1))) {
                // a box that is one programme: its title, then a paragraph of what it does
                List<String[]> whole = new ArrayList<>();
                whole.add(new String[] {null, p + "\n" + paragraphs.get(i + 1)});
                box = new Box(boxes.size(), box.heading(), whole);
                last = i + 1;
            }
            if (box.fields().isEmpty()) {
                for (int k = i; k <= last; k++) rest.add(paragraphs.get(k));
            } else {
                boxes.add(box);
                rest.add(placeholderPrefix + (boxes.size() - 1));
            }
            i = last;
        }
        return boxes;
    }

    /** A paragraph of running text (not a heading, box or table row) long enough to describe a programme. */
    private static boolean isProgrammeText(String p) {
        return p.length() >= 30 && !isBoxHead(p) && Outline.marker(p) == null && p.contains("。");
    }

    private static boolean endsWithBar(String p) {
        return p.endsWith("|") || p.endsWith("｜");
    }

    private static boolean barSoon(List<String> paragraphs, int from) {
        for (int k = from; k < Math.min(paragraphs.size(), from + 3); k++) {
            if (endsWithBar(paragraphs.get(k))) return true;
            if (isBoxHead(paragraphs.get(k))) return false;
        }
        return false;
    }

    /** Splits a box's content into its title (text before the first field) and named fields. */
    static Box parse(int at, String number, String content) {
        String c = content.replaceAll("[|｜]", " ").strip();
        List<int[]> starts = new ArrayList<>();
        Matcher m = FIELD_START.matcher(c);
        while (m.find()) starts.add(new int[] {m.start(1), m.end(1), m.end()});
        List<String[]> fields = new ArrayList<>();
        String title = starts.isEmpty() ? c : c.substring(0, starts.get(0)[0]).strip();
        for (int k = 0; k < starts.size(); k++) {
            int[] s = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : c.length();
            String name = c.substring(s[0], s[1]);
            String text = c.substring(s[2], end).strip();
            if (text.length() < 8) continue;
            fields.add(new String[] {name, c.substring(s[0], end).strip()});
        }
        String heading = title.isEmpty()
                ? number
                : (number.matches("专栏\\s*\\d+|专栏\\s*[一二三四五六七八九十]+") ? number + " " + title : number + "：" + title);
        return new Box(at, heading, fields);
    }
}
