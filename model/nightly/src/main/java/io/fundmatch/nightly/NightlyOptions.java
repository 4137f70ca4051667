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
 * @param enterpriseEncoder what embeds the enterprises for rankers over the encoder's space ({@link
 *                    ProfileEncoders}: encoder or student), or null for {@link ProfileEncoders#DEFAULT}
 */
public record NightlyOptions(
        String registry,
        String catalogue,
        String model,
        String output,
        String redis,
        int topK,
        int topN,
        boolean incremental,
        boolean explain,
        LocalDate date,
        String master,
        int partitions,
        String failAfter,
        String enterpriseEncoder) {

    public NightlyOptions {
        if (topK < 1) throw new IllegalArgumentException("--top-k must be at least 1");
        if (topN < 1) throw new IllegalArgumentException("--top-n must be at least 1");
        if (date == null) date = LocalDate.now(java.time.ZoneOffset.UTC);
        if (master == null) master = "local[*]";
        enterpriseEncoder = ProfileEncoders.checked(enterpriseEncoder);
    }

    /** With the default encoder of profiles ({@link ProfileEncoders#DEFAULT}). */
    public NightlyOptions(
            String registry,
            String catalogue,
            String model,
            String output,
            String redis,
            int topK,
            int topN,
            boolean incremental,
            boolean explain,
            LocalDate date,
            String master,
            int partitions,
            String failAfter) {
        this(
                registry,
                catalogue,
                model,
                output,
                redis,
                topK,
                topN,
                incremental,
                explain,
                date,
                master,
                partitions,
                failAfter,
                null);
    }
}
