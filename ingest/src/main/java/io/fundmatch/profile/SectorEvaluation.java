package io.fundmatch.profile;

import io.fundmatch.reference.SectorInference;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the sector inference against hand-assigned labels: a TSV of {@code key, 门类, 大类} where the key is a
 * registry row's 统一社会信用代码, and the registry files holding those rows. Reports top-1 and top-3 accuracy
 * at 门类 and 大类 level, and the majority-label baseline for comparison.
 */
public final class SectorEvaluation {

    /** One labelled row: its key, the labels and the inference's top-3 at each level. */
    public record Case(
            String key,
            String section,
            String division,
            List<String> predictedSections,
            List<String> predictedDivisions) {}

    /**
     * @param cases               the labelled rows found in the registry files
     * @param missing             labels whose key no registry file holds
     * @param sectionTop1         share of rows whose 门类 is the first guess
     * @param sectionTop3         … among the first three
     * @param divisionTop1        share of rows whose 大类 is the first guess
     * @param divisionTop3        … among the first three
     * @param majorityDivision    the most frequent labelled 大类
     * @param majorityShare       its share (the accuracy of always guessing it)
     */
    public record Result(
            List<Case> cases,
            int missing,
            double sectionTop1,
            double sectionTop3,
            double divisionTop1,
            double divisionTop3,
            String majorityDivision,
            double majorityShare) {
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "%d labelled rows (%d labels not found): 门类 top-1 %.1f%%, top-3 %.1f%%; 大类 top-1 %.1f%%,"
                            + " top-3 %.1f%% (always guessing %s: %.1f%%)",
                    cases.size(),
                    missing,
                    100 * sectionTop1,
                    100 * sectionTop3,
                    100 * divisionTop1,
                    100 * divisionTop3,
                    majorityDivision,
                    100 * majorityShare);
        }
    }

    private SectorEvaluation() {}

    /** Reads the labels and the registry files, infers every labelled row and scores it. */
    public static Result run(Path labels, List<Path> registryFiles) throws IOException {
        Map<String, String[]> wanted = readLabels(labels);
        SectorInference inference = SectorInference.shared();
        List<Case> cases = new ArrayList<>();
        for (Path file : registryFiles) {
            for (String[] row : rows(file)) {
                String[] label = wanted.remove(row[1]);
                if (label == null) continue;
                SectorInference.Prediction p = inference.infer(row[0], row[2], null, 3);
                cases.add(new Case(
                        row[1],
                        label[0],
                        label[1],
                        p.sections().stream().map(SectorGuess::code).toList(),
                        p.divisions().stream().map(SectorGuess::code).toList()));
            }
        }
        int n = Math.max(1, cases.size());
        Map<String, Integer> counts = new HashMap<>();
        cases.forEach(c -> counts.merge(c.division, 1, Integer::sum));
        Map.Entry<String, Integer> majority =
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("-", 0));
        return new Result(
                cases,
                wanted.size(),
                share(cases, c -> first(c.predictedSections, c.section)) / n,
                share(cases, c -> c.predictedSections.contains(c.section)) / n,
                share(cases, c -> first(c.predictedDivisions, c.division)) / n,
                share(cases, c -> c.predictedDivisions.contains(c.division)) / n,
                majority.getKey(),
                (double) majority.getValue() / n);
    }

    private static boolean first(List<String> guesses, String label) {
        return !guesses.isEmpty() && guesses.get(0).equals(label);
    }

    private static double share(List<Case> cases, java.util.function.Predicate<Case> hit) {
        return cases.stream().filter(hit).count();
    }

    /** key → {门类, 大类}. */
    static Map<String, String[]> readLabels(Path labels) throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new IOException(labels.getFileName() + ": a label line needs key, 门类, 大类: " + line);
            out.put(f[0].strip(), new String[] {f[1].strip(), f[2].strip()});
        }
        return out;
    }

    /** name, credit code, scope of every row of a registry TSV (columns found by header). */
    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int name = -1;
            int code = -1;
            int scope = -1;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (name < 0) {
                    for (int i = 0; i < f.length; i++) {
                        ProfileColumn c = ProfileColumn.of(f[i]).orElse(null);
                        if (c == ProfileColumn.NAME) name = i;
                        if (c == ProfileColumn.CREDIT_CODE) code = i;
                        if (c == ProfileColumn.BUSINESS_SCOPE) scope = i;
                    }
                    if (name < 0 || code < 0 || scope < 0) {
                        throw new IOException(file.getFileName() + ": needs 企业名称, 统一社会信用代码 and 经营范围 columns");
                    }
                    continue;
                }
                if (f.length <= Math.max(name, Math.max(code, scope))) continue;
                out.add(new String[] {f[name], f[code].strip(), f[scope]});
            }
        }
        return out;
    }
}
