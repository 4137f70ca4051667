package io.fundmatch.cli.command;

import io.fundmatch.bench.BlockedProductBound;
import io.fundmatch.cli.option.NightlyCutoffs;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.nightly.NightlyJob;
import io.fundmatch.nightly.NightlyOptions;
import io.fundmatch.nightly.NightlyRanking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch bench-nightly}: the nightly job end to end on a synthetic registry and catalogue
 * (generated once per size and seed), then, in the same process, the machine's bound — the same embeddings
 * and jurisdiction blocks as one in-process blocked matrix product with top-K heaps — and the ratios.
 */
@Command(
        name = "bench-nightly",
        mixinStandardHelpOptions = true,
        description = {
            "benchmark the nightly job at scale against the machine's bound (in-process blocked product)",
            "Generates WORK/data-<size>/ once, runs the nightly job into WORK/out-<size>/, then times the in-process blocked "
                    + "product of the same embeddings (median of --repeat runs) on as many threads as the master's cores."
        })
public final class BenchNightlyCommand implements Callable<Integer> {

    @Mixin
    NightlyCutoffs cutoffs;

    @Option(
            names = "--enterprises",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "enterprises (default ${DEFAULT-VALUE})")
    long enterprises;

    @Option(
            names = "--areas",
            paramLabel = "N",
            defaultValue = "10000",
            converter = WholeNumber.Positive.class,
            description = "support areas (default ${DEFAULT-VALUE})")
    int areas;

    @Option(
            names = "--districts",
            paramLabel = "N",
            defaultValue = "20",
            converter = WholeNumber.Positive.class,
            description = "districts (default ${DEFAULT-VALUE})")
    int districts;

    @Option(
            names = "--master",
            paramLabel = "URL",
            defaultValue = "local[2]",
            description = "Spark master (default ${DEFAULT-VALUE})")
    String master;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "random seed of the generated data (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            defaultValue = "bench-nightly",
            description = "work folder (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--no-explain", negatable = false, description = "skip explanations")
    boolean noExplain;

    @Option(
            names = "--repeat",
            paramLabel = "N",
            defaultValue = "3",
            converter = WholeNumber.Positive.class,
            description = "timed runs of the bound (default ${DEFAULT-VALUE})")
    int repeat;

    @Override
    public Integer call() throws Exception {
        boolean explain = !noExplain;
        LocalDate date = LocalDate.of(2026, 11, 23);
        String size = enterprises + "x" + areas + "-d" + districts + "-s" + seed;
        Path data = work.resolve("data-" + size);
        if (!Files.exists(data.resolve("done"))) {
            Files.createDirectories(data);
            long t0 = System.nanoTime();
            SyntheticData gen = new SyntheticData(Distributions.load(), seed, districts, date);
            gen.writeCatalogue(data.resolve("catalogue.jsonl"), areas);
            gen.writeRegistry(data.resolve("registry.jsonl"), enterprises);
            Files.writeString(data.resolve("done"), "");
            System.out.printf(Locale.ROOT, "[bench] generated %s in %.1f s%n", data, (System.nanoTime() - t0) / 1e9);
        }
        Path out = work.resolve("out-" + size);
        NightlyOptions o = new NightlyOptions(
                data.resolve("registry.jsonl").toString(),
                data.resolve("catalogue.jsonl").toString(),
                cutoffs.model,
                out.toString(),
                null,
                cutoffs.topK,
                cutoffs.topN,
                false,
                explain,
                date,
                master,
                0,
                null);
        SparkSession spark = NightlyJob.session(master);
        try {
            long t0 = System.nanoTime();
            NightlyJob.Result r = new NightlyJob(o, System.out).run();
            long endToEnd = (System.nanoTime() - t0) / 1_000_000;
            String ranker = NightlyRanking.configured(cutoffs.model).ranker();
            if (!ranker.equals("tower")) { // the bound multiplies one vector per area: the towers' layout
                System.out.println("[bench] nightly " + enterprises + " enterprises × " + areas + " areas, "
                        + districts + " districts, top-" + cutoffs.topK + "/top-" + cutoffs.topN + ", " + master
                        + ", ranker " + ranker + (explain ? "" : ", no explanations"));
                r.manifest()
                        .stageMillis()
                        .forEach((st, ms) -> System.out.printf(Locale.ROOT, "[bench]   %-18s %,10d ms%n", st, ms));
                System.out.printf(Locale.ROOT, "[bench]   %-18s %,10d ms%n", "end to end", endToEnd);
                System.out.println("[bench] bound: measured for the tower ranker only (one vector per area)");
                return 0;
            }

            BlockedProductBound.Input in = loadEmbeddings(spark, r.folder());
            int threads = spark.sparkContext().defaultParallelism();
            long[] times = new long[repeat];
            long pairs = 0;
            for (int k = 0; k < repeat; k++) {
                long b0 = System.nanoTime();
                pairs = BlockedProductBound.run(in, cutoffs.topK, threads);
                times[k] = (System.nanoTime() - b0) / 1_000_000;
            }
            Arrays.sort(times);
            long bound = times[repeat / 2];
            long score = r.manifest().stageMillis().getOrDefault("score", 0L);
            System.out.println("[bench] nightly " + enterprises + " enterprises × " + areas + " areas, " + districts
                    + " districts, top-" + cutoffs.topK + "/top-" + cutoffs.topN + ", " + master
                    + (explain ? "" : ", no explanations"));
            r.manifest()
                    .stageMillis()
                    .forEach((st, ms) -> System.out.printf(Locale.ROOT, "[bench]   %-18s %,10d ms%n", st, ms));
            System.out.printf(Locale.ROOT, "[bench]   %-18s %,10d ms%n", "end to end", endToEnd);
            System.out.printf(
                    Locale.ROOT,
                    "[bench] bound: blocked product of the same embeddings, %,d jurisdiction-joined pairs, "
                            + "dim %d, %d threads: median %,d ms of %d (all: %s)%n",
                    pairs,
                    in.dimension(),
                    threads,
                    bound,
                    repeat,
                    Arrays.toString(times));
            System.out.printf(
                    Locale.ROOT,
                    "[bench] ratio score stage / bound = %.1f; end to end / bound = %.1f%n",
                    score / (double) Math.max(1, bound),
                    endToEnd / (double) Math.max(1, bound));
            System.out.printf(
                    Locale.ROOT,
                    "[bench] max heap %,d MiB (-Xmx), used now %,d MiB%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            spark.stop();
        }
        return 0;
    }

    /** The run's own embeddings (state/), into primitive arrays, grouped by jurisdiction keys. */
    static BlockedProductBound.Input loadEmbeddings(SparkSession spark, String folder) {
        List<Row> areaRows =
                spark.read().parquet(folder + "/state/areas").orderBy("id").collectAsList();
        int d = areaRows.get(0).<Float>getList(3).size();
        float[] a = new float[areaRows.size() * d];
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < areaRows.size(); i++) {
            List<Float> v = areaRows.get(i).getList(3);
            for (int k = 0; k < d; k++) a[i * d + k] = v.get(k);
            for (Object key : areaRows.get(i).getList(2))
                byKey.computeIfAbsent((String) key, x -> new ArrayList<>()).add(i);
        }
        long n = spark.read().parquet(folder + "/state/enterprises").count();
        float[] e = new float[(int) n * d];
        List<String> blockOf = new ArrayList<>((int) n);
        Map<String, int[]> candidates = new HashMap<>();
        Iterator<Row> it = spark.read()
                .parquet(folder + "/state/enterprises")
                .select("keys", "embedding")
                .toLocalIterator();
        int i = 0;
        while (it.hasNext()) {
            Row r = it.next();
            List<String> keys = r.getList(0);
            String block = String.join(";", keys);
            blockOf.add(block);
            candidates.computeIfAbsent(
                    block,
                    b -> keys.stream()
                            .flatMap(k -> byKey.getOrDefault(k, List.of()).stream())
                            .mapToInt(Integer::intValue)
                            .toArray());
            List<Float> v = r.getList(1);
            for (int k = 0; k < d; k++) e[i * d + k] = v.get(k);
            i++;
        }
        return new BlockedProductBound.Input(
                e, i, a, areaRows.size(), d, BlockedProductBound.group(blockOf), candidates);
    }
}
