package io.fundmatch.nightly;

import io.fundmatch.cli.FundmatchCli;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code bin/fundmatch nightly}: the nightly Spark run, or {@code --publish-only} to retry a publish. */
public final class NightlyCommand implements FundmatchCli.Command {

    @Override
    public String summary() {
        return "score every enterprise against every area in force (Spark), write Parquet/CSV, publish to Redis";
    }

    @Override
    public int run(String[] args) throws Exception {
        String registry = null, catalogue = null, model = null, out = null, redis = null, date = null, master = null;
        String publishOnly = null, failAfter = null;
        int topK = 20, topN = 200, partitions = 0;
        boolean incremental = false, explain = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    System.out.println(NightlyOptions.USAGE);
                    return 0;
                }
                case "--registry" -> registry = value(args, ++i, a);
                case "--catalogue" -> catalogue = value(args, ++i, a);
                case "--model" -> model = value(args, ++i, a);
                case "--out" -> out = value(args, ++i, a);
                case "--redis" -> redis = value(args, ++i, a);
                case "--top-k" -> topK = number(value(args, ++i, a), a);
                case "--top-n" -> topN = number(value(args, ++i, a), a);
                case "--partitions" -> partitions = number(value(args, ++i, a), a);
                case "--incremental" -> incremental = true;
                case "--no-explain" -> explain = false;
                case "--date" -> date = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--publish-only" -> publishOnly = value(args, ++i, a);
                case "--fail-after" -> failAfter = value(args, ++i, a);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + NightlyOptions.USAGE);
            }
        }
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
        LocalDate day;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD, not " + date);
        }
        NightlyOptions options = new NightlyOptions(registry, catalogue, model, out, redis, topK, topN, incremental,
                explain, day, master, partitions, failAfter);
        SparkSession spark = NightlyJob.session(options.master());
        try {
            NightlyJob.Result r = new NightlyJob(options, System.out).run();
            return r.publish().ok() ? 0 : 3;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not " + s);
        }
    }
}
