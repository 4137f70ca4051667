package io.fundmatch.nightly;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The nightly run: reads the registry, the catalogue and the model; embeds areas and enterprises with the
 * towers (the model loaded once per executor JVM); joins enterprises to areas on jurisdiction and scores
 * each enterprise's block of candidate areas, keeping the top K areas per enterprise and the top N
 * enterprises per area in bounded heaps; writes Parquet and CSV to {@code OUT/<date>/} (manifest last), the
 * alerts against the previous run, and publishes to Redis under a new version.
 *
 * <p>Stages, in order (each timed in the manifest; {@code --fail-after} stops after one): read
 * ({@link RunInputs}), embed-areas ({@link AreaEmbeddings}), embed-enterprises ({@link EnterpriseRows}), the
 * plan of what to rescore ({@link IncrementalPlan}), score and top-n-areas ({@link Scoring}, {@link AreaLists}),
 * officer-lists ({@link OfficerLists}), write and the
 * commit of the folder ({@link RunFolder}), publish ({@link RedisPublisher}). {@link #run()} only wires them.
 *
 * <p>Memory: areas are broadcast once (10,000 areas × 64 floats ≈ 2.5 MB); enterprises stream through
 * partitions sorted by region (a task holds one partition's rows, K entries per enterprise and N per area
 * touched); nothing of the full results is collected on the driver (publishing streams partition by partition).
 */
public final class NightlyJob {

    static final DateTimeFormatter VERSION =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final NightlyOptions o;
    private final PrintStream out;

    public NightlyJob(NightlyOptions options, PrintStream out) {
        this.o = options;
        this.out = out;
    }

    /** The run's results: where it wrote, its manifest, and whether publishing succeeded. */
    public record Result(String folder, Manifest manifest, PublishResult publish) {}

    public Result run() throws IOException {
        SparkSession spark = session(o.master());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Instant started = Instant.now();
        RunFolder folder = new RunFolder(spark, o.output(), o.date().toString());

        try (Progress progress = new Progress(out, 5_000)) {
            RunInputs inputs = read(spark, progress);
            AreaEmbeddings areaEmbeddings = embedAreas(spark, jsc, inputs, progress);
            EnterpriseRows.Read registry = readRegistry(spark, jsc, inputs, progress);
            Optional<Dataset<Row>> previousLists =
                    inputs.incremental() ? AreaLists.previous(spark, inputs.previous()) : Optional.empty();
            Set<String> changedEnterprises = inputs.incremental()
                    ? EnterpriseRows.changedIds(
                            registry.rows(), inputs.previous().get().enterpriseState(spark))
                    : Set.of();
            Broadcast<Set<String>> changedB = jsc.broadcast(changedEnterprises);
            IncrementalPlan plan = plan(spark, inputs, registry, previousLists, changedB, progress);
            Broadcast<IncrementalPlan> planB = jsc.broadcast(plan);
            EnterpriseRows enterprises = embedEnterprises(spark, jsc, inputs, registry, planB, progress);
            AreaIndex index = areaIndex(inputs, areaEmbeddings, plan);
            Broadcast<AreaIndex> areasB = jsc.broadcast(index);

            LongAccumulator rescoredEnterprises = jsc.sc().longAccumulator("rescored enterprises");
            JavaRDD<Scored> scored = score(inputs, enterprises, areasB, planB, plan, rescoredEnterprises, progress);
            JavaRDD<AreaLists.Candidate> areaLists =
                    areaLists(scored, previousLists, areasB, planB, changedB, progress);
            JavaRDD<Scored> areaTop = officerLists(jsc, areaLists, registry, areasB, inputs.ranking(), progress);

            progress.start("write", 0, null);
            long alerts = folder.write(
                    new OutputTables(spark, areasB),
                    scored.filter(Scored::forEnterprise),
                    areaTop,
                    inputs.ranking().encoder()
                            ? enterprises.all().map(EncoderVectors::withoutVector)
                            : enterprises
                                    .all()
                                    .filter(r -> !planB.value().scoresEnterprise(r))
                                    .union(enterprises.rows()),
                    inputs.areas(),
                    areaEmbeddings.byId(),
                    inputs,
                    plan,
                    planB,
                    changedB);
            folder.writeAreaLists(AreaLists.rows(spark, areaLists, areasB), previousLists, plan, inputs.areas());
            if (inputs.ranking().encoder()) {
                if (inputs.incremental()) {
                    // the previous run's vector files carried over (linked), plus the vectors of what changed
                    folder.carryOver(inputs.previous().get().folder(), EncoderVectors.ENTERPRISES);
                    folder.addVectors(
                            EncoderVectors.enterpriseVectors(
                                    enterprises.rows().filter(EnterpriseRow::changed), inputs.ranking()),
                            EncoderVectors.ENTERPRISES);
                } else {
                    folder.writeVectors(
                            EncoderVectors.enterpriseVectors(enterprises.rows(), inputs.ranking()),
                            EncoderVectors.ENTERPRISES);
                }
                folder.writeVectors(
                        jsc.parallelize(EncoderVectors.areaVectors(inputs.areas(), areaEmbeddings.byId()), 1),
                        EncoderVectors.AREAS);
            }
            progress.end(String.format(Locale.ROOT, "%,d alerts", alerts));
            failAfter("write");

            Manifest manifest = manifest(
                    started, inputs, enterprises, rescoredEnterprises.value(), plan, alerts, progress.stageMillis());
            folder.commit(manifest);
            enterprises.rows().unpersist(true);
            enterprises.all().unpersist(true);
            scored.unpersist(true);
            areaTop.unpersist(true);

            PublishResult published = publish(spark, folder.path(), enterprises.count(), progress);
            Manifest finalManifest = withStageMillis(manifest, progress.orderedStageMillis());
            summary(finalManifest, folder.path(), published);
            return new Result(folder.path(), finalManifest, published);
        }
    }

    /** Stage read: the catalogue's areas in force, the model and the previous run. */
    private RunInputs read(SparkSession spark, Progress progress) throws IOException {
        progress.start("read", 0, null);
        RunInputs inputs = RunInputs.read(spark, o, out);
        progress.end(String.format(
                Locale.ROOT,
                "%,d areas in force, ranker %s (%s)%s",
                inputs.areas().size(),
                inputs.ranking().ranker(),
                inputs.version(),
                inputs.previous().map(p -> ", previous run " + p.folder()).orElse("")));
        failAfter("read");
        return inputs;
    }

    /** Stage embed-areas: unchanged areas reuse the previous run's embedding in an incremental run. */
    private AreaEmbeddings embedAreas(SparkSession spark, JavaSparkContext jsc, RunInputs inputs, Progress progress)
            throws IOException {
        progress.start("embed-areas", inputs.areas().size(), BlockScorer.LIVE_ROWS::get);
        BlockScorer.LIVE_ROWS.set(0);
        Map<String, StateRow> previousAreas = inputs.previousAreas();
        AreaEmbeddings embeddings;
        if (inputs.ranking().encoder()) {
            embeddings = EncoderVectors.embedAreas(
                    jsc,
                    inputs.areas(),
                    inputs.previous().isPresent()
                            ? EncoderVectors.readAreas(
                                    spark, inputs.previous().get().folder())
                            : Map.of());
        } else if (!inputs.ranking().vectors()) {
            Map<String, float[]> none = new java.util.HashMap<>();
            for (AreaLine a : inputs.areas()) none.put(a.id(), new float[0]);
            embeddings = new AreaEmbeddings(none, 0);
        } else {
            embeddings = AreaEmbeddings.embed(
                    jsc,
                    inputs.modelLocation(),
                    inputs.areas(),
                    IncrementalPlan.areasToEmbed(inputs.areas(), previousAreas),
                    previousAreas);
        }
        progress.end(String.format(
                Locale.ROOT,
                "%,d embedded, %,d reused",
                embeddings.embedded(),
                inputs.areas().size() - embeddings.embedded()));
        failAfter("embed-areas");
        return embeddings;
    }

    /** Stage embed-enterprises, first half: the registry read, checked and matched with the previous state. */
    private EnterpriseRows.Read readRegistry(
            SparkSession spark, JavaSparkContext jsc, RunInputs inputs, Progress progress) {
        progress.start("read-registry", 0, null);
        EnterpriseRows.Read read = EnterpriseRows.read(
                jsc,
                o.registry(),
                inputs.incremental() ? Optional.of(inputs.previous().get().enterpriseState(spark)) : Optional.empty(),
                inputs.ranking());
        progress.end(String.format(Locale.ROOT, "%,d enterprises, %,d rejected rows", read.count(), read.rejected()));
        for (String r : read.rejectedSamples()) out.println("[nightly] rejected registry row: " + r);
        return read;
    }

    /** Stage embed-enterprises: the rows the plan scores, given their stored vectors, sorted by region, embedded. */
    private EnterpriseRows embedEnterprises(
            SparkSession spark,
            JavaSparkContext jsc,
            RunInputs inputs,
            EnterpriseRows.Read registry,
            Broadcast<IncrementalPlan> planB,
            Progress progress)
            throws IOException {
        progress.start("embed-enterprises", 0, BlockScorer.LIVE_ROWS::get);
        BlockScorer.LIVE_ROWS.set(0);
        EnterpriseRows enterprises = EnterpriseRows.embed(
                jsc,
                registry,
                r -> planB.value().scoresEnterprise(r),
                inputs.modelLocation(),
                o.partitions(),
                inputs.ranking(),
                inputs.ranking().encoder() && inputs.previous().isPresent()
                        ? Optional.of(EncoderVectors.read(
                                spark, inputs.previous().get().folder(), EncoderVectors.ENTERPRISES))
                        : Optional.empty());
        progress.end(String.format(
                Locale.ROOT,
                "%,d enterprises, %,d of them scored (%,d embedded, the others reused)",
                enterprises.count(),
                enterprises.rows().count(),
                enterprises.embedded()));
        failAfter("embed-enterprises");
        return enterprises;
    }

    /** Stage score: each enterprise's top K and the tasks' area candidates (persisted to disk). */
    private JavaRDD<Scored> score(
            RunInputs inputs,
            EnterpriseRows enterprises,
            Broadcast<AreaIndex> areasB,
            Broadcast<IncrementalPlan> planB,
            IncrementalPlan plan,
            LongAccumulator rescoredEnterprises,
            Progress progress) {
        progress.start("score", enterprises.count(), BlockScorer.LIVE_ROWS::get);
        BlockScorer.LIVE_ROWS.set(0);
        JavaRDD<Scored> scored = Scoring.score(
                enterprises.rows(),
                areasB,
                planB,
                new Scoring.Settings(o.topK(), o.topN() + AreaLists.margin(), o.explain(), o.date(), inputs.ranking()),
                rescoredEnterprises);
        long kept = scored.count();
        progress.end(String.format(
                Locale.ROOT,
                "%,d enterprises rescored, %,d areas rescored, %,d rows kept",
                rescoredEnterprises.value(),
                plan.rescoredAreas(),
                kept));
        failAfter("score");
        return scored;
    }

    /**
     * Stage top-n-areas: each area's list of N + M — the tasks' candidates merged, in an incremental run with the
     * previous list of an area that merges (less the enterprises that changed or left).
     */
    private JavaRDD<AreaLists.Candidate> areaLists(
            JavaRDD<Scored> scored,
            Optional<Dataset<Row>> previousLists,
            Broadcast<AreaIndex> areasB,
            Broadcast<IncrementalPlan> planB,
            Broadcast<Set<String>> changedB,
            Progress progress) {
        progress.start("top-n-areas", 0, null);
        JavaRDD<AreaLists.Candidate> candidates = AreaLists.fresh(scored);
        if (previousLists.isPresent())
            candidates = candidates.union(AreaLists.kept(previousLists.get(), areasB, planB, changedB));
        JavaRDD<AreaLists.Candidate> lists =
                AreaLists.ranked(candidates, o.topN(), AreaLists.margin()).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = lists.count();
        progress.end(String.format(Locale.ROOT, "%,d entries in the areas' lists", n));
        return lists;
    }

    /**
     * Stage officer-lists: each list of N + M ordered as the service orders an area's enterprises, cut to N
     * ({@link OfficerLists}; persisted, the caller unpersists).
     */
    private JavaRDD<Scored> officerLists(
            JavaSparkContext jsc,
            JavaRDD<AreaLists.Candidate> lists,
            EnterpriseRows.Read registry,
            Broadcast<AreaIndex> areasB,
            NightlyRanking ranking,
            Progress progress) {
        progress.start("officer-lists", 0, null);
        JavaRDD<Scored> top = OfficerLists.top(jsc, lists, registry.rows(), areasB, ranking, o.topN())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = top.count();
        progress.end(String.format(
                Locale.ROOT,
                "%,d entries in the officers' lists (%s)",
                n,
                ranking.learned() ? "learned" : "first stage"));
        failAfter("officer-lists");
        return top;
    }

    /** The manifest of the run: what it read and produced, and the time of each stage so far. */
    private Manifest manifest(
            Instant started,
            RunInputs inputs,
            EnterpriseRows enterprises,
            long rescoredEnterprises,
            IncrementalPlan plan,
            long alerts,
            Map<String, Long> stageMillis) {
        return new Manifest(
                VERSION.format(started),
                started.toString(),
                o.date().toString(),
                inputs.version(),
                hash(String.join(
                        ",", inputs.areas().stream().map(AreaLine::hash).toList())),
                enterprises.count(),
                enterprises.rejected(),
                inputs.areas().size(),
                o.topK(),
                o.topN(),
                inputs.incremental(),
                rescoredEnterprises,
                plan.rescoredAreas(),
                alerts,
                inputs.previous().map(PreviousRun::folder).orElse(null),
                new TreeMap<>(stageMillis),
                plan.rescoredAreas() - plan.fullyRescoredAreas(),
                inputs.ranking().encoder()
                        ? "encoder:"
                                + io.fundmatch.encoder.SentenceEncoder.shared().id()
                                + inputs.ranking().profilesSuffix()
                        : inputs.ranking().towers() ? "tower:" + inputs.version() : "none");
    }

    /**
     * What to rescore: everything in a full run; in an incremental one the enterprises that changed or whose
     * jurisdiction has an area that changed, and the areas that changed, ran out of margin, or (without stored
     * lists, from an older run) have a changed enterprise in their jurisdiction; the other touched areas merge.
     */
    private IncrementalPlan plan(
            SparkSession spark,
            RunInputs inputs,
            EnterpriseRows.Read registry,
            Optional<Dataset<Row>> previousLists,
            Broadcast<Set<String>> changed,
            Progress progress) {
        progress.start("plan", 0, null);
        IncrementalPlan plan;
        if (!inputs.incremental()) {
            plan = IncrementalPlan.full(inputs.areas().size());
        } else {
            PreviousRun previous = inputs.previous().get();
            Set<String> changedKeys = EnterpriseRows.changedKeys(registry.rows(), previous.enterpriseState(spark));
            plan = previousLists.isPresent()
                    ? IncrementalPlan.withMargin(
                            inputs.areas(),
                            inputs.previousAreas(),
                            changedKeys,
                            AreaLists.outOfMargin(previousLists.get(), changed, o.topN()))
                    : IncrementalPlan.incremental(inputs.areas(), inputs.previousAreas(), changedKeys);
        }
        progress.end(String.format(
                Locale.ROOT,
                "%,d enterprises changed, arrived or left; %,d areas scored against all their enterprises, %,d merged",
                changed.value().size(),
                plan.fullyRescoredAreas(),
                plan.rescoredAreas() - plan.fullyRescoredAreas()));
        return plan;
    }

    /** The areas in force as the scoring tasks receive them (broadcast). */
    private static AreaIndex areaIndex(RunInputs inputs, AreaEmbeddings embeddings, IncrementalPlan plan) {
        List<AreaLine> areas = inputs.areas();
        List<String> ids = areas.stream().map(AreaLine::id).toList();
        return new AreaIndex(
                ids,
                areas.stream().map(AreaLine::json).toList(),
                areas.stream().map(AreaLine::hash).toList(),
                ids.stream().map(embeddings.byId()::get).toList(),
                areas.stream().map(AreaLine::keys).toList(),
                plan.areasFullyRescored(),
                plan.areasMerged(),
                inputs.dimension());
    }

    /** Stage publish: a failure leaves the files complete; --publish-only retries it alone. */
    private PublishResult publish(SparkSession spark, String runDir, long enterprises, Progress progress)
            throws IOException {
        if (o.redis() == null) return PublishResult.skipped();
        progress.start("publish", enterprises, RedisPublisher.PUBLISHED::get);
        PublishResult published = new RedisPublisher(o.redis(), out).publish(spark, runDir);
        progress.end(published.message());
        return published;
    }

    private static Manifest withStageMillis(Manifest m, Map<String, Long> stageMillis) {
        return new Manifest(
                m.version(),
                m.createdAt(),
                m.date(),
                m.modelVersion(),
                m.catalogueVersion(),
                m.enterprises(),
                m.rejected(),
                m.areas(),
                m.topK(),
                m.topN(),
                m.incremental(),
                m.rescoredEnterprises(),
                m.rescoredAreas(),
                m.alerts(),
                m.previous(),
                stageMillis,
                m.mergedAreas(),
                m.vectors());
    }

    private void summary(Manifest m, String runDir, PublishResult published) {
        out.println("[nightly] summary");
        out.printf(
                Locale.ROOT,
                "  enterprises %,d (rejected rows %,d), areas in force %,d, top %d per enterprise, top %d per area%n",
                m.enterprises(),
                m.rejected(),
                m.areas(),
                m.topK(),
                m.topN());
        if (m.incremental()) {
            out.printf(
                    Locale.ROOT,
                    "  incremental: %,d enterprises and %,d areas rescored (%,d of them merged)%n",
                    m.rescoredEnterprises(),
                    m.rescoredAreas(),
                    m.mergedAreas());
        }
        out.printf(
                Locale.ROOT,
                "  alerts %,d (new opportunities since %s)%n",
                m.alerts(),
                m.previous() == null ? "— (first run)" : m.previous());
        long total = 0;
        for (Map.Entry<String, Long> e : m.stageMillis().entrySet()) {
            out.printf(Locale.ROOT, "  %-18s %s%n", e.getKey(), Progress.duration(e.getValue()));
            total += e.getValue();
        }
        out.printf(Locale.ROOT, "  %-18s %s%n", "total", Progress.duration(total));
        out.println("  wrote " + runDir + " (enterprise-top/, area-top/, csv/, alerts/, state/, manifest.json)");
        out.println("  redis: " + published.message());
    }

    private void failAfter(String stage) {
        if (stage.equals(o.failAfter()))
            throw new IllegalStateException("stopped after stage " + stage + " (fault drill)");
    }

    /** A SparkSession on the configured master (spark-submit's), else on {@code master}. */
    public static SparkSession session(String master) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder()
                .appName("fundmatch-nightly")
                .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"))
                .config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", "8"));
        if (!conf.contains("spark.master")) b.master(master);
        return b.getOrCreate();
    }

    static String child(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String s, int max) {
        String t = s.replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
