package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directions named inside a sentence — 重点支持电子信息、生物医药、新材料等领域, 支持方向包括：A；B；C — become
 * one area per named field, filed under the area whose text names them and carrying the sentence and its paragraph.
 */
final class NamedDirections {

    /** 支持 (面向) A、B、C等(六大)(新兴)领域/产业: at least three fields listed by 、. */
    private static final Pattern LISTED = Pattern.compile(
            "支持(?:面向)?((?:[^。；;，,、：:（）()]{2,14}、){2,}[^。；;，,、：:（）()]{2,14})等(?:[一二三四五六七八九十\\d]+大)?[^。；;，,、与和及]{0,4}(?:领域|产业)");
    /** 支持方向(包括|为)：A；B；C。 */
    private static final Pattern DIRECTIONS = Pattern.compile("支持(?:方向|领域)(?:包括|为|有|如下)?[：:]([^。]{4,400})");
    /** Names of things that are not fields: platforms, projects, organisations. */
    private static final Pattern NOT_A_FIELD = Pattern.compile("平台|项目|中心|企业|高校|院所|机构|大学|政府|部门|单位");

    private NamedDirections() {}

    /** The areas with, after each, one area per direction its text names in a sentence. */
    static List<AreaDraft> added(List<AreaDraft> areas) {
        List<AreaDraft> out = new ArrayList<>(areas.size());
        for (AreaDraft a : areas) {
            out.add(a);
            out.addAll(of(a));
        }
        return out;
    }

    /** The directions one area names in a sentence, each filed under it. */
    static List<AreaDraft> of(AreaDraft area) {
        List<AreaDraft> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher m = LISTED.matcher(area.text());
        while (m.find()) addAll(area, m.group(1).split("、"), sentence(area.text(), m.start()), out, seen);
        Matcher d = DIRECTIONS.matcher(area.text());
        while (d.find()) addAll(area, d.group(1).split("[；;]"), sentence(area.text(), d.start()), out, seen);
        return out;
    }

    private static void addAll(
            AreaDraft area, String[] names, String sentence, List<AreaDraft> out, List<String> seen) {
        List<String> clean = new ArrayList<>();
        for (String n : names) {
            String t = n.strip().replaceAll("^(?:重点|面向|聚焦|包括)", "").replaceAll("[。；;，,]$", "");
            if (t.length() < 2 || t.length() > 20 || NOT_A_FIELD.matcher(t).find()) return;
            clean.add(t);
        }
        if (clean.size() < 2) return;
        for (String name : clean) {
            if (seen.contains(name) || name.equals(area.title())) continue;
            seen.add(name);
            List<String> path = new ArrayList<>(area.path());
            path.add(name);
            out.add(new AreaDraft(path, name, sentence + "\n" + area.text()));
        }
    }

    /** The sentence around position {@code at}. */
    private static String sentence(String text, int at) {
        int start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
        int end = text.indexOf('。', at);
        return text.substring(start, end < 0 ? text.length() : end + 1).strip();
    }
}
