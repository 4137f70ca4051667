package io.fundmatch.nightly;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * One nightly run in a JVM of its own, as {@code bin/fundmatch nightly} starts it, so that a test can kill the
 * process while it writes. Arguments: registry catalogue model out redis date master topK.
 */
final class NightlyJobProcess {

    private NightlyJobProcess() {}

    public static void main(String[] a) throws Exception {
        NightlyOptions options = new NightlyOptions(
                a[0],
                a[1],
                a[2],
                a[3],
                a[4],
                Integer.parseInt(a[7]),
                200,
                false,
                true,
                LocalDate.parse(a[5]),
                a[6],
                0,
                null);
        SparkSession spark = NightlyJob.session(options.master());
        try {
            new NightlyJob(options, System.out).run();
        } finally {
            spark.stop();
        }
    }
}
