package io.fundmatch.nightly;

import io.fundmatch.match.MatchOptions;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The score stage: each partition of enterprises scored against the areas of their jurisdiction
 * ({@link BlockScorer}: top K per enterprise, per-task top N + M per area; {@link AreaLists} merges the latter).
 */
final class Scoring {

    private Scoring() {}

    /** What the scoring tasks need besides the rows: kept sizes, explanations, the run date. */
    record Settings(int topK, int topN, boolean explain, LocalDate day, NightlyRanking ranking)
            implements java.io.Serializable {}

    /**
     * The kept rows (persisted to disk; the caller unpersists): final top-K rows of the rescored enterprises and
     * area candidates of the rescored areas. {@code rescored} counts the enterprises rescored.
     */
    static JavaRDD<Scored> score(
            JavaRDD<EnterpriseRow> rows,
            Broadcast<AreaIndex> areas,
            Broadcast<IncrementalPlan> plan,
            Settings settings,
            LongAccumulator rescored) {
        return rows.mapPartitions((Iterator<EnterpriseRow> it) ->
                        scorePartition(it, areas.value(), plan.value(), settings, rescored))
                .persist(StorageLevel.DISK_ONLY());
    }

    /** On an executor: one partition scored; streamed, so its kept rows (with their JSON) never sit in memory at once. */
    private static Iterator<Scored> scorePartition(
            Iterator<EnterpriseRow> it,
            AreaIndex areas,
            IncrementalPlan plan,
            Settings settings,
            LongAccumulator rescored) {
        MatchOptions matchOptions = new MatchOptions(settings.topK(), false, false, settings.day());
        BlockScorer scorer = new BlockScorer(
                areas,
                settings.topK(),
                settings.topN(),
                matchOptions,
                new OpportunityRows(areas, settings.explain()),
                settings.ranking());
        NightlyRanking ranking = settings.ranking();
        boolean learned = ranking != null && ranking.learned();
        return Streaming.flatMapThen(
                new EncoderScoreBatches(it, areas, r -> learned && plan.rescoresEnterprise(r), scorer.towers()),
                r -> {
                    boolean affected = plan.rescoresEnterprise(r.row());
                    if (affected) rescored.add(1);
                    return scorer.score(r.row(), affected, r.encoder(), r.tower());
                },
                scorer::areaCandidates);
    }
}
