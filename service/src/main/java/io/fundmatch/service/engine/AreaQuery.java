package io.fundmatch.service.engine;

import io.fundmatch.catalogue.AreaKind;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.Region;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A catalogue search: every word of {@code q} must occur in the area's title, headings, text, key terms or
 * document title; {@code source} matches the document id or file name; {@code district} any level of the
 * document's region; {@code type} GUIDE/PLAN (or 指南/规划); {@code kind} the area's kind (null: any).
 */
public record AreaQuery(
        List<String> words, String source, String district, String type, boolean includeSuperseded, AreaKind kind)
        implements Predicate<SupportArea> {

    public static AreaQuery of(String q, String source, String district, String type, boolean includeSuperseded) {
        return of(q, source, district, type, includeSuperseded, null);
    }

    /** @param kind an {@link AreaKind} name or its Chinese label; unknown names are a bad request */
    public static AreaQuery of(
            String q, String source, String district, String type, boolean includeSuperseded, String kind) {
        List<String> words = q == null
                ? List.of()
                : Arrays.stream(q.strip().split("[\\s,，、]+"))
                        .filter(w -> !w.isBlank())
                        .toList();
        AreaKind k = AreaKind.parse(kind);
        if (k == null && kind != null && !kind.isBlank()) {
            throw new IllegalArgumentException(
                    "unknown kind '" + kind.strip() + "' (one of " + Arrays.toString(AreaKind.values()) + ")");
        }
        return new AreaQuery(words, blank(source), blank(district), normaliseType(type), includeSuperseded, k);
    }

    @Override
    public boolean test(SupportArea a) {
        if (!includeSuperseded && a.superseded()) return false;
        if (kind != null && a.kind() != kind) return false;
        var d = a.document();
        if (source != null && (d == null || !(source.equals(d.id()) || contains(d.source(), source)))) return false;
        if (type != null && (d == null || d.type() == null || !d.type().name().equals(type))) return false;
        if (district != null) {
            Region r = d == null || d.region() == null ? Region.NATIONAL : d.region();
            if (!(contains(r.district(), district)
                    || contains(r.city(), district)
                    || contains(r.province(), district)
                    || (r.isNational() && district.equals("全国")))) return false;
        }
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            boolean hit = contains(a.title(), lw)
                    || contains(a.text(), lw)
                    || a.path().stream().anyMatch(p -> contains(p, lw))
                    || a.keyTerms().stream().anyMatch(k -> contains(k, lw))
                    || (d != null && contains(d.title(), lw))
                    || lw.equals(a.id());
            if (!hit) return false;
        }
        return true;
    }

    private static boolean contains(String s, String part) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(part);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String normaliseType(String t) {
        if (t == null || t.isBlank()) return null;
        String s = t.strip().toUpperCase(Locale.ROOT);
        if (s.equals("指南") || s.equals("申报指南")) return "GUIDE";
        if (s.equals("规划") || s.equals("PLAN")) return "PLAN";
        return s;
    }
}
