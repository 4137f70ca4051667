package io.fundmatch.spark;

import org.apache.spark.sql.SparkSession;

/** The in-process Spark session that training and cross-validated evaluation run on (one core, no web UI). */
public final class LocalSpark {

    private LocalSpark() {}

    /** A local session for fitting the text features; the caller stops it. */
    public static SparkSession forTraining() {
        SparkSession spark = SparkSession.builder()
                .master("local[1]")
                .appName("fundmatch-train")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
