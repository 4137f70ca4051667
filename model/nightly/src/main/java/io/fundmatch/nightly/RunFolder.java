package io.fundmatch.nightly;

import io.fundmatch.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * One run's folder {@code OUT/<date>/}: written as {@code OUT/<date>.partial} (the write stage: Parquet, CSV,
 * state, alerts; in an incremental run the previous rows of what was not rescored carried over), then the
 * manifest written last and the folder renamed into place, replacing an earlier run of the same date. A folder
 * without its manifest is never taken for complete.
 */
final class RunFolder {

    /** Up to this many replaced enterprises, their ids are broadcast to the joins with the previous rows. */
    private static final long BROADCAST_IDS = 500_000;

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
            Broadcast<IncrementalPlan> planB,
            Broadcast<Set<String>> changed) {
        Dataset<Row> freshEnterpriseRows = tables.enterpriseTop(enterpriseTop);
        Dataset<Row> enterpriseRows = freshEnterpriseRows;
        Dataset<Row> areaRows = tables.areaTop(areaTop);
        Dataset<Row> replaced = null;
        if (inputs.incremental()) {
            PreviousRun previous = inputs.previous().orElseThrow();
            replaced = replacedEnterprises(spark, rows, planB, changed);
            Dataset<Row> previousTop = previous.enterpriseTop(spark);
            enterpriseRows = enterpriseRows.unionByName(previousTop.join(
                    replaced, previousTop.col("enterprise_id").equalTo(replaced.col("enterprise_id")), "left_anti"));
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
        if (inputs.previous().isEmpty()) return 0;
        PreviousRun before = inputs.previous().get();
        if (replaced == null) return writeAlerts(writtenEnterpriseTop, before.enterpriseTop(spark), before);
        // only a rescored enterprise can gain an opportunity: compare its new rows with its previous ones
        Dataset<Row> previousTop = before.enterpriseTop(spark);
        return writeAlerts(
                freshEnterpriseRows,
                previousTop.join(
                        replaced, previousTop.col("enterprise_id").equalTo(replaced.col("enterprise_id")), "left_semi"),
                before);
    }

    /**
     * Ids of the enterprises whose previous top-K rows this run replaces or drops: the rescored ones and those
     * that left (broadcast to the join when they are few, as in a night with a small share changed).
     */
    private static Dataset<Row> replacedEnterprises(
            SparkSession spark,
            JavaRDD<EnterpriseRow> rows,
            Broadcast<IncrementalPlan> plan,
            Broadcast<Set<String>> changed) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<String> ids = rows.filter(r -> plan.value().rescoresEnterprise(r))
                .map(EnterpriseRow::id)
                .union(jsc.parallelize(new ArrayList<>(changed.value()), 1))
                .distinct();
        Dataset<Row> df = spark.createDataFrame(
                        ids.map(RowFactory::create), new StructType().add("enterprise_id", DataTypes.StringType))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return df.count() <= BROADCAST_IDS ? functions.broadcast(df) : df;
    }

    /** Alerts against the previous run, as Parquet and CSV; returns how many. */
    private long writeAlerts(Dataset<Row> enterpriseTop, Dataset<Row> previousTop, PreviousRun previous) {
        Dataset<Row> alerts =
                Alerts.compare(enterpriseTop, previousTop, previous.areaState().keySet(), spark);
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

    /**
     * Writes the areas' lists with their margin ({@link AreaLists#TABLE}): this run's lists, plus the previous
     * run's rows of the areas it carried over.
     */
    void writeAreaLists(
            Dataset<Row> lists, Optional<Dataset<Row>> previous, IncrementalPlan plan, List<AreaLine> areas) {
        Dataset<Row> all = previous.isPresent()
                ? lists.unionByName(AreaLists.carriedOver(previous.get(), plan.carriedOverAreas(areas)))
                : lists;
        all.write().mode(SaveMode.Overwrite).parquet(child(AreaLists.TABLE));
    }

    /**
     * Puts the data files of a previous run's {@code table} into this run's (hard links on a local file system,
     * copies elsewhere), so the folder stays self-contained without re-serialising rows: deleting the previous
     * run's folder later leaves these intact. Returns how many files.
     */
    int carryOver(String previousRun, String table) throws IOException {
        Path from = new Path(NightlyJob.child(previousRun, table));
        Path to = new Path(child(table));
        if (!fs.exists(from)) return 0;
        fs.mkdirs(to);
        int n = 0;
        for (FileStatus st : fs.listStatus(from)) {
            String name = st.getPath().getName();
            if (!st.isFile() || name.startsWith("_") || name.startsWith(".")) continue;
            Path target = new Path(to, name);
            if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
                java.nio.file.Files.createLink(
                        java.nio.file.Path.of(fs.makeQualified(target).toUri()),
                        java.nio.file.Path.of(fs.makeQualified(st.getPath()).toUri()));
            } else {
                FileUtil.copy(
                        fs,
                        st.getPath(),
                        fs,
                        target,
                        false,
                        spark.sparkContext().hadoopConfiguration());
            }
            n++;
        }
        return n;
    }

    /**
     * Adds (content key, vector) pairs to the partial folder's {@code table} next to the files already there (the
     * carried-over ones): written aside, then its data files moved in under names prefixed with the run date.
     */
    void addVectors(JavaRDD<scala.Tuple2<String, float[]>> vectors, String table) throws IOException {
        Path aside = new Path(child(table + ".new"));
        EncoderVectors.write(spark, vectors, aside.toString());
        Path to = new Path(child(table));
        fs.mkdirs(to);
        String prefix = new Path(runDir).getName() + "-";
        for (FileStatus st : fs.listStatus(aside)) {
            String name = st.getPath().getName();
            if (!st.isFile() || name.startsWith("_") || name.startsWith(".")) continue;
            if (!fs.rename(st.getPath(), new Path(to, prefix + name)))
                throw new IOException("could not move " + st.getPath() + " into " + to);
        }
        fs.delete(aside, true);
    }

    private String child(String name) {
        return NightlyJob.child(partial, name);
    }
}
