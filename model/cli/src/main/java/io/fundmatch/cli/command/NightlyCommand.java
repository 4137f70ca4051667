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
                "top-k", "top-n", "partitions", "date", "master", "publish-only", "fail-after")
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
        if (registry == null || catalogue == null || out == null) {
            throw new IllegalArgumentException("--registry, --catalogue and --out are required\n" + NightlyOptions.USAGE);
        }
        LocalDate day = c.date("date", null);
        NightlyOptions options = new NightlyOptions(registry, catalogue, model, out, redis, topK, topN, c.isSet("incremental"),
                !c.isSet("no-explain"), day, master, partitions, c.get("fail-after"));
        SparkSession spark = NightlyJob.session(options.master());
        try {
            NightlyJob.Result r = new NightlyJob(options, System.out).run();
            return r.publish().ok() ? 0 : 3;
        } finally {
            spark.stop();
        }
    }
}
