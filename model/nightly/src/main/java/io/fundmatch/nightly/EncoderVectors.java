package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Sentence-encoder vectors of a run, kept by content key so the next run embeds only what changed: the key is the
 * one the service's {@link EmbeddingStore} uses (SHA-256 of the encoder's id and the exact text it reads), so a new
 * encoder or a changed profile gets a new key and a stored vector is never stale. Each complete run writes
 * {@code state/enterprise-vectors/} and {@code state/area-vectors/} (Parquet: key, little-endian floats) for what
 * it ranked; the next run, incremental or not, reads the latest complete run's (on any Hadoop file system, so
 * it survives between runs and under spark-submit).
 */
final class EncoderVectors {

    static final String ENTERPRISES = "state/enterprise-vectors";
    static final String AREAS = "state/area-vectors";

    /** Enterprises embedded by the encoder in this JVM (tests and progress; the job also counts per task). */
    static final AtomicLong ENTERPRISES_EMBEDDED = new AtomicLong();
    /** Areas embedded by the encoder in this JVM. */
    static final AtomicLong AREAS_EMBEDDED = new AtomicLong();

    static final StructType SCHEMA =
            new StructType().add("key", DataTypes.StringType, false).add("vector", DataTypes.BinaryType, false);

    private static volatile EncoderEmbedder embedder;

    private EncoderVectors() {}

    /** The encoder as the service embeds with it (stores in memory only: the job keeps vectors in its state). */
    static EncoderEmbedder embedder() {
        EncoderEmbedder e = embedder;
        if (e == null) {
            synchronized (EncoderVectors.class) {
                if (embedder == null)
                    embedder = new EncoderEmbedder(
                            SentenceEncoder.shared(), EmbeddingStore.inMemory(), EmbeddingStore.inMemory());
                e = embedder;
            }
        }
        return e;
    }

    /** The content key of what the encoder reads of a profile. */
    static String key(EnterpriseProfile p) {
        return EmbeddingStore.key(SentenceEncoder.shared().id(), List.of(EncoderTexts.of(p)));
    }

    /** The content key of a profile's text under the encoder that embeds profiles in this ranking (encoder or student). */
    static String key(NightlyRanking ranking, EnterpriseProfile p) {
        return EmbeddingStore.key(ranking.profileEncoderId(), List.of(EncoderTexts.of(p)));
    }

    /** A profile's vector, embedded now by the encoder of profiles of this ranking (encoder or student). */
    static float[] embed(NightlyRanking ranking, EnterpriseProfile p) {
        if (!ranking.studentProfiles()) return embed(p);
        ENTERPRISES_EMBEDDED.incrementAndGet();
        return ProfileEncoders.get(ranking.profileEncoder(), ranking.modelLocation())
                .embed(EncoderTexts.of(p));
    }

    /** The content key of what the encoder reads of an area (its passages). */
    static String key(SupportArea a) {
        return EmbeddingStore.key(SentenceEncoder.shared().id(), EncoderTexts.passages(a));
    }

    /** A profile's vector, embedded now (as the service embeds a registry enterprise). */
    static float[] embed(EnterpriseProfile p) {
        ENTERPRISES_EMBEDDED.incrementAndGet();
        return SentenceEncoder.shared().embed(EncoderTexts.of(p));
    }

    /** An area's passages' vectors, embedded now (as the service embeds an area). */
    static float[] embed(SupportArea a) {
        AREAS_EMBEDDED.incrementAndGet();
        return embedder().embedArea(a);
    }

    /**
     * The embed-areas stage on the encoder: areas whose content key the previous complete run stored keep that
     * vector, the others are embedded on the executors.
     */
    static AreaEmbeddings embedAreas(JavaSparkContext jsc, List<AreaLine> areas, Map<String, float[]> previous)
            throws IOException {
        Map<String, float[]> byId = new HashMap<>();
        List<String> toEmbed = new ArrayList<>();
        for (AreaLine a : areas) {
            float[] known = previous.get(key(Json.mapper().readValue(a.json(), SupportArea.class)));
            if (known != null) byId.put(a.id(), known);
            else toEmbed.add(a.json());
        }
        if (!toEmbed.isEmpty()) {
            int slices = Math.max(1, Math.min(jsc.defaultParallelism(), toEmbed.size() / 100 + 1));
            jsc.parallelize(toEmbed, slices)
                    .map(json -> {
                        SupportArea a = Json.mapper().readValue(json, SupportArea.class);
                        BlockScorer.LIVE_ROWS.incrementAndGet();
                        return new Tuple2<>(a.id(), embed(a));
                    })
                    .collect()
                    .forEach(t -> byId.put(t._1(), t._2()));
        }
        return new AreaEmbeddings(byId, toEmbed.size());
    }

    /** The areas' (content key, vector) pairs, to store for the next run. */
    static List<Tuple2<String, float[]>> areaVectors(List<AreaLine> areas, Map<String, float[]> byId)
            throws IOException {
        List<Tuple2<String, float[]>> out = new ArrayList<>(areas.size());
        for (AreaLine a : areas)
            out.add(new Tuple2<>(key(Json.mapper().readValue(a.json(), SupportArea.class)), byId.get(a.id())));
        return out;
    }

    /**
     * Registry rows with the vector the previous complete run stored for their content key; rows without one
     * keep a null vector (embedded later, as the rows are sorted into their scoring partitions).
     */
    static JavaRDD<EnterpriseRow> withStoredVectors(
            JavaRDD<EnterpriseRow> rows, JavaPairRDD<String, float[]> previous, NightlyRanking ranking) {
        // cogroup, not join: an incremental run's table may hold a key twice (its previous files and new vectors)
        return rows.mapToPair(r -> new Tuple2<>(key(ranking, BlockScorer.parse(r.json())), r))
                .cogroup(previous)
                .values()
                .flatMap(t -> {
                    java.util.Iterator<float[]> stored = t._2().iterator();
                    float[] v = stored.hasNext() ? stored.next() : null;
                    List<EnterpriseRow> out = new ArrayList<>();
                    for (EnterpriseRow r : t._1())
                        out.add(new EnterpriseRow(r.id(), r.json(), r.hash(), r.keys(), v, r.changed()));
                    return out.iterator();
                });
    }

    /** The enterprises' (content key, vector) pairs, to store for the next run. */
    static JavaRDD<Tuple2<String, float[]>> enterpriseVectors(JavaRDD<EnterpriseRow> rows, NightlyRanking ranking) {
        return rows.map(r -> new Tuple2<>(key(ranking, BlockScorer.parse(r.json())), r.embedding()));
    }

    /** The row without its vector (the state of an encoder run: its vectors are stored once, by content key). */
    static EnterpriseRow withoutVector(EnterpriseRow r) {
        return new EnterpriseRow(r.id(), r.json(), r.hash(), r.keys(), new float[0], r.changed());
    }

    /** The vectors a complete run stored under {@code table} (empty when it stored none), by key. */
    static JavaPairRDD<String, float[]> read(SparkSession spark, String runFolder, String table) throws IOException {
        String at = NightlyJob.child(runFolder, table);
        Path p = new Path(at);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) {
            return JavaPairRDD.fromJavaRDD(
                    JavaSparkContext.fromSparkContext(spark.sparkContext()).<Tuple2<String, float[]>>emptyRDD());
        }
        return spark.read()
                .parquet(at)
                .javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), floats((byte[]) r.get(1))));
    }

    /** The area vectors a complete run stored (small: read on the driver). */
    static Map<String, float[]> readAreas(SparkSession spark, String runFolder) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        read(spark, runFolder, AREAS).collect().forEach(t -> out.put(t._1(), t._2()));
        return out;
    }

    static void write(SparkSession spark, JavaRDD<Tuple2<String, float[]>> vectors, String at) {
        Dataset<Row> rows = spark.createDataFrame(vectors.map(t -> RowFactory.create(t._1(), bytes(t._2()))), SCHEMA);
        rows.write().mode(SaveMode.Overwrite).parquet(at);
    }

    static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    static float[] floats(byte[] raw) {
        float[] v = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
