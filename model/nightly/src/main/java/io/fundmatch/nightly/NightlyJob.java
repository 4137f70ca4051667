package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.json.Json;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The nightly run: reads the registry, the catalogue and the model; embeds areas and enterprises with the
 * towers (the model loaded once per executor JVM); joins enterprises to areas on jurisdiction and scores
 * each enterprise's block of candidate areas, keeping the top K areas per enterprise and the top N
 * enterprises per area in bounded heaps; writes Parquet and CSV to {@code OUT/<date>/} (manifest last), the
 * alerts against the previous run, and publishes to Redis under a new version.
 *
 * <p>Memory: areas are broadcast once (10,000 areas × 64 floats ≈ 2.5 MB); enterprises stream through
 * partitions sorted by region (a task holds one partition's rows, K entries per enterprise and N per area
 * touched); nothing of the full results is collected on the driver (publishing streams partition by partition).
 */
public final class NightlyJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyJob.class);

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
        Configuration hadoop = jsc.hadoopConfiguration();
        Instant started = Instant.now();
        String version = VERSION.format(started);
        String runDir = child(o.output(), o.date().toString());
        String partial = runDir + ".partial";
        FileSystem fs = new Path(runDir).getFileSystem(hadoop);
        fs.delete(new Path(partial), true);
        java.time.LocalDate day = o.date();

        try (Progress progress = new Progress(out, 5_000)) {
            // 1. read the catalogue, the model and the previous run
            progress.start("read", 0, null);
            String modelLocation = o.model() == null ? "" : o.model();
            TowerModel model = ModelCache.get(modelLocation);
            List<AreaLine> areaLines =
                    areasInForce(spark.read().textFile(o.catalogue()).collectAsList(), o);
            Optional<PreviousRun> previous =
                    PreviousRun.find(spark, o.output(), o.date().toString());
            boolean incremental = o.incremental()
                    && previous.isPresent()
                    && previous.get().manifest().modelVersion().equals(model.version());
            if (o.incremental() && !incremental) {
                out.println("[nightly] incremental: " + (previous.isEmpty() ? "no previous run" : "model changed")
                        + ", scoring everything");
            }
            progress.end(String.format(
                    Locale.ROOT,
                    "%,d areas in force, model %s%s",
                    areaLines.size(),
                    model.version(),
                    previous.map(p -> ", previous run " + p.folder()).orElse("")));
            failAfter("read");

            // 2. embed the areas (unchanged ones reuse the previous run's embedding in incremental mode)
            progress.start("embed-areas", areaLines.size(), BlockScorer.LIVE_ROWS::get);
            BlockScorer.LIVE_ROWS.set(0);
            Map<String, StateRow> previousAreas = incremental ? previous.get().areaState() : Map.of();
            List<AreaLine> toEmbed = areaLines.stream()
                    .filter(a -> !previousAreas.containsKey(a.id())
                            || !previousAreas.get(a.id()).hash().equals(a.hash()))
                    .toList();
            Map<String, float[]> areaEmbeddings = new HashMap<>();
            if (!toEmbed.isEmpty()) {
                List<String> jsons = toEmbed.stream().map(AreaLine::json).toList();
                List<Tuple2<String, float[]>> embedded = jsc.parallelize(
                                jsons, Math.max(1, Math.min(jsc.defaultParallelism(), jsons.size() / 500 + 1)))
                        .mapPartitions((Iterator<String> it) -> {
                            TowerModel m = ModelCache.get(modelLocation);
                            List<Tuple2<String, float[]>> res = new ArrayList<>();
                            while (it.hasNext()) {
                                SupportArea a = Json.mapper().readValue(it.next(), SupportArea.class);
                                res.add(new Tuple2<>(a.id(), m.embedArea(a)));
                                BlockScorer.LIVE_ROWS.incrementAndGet();
                            }
                            return res.iterator();
                        })
                        .collect();
                embedded.forEach(t -> areaEmbeddings.put(t._1(), t._2()));
            }
            Set<String> changedAreaKeys = new HashSet<>();
            boolean[] areaChanged = new boolean[areaLines.size()];
            for (int i = 0; i < areaLines.size(); i++) {
                AreaLine a = areaLines.get(i);
                if (!areaEmbeddings.containsKey(a.id())) {
                    areaEmbeddings.put(a.id(), previousAreas.get(a.id()).embedding());
                } else {
                    areaChanged[i] = true;
                    if (incremental) changedAreaKeys.addAll(a.keys());
                }
            }
            if (incremental) {
                Set<String> current = new HashSet<>();
                areaLines.forEach(a -> current.add(a.id()));
                previousAreas.forEach((id, s) -> {
                    if (!current.contains(id)) changedAreaKeys.addAll(s.keys());
                });
            }
            progress.end(String.format(
                    Locale.ROOT, "%,d embedded, %,d reused", toEmbed.size(), areaLines.size() - toEmbed.size()));
            failAfter("embed-areas");

            // 3. read, check and embed the enterprises, sorted by region so a task scores whole districts
            LongAccumulator read = jsc.sc().longAccumulator("registry rows");
            LongAccumulator rejected = jsc.sc().longAccumulator("rejected rows");
            CollectionAccumulator<String> rejects = jsc.sc().collectionAccumulator("rejected samples");
            JavaRDD<String> lines = jsc.textFile(o.registry());
            JavaRDD<EnterpriseRow> parsed = lines.mapPartitions((Iterator<String> it) -> {
                List<EnterpriseRow> res = new ArrayList<>();
                long lineNo = 0;
                while (it.hasNext()) {
                    String line = it.next();
                    lineNo++;
                    if (line.isBlank()) continue;
                    read.add(1);
                    try {
                        EnterpriseProfile p = Json.mapper().readValue(line, EnterpriseProfile.class);
                        if (p.id() == null || p.id().isBlank()) throw new IllegalArgumentException("no id");
                        String json = Json.mapper().writeValueAsString(p);
                        res.add(new EnterpriseRow(
                                p.id(), json, hash(json), JurisdictionKeys.ofEnterprise(p.region()), null, true));
                    } catch (Exception e) {
                        rejected.add(1);
                        String msg = e.getMessage() == null
                                ? e.toString()
                                : e.getMessage().lines().findFirst().orElse("");
                        if (rejects.value().size() < 20)
                            rejects.add(abbreviate(line, 80) + " — " + abbreviate(msg, 120));
                    }
                }
                return res.iterator();
            });
            int partitions = o.partitions() > 0 ? o.partitions() : 0;
            JavaPairRDD<String, EnterpriseRow> keyed = parsed.mapToPair(r -> new Tuple2<>(r.id(), r));
            JavaRDD<EnterpriseRow> withPrevious;
            if (incremental) {
                JavaPairRDD<String, StateRow> prevState = previous.get().enterpriseState(spark);
                withPrevious = keyed.leftOuterJoin(prevState).values().map(t -> {
                    EnterpriseRow r = t._1();
                    if (t._2().isPresent() && t._2().get().hash().equals(r.hash())) {
                        return new EnterpriseRow(
                                r.id(),
                                r.json(),
                                r.hash(),
                                r.keys(),
                                t._2().get().embedding(),
                                false);
                    }
                    return r;
                });
            } else {
                withPrevious = parsed;
            }
            progress.start("embed-enterprises", 0, BlockScorer.LIVE_ROWS::get);
            BlockScorer.LIVE_ROWS.set(0);
            withPrevious = withPrevious.persist(StorageLevel.MEMORY_AND_DISK_SER());
            long total = withPrevious.count();
            int p = partitions > 0
                    ? partitions
                    : (int) Math.max(jsc.defaultParallelism(), Math.min(2000, (total + 19_999) / 20_000));
            JavaRDD<EnterpriseRow> rows = withPrevious
                    .sortBy(r -> regionOrder(r), true, p)
                    .mapPartitions((Iterator<EnterpriseRow> it) -> {
                        TowerModel m = ModelCache.get(modelLocation);
                        return Streaming.map(it, r -> {
                            if (r.embedding() != null) return r;
                            EnterpriseProfile prof = BlockScorer.parse(r.json());
                            BlockScorer.LIVE_ROWS.incrementAndGet();
                            return new EnterpriseRow(
                                    r.id(), r.json(), r.hash(), r.keys(), m.embedEnterprise(prof), r.changed());
                        });
                    })
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long enterprises = rows.count();
            withPrevious.unpersist();
            progress.end(
                    String.format(Locale.ROOT, "%,d enterprises, %,d rejected rows", enterprises, rejected.value()));
            for (String r : rejects.value()) out.println("[nightly] rejected registry row: " + r);
            failAfter("embed-enterprises");

            // 4. join on jurisdiction and score, bounded heaps per enterprise and per area
            Set<String> changedEnterpriseKeys = new HashSet<>();
            if (incremental) {
                changedEnterpriseKeys.addAll(rows.filter(EnterpriseRow::changed)
                        .flatMap(r -> r.keys().iterator())
                        .distinct()
                        .collect());
                JavaPairRDD<String, Boolean> current = rows.mapToPair(r -> new Tuple2<>(r.id(), true));
                changedEnterpriseKeys.addAll(previous.get()
                        .enterpriseState(spark)
                        .subtractByKey(current)
                        .values()
                        .flatMap(s -> s.keys().iterator())
                        .distinct()
                        .collect());
            }
            List<String> ids = areaLines.stream().map(AreaLine::id).toList();
            boolean[] areaAffected = new boolean[areaLines.size()];
            long rescoredAreas = 0;
            for (int i = 0; i < areaLines.size(); i++) {
                areaAffected[i] = !incremental
                        || areaChanged[i]
                        || !Collections.disjoint(areaLines.get(i).keys(), changedEnterpriseKeys);
                if (areaAffected[i]) rescoredAreas++;
            }
            AreaIndex index = new AreaIndex(
                    ids,
                    areaLines.stream().map(AreaLine::json).toList(),
                    areaLines.stream().map(AreaLine::hash).toList(),
                    ids.stream().map(areaEmbeddings::get).toList(),
                    areaLines.stream().map(AreaLine::keys).toList(),
                    areaAffected,
                    model.dimension());
            Broadcast<AreaIndex> areasB = jsc.broadcast(index);
            Broadcast<Set<String>> changedAreaKeysB = jsc.broadcast(changedAreaKeys);
            boolean full = !incremental;
            int topK = o.topK();
            int topN = o.topN();
            boolean explain = o.explain();
            LongAccumulator rescoredEnterprises = jsc.sc().longAccumulator("rescored enterprises");
            progress.start("score", enterprises, BlockScorer.LIVE_ROWS::get);
            BlockScorer.LIVE_ROWS.set(0);
            JavaRDD<Scored> scored = rows.mapPartitions((Iterator<EnterpriseRow> it) -> {
                        AreaIndex ai = areasB.value();
                        MatchOptions matchOptions = new MatchOptions(topK, false, false, day);
                        BlockScorer scorer =
                                new BlockScorer(ai, topK, topN, matchOptions, new OpportunityRows(ai, explain));
                        Set<String> cak = changedAreaKeysB.value();
                        // streamed: a partition's kept rows (20 per enterprise, with their JSON) never sit in memory at
                        // once
                        return Streaming.flatMapThen(
                                it,
                                r -> {
                                    boolean affected = full || r.changed() || !Collections.disjoint(r.keys(), cak);
                                    if (affected) rescoredEnterprises.add(1);
                                    return scorer.score(r, affected);
                                },
                                scorer::areaCandidates);
                    })
                    .persist(StorageLevel.DISK_ONLY());
            long kept = scored.count();
            progress.end(String.format(
                    Locale.ROOT,
                    "%,d enterprises rescored, %,d areas rescored, %,d rows kept",
                    rescoredEnterprises.value(),
                    rescoredAreas,
                    kept));
            failAfter("score");

            // 5. merge the per-task area heaps into each area's top N
            progress.start("top-n-areas", 0, null);
            JavaRDD<Scored> areaTop = scored.filter(s -> !s.forEnterprise())
                    .mapToPair(s -> new Tuple2<>(s.area(), s))
                    .groupByKey()
                    .flatMap(t -> {
                        List<Scored> all = new ArrayList<>();
                        t._2().forEach(all::add);
                        all.sort((a, b) -> a.score() != b.score()
                                ? Float.compare(b.score(), a.score())
                                : a.enterpriseId().compareTo(b.enterpriseId()));
                        List<Scored> res = new ArrayList<>(Math.min(topN, all.size()));
                        for (int i = 0; i < all.size() && i < topN; i++) {
                            Scored s = all.get(i);
                            res.add(new Scored(
                                    false,
                                    s.enterpriseId(),
                                    s.enterpriseName(),
                                    s.area(),
                                    i + 1,
                                    s.score(),
                                    s.status(),
                                    null));
                        }
                        return res.iterator();
                    });
            progress.end(null);

            // 6. write Parquet, CSV, state and alerts
            progress.start("write", 0, null);
            OutputTables tables = new OutputTables(spark, areasB);
            Dataset<Row> enterpriseTop = tables.enterpriseTop(scored.filter(Scored::forEnterprise));
            Dataset<Row> areaTopRows = tables.areaTop(areaTop);
            if (incremental) {
                Dataset<Row> unaffected = spark.createDataFrame(
                        rows.filter(r -> !(r.changed() || !Collections.disjoint(r.keys(), changedAreaKeysB.value())))
                                .map(r -> RowFactory.create(r.id())),
                        new StructType().add("enterprise_id", DataTypes.StringType));
                Dataset<Row> previousTop = previous.get().enterpriseTop(spark);
                enterpriseTop = enterpriseTop.unionByName(previousTop.join(
                        unaffected,
                        previousTop.col("enterprise_id").equalTo(unaffected.col("enterprise_id")),
                        "left_semi"));
                List<String> keepAreas = new ArrayList<>();
                for (int i = 0; i < areaAffected.length; i++) if (!areaAffected[i]) keepAreas.add(ids.get(i));
                Dataset<Row> prevAreaTop = previous.get().areaTop(spark);
                areaTopRows = areaTopRows.unionByName(
                        prevAreaTop.where(prevAreaTop.col("area_id").isInCollection(keepAreas)));
            }
            enterpriseTop.write().mode(SaveMode.Overwrite).parquet(child(partial, "enterprise-top"));
            areaTopRows.write().mode(SaveMode.Overwrite).parquet(child(partial, "area-top"));
            Dataset<Row> writtenEnterpriseTop = spark.read().parquet(child(partial, "enterprise-top"));
            writtenEnterpriseTop
                    .drop("opportunity")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .option("header", true)
                    .csv(child(partial, "csv/enterprise-top"));
            spark.read()
                    .parquet(child(partial, "area-top"))
                    .write()
                    .mode(SaveMode.Overwrite)
                    .option("header", true)
                    .csv(child(partial, "csv/area-top"));
            tables.state(rows).write().mode(SaveMode.Overwrite).parquet(child(partial, "state/enterprises"));
            tables.areaState(areaLines, areaEmbeddings)
                    .write()
                    .mode(SaveMode.Overwrite)
                    .parquet(child(partial, "state/areas"));
            long alerts = 0;
            if (previous.isPresent()) {
                Dataset<Row> a = Alerts.compare(
                        writtenEnterpriseTop,
                        previous.get().enterpriseTop(spark),
                        previousAreaIds(previous.get()),
                        spark);
                a.write().mode(SaveMode.Overwrite).parquet(child(partial, "alerts"));
                Dataset<Row> written = spark.read().parquet(child(partial, "alerts"));
                written.drop("opportunity")
                        .write()
                        .mode(SaveMode.Overwrite)
                        .option("header", true)
                        .csv(child(partial, "csv/alerts"));
                alerts = written.count();
            }
            progress.end(String.format(Locale.ROOT, "%,d alerts", alerts));
            failAfter("write");

            String catalogueVersion =
                    hash(String.join(",", areaLines.stream().map(AreaLine::hash).toList()));
            Manifest manifest = new Manifest(
                    version,
                    started.toString(),
                    o.date().toString(),
                    model.version(),
                    catalogueVersion,
                    enterprises,
                    rejected.value(),
                    areaLines.size(),
                    topK,
                    topN,
                    incremental,
                    rescoredEnterprises.value(),
                    rescoredAreas,
                    alerts,
                    previous.map(PreviousRun::folder).orElse(null),
                    new TreeMap<>(progress.stageMillis()));
            try (OutputStream os = fs.create(new Path(child(partial, Manifest.FILE)), true)) {
                os.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            }
            Path done = new Path(runDir);
            Path old = new Path(runDir + ".replaced");
            fs.delete(old, true);
            if (fs.exists(done)) fs.rename(done, old);
            if (!fs.rename(new Path(partial), done))
                throw new IOException("could not move " + partial + " to " + runDir);
            fs.delete(old, true);
            rows.unpersist();
            scored.unpersist();

            // 7. publish (a failure leaves the files complete; --publish-only retries it alone)
            PublishResult published = PublishResult.skipped();
            if (o.redis() != null) {
                progress.start("publish", enterprises, RedisPublisher.PUBLISHED::get);
                published = new RedisPublisher(o.redis(), out).publish(spark, runDir);
                progress.end(published.message());
            }
            Manifest finalManifest = new Manifest(
                    version,
                    manifest.createdAt(),
                    manifest.date(),
                    manifest.modelVersion(),
                    catalogueVersion,
                    enterprises,
                    manifest.rejected(),
                    manifest.areas(),
                    topK,
                    topN,
                    incremental,
                    manifest.rescoredEnterprises(),
                    rescoredAreas,
                    alerts,
                    manifest.previous(),
                    progress.orderedStageMillis());
            summary(finalManifest, runDir, published);
            return new Result(runDir, finalManifest, published);
        }
    }

    private Set<String> previousAreaIds(PreviousRun p) {
        return p.areaState().keySet();
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
                    "  incremental: %,d enterprises and %,d areas rescored%n",
                    m.rescoredEnterprises(),
                    m.rescoredAreas());
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

    static String regionOrder(EnterpriseRow r) {
        return r.keys().get(r.keys().size() - 1) + "\u0000" + r.id();
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

    /** One area in force: its normalised JSON, content hash and jurisdiction keys. */
    record AreaLine(String id, String json, String hash, List<String> keys) {}

    /** Areas of the catalogue open on the run date (not superseded, deadline not passed), sorted by id. */
    static List<AreaLine> areasInForce(List<String> lines, NightlyOptions o) {
        Map<String, AreaLine> byId = new TreeMap<>();
        int bad = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            SupportArea a;
            try {
                a = Json.mapper().readValue(line, SupportArea.class);
            } catch (IOException e) {
                bad++;
                continue;
            }
            if (a.id() == null
                    || a.superseded()
                    || (a.deadline() != null && a.deadline().isBefore(o.date()))) continue;
            try {
                String json = Json.mapper().writeValueAsString(a);
                byId.put(a.id(), new AreaLine(a.id(), json, hash(json), JurisdictionKeys.ofArea(a)));
            } catch (IOException e) {
                bad++;
            }
        }
        if (byId.isEmpty())
            throw new IllegalArgumentException(
                    o.catalogue() + ": no support area in force" + (bad > 0 ? " (" + bad + " unreadable lines)" : ""));
        if (bad > 0) log.warn("[nightly] catalogue: {} unreadable lines skipped", bad);
        return new ArrayList<>(byId.values());
    }
}
