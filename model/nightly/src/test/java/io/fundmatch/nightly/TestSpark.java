package io.fundmatch.nightly;

import org.apache.spark.sql.SparkSession;

/** The local Spark session the nightly job's tests run on: two cores, no web UI, few shuffle partitions. */
final class TestSpark {

    private TestSpark() {}

    /** A local[2] session named {@code appName}; the caller stops it. */
    static SparkSession local(String appName) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
