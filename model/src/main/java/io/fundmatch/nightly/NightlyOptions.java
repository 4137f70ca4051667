package io.fundmatch.nightly;

import java.time.LocalDate;

/**
 * What one nightly run reads, keeps and writes.
 *
 * @param registry    normalised enterprise profiles, JSON Lines (path or URI)
 * @param catalogue   support areas, JSON Lines (path or URI)
 * @param model       a tower model directory, or null for the model shipped with fundmatch
 * @param output      the folder that receives one dated folder per run (path or URI)
 * @param redis       redis:// URI to publish to, or null to only write files
 * @param topK        areas kept per enterprise
 * @param topN        enterprises kept per area
 * @param incremental rescore only what changed since the previous run (when the model is unchanged)
 * @param explain     explain every kept opportunity (as the API does); off makes big runs faster
 * @param date        the run's date (names its folder; judges application windows)
 * @param master      Spark master when none is configured (spark-submit sets one), e.g. local[*]
 * @param partitions  scoring partitions, or 0 to choose from the registry size
 * @param failAfter   stop with an error after this stage (fault drills), or null
 */
public record NightlyOptions(String registry, String catalogue, String model, String output, String redis,
                             int topK, int topN, boolean incremental, boolean explain, LocalDate date,
                             String master, int partitions, String failAfter) {

    public static final String USAGE = """
            usage: bin/fundmatch nightly --registry R.jsonl --catalogue C.jsonl --out DIR [options]
                   bin/fundmatch nightly --data-dir data --out DIR [options]   (inputs from the service's database)
                   bin/fundmatch nightly --publish-only DIR/<date> --redis redis://host:6379
              --db JDBC_URL         read areas and enterprises from the service's database (one snapshot)
                                    instead of --registry/--catalogue, and record the run there
              --data-dir DIR        the same, from the embedded database of a service running on DIR
              --registry PATH|URI   enterprise profiles (JSON Lines of normalised profiles)
              --catalogue PATH|URI  support areas (JSON Lines)
              --model DIR           tower model directory (default: the model shipped with fundmatch)
              --out PATH|URI        output root; each run writes OUT/<date>/ (Parquet, CSV, alerts, manifest)
              --redis URI           publish to Redis (e.g. redis://localhost:6379/0); omitted: files only
              --top-k N             areas kept per enterprise (default 20)
              --top-n N             enterprises kept per area (default 200)
              --incremental         rescore only changed enterprises and areas when the model is unchanged
              --no-explain          skip explanations (the service explains on display)
              --date YYYY-MM-DD     run date (default today, UTC)
              --master URL          Spark master when none is configured (default local[*])
              --partitions N        scoring partitions (default from the registry size)
              --publish-only DIR    publish a finished output folder again (after Redis was unavailable)""";

    public NightlyOptions {
        if (topK < 1) throw new IllegalArgumentException("--top-k must be at least 1");
        if (topN < 1) throw new IllegalArgumentException("--top-n must be at least 1");
        if (date == null) date = LocalDate.now(java.time.ZoneOffset.UTC);
        if (master == null) master = "local[*]";
    }
}
