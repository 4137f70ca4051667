package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table flattened to text, one cell a line: header cells (板块 / 征集方向 / 征集内容简介), group headings
 * (一、围绕…), block cells numbered 1., direction cells numbered 1.1, then the direction's description.
 * One area per direction, its path group → block → direction.
 */
final class TableLayout {

    private static final Pattern HEADER_CELL = Pattern.compile("^[\\p{IsHan}]{2,8}$");
    private static final Pattern HEADER_WORD = Pattern.compile("方向|内容|简介|领域|板块|类别|名称");

    private TableLayout() {}

    /** Index of the first header row (two or more header cells in a row, one naming 方向 or 内容), or -1. */
    static int headerAt(List<String> paragraphs) {
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            int run = headerRun(paragraphs, i);
            if (run >= 2) {
                boolean names = false;
                for (int k = i; k < i + run; k++)
                    names |= paragraphs.get(k).contains("方向")
                            || paragraphs.get(k).contains("内容");
                if (names) return i;
            }
        }
        return -1;
    }

    private static int headerRun(List<String> paragraphs, int from) {
        int n = 0;
        while (from + n < paragraphs.size()) {
            String p = paragraphs.get(from + n);
            if (!HEADER_CELL.matcher(p).matches() || !HEADER_WORD.matcher(p).find()) break;
            n++;
        }
        return n;
    }

    /** The table's areas, or an empty list when the rows hold no numbered directions. */
    static List<AreaDraft> read(List<String> paragraphs, int header) {
        int start = header;
        if (start > 0
                && Outline.marker(paragraphs.get(start - 1)) != null
                && Outline.marker(paragraphs.get(start - 1)).kind() == Outline.Kind.CN) {
            start--;
        }
        List<AreaDraft> areas = new ArrayList<>();
        String group = null, block = null, direction = null;
        StringBuilder text = new StringBuilder();
        for (int i = start; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            int run = headerRun(paragraphs, i);
            if (run >= 2) {
                i += run - 1;
                continue;
            }
            Outline.Marker m = Outline.marker(p);
            Outline.Kind kind = m == null ? null : m.kind();
            if (kind == Outline.Kind.CN || kind == Outline.Kind.PAREN_CN || kind == Outline.Kind.CHAPTER) {
                if (Sections.isProcedural(Outline.splitTitle(m.rest())[0])) break;
                direction = flush(areas, group, block, direction, text);
                group = p;
                block = null;
            } else if (kind == Outline.Kind.ARABIC && p.length() <= 40) {
                direction = flush(areas, group, block, direction, text);
                block = p;
            } else if (kind == Outline.Kind.DECIMAL) {
                flush(areas, group, block, direction, text);
                direction = p;
            } else if (direction != null) {
                if (!text.isEmpty()) text.append('\n');
                text.append(p);
            }
        }
        flush(areas, group, block, direction, text);
        return areas;
    }

    private static String flush(
            List<AreaDraft> areas, String group, String block, String direction, StringBuilder text) {
        if (direction != null) {
            List<String> path = new ArrayList<>();
            if (group != null) path.add(group);
            if (block != null) path.add(block);
            path.add(direction);
            Outline.Marker m = Outline.marker(direction);
            String title = m == null ? direction : m.rest().strip();
            areas.add(new AreaDraft(path, title, text.toString().strip()));
        }
        text.setLength(0);
        return null;
    }
}
