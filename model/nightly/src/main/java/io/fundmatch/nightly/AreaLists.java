package io.fundmatch.nightly;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The officers' lists with a margin: each area keeps its best N + M enterprises ({@code state/area-candidates/}),
 * so that the next incremental run updates an area's top N by merging — the previous list minus the enterprises
 * that changed or left, plus the scores of the changed and arrived ones — instead of scoring the area against
 * every enterprise of its jurisdiction again.
 *
 * <p>Why the merge is exact: an unchanged enterprise's score for an unchanged area is the same as before, and
 * one that was not on the previous list ranked below every entry of it. So the merged list is exact down to the
 * worst entry kept from the previous list, and is cut there (when the previous list held every candidate of the
 * area — {@code complete} — nothing is unknown and no cut is needed). When fewer than N previous entries remain,
 * the margin has run out: the plan scores that area against all its enterprises ({@link #outOfMargin}).
 */
final class AreaLists {

    static final String TABLE = "state/area-candidates";
    /** System property: the margin M of extra candidates an area keeps for incremental runs. */
    static final String MARGIN_PROPERTY = "fundmatch.nightly.areaMargin";

    static final int DEFAULT_MARGIN = 100;

    static final StructType SCHEMA = new StructType()
            .add("area_id", DataTypes.StringType, false)
            .add("enterprise_id", DataTypes.StringType, false)
            .add("enterprise_name", DataTypes.StringType)
            .add("score", DataTypes.FloatType, false)
            .add("status", DataTypes.StringType)
            .add("rank", DataTypes.IntegerType, false)
            .add("complete", DataTypes.BooleanType, false)
            .add("tower", DataTypes.FloatType, false);

    private AreaLists() {}

    /** The margin M this run keeps (the {@value #MARGIN_PROPERTY} property, else {@value #DEFAULT_MARGIN}). */
    static int margin() {
        int m = Integer.getInteger(MARGIN_PROPERTY, DEFAULT_MARGIN);
        if (m < 0) throw new IllegalArgumentException(MARGIN_PROPERTY + " must be 0 or more, not " + m);
        return m;
    }

    /**
     * One entry of an area's list.
     *
     * @param known    from the previous run's list (else scored by this run)
     * @param complete for a known entry: whether the previous list held every candidate of its area; for a ranked
     *                 entry: whether this list does
     * @param tower    the pair's tower score for the officers' ordering ({@link Scored#tower()}), NaN when none
     */
    record Candidate(
            int area,
            String enterpriseId,
            String enterpriseName,
            float score,
            String status,
            int rank,
            boolean known,
            boolean complete,
            float tower)
            implements Serializable {}

    /**
     * Whether a run folder holds the lists with their margin and each pair's tower score (runs before this table, or
     * before its {@code tower} column, do not: the next run then scores their areas as without lists).
     */
    static boolean stored(SparkSession spark, String runFolder) throws IOException {
        Path p = new Path(NightlyJob.child(runFolder, TABLE));
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        return fs.exists(p)
                && java.util.Arrays.asList(read(spark, runFolder).columns()).contains("tower");
    }

    static Dataset<Row> read(SparkSession spark, String runFolder) {
        return spark.read().parquet(NightlyJob.child(runFolder, TABLE));
    }

    /**
     * Ids of the areas whose previous list no longer holds their top N: not complete, and fewer than N entries
     * left once the changed and departed enterprises are taken out.
     */
    static Set<String> outOfMargin(Dataset<Row> previous, Broadcast<Set<String>> removed, int topN) {
        return new HashSet<>(previous.select("area_id", "enterprise_id", "complete")
                .javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), new int[] {
                    removed.value().contains(r.getString(1)) ? 0 : 1, r.getBoolean(2) ? 1 : 0
                }))
                .reduceByKey((a, b) -> new int[] {a[0] + b[0], a[1] & b[1]})
                .filter(t -> t._2()[1] == 0 && t._2()[0] < topN)
                .keys()
                .collect());
    }

    /**
     * The previous lists of the areas this run merges, without the enterprises that changed or left.
     *
     * @param plan    which areas merge (by their index in {@code areas})
     * @param removed ids of the enterprises that changed, arrived or left
     */
    static JavaRDD<Candidate> kept(
            Dataset<Row> previous,
            Broadcast<AreaIndex> areas,
            Broadcast<IncrementalPlan> plan,
            Broadcast<Set<String>> removed) {
        return previous.javaRDD()
                .map(r -> {
                    int a = areas.value().indexOf(r.getString(0));
                    if (a < 0 || !plan.value().mergesArea(a) || removed.value().contains(r.getString(1))) return null;
                    return new Candidate(
                            a,
                            r.getString(1),
                            r.getString(2),
                            r.getFloat(3),
                            r.getString(4),
                            0,
                            true,
                            r.getBoolean(6),
                            r.getFloat(7));
                })
                .filter(c -> c != null);
    }

    /** The rows of the previous lists of areas this run carries over unchanged (they stay as they were). */
    static Dataset<Row> carriedOver(Dataset<Row> previous, List<String> carriedOverAreas) {
        return previous.where(previous.col("area_id").isInCollection(carriedOverAreas));
    }

    /** The scoring tasks' area candidates, as entries scored by this run. */
    static JavaRDD<Candidate> fresh(JavaRDD<Scored> scored) {
        return scored.filter(s -> !s.forEnterprise()).map(AreaLists::fresh);
    }

    /** One area candidate of a scoring task as an entry scored by this run (not yet ranked). */
    static Candidate fresh(Scored s) {
        return new Candidate(
                s.area(), s.enterpriseId(), s.enterpriseName(), s.score(), s.status(), 0, false, true, s.tower());
    }

    /** Each area's list: its entries ranked (1.., ties by enterprise id), N + M kept, cut where it stops being exact. */
    static JavaRDD<Candidate> ranked(JavaRDD<Candidate> candidates, int topN, int margin) {
        int capacity = topN + margin;
        return candidates
                .mapToPair(c -> new Tuple2<>(c.area(), c))
                .groupByKey()
                .flatMap(t -> rank(t._2(), capacity).iterator());
    }

    static List<Candidate> rank(Iterable<Candidate> entries, int capacity) {
        List<Candidate> all = new ArrayList<>();
        entries.forEach(all::add);
        all.sort((a, b) -> a.score() != b.score()
                ? Float.compare(b.score(), a.score())
                : a.enterpriseId().compareTo(b.enterpriseId()));
        int lastKnownOfPartial = -1;
        for (int i = 0; i < all.size(); i++)
            if (all.get(i).known() && !all.get(i).complete()) lastKnownOfPartial = i;
        int size;
        boolean complete;
        if (lastKnownOfPartial >= 0) {
            size = Math.min(lastKnownOfPartial + 1, capacity);
            complete = false;
        } else {
            size = Math.min(all.size(), capacity);
            // a task's heap that overflowed kept exactly `capacity`: fewer in all means nobody was left out
            complete = all.size() < capacity;
        }
        List<Candidate> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Candidate c = all.get(i);
            out.add(new Candidate(
                    c.area(),
                    c.enterpriseId(),
                    c.enterpriseName(),
                    c.score(),
                    c.status(),
                    i + 1,
                    false,
                    complete,
                    c.tower()));
        }
        return out;
    }

    /** The lists as rows of {@link #TABLE}. */
    static Dataset<Row> rows(SparkSession spark, JavaRDD<Candidate> ranked, Broadcast<AreaIndex> areas) {
        return spark.createDataFrame(
                ranked.map(c -> RowFactory.create(
                        areas.value().id(c.area()),
                        c.enterpriseId(),
                        c.enterpriseName(),
                        c.score(),
                        c.status(),
                        c.rank(),
                        c.complete(),
                        c.tower())),
                SCHEMA);
    }

    static Optional<Dataset<Row>> previous(SparkSession spark, Optional<PreviousRun> run) throws IOException {
        if (run.isEmpty() || !stored(spark, run.get().folder())) return Optional.empty();
        return Optional.of(read(spark, run.get().folder()));
    }
}
