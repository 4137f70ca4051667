package io.fundmatch.eval;

import io.fundmatch.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes an evaluation: {@code report.md} (the table a reader wants), {@code metrics.csv} (one row per split,
 * ranker, direction and metric) and {@code per-query.csv} (one row per ranker, direction and query) for the notebooks;
 * cross-validation and the frozen test split in separate tables and rows ({@code split} = cv / frozen).
 */
public final class ReportWriter {

    private ReportWriter() {}

    public static void write(
            Path out,
            List<Evaluation.QueryResult> results,
            List<Evaluation.Summary> summaries,
            String header,
            String verdict)
            throws IOException {
        write(out, results, summaries, header, verdict, java.util.Set.of());
    }

    /**
     * As {@link #write(Path, List, List, String, String)}, and {@code report.md} also gives the enterprise→area nDCG@10
     * of the registry-built profiles ({@code registryBuilt}: their ids) apart from the invented ones, per split.
     */
    public static void write(
            Path out,
            List<Evaluation.QueryResult> results,
            List<Evaluation.Summary> summaries,
            String header,
            String verdict,
            java.util.Set<String> registryBuilt)
            throws IOException {
        Files.createDirectories(out);
        CsvTable metrics = new CsvTable("ranker", "direction", "metric", "value", "queries", "judged_queries", "split");
        for (Evaluation.Summary s : summaries) {
            for (String[] m : new String[][] {
                {"ndcg@5", f(s.ndcg5())},
                {"ndcg@10", f(s.ndcg10())},
                {"recall@10", f(s.recall10())},
                {"mrr", f(s.mrr())},
                {"violations@10", String.valueOf(s.violations())}
            }) {
                metrics.add(s.ranker(), dir(s.direction()), m[0], m[1], s.queries(), s.judged(), split(s.split()));
            }
        }
        metrics.write(out.resolve("metrics.csv"));
        CsvTable perQuery = new CsvTable(
                "ranker",
                "direction",
                "query",
                "fold",
                "judged",
                "ndcg@5",
                "ndcg@10",
                "recall@10",
                "mrr",
                "violations@10",
                "split");
        for (Evaluation.QueryResult r : results) {
            perQuery.add(
                    r.ranker(),
                    dir(r.direction()),
                    r.query(),
                    r.fold(),
                    r.judged(),
                    f(r.ndcg5()),
                    f(r.ndcg10()),
                    f(r.recall10()),
                    f(r.mrr()),
                    r.violations(),
                    split(r.split()));
        }
        perQuery.write(out.resolve("per-query.csv"));
        StringBuilder md =
                new StringBuilder("# fundmatch evaluation\n\n").append(header).append("\n\n");
        for (String split : List.of(Evaluation.CV, Evaluation.FROZEN)) {
            if (summaries.stream().noneMatch(s -> s.split().equals(split))) continue;
            md.append(
                    split.equals(Evaluation.CV)
                            ? "## Cross-validation (every profile and officer area outside the frozen split)\n\n"
                            : "## Frozen test split (judged before any tuning; scored by models trained on the rest only)\n\n");
            table(md, summaries, split);
            md.append('\n');
        }
        if (!registryBuilt.isEmpty()) byKind(md, results, registryBuilt);
        md.append(verdict).append("\n");
        Files.writeString(out.resolve("report.md"), md, StandardCharsets.UTF_8);
    }

    /**
     * Enterprise→area nDCG@10 over the judged queries of each kind of profile: built from a registry row (name and
     * 经营范围, as officers hold them) or invented (with a specialization and qualifications, as an SME writes).
     */
    private static void byKind(
            StringBuilder md, List<Evaluation.QueryResult> results, java.util.Set<String> registryBuilt) {
        List<String> rankers =
                results.stream().map(Evaluation.QueryResult::ranker).distinct().toList();
        md.append("## Enterprise→area nDCG@10 by kind of profile\n\n| split | profiles | judged |");
        rankers.forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|---|---|");
        rankers.forEach(r -> md.append("---|"));
        md.append('\n');
        for (String split : List.of(Evaluation.CV, Evaluation.FROZEN)) {
            for (boolean registry : new boolean[] {false, true}) {
                java.util.Map<String, double[]> sums = new java.util.LinkedHashMap<>();
                for (Evaluation.QueryResult r : results) {
                    if (!r.direction().equals(Evaluation.TO_AREAS) || !r.split().equals(split) || !r.judged()) continue;
                    if (registryBuilt.contains(r.query()) != registry) continue;
                    double[] sum = sums.computeIfAbsent(r.ranker(), k -> new double[2]);
                    sum[0] += r.ndcg10();
                    sum[1]++;
                }
                if (sums.isEmpty()) continue;
                md.append("| ")
                        .append(split.equals(Evaluation.CV) ? "cross-validation" : "frozen")
                        .append(" | ")
                        .append(registry ? "registry-built" : "invented")
                        .append(" | ")
                        .append((int) sums.values().iterator().next()[1])
                        .append(" |");
                for (String ranker : rankers) {
                    double[] sum = sums.get(ranker);
                    md.append(' ').append(sum == null ? "" : f(sum[0] / sum[1])).append(" |");
                }
                md.append('\n');
            }
        }
        md.append('\n');
    }

    private static void table(StringBuilder md, List<Evaluation.Summary> summaries, String split) {
        md.append(
                "| direction | ranker | nDCG@5 | nDCG@10 | Recall@10 | MRR | judged queries | violations in top 10 |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (String direction : List.of(Evaluation.TO_AREAS, Evaluation.TO_ENTERPRISES)) {
            for (Evaluation.Summary s : summaries) {
                if (!s.direction().equals(direction) || !s.split().equals(split)) continue;
                md.append("| ")
                        .append(direction)
                        .append(" | ")
                        .append(s.ranker())
                        .append(" | ")
                        .append(f(s.ndcg5()))
                        .append(" | ")
                        .append(f(s.ndcg10()))
                        .append(" | ")
                        .append(f(s.recall10()))
                        .append(" | ")
                        .append(f(s.mrr()))
                        .append(" | ")
                        .append(s.judged())
                        .append(" of ")
                        .append(s.queries())
                        .append(" | ")
                        .append(s.violations())
                        .append(" |\n");
            }
        }
    }

    private static String split(String split) {
        return split.equals(Evaluation.FROZEN) ? "frozen" : "cv";
    }

    private static String dir(String direction) {
        return direction.equals(Evaluation.TO_AREAS) ? "enterprise_to_area" : "area_to_enterprise";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
