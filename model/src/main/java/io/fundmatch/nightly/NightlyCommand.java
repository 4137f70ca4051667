package io.fundmatch.nightly;

import io.fundmatch.cli.CommandLine;
import io.fundmatch.cli.FundmatchCli;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;

/** {@code bin/fundmatch nightly}: the nightly Spark run, or {@code --publish-only} to retry a publish. */
public final class NightlyCommand implements FundmatchCli.Command {

    @Override
    public String summary() {
        return "score every enterprise against every area in force (Spark), write Parquet/CSV, publish to Redis";
    }

    @Override
    public String usage() {
        return NightlyOptions.USAGE;
    }

    @Override
    public int run(String[] args) throws Exception {
        CommandLine c = CommandLine.parse(args, CommandLine.Spec.options("registry", "catalogue", "model", "out", "redis",
                "top-k", "top-n", "partitions", "date", "master", "publish-only", "fail-after", "db", "data-dir")
                .withSwitches("incremental", "no-explain"));
        String registry = c.get("registry"), catalogue = c.get("catalogue"), model = c.get("model"), out = c.get("out");
        String redis = c.get("redis"), master = c.get("master"), publishOnly = c.get("publish-only");
        int topK = c.positive("top-k", 20), topN = c.positive("top-n", 200), partitions = c.integer("partitions", 0);
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
        String db = c.get("db") != null ? c.get("db")
                : c.get("data-dir") != null ? DatabaseSnapshot.embeddedUrl(java.nio.file.Path.of(c.get("data-dir"))) : null;
        if (db != null && out != null) {
            DatabaseSnapshot.Export in = DatabaseSnapshot.export(db, java.nio.file.Path.of(out, "inputs"));
            System.out.printf("[nightly] database snapshot %s: %,d areas, %,d enterprises%n", in.snapshot(), in.areas(),
                    in.enterprises());
            registry = in.registry().toString();
            catalogue = in.catalogue().toString();
        }
        if (registry == null || catalogue == null || out == null) {
            throw new IllegalArgumentException("--registry, --catalogue and --out are required\n" + NightlyOptions.USAGE);
        }
        LocalDate day = c.date("date", null);
        NightlyOptions options = new NightlyOptions(registry, catalogue, model, out, redis, topK, topN, c.isSet("incremental"),
                !c.isSet("no-explain"), day, master, partitions, c.get("fail-after"));
        SparkSession spark = NightlyJob.session(options.master());
        java.time.Instant started = java.time.Instant.now();
        try {
            NightlyJob.Result r = new NightlyJob(options, System.out).run();
            if (db != null) NightlyRuns.recordSuccess(db, started, r.manifest(), r.publish().ok() ? "ok" : "publish-failed");
            return r.publish().ok() ? 0 : 3;
        } catch (RuntimeException | java.io.IOException e) {
            if (db != null) NightlyRuns.recordFailure(db, NightlyJob.VERSION.format(started), started, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            spark.stop();
        }
    }
}
