package io.fundmatch.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a Parquet copy of rows the command line already holds in memory (the catalogue, the registry),
 * with a short-lived local Spark session: one file in {@code folder}, replaced on every run.
 */
public final class LocalParquet {

    private LocalParquet() {}

    /** Writes rows of the schema with a local session of its own, stopped afterwards. */
    public static void write(String appName, List<Row> rows, StructType schema, Path folder) {
        SparkSession spark = SparkSession.builder()
                .appName(appName)
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        try {
            write(spark, rows, schema, folder);
        } finally {
            spark.stop();
        }
    }

    /** Writes rows of the schema with the given session. */
    public static void write(SparkSession spark, List<Row> rows, StructType schema, Path folder) {
        spark.createDataFrame(rows, schema)
                .coalesce(1)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(folder.toAbsolutePath().toString());
    }
}
