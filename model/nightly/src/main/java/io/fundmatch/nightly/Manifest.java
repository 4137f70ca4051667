package io.fundmatch.nightly;

import java.util.Map;

/**
 * {@code manifest.json} of a run folder, written last: its presence marks the output complete. It records
 * what the run read (for incremental runs and alerts) and what it produced.
 *
 * @param version      the Redis version the run publishes under (e.g. 20261123T021400Z)
 * @param createdAt    ISO-8601 instant the run started
 * @param date         the run date
 * @param modelVersion the tower model's version (incremental runs need it unchanged)
 * @param catalogueVersion a hash of the areas in force
 * @param enterprises  enterprises scored (registry rows read minus rejected)
 * @param rejected     registry rows rejected (unreadable JSON, no id)
 * @param areas        areas in force
 * @param topK         areas kept per enterprise
 * @param topN         enterprises kept per area
 * @param incremental  whether this run reused the previous run's scores
 * @param rescoredEnterprises enterprises whose top K was recomputed
 * @param rescoredAreas areas whose top N was recomputed
 * @param alerts       new (enterprise, area) pairs compared with the previous run
 * @param previous     the previous run folder compared with, or null
 * @param stageMillis  time per stage
 * @param mergedAreas  areas (among the rescored) whose list was merged from the previous one and the changed
 *                     enterprises' scores rather than scored against all their enterprises
 * @param vectors      the vectors the lists' first stage used (e.g. {@code encoder:<id>}, {@code tower:<version>},
 *                     {@code none} for text rankers)
 */
public record Manifest(
        String version,
        String createdAt,
        String date,
        String modelVersion,
        String catalogueVersion,
        long enterprises,
        long rejected,
        long areas,
        int topK,
        int topN,
        boolean incremental,
        long rescoredEnterprises,
        long rescoredAreas,
        long alerts,
        String previous,
        Map<String, Long> stageMillis,
        long mergedAreas,
        String vectors) {

    public static final String FILE = "manifest.json";
}
