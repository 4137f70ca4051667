package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables whose rows stay rows in the text, cells separated by tabs (HTML and Word tables as extracted): a
 * header row naming a direction column (方向名称, 领域, 专题, 项目名称 …) and a description column (支持内容,
 * 简介, 重点 …), then one row per direction. One area per row: its title the direction cell, its text the
 * description followed by the other cells with their column names (支持额度：最高200万元), its path the
 * heading above the table. Tables without both columns (contacts, budgets) are left alone.
 */
final class GridTable {

    private static final Pattern NAME_COLUMN = Pattern.compile("方向|领域|专题|名称|类别|板块|主题|任务");
    private static final Pattern TEXT_COLUMN = Pattern.compile("内容|简介|说明|重点|描述|要点|目标|任务");
    private static final Pattern INDEX_COLUMN = Pattern.compile("^(序号|编号|序)$");

    private GridTable() {}

    /** The areas of every direction table in the paragraphs; empty when there is none. */
    static List<AreaDraft> read(List<String> paragraphs) {
        List<AreaDraft> areas = new ArrayList<>();
        String heading = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            List<String> header = cells(p);
            int name = column(header, NAME_COLUMN, -1);
            int text = column(header, TEXT_COLUMN, name);
            if (header.size() < 2 || name < 0 || text < 0 || header.stream().anyMatch(c -> c.length() > 12)) {
                if (header.size() < 2 && Outline.marker(p) != null && p.length() <= 40) heading = p;
                continue;
            }
            int k = i + 1;
            for (; k < paragraphs.size(); k++) {
                List<String> row = cells(paragraphs.get(k));
                if (row.size() < 2) break;
                String title = cell(row, name);
                if (title.isEmpty()) continue;
                StringBuilder body = new StringBuilder(cell(row, text));
                for (int c = 0; c < row.size() && c < header.size(); c++) {
                    if (c == name
                            || c == text
                            || INDEX_COLUMN.matcher(header.get(c)).matches()
                            || row.get(c).isBlank()) continue;
                    if (!body.isEmpty()) body.append('\n');
                    body.append(header.get(c)).append('：').append(row.get(c).strip());
                }
                List<String> path = new ArrayList<>();
                if (heading != null) path.add(heading);
                path.add(title);
                areas.add(new AreaDraft(path, title, body.toString().strip()));
            }
            i = k - 1;
        }
        return areas;
    }

    private static List<String> cells(String paragraph) {
        if (paragraph.indexOf('\t') < 0) return List.of(paragraph);
        List<String> out = new ArrayList<>();
        for (String c : paragraph.split("\t", -1)) out.add(c.strip());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** The first column whose name matches, other than {@code not}; -1 when none does. */
    private static int column(List<String> header, Pattern words, int not) {
        for (int c = 0; c < header.size(); c++) {
            if (c != not && words.matcher(header.get(c)).find()) return c;
        }
        return -1;
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c).strip() : "";
    }
}
