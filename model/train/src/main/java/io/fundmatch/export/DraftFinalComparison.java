package io.fundmatch.export;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.csv.CsvTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a final document differs from its draft: areas are matched by their title (numbering and spacing
 * ignored); each pair says whether the area was kept unchanged, reworded, dropped or added, with the word
 * overlap of the two texts.
 */
public final class DraftFinalComparison {

    /** Kept with (nearly) the same text: word overlap at least this. */
    static final double UNCHANGED = 0.95;

    /** One area of a draft/final pair. */
    record Row(
            String draftId,
            String draftTitle,
            String finalId,
            String finalTitle,
            String title,
            String status,
            String draftAreaId,
            String finalAreaId,
            int draftLength,
            int finalLength,
            Double overlap) {}

    private static final Pattern NUMBERING = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇0-9]+[章节条部分篇]|[（(]?[一二三四五六七八九十0-9]+[)）]?[、.．:：]?|专栏[0-9一二三四五六七八九十]*[:：]?)\\s*");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。、；：（）《》“”‘’【】]");

    private DraftFinalComparison() {}

    public static List<Row> of(List<SupportArea> areas, Function<String, List<String>> words) {
        Map<String, GuideDocument> docs = new LinkedHashMap<>();
        Map<String, List<SupportArea>> byDoc = new LinkedHashMap<>();
        for (SupportArea a : areas) {
            docs.putIfAbsent(a.document().id(), a.document());
            byDoc.computeIfAbsent(a.document().id(), k -> new ArrayList<>()).add(a);
        }
        List<Row> out = new ArrayList<>();
        for (GuideDocument draft : docs.values()) {
            if (!draft.draft() || draft.supersededBy() == null || !docs.containsKey(draft.supersededBy())) continue;
            GuideDocument fin = docs.get(draft.supersededBy());
            Map<String, SupportArea> d = byTitle(byDoc.get(draft.id()));
            Map<String, SupportArea> f = byTitle(byDoc.get(fin.id()));
            for (Map.Entry<String, SupportArea> e : d.entrySet()) {
                SupportArea a = e.getValue();
                SupportArea b = f.get(e.getKey());
                if (b == null) {
                    out.add(new Row(
                            draft.id(),
                            draft.title(),
                            fin.id(),
                            fin.title(),
                            a.title(),
                            "dropped",
                            a.id(),
                            null,
                            a.text().length(),
                            0,
                            null));
                } else {
                    double overlap = overlap(words.apply(a.text()), words.apply(b.text()));
                    out.add(new Row(
                            draft.id(),
                            draft.title(),
                            fin.id(),
                            fin.title(),
                            b.title(),
                            overlap >= UNCHANGED ? "unchanged" : "reworded",
                            a.id(),
                            b.id(),
                            a.text().length(),
                            b.text().length(),
                            overlap));
                }
            }
            for (Map.Entry<String, SupportArea> e : f.entrySet()) {
                if (d.containsKey(e.getKey())) continue;
                SupportArea b = e.getValue();
                out.add(new Row(
                        draft.id(),
                        draft.title(),
                        fin.id(),
                        fin.title(),
                        b.title(),
                        "added",
                        null,
                        b.id(),
                        0,
                        b.text().length(),
                        null));
            }
        }
        return out;
    }

    /** A title without its numbering, spacing and punctuation ("（三）智能 制造。" → "智能制造"). */
    static String key(String title) {
        String t = title == null ? "" : title.strip();
        String before;
        do {
            before = t;
            t = NUMBERING.matcher(t).replaceFirst("");
        } while (!t.equals(before) && !t.isEmpty());
        return NOISE.matcher(t).replaceAll("");
    }

    private static Map<String, SupportArea> byTitle(List<SupportArea> areas) {
        Map<String, SupportArea> m = new LinkedHashMap<>();
        for (SupportArea a : areas) m.putIfAbsent(key(a.title()), a);
        return m;
    }

    /** Jaccard overlap of the two word sets (1 when both are empty). */
    static double overlap(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a);
        Set<String> y = new HashSet<>(b);
        if (x.isEmpty() && y.isEmpty()) return 1;
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    public static CsvTable table(List<Row> rows) {
        CsvTable t = new CsvTable(
                "draft_document_id",
                "draft_document",
                "final_document_id",
                "final_document",
                "title",
                "status",
                "draft_area_id",
                "final_area_id",
                "draft_text_length",
                "final_text_length",
                "word_overlap");
        for (Row r : rows)
            t.add(
                    r.draftId(),
                    r.draftTitle(),
                    r.finalId(),
                    r.finalTitle(),
                    r.title(),
                    r.status(),
                    r.draftAreaId(),
                    r.finalAreaId(),
                    r.draftLength(),
                    r.finalLength(),
                    r.overlap() == null ? null : String.format(java.util.Locale.ROOT, "%.4f", r.overlap()));
        return t;
    }
}
