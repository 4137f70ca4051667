package io.fundmatch.nightly;

import io.fundmatch.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One run's folder {@code OUT/<date>/}: written as {@code OUT/<date>.partial} (the write stage: Parquet, CSV,
 * state, alerts; in an incremental run the previous rows of what was not rescored carried over), then the
 * manifest written last and the folder renamed into place, replacing an earlier run of the same date. A folder
 * without its manifest is never taken for complete.
 */
final class RunFolder {

    private final SparkSession spark;
    private final FileSystem fs;
    private final String runDir;
    private final String partial;

    /** Names the run's folder and clears what an interrupted run of the same date left half-written. */
    RunFolder(SparkSession spark, String outputRoot, String date) throws IOException {
        this.spark = spark;
        this.runDir = NightlyJob.child(outputRoot, date);
        this.partial = runDir + ".partial";
        this.fs = new Path(runDir).getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.delete(new Path(partial), true);
    }

    /** Where the complete run lands. */
    String path() {
        return runDir;
    }

    /**
     * Writes the tables of the run into the partial folder.
     *
     * @param enterpriseTop the rescored enterprises' top-K rows
     * @param areaTop       the rescored areas' top-N rows
     * @param rows          every enterprise of the run (for its state)
     * @return how many alerts were written (0 on a first run)
     */
    long write(
            OutputTables tables,
            JavaRDD<Scored> enterpriseTop,
            JavaRDD<Scored> areaTop,
            JavaRDD<EnterpriseRow> rows,
            List<AreaLine> areas,
            Map<String, float[]> areaEmbeddings,
            RunInputs inputs,
            IncrementalPlan plan,
            Broadcast<IncrementalPlan> planB) {
        Dataset<Row> enterpriseRows = tables.enterpriseTop(enterpriseTop);
        Dataset<Row> areaRows = tables.areaTop(areaTop);
        if (inputs.incremental()) {
            PreviousRun previous = inputs.previous().orElseThrow();
            enterpriseRows = enterpriseRows.unionByName(carriedOverEnterprises(spark, previous, rows, planB));
            Dataset<Row> previousAreaTop = previous.areaTop(spark);
            areaRows = areaRows.unionByName(
                    previousAreaTop.where(previousAreaTop.col("area_id").isInCollection(plan.carriedOverAreas(areas))));
        }
        enterpriseRows.write().mode(SaveMode.Overwrite).parquet(child("enterprise-top"));
        areaRows.write().mode(SaveMode.Overwrite).parquet(child("area-top"));
        Dataset<Row> writtenEnterpriseTop = spark.read().parquet(child("enterprise-top"));
        writeCsv(writtenEnterpriseTop.drop("opportunity"), "csv/enterprise-top");
        writeCsv(spark.read().parquet(child("area-top")), "csv/area-top");
        tables.state(rows).write().mode(SaveMode.Overwrite).parquet(child("state/enterprises"));
        tables.areaState(areas, areaEmbeddings).write().mode(SaveMode.Overwrite).parquet(child("state/areas"));
        return inputs.previous().isPresent()
                ? writeAlerts(writtenEnterpriseTop, inputs.previous().get())
                : 0;
    }

    /** The previous run's top-K rows of the enterprises this run did not rescore. */
    private static Dataset<Row> carriedOverEnterprises(
            SparkSession spark, PreviousRun previous, JavaRDD<EnterpriseRow> rows, Broadcast<IncrementalPlan> plan) {
        Dataset<Row> unaffected = spark.createDataFrame(
                rows.filter(r -> !plan.value().rescoresEnterprise(r)).map(r -> RowFactory.create(r.id())),
                new StructType().add("enterprise_id", DataTypes.StringType));
        Dataset<Row> previousTop = previous.enterpriseTop(spark);
        return previousTop.join(
                unaffected, previousTop.col("enterprise_id").equalTo(unaffected.col("enterprise_id")), "left_semi");
    }

    /** Alerts against the previous run, as Parquet and CSV; returns how many. */
    private long writeAlerts(Dataset<Row> enterpriseTop, PreviousRun previous) {
        Dataset<Row> alerts = Alerts.compare(
                enterpriseTop,
                previous.enterpriseTop(spark),
                previous.areaState().keySet(),
                spark);
        alerts.write().mode(SaveMode.Overwrite).parquet(child("alerts"));
        Dataset<Row> written = spark.read().parquet(child("alerts"));
        writeCsv(written.drop("opportunity"), "csv/alerts");
        return written.count();
    }

    private void writeCsv(Dataset<Row> table, String name) {
        table.write().mode(SaveMode.Overwrite).option("header", true).csv(child(name));
    }

    /** Writes the manifest (last) and moves the partial folder into place. */
    void commit(Manifest manifest) throws IOException {
        try (OutputStream os = fs.create(new Path(child(Manifest.FILE)), true)) {
            os.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        }
        Path done = new Path(runDir);
        Path old = new Path(runDir + ".replaced");
        fs.delete(old, true);
        if (fs.exists(done)) fs.rename(done, old);
        if (!fs.rename(new Path(partial), done)) throw new IOException("could not move " + partial + " to " + runDir);
        fs.delete(old, true);
    }

    /** Writes (content key, vector) pairs into the partial folder's {@code table} (the next run reads them). */
    void writeVectors(JavaRDD<scala.Tuple2<String, float[]>> vectors, String table) {
        EncoderVectors.write(spark, vectors, child(table));
    }

    private String child(String name) {
        return NightlyJob.child(partial, name);
    }
}
