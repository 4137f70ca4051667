package io.fundmatch.nightly;

import io.fundmatch.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** The latest complete run folder (one holding manifest.json) before the current run's date. */
record PreviousRun(String folder, Manifest manifest) {

    static Optional<PreviousRun> find(SparkSession spark, String outputRoot, String currentDate) throws IOException {
        Path root = new Path(outputRoot);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(root)) return Optional.empty();
        String best = null;
        for (FileStatus st : fs.listStatus(root)) {
            String name = st.getPath().getName();
            if (!st.isDirectory() || !name.matches("\\d{4}-\\d{2}-\\d{2}") || name.compareTo(currentDate) > 0) continue;
            if (!fs.exists(new Path(st.getPath(), Manifest.FILE))) continue;
            if (best == null || name.compareTo(best) > 0) best = name;
        }
        if (best == null) return Optional.empty();
        String folder = NightlyJob.child(outputRoot, best);
        return Optional.of(new PreviousRun(folder, read(spark, folder)));
    }

    static Manifest read(SparkSession spark, String folder) throws IOException {
        Path p = new Path(NightlyJob.child(folder, Manifest.FILE));
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p))
            throw new IllegalArgumentException(folder + " is not a complete nightly output (no " + Manifest.FILE + ")");
        try (InputStream in = fs.open(p)) {
            return Json.mapper().readValue(in, Manifest.class);
        }
    }

    Dataset<Row> enterpriseTop(SparkSession spark) {
        return spark.read().parquet(NightlyJob.child(folder, "enterprise-top"));
    }

    Dataset<Row> areaTop(SparkSession spark) {
        return spark.read().parquet(NightlyJob.child(folder, "area-top"));
    }

    /** Areas of the previous run (small: read on the driver). */
    Map<String, StateRow> areaState() {
        SparkSession spark = SparkSession.active();
        Map<String, StateRow> out = new HashMap<>();
        for (Row r :
                spark.read().parquet(NightlyJob.child(folder, "state/areas")).collectAsList()) {
            StateRow s = OutputTables.stateRow(r);
            out.put(s.id(), s);
        }
        return out;
    }

    JavaPairRDD<String, StateRow> enterpriseState(SparkSession spark) {
        return spark.read()
                .parquet(NightlyJob.child(folder, "state/enterprises"))
                .javaRDD()
                .mapToPair(r -> {
                    StateRow s = OutputTables.stateRow(r);
                    return new Tuple2<>(s.id(), s);
                });
    }
}
