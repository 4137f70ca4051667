package io.fundmatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.json.Json;
import io.fundmatch.results.NightlyKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Publishes a finished run folder to Redis in the layout the service reads (/work/brief/redis-layout.md):
 * every {@code fundmatch:nightly:<version>:enterprise:<id>} key and {@code :meta} of the new version first
 * (7-day expiry), then one {@code SET fundmatch:nightly:current <version>} makes it live; then the alerts
 * ({@code fundmatch:alerts:<id>}, newest first, 50 kept) and a short expiry on the previous version's keys.
 * Until the switch the service reads the previous version; a publish that dies before it changes nothing
 * readers see, and publishing the same folder again is safe. Rows stream from Parquet partition by partition
 * (never collected whole) in pipelined batches.
 */
public final class RedisPublisher {

    public static final String CURRENT = NightlyKeys.CURRENT;
    static final long VERSION_TTL_SECONDS = Duration.ofDays(7).toSeconds();
    static final long PREVIOUS_TTL_SECONDS = Duration.ofHours(1).toSeconds();
    static final int ALERTS_KEPT = 50;
    static final int BATCH = 2_000;

    /** Enterprises published in this JVM so far (progress). */
    static final AtomicLong PUBLISHED = new AtomicLong();

    private final String uri;
    private final PrintStream out;

    public RedisPublisher(String uri, PrintStream out) {
        this.uri = uri;
        this.out = out;
    }

    static String prefix(String version) {
        return NightlyKeys.versionPrefix(version);
    }

    /** Publishes the run folder; never throws for Redis trouble (the result says FAILED and why). */
    public PublishResult publish(SparkSession spark, String runDir) throws IOException {
        Manifest m = PreviousRun.read(spark, runDir);
        PUBLISHED.set(0);
        RedisClient client;
        try {
            client = RedisClient.create(RedisURI.create(uri));
            client.setDefaultTimeout(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            return failed(m, runDir, e);
        }
        try (StatefulRedisConnection<String, String> conn = client.connect()) {
            RedisCommands<String, String> sync = conn.sync();
            RedisAsyncCommands<String, String> async = conn.async();
            long enterprises = writeEnterprises(spark, runDir, conn, async, m.version());
            ObjectNode meta = Json.mapper().createObjectNode();
            meta.put("version", m.version());
            meta.put("createdAt", m.createdAt());
            meta.put("modelVersion", m.modelVersion());
            meta.put("catalogueVersion", m.catalogueVersion());
            meta.put("enterprises", m.enterprises());
            meta.put("top", m.topK());
            sync.set(
                    NightlyKeys.meta(m.version()),
                    Json.mapper().writeValueAsString(meta),
                    SetArgs.Builder.ex(VERSION_TTL_SECONDS));

            String before = sync.get(CURRENT);
            sync.set(CURRENT, m.version()); // the switch: readers see the new version from here on
            long alerts = pushAlerts(spark, runDir, m, conn, async, sync);
            if (before != null && !before.equals(m.version())) expireVersion(conn, async, sync, before);
            return new PublishResult(
                    PublishResult.Status.PUBLISHED,
                    m.version(),
                    enterprises,
                    alerts,
                    String.format(
                            Locale.ROOT,
                            "published version %s (%,d enterprises, %,d alerts) to %s",
                            m.version(),
                            enterprises,
                            alerts,
                            redacted()));
        } catch (RuntimeException e) {
            return failed(m, runDir, e);
        } finally {
            client.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }

    private PublishResult failed(Manifest m, String runDir, Exception e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        return new PublishResult(
                PublishResult.Status.FAILED,
                m.version(),
                0,
                0,
                "publish to " + redacted() + " failed (" + why + "); the output is complete: retry with "
                        + "bin/fundmatch nightly --publish-only " + runDir + " --redis " + redacted());
    }

    private long writeEnterprises(
            SparkSession spark,
            String runDir,
            StatefulRedisConnection<String, String> conn,
            RedisAsyncCommands<String, String> async,
            String version) {
        Dataset<Row> grouped = spark.read()
                .parquet(NightlyJob.child(runDir, "enterprise-top"))
                .groupBy(col("enterprise_id"))
                .agg(sort_array(collect_list(struct(col("rank"), col("opportunity"))))
                        .as("opportunities"));
        SetArgs ttl = SetArgs.Builder.ex(VERSION_TTL_SECONDS);
        return pipelined(
                conn,
                grouped.toLocalIterator(),
                (r, pending) -> {
                    StringBuilder sb = new StringBuilder("[");
                    List<Row> ops = r.getList(1);
                    for (int i = 0; i < ops.size(); i++) {
                        if (i > 0) sb.append(',');
                        sb.append(ops.get(i).getString(1));
                    }
                    sb.append(']');
                    pending.add(async.set(NightlyKeys.enterprise(version, r.getString(0)), sb.toString(), ttl));
                },
                PUBLISHED::set);
    }

    private long pushAlerts(
            SparkSession spark,
            String runDir,
            Manifest m,
            StatefulRedisConnection<String, String> conn,
            RedisAsyncCommands<String, String> async,
            RedisCommands<String, String> sync) {
        if (m.previous() == null) return 0;
        String done = NightlyKeys.alertsPushed(m.version());
        if (sync.exists(done) > 0) return 0; // a retried publish must not repeat them
        Iterator<Row> it = spark.read()
                .parquet(NightlyJob.child(runDir, "alerts"))
                .select("enterprise_id", "area_id", "area_title", "document_title", "score", "reason", "opportunity")
                .toLocalIterator();
        long n = pipelined(
                conn,
                it,
                (r, pending) -> {
                    ObjectNode a = Json.mapper().createObjectNode();
                    a.put("areaId", r.getString(1));
                    a.put("title", r.getString(2));
                    a.put("documentTitle", r.getString(3));
                    a.put("score", r.getDouble(4));
                    a.set("deadline", deadline(r.getString(6)));
                    a.put("reason", r.getString(5));
                    a.put("createdAt", m.createdAt());
                    String key = NightlyKeys.alerts(r.getString(0));
                    pending.add(async.lpush(key, a.toString()));
                    pending.add(async.ltrim(key, 0, ALERTS_KEPT - 1));
                },
                sent -> {});
        sync.set(done, "1", SetArgs.Builder.ex(VERSION_TTL_SECONDS));
        return n;
    }

    private static JsonNode deadline(String opportunityJson) {
        try {
            JsonNode o = Json.mapper().readTree(opportunityJson);
            return o.has("deadline") ? o.get("deadline") : Json.mapper().nullNode();
        } catch (IOException | RuntimeException e) {
            return Json.mapper().nullNode();
        }
    }

    /** Gives the previous version's keys a short expiry: readers that fetched its version id can still finish. */
    private void expireVersion(
            StatefulRedisConnection<String, String> conn,
            RedisAsyncCommands<String, String> async,
            RedisCommands<String, String> sync,
            String version) {
        List<String> keys = new ArrayList<>();
        ScanIterator.scan(sync, ScanArgs.Builder.matches(prefix(version) + "*").limit(1000))
                .forEachRemaining(keys::add);
        List<RedisFuture<?>> pending = new ArrayList<>(BATCH);
        long n = 0;
        conn.setAutoFlushCommands(false);
        try {
            for (String k : keys) {
                pending.add(async.expire(k, PREVIOUS_TTL_SECONDS));
                n++;
                if (pending.size() == BATCH) flush(conn, pending);
            }
            flush(conn, pending);
        } finally {
            conn.setAutoFlushCommands(true);
        }
        out.printf(
                Locale.ROOT,
                "[nightly] previous version %s: %,d keys expire in %d min%n",
                version,
                n,
                PREVIOUS_TTL_SECONDS / 60);
    }

    /**
     * Sends the commands of every row pipelined, in batches of {@link #BATCH} awaited one after the other;
     * {@code progress} hears the number of rows sent after each batch. Returns the number of rows.
     */
    private static long pipelined(
            StatefulRedisConnection<String, String> conn,
            Iterator<Row> rows,
            BiConsumer<Row, List<RedisFuture<?>>> commands,
            LongConsumer progress) {
        List<RedisFuture<?>> pending = new ArrayList<>(BATCH);
        long n = 0;
        conn.setAutoFlushCommands(false);
        try {
            while (rows.hasNext()) {
                commands.accept(rows.next(), pending);
                n++;
                if (pending.size() >= BATCH) {
                    flush(conn, pending);
                    progress.accept(n);
                }
            }
            flush(conn, pending);
            progress.accept(n);
        } finally {
            conn.setAutoFlushCommands(true);
        }
        return n;
    }

    private static void flush(StatefulRedisConnection<String, String> conn, List<RedisFuture<?>> pending) {
        conn.flushCommands();
        for (RedisFuture<?> f : pending) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("redis write failed: " + e.getMessage(), e);
            }
        }
        pending.clear();
    }

    private String redacted() {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
