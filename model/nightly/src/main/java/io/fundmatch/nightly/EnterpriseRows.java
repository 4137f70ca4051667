package io.fundmatch.nightly;

import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The embed-enterprises stage: the registry read and checked (unreadable rows counted, the first 20 kept as
 * samples, and skipped), each row matched with its previous state (an unchanged row keeps its embedding),
 * sorted by region so a task scores whole districts, and embedded by the enterprise tower.
 *
 * @param rows            the enterprises, embedded and sorted by region (persisted; the caller unpersists)
 * @param count           how many
 * @param rejected        registry rows rejected
 * @param rejectedSamples the first rejected rows, abbreviated, with why
 * @param embedded        enterprises embedded by this run (the others reused a stored vector)
 */
record EnterpriseRows(
        JavaRDD<EnterpriseRow> rows,
        long count,
        long rejected,
        List<String> rejectedSamples,
        long embedded,
        JavaRDD<EnterpriseRow> all) {

    private static final int REJECT_SAMPLES = 20;
    private static final int ROWS_PER_PARTITION = 20_000;
    /** Up to this many scored rows, the stored vectors are filtered to their keys before the join. */
    private static final long FEW_VECTORS = 200_000;

    /**
     * @param previousState the previous run's enterprise state, when this run is incremental
     * @param partitions    scoring partitions, or 0 to choose from the registry size
     * @param ranking       what the ranker reads: tower vectors, encoder vectors (reused from {@code storedVectors}
     *                      by content key) or none
     * @param storedVectors the encoder vectors the previous complete run stored, by content key
     */
    static EnterpriseRows embed(
            JavaSparkContext jsc,
            String registry,
            String modelLocation,
            Optional<JavaPairRDD<String, StateRow>> previousState,
            int partitions,
            NightlyRanking ranking,
            Optional<JavaPairRDD<String, float[]>> storedVectors) {
        Read read = read(jsc, registry, previousState, ranking);
        return embed(jsc, read, r -> true, modelLocation, partitions, ranking, storedVectors);
    }

    /**
     * The registry read and checked, each row matched with its previous state (changed or not; a tower vector of
     * an unchanged row reused), not yet sorted nor embedded with the encoder.
     *
     * @param rows every enterprise of the registry (persisted; the caller unpersists)
     */
    record Read(JavaRDD<EnterpriseRow> rows, long count, long rejected, List<String> rejectedSamples) {}

    /** The first half of the stage: what the plan of an incremental run needs (which rows changed). */
    static Read read(
            JavaSparkContext jsc,
            String registry,
            Optional<JavaPairRDD<String, StateRow>> previousState,
            NightlyRanking ranking) {
        LongAccumulator read = jsc.sc().longAccumulator("registry rows");
        LongAccumulator rejected = jsc.sc().longAccumulator("rejected rows");
        CollectionAccumulator<String> rejects = jsc.sc().collectionAccumulator("rejected samples");
        JavaRDD<EnterpriseRow> parsed = jsc.textFile(registry)
                .mapPartitions((Iterator<String> it) -> parsePartition(it, read, rejected, rejects));
        JavaRDD<EnterpriseRow> withPrevious = previousState
                .map(prev -> parsed.mapToPair(r -> new Tuple2<>(r.id(), r))
                        .leftOuterJoin(prev)
                        .values()
                        .map(EnterpriseRows::reuseUnchanged))
                .orElse(parsed);
        if (ranking.encoder()) withPrevious = withPrevious.map(r -> withVector(r, null));
        else if (!ranking.vectors()) withPrevious = withPrevious.map(r -> withVector(r, new float[0]));
        withPrevious = withPrevious.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long total = withPrevious.count();
        return new Read(withPrevious, total, rejected.value(), List.copyOf(rejects.value()));
    }

    /**
     * The second half: the rows the run scores ({@code scored}; all of them in a full run) given their encoder
     * vectors stored by the previous run (read only for the keys of these rows when they are few), sorted by
     * region and embedded where no vector is known.
     */
    static EnterpriseRows embed(
            JavaSparkContext jsc,
            Read read,
            org.apache.spark.api.java.function.Function<EnterpriseRow, Boolean> scored,
            String modelLocation,
            int partitions,
            NightlyRanking ranking,
            Optional<JavaPairRDD<String, float[]>> storedVectors) {
        LongAccumulator embedded = jsc.sc().longAccumulator("enterprises embedded");
        JavaRDD<EnterpriseRow> needed = read.rows().filter(scored);
        long neededCount = needed.count();
        if (ranking.encoder() && storedVectors.isPresent()) {
            JavaPairRDD<String, float[]> stored = storedVectors.get();
            if (neededCount <= FEW_VECTORS) {
                Set<String> keys =
                        new HashSet<>(needed.map(r -> EncoderVectors.key(ranking, BlockScorer.parse(r.json())))
                                .collect());
                org.apache.spark.broadcast.Broadcast<Set<String>> keysB = jsc.broadcast(keys);
                stored = stored.filter(t -> keysB.value().contains(t._1()));
            }
            needed = EncoderVectors.withStoredVectors(needed, stored, ranking);
        }
        int p = partitions > 0
                ? partitions
                : (int) Math.max(
                        jsc.defaultParallelism(),
                        Math.min(2000, (neededCount + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION));
        JavaRDD<EnterpriseRow> rows = needed.sortBy(EnterpriseRows::regionOrder, true, p)
                .mapPartitions((Iterator<EnterpriseRow> it) -> embedPartition(modelLocation, ranking, embedded, it))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        rows.count();
        return new EnterpriseRows(
                rows, read.count(), read.rejected(), read.rejectedSamples(), embedded.value(), read.rows());
    }

    /** Ids of the enterprises whose previous scores no longer hold: changed, arrived or departed. */
    static Set<String> changedIds(JavaRDD<EnterpriseRow> rows, JavaPairRDD<String, StateRow> previousState) {
        Set<String> ids = new HashSet<>(
                rows.filter(EnterpriseRow::changed).map(EnterpriseRow::id).collect());
        JavaPairRDD<String, Boolean> current = rows.mapToPair(r -> new Tuple2<>(r.id(), true));
        ids.addAll(previousState.subtractByKey(current).keys().collect());
        return ids;
    }

    /**
     * Jurisdiction keys where enterprises changed, arrived (both: {@link EnterpriseRow#changed()}) or left
     * (in the previous state, not in {@code rows}): their current keys and, for those that changed or left, their
     * previous ones.
     */
    static Set<String> changedKeys(JavaRDD<EnterpriseRow> rows, JavaPairRDD<String, StateRow> previousState) {
        Set<String> keys = new HashSet<>(rows.filter(EnterpriseRow::changed)
                .flatMap(r -> r.keys().iterator())
                .distinct()
                .collect());
        // the previous keys of those that left or changed (an enterprise that moved leaves its old district's lists)
        JavaPairRDD<String, Boolean> unchanged =
                rows.filter(r -> !r.changed()).mapToPair(r -> new Tuple2<>(r.id(), true));
        keys.addAll(previousState
                .subtractByKey(unchanged)
                .values()
                .flatMap(s -> s.keys().iterator())
                .distinct()
                .collect());
        return keys;
    }

    /** On an executor: one partition of registry lines as rows (no embedding yet), bad lines counted. */
    private static Iterator<EnterpriseRow> parsePartition(
            Iterator<String> it,
            LongAccumulator read,
            LongAccumulator rejected,
            CollectionAccumulator<String> rejects) {
        List<EnterpriseRow> res = new ArrayList<>();
        while (it.hasNext()) {
            String line = it.next();
            if (line.isBlank()) continue;
            read.add(1);
            try {
                EnterpriseProfile p = Json.mapper().readValue(line, EnterpriseProfile.class);
                if (p.id() == null || p.id().isBlank()) throw new IllegalArgumentException("no id");
                String json = Json.mapper().writeValueAsString(p);
                res.add(new EnterpriseRow(
                        p.id(), json, NightlyJob.hash(json), JurisdictionKeys.ofEnterprise(p.region()), null, true));
            } catch (Exception e) {
                rejected.add(1);
                String msg = e.getMessage() == null
                        ? e.toString()
                        : e.getMessage().lines().findFirst().orElse("");
                if (rejects.value().size() < REJECT_SAMPLES)
                    rejects.add(NightlyJob.abbreviate(line, 80) + " — " + NightlyJob.abbreviate(msg, 120));
            }
        }
        return res.iterator();
    }

    /** A row whose content hash equals its previous state's keeps that embedding and counts as unchanged. */
    private static EnterpriseRow reuseUnchanged(Tuple2<EnterpriseRow, org.apache.spark.api.java.Optional<StateRow>> t) {
        EnterpriseRow r = t._1();
        if (t._2().isPresent() && t._2().get().hash().equals(r.hash())) {
            return new EnterpriseRow(
                    r.id(), r.json(), r.hash(), r.keys(), t._2().get().embedding(), false);
        }
        return r;
    }

    /** On an executor: rows without an embedding embedded as they are pulled (the model loaded once per JVM). */
    private static Iterator<EnterpriseRow> embedPartition(
            String modelLocation, NightlyRanking ranking, LongAccumulator embedded, Iterator<EnterpriseRow> it) {
        TowerModel m = ranking.towers() ? ModelCache.get(modelLocation) : null;
        return Streaming.map(it, r -> {
            if (r.embedding() != null) return r;
            EnterpriseProfile prof = BlockScorer.parse(r.json());
            BlockScorer.LIVE_ROWS.incrementAndGet();
            embedded.add(1);
            float[] v = m != null ? m.embedEnterprise(prof) : EncoderVectors.embed(ranking, prof);
            return withVector(r, v);
        });
    }

    private static EnterpriseRow withVector(EnterpriseRow r, float[] v) {
        return new EnterpriseRow(r.id(), r.json(), r.hash(), r.keys(), v, r.changed());
    }

    static String regionOrder(EnterpriseRow r) {
        return r.keys().get(r.keys().size() - 1) + "\u0000" + r.id();
    }
}
