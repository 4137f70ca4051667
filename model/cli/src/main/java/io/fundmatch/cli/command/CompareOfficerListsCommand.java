package io.fundmatch.cli.command;

import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.json.Json;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.nightly.NightlyJob;
import io.fundmatch.profile.RegistryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch compare-officer-lists --run OUT/DATE --registry FILE --catalogue FILE}: how far a nightly run's
 * officer lists ({@code area-top/}) are from the service's answer for the same areas ({@link
 * MatchingRecommender#enterprisesFor} with the default ranker over the same registry and catalogue), and how far the
 * first stage's order (the run's {@code state/area-candidates/}) is: per area, the share of the service's first K the
 * list holds, and whether its first entry is the service's; and the share of the service's first K among the N
 * candidates the run ordered.
 */
@Command(
        name = "compare-officer-lists",
        mixinStandardHelpOptions = true,
        description = {
            "compare a nightly run's officer lists with the service's answers for the same areas",
            "Reads OUT/DATE/area-top and state/area-candidates, builds the service's recommender (default ranker) over "
                    + "the registry and catalogue the run read, and reports, over the first --areas areas by id, the "
                    + "mean share of the service's top K in the run's top K (overlap@K) and how often both put the "
                    + "same enterprise first, for the run's lists and for the first stage's order, and the share of "
                    + "the service's top K among the N candidates the run ordered."
        })
public final class CompareOfficerListsCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "a nightly run folder (OUT/DATE)")
    Path run;

    @Option(names = "--registry", required = true, paramLabel = "FILE", description = "the registry the run read")
    Path registry;

    @Option(names = "--catalogue", required = true, paramLabel = "FILE", description = "the catalogue the run read")
    Path catalogue;

    @Option(
            names = "--areas",
            paramLabel = "N",
            defaultValue = "100",
            converter = WholeNumber.Positive.class,
            description = "areas compared: the first N by id of those the run listed (default ${DEFAULT-VALUE})")
    int areas;

    @Option(
            names = "--k",
            paramLabel = "K",
            defaultValue = "20",
            converter = WholeNumber.Positive.class,
            description = "list length compared (default ${DEFAULT-VALUE})")
    int k;

    @Override
    public Integer call() throws Exception {
        for (Path f : List.of(registry, catalogue))
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException(f + " is not a file");
        Path manifest = run.resolve("manifest.json");
        if (!Files.isRegularFile(manifest))
            throw new IllegalArgumentException(run + " is not a complete nightly run (no manifest.json)");
        var written = Json.mapper().readTree(manifest.toFile());
        LocalDate day = LocalDate.parse(written.get("date").asText());
        int topN = written.get("topN").asInt();

        Map<String, List<String>> job;
        Map<String, List<String>> candidates;
        SparkSession spark = NightlyJob.session("local[2]");
        try {
            job = lists(spark.read().parquet(run.resolve("area-top").toString()), Integer.MAX_VALUE);
            candidates = lists(
                    spark.read().parquet(run.resolve("state/area-candidates").toString()), topN);
        } finally {
            spark.stop();
        }
        List<String> compared = job.keySet().stream().limit(areas).toList();

        MatchingRecommender service = Recommenders.create(Recommenders.DEFAULT_RANKER, null);
        service.setAreas(CatalogueFiles.read(catalogue).areas());
        service.setEnterprises(RegistryFiles.read(registry));

        double jobOverlap = 0;
        double stageOverlap = 0;
        double candidateRecall = 0;
        int jobFirst = 0;
        int stageFirst = 0;
        int n = 0;
        MatchOptions options = new MatchOptions(k, false, false, day);
        for (String area : compared) {
            List<String> served = service.enterprisesFor(area, options).stream()
                    .map(m -> m.enterprise().id())
                    .toList();
            if (served.isEmpty()) continue;
            List<String> mine = head(job.get(area), k);
            List<String> listed = candidates.getOrDefault(area, List.of());
            List<String> stage = head(listed, k);
            jobOverlap += overlap(served, mine);
            stageOverlap += overlap(served, stage);
            candidateRecall += overlap(served, listed);
            if (!mine.isEmpty() && mine.get(0).equals(served.get(0))) jobFirst++;
            if (!stage.isEmpty() && stage.get(0).equals(served.get(0))) stageFirst++;
            n++;
        }
        if (n == 0) {
            System.err.println("compare-officer-lists: no area of the run has an answer from the service");
            return 1;
        }
        System.out.printf(Locale.ROOT, "areas compared %d (of %d listed), K %d, run date %s%n", n, job.size(), k, day);
        System.out.printf(
                Locale.ROOT,
                "run's officer lists:   overlap@%d %.3f, same first %.3f%n",
                k,
                jobOverlap / n,
                jobFirst / (double) n);
        System.out.printf(
                Locale.ROOT,
                "first stage's order:   overlap@%d %.3f, same first %.3f%n",
                k,
                stageOverlap / n,
                stageFirst / (double) n);
        System.out.printf(
                Locale.ROOT,
                "the service's top %d among the run's %d candidates of an area (first stage): %.3f%n",
                k,
                topN,
                candidateRecall / n);
        return 0;
    }

    /** Each area's enterprise ids by rank (the first {@code max} ranks). */
    private static Map<String, List<String>> lists(Dataset<Row> table, int max) {
        Map<String, TreeMap<Integer, String>> byArea = new TreeMap<>();
        for (Row r : table.select("area_id", "rank", "enterprise_id")
                .where(table.col("rank").leq(max))
                .collectAsList()) {
            byArea.computeIfAbsent(r.getString(0), a -> new TreeMap<>()).put(r.getInt(1), r.getString(2));
        }
        Map<String, List<String>> out = new TreeMap<>();
        byArea.forEach((a, ranks) -> out.put(a, new ArrayList<>(ranks.values())));
        return out;
    }

    private static List<String> head(List<String> l, int k) {
        return l.size() <= k ? l : l.subList(0, k);
    }

    /** The share of {@code served} that {@code listed} holds. */
    private static double overlap(List<String> served, List<String> listed) {
        Set<String> s = new HashSet<>(listed);
        int hit = 0;
        for (String id : served) if (s.contains(id)) hit++;
        return hit / (double) served.size();
    }
}
