package io.fundmatch.cli.command;

import io.fundmatch.cli.option.NightlyCutoffs;
import io.fundmatch.nightly.DatabaseSnapshot;
import io.fundmatch.nightly.NightlyJob;
import io.fundmatch.nightly.NightlyOptions;
import io.fundmatch.nightly.NightlyRuns;
import io.fundmatch.nightly.PublishResult;
import io.fundmatch.nightly.RedisPublisher;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bin/fundmatch nightly}: the nightly Spark run, or {@code --publish-only} to retry a publish. */
@Command(
        name = "nightly",
        mixinStandardHelpOptions = true,
        description = {
            "score every enterprise against every area in force (Spark), write Parquet/CSV, publish to Redis",
            "bin/fundmatch nightly --registry R.jsonl --catalogue C.jsonl --out DIR [options]",
            "bin/fundmatch nightly --data-dir data --out DIR [options]   (inputs from the service's database)",
            "bin/fundmatch nightly --publish-only DIR/<date> --redis redis://host:6379"
        })
public final class NightlyCommand implements Callable<Integer> {

    @Mixin
    NightlyCutoffs cutoffs;

    @Option(
            names = "--registry",
            paramLabel = "PATH|URI",
            description = "enterprise profiles (JSON Lines of normalised profiles)")
    String registry;

    @Option(names = "--catalogue", paramLabel = "PATH|URI", description = "support areas (JSON Lines)")
    String catalogue;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description =
                    "read areas and enterprises from the service's database (one snapshot) instead of --registry/--catalogue, and record the run there")
    String db;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "the same, from the embedded database of a service running on DIR")
    java.nio.file.Path dataDir;

    @Option(
            names = "--out",
            paramLabel = "PATH|URI",
            description = "output root; each run writes OUT/<date>/ (Parquet, CSV, alerts, manifest)")
    String out;

    @Option(
            names = "--redis",
            paramLabel = "URI",
            description = "publish to Redis (e.g. redis://localhost:6379/0); omitted: files only")
    String redis;

    @Option(
            names = "--incremental",
            description = "rescore only changed enterprises and areas when the model is unchanged")
    boolean incremental;

    @Option(
            names = "--no-explain",
            negatable = false,
            description = "skip explanations (the service explains on display)")
    boolean noExplain;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "run date (default today, UTC)")
    LocalDate day;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master when none is configured (default local[*])")
    String master;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            defaultValue = "0",
            description = "scoring partitions (default from the registry size)")
    int partitions;

    @Option(
            names = "--publish-only",
            paramLabel = "DIR",
            description = "publish a finished output folder again (after Redis was unavailable)")
    String publishOnly;

    @Option(
            names = "--fail-after",
            paramLabel = "STAGE",
            hidden = true,
            description = "stop with an error after this stage (fault drills)")
    String failAfter;

    @Option(
            names = "--enterprise-encoder",
            paramLabel = "student|encoder",
            description = "what embeds the enterprises for the rankers over the sentence encoder (learned, encoder): "
                    + "student (the encoder's distilled student, ≈ 25 times faster; default) or encoder (the "
                    + "sentence encoder, as the service does); areas always keep the encoder's vectors")
    String enterpriseEncoder;

    @Override
    public Integer call() throws Exception {
        if (publishOnly != null) {
            if (redis == null) throw new IllegalArgumentException("--publish-only needs --redis URI");
            SparkSession spark = NightlyJob.session(master == null ? "local[*]" : master);
            try {
                PublishResult r = new RedisPublisher(redis, System.out).publish(spark, publishOnly);
                System.out.println("[nightly] " + r.message());
                return r.ok() ? 0 : 3;
            } finally {
                spark.stop();
            }
        }
        String database = db != null ? db : dataDir != null ? DatabaseSnapshot.embeddedUrl(dataDir) : null;
        if (database != null && out != null) {
            DatabaseSnapshot.Export in = DatabaseSnapshot.export(database, java.nio.file.Path.of(out, "inputs"));
            System.out.printf(
                    Locale.ROOT,
                    "[nightly] database snapshot %s: %,d areas, %,d enterprises%n",
                    in.snapshot(),
                    in.areas(),
                    in.enterprises());
            registry = in.registry().toString();
            catalogue = in.catalogue().toString();
        }
        if (registry == null || catalogue == null || out == null) {
            throw new IllegalArgumentException(
                    "--out and either --registry and --catalogue, or --db / --data-dir, are required");
        }
        NightlyOptions options = new NightlyOptions(
                registry,
                catalogue,
                cutoffs.model,
                out,
                redis,
                cutoffs.topK,
                cutoffs.topN,
                incremental,
                !noExplain,
                day,
                master,
                partitions,
                failAfter,
                enterpriseEncoder);
        SparkSession spark = NightlyJob.session(options.master());
        java.time.Instant started = java.time.Instant.now();
        try {
            NightlyJob.Result r = new NightlyJob(options, System.out).run();
            if (database != null) {
                NightlyRuns.recordSuccess(
                        database, started, r.manifest(), r.publish().ok() ? "ok" : "publish-failed");
            }
            return r.publish().ok() ? 0 : 3;
        } catch (RuntimeException | java.io.IOException e) {
            if (database != null) {
                NightlyRuns.recordFailure(database, started, String.valueOf(e.getMessage()));
            }
            throw e;
        } finally {
            spark.stop();
        }
    }
}
