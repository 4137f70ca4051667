package io.fundmatch.guide.eval;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.guide.IngestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Scores what ingestion read from one document against its {@link ReferenceDocument}: precision, recall and F1
 * of the support areas, and every wrong fact (year, region, type, validity). An area read matches an expected
 * one when its title (numbering aside) is written on the expected heading line — or runs on into the next line —
 * and, for a key that is a name rather than a numbering (a 专栏 field, a direction named in a sentence), the
 * title contains that name. Each expected area matches at most one area read, in document order.
 */
public final class IngestEvaluation {

    /** Leading numbering of a title: 第十条, 第 1 0 条, （三）, 一、, 1., 1.1, 1﹒, 专栏2. */
    private static final Pattern NUMBERING =
            Pattern.compile("^\\s*(第\\s*[0-9一二三四五六七八九十百零〇\\s]+\\s*[条章节]|[（(]\\s*[0-9一二三四五六七八九十]+\\s*[）)]"
                    + "|[一二三四五六七八九十]+\\s*[、.．]|\\d+(\\s*[.．﹒、]\\s*\\d+)*\\s*[.．﹒、]?|专栏\\s*\\d*\\s*[:：]?)\\s*");
    /** A reference key that is only a numbering (not checked against the title). */
    private static final Pattern NUMBERING_KEY = Pattern.compile(
            "^(第[0-9一二三四五六七八九十百]+[条章节]|[（(][0-9一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、?" + "|\\d+([.．﹒]\\d+)*[.．﹒、]?|专栏\\d+)$");

    private static final int PREFIX = 8;

    private IngestEvaluation() {}

    /** How one document scored. Precision and recall are 1 when there is nothing to find or nothing found. */
    public record DocumentScore(
            String source,
            int expected,
            int found,
            int matched,
            List<String> wrongFacts,
            List<String> missed,
            List<String> unexpected) {

        public double precision() {
            return found == 0 ? (expected == 0 ? 1 : 0) : (double) matched / found;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Scores one ingested document.
     *
     * @param sourceLines the source file's lines as stored (line 1 first), which the reference's line numbers index
     */
    public static DocumentScore score(ReferenceDocument ref, List<String> sourceLines, IngestResult result) {
        List<String> wrong = new ArrayList<>();
        if (result == null || !result.ok()) {
            wrong.add("not read: " + (result == null ? "missing" : result.failure()));
            List<String> missed = ref.areas().stream()
                    .map(a -> "line " + a.line() + " " + a.key())
                    .toList();
            return new DocumentScore(ref.source(), ref.areas().size(), 0, 0, wrong, missed, List.of());
        }
        GuideDocument d = result.document();
        if (!Objects.equals(ref.year(), d.year())) wrong.add("year " + d.year() + " (expected " + ref.year() + ")");
        if (!Objects.equals(ref.region(), d.region())) {
            wrong.add("region " + show(d.region()) + " (expected " + show(ref.region()) + ")");
        }
        if (ref.type() != null && ref.type() != d.type())
            wrong.add("type " + d.type() + " (expected " + ref.type() + ")");
        if (ref.hasValid()
                && (!Objects.equals(ref.validFrom(), d.validFrom()) || !Objects.equals(ref.validTo(), d.validTo()))) {
            wrong.add("validity " + d.validFrom() + ".." + d.validTo() + " (expected " + ref.validFrom() + ".."
                    + ref.validTo() + ")");
        }
        List<SupportArea> areas = result.areas();
        boolean[] used = new boolean[areas.size()];
        List<String> missed = new ArrayList<>();
        int matched = 0;
        for (ReferenceDocument.Area expected : ref.areas()) {
            int hit = -1;
            for (int i = 0; i < areas.size() && hit < 0; i++) {
                if (!used[i] && matches(areas.get(i), expected, sourceLines)) hit = i;
            }
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else {
                missed.add("line " + expected.line() + " " + expected.key() + ": "
                        + excerpt(sourceLines, expected.line()));
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++)
            if (!used[i]) unexpected.add(String.join(" / ", areas.get(i).path()));
        return new DocumentScore(ref.source(), ref.areas().size(), areas.size(), matched, wrong, missed, unexpected);
    }

    /**
     * Ingests each referenced document from {@code shared} (the ../shared folder) and scores it. A document whose
     * file is absent scores as not read.
     */
    public static List<DocumentScore> scoreAll(List<ReferenceDocument> refs, Path shared, GuideIngester ingester) {
        List<DocumentScore> out = new ArrayList<>();
        for (ReferenceDocument ref : refs) {
            Path file = shared.resolve(ref.folder()).resolve(ref.source());
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.add(score(ref, List.of(), IngestResult.failed(ref.source(), "no such file " + file)));
                continue;
            }
            out.add(score(ref, lines, ingester.ingest(file)));
        }
        return out;
    }

    /** Whether the area read is the one whose heading is on the expected line. */
    static boolean matches(SupportArea area, ReferenceDocument.Area expected, List<String> sourceLines) {
        int at = expected.line() - 1;
        if (at < 0 || at >= sourceLines.size()) return false;
        String title = area.title() == null ? "" : area.title();
        String core = normalise(NUMBERING.matcher(title).replaceFirst(""));
        if (core.isEmpty()) core = normalise(title);
        if (core.isEmpty()) return false;
        String prefix = core.substring(0, Math.min(PREFIX, core.length()));
        String key = expected.key();
        String raw = sourceLines.get(at);
        String next = at + 1 < sourceLines.size() ? normalise(sourceLines.get(at + 1)) : "";
        if (key.isEmpty() || NUMBERING_KEY.matcher(key).matches()) {
            // a heading: the title is what the line says right after its numbering (possibly running on)
            String heading = normalise(NUMBERING.matcher(raw.strip()).replaceFirst(""));
            String joined = heading + next.substring(0, Math.min(next.length(), PREFIX));
            return !heading.isEmpty() && joined.startsWith(prefix);
        }
        // a name on the line (a 专栏 field, a direction named in a sentence): the title carries that name
        String line = normalise(raw);
        return line.contains(normalise(key)) && normalise(title).contains(normalise(key));
    }

    /** Letters and digits only (CJK characters are letters): spacing and punctuation variants do not matter. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String excerpt(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) return "(no such line)";
        String t = lines.get(line - 1).strip();
        return t.length() > 24 ? t.substring(0, 24) + "…" : t;
    }

    private static String show(io.fundmatch.reference.Region r) {
        return r == null ? "null" : r.displayName();
    }
}
