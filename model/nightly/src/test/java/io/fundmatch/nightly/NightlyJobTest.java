package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.EligibilityChecker;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerModel;
import io.fundmatch.train.ModelTrainer;
import io.fundmatch.train.TrainingInput;
import io.fundmatch.train.features.FeatureFitter;
import io.fundmatch.train.features.Taxonomies;
import io.fundmatch.train.towers.TowerTrainer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * The nightly job on a small synthetic registry (3 districts) and catalogue, on local[2], with a real Redis.
 * The model is a small one trained here on the same data (the job only needs a model directory).
 */
class NightlyJobTest {

    static final LocalDate DAY1 = LocalDate.of(2026, 11, 23);
    static final LocalDate DAY2 = DAY1.plusDays(1);
    static final int K = 5;
    static final int N = 10;

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static RedisServer redis;
    static int redisPort;
    static Path registry;
    static Path catalogue;
    static String model;

    @BeforeAll
    static void setUp() throws Exception {
        spark = TestSpark.local("nightly-test");
        SyntheticData data = new SyntheticData(Distributions.load(), 11, 3, DAY1);
        registry = tmp.resolve("registry.jsonl");
        catalogue = tmp.resolve("catalogue.jsonl");
        data.writeRegistry(registry, 240);
        data.writeCatalogue(catalogue, 80);
        List<String> lines = new ArrayList<>(Files.readAllLines(registry));
        lines.add(7, "{\"id\": \"broken\", \"name\": "); // unreadable JSON
        lines.add(20, "{\"name\":\"无编号有限公司\",\"region\":null}"); // no id
        Files.write(registry, lines);
        model = trainSmallModel(tmp.resolve("models")).toString();
        // these runs rank with the trained towers (the job's default is the learned ranker over the encoder)
        Files.writeString(Path.of(model, "ranker.properties"), "ranker=tower\n");
        redisPort = freePort();
        redis = new RedisServer(redisPort);
        redis.start();
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (redis != null) redis.stop();
        if (spark != null) spark.stop();
    }

    static Path trainSmallModel(Path out) throws IOException {
        List<SupportArea> areas = read(catalogue, SupportArea.class);
        List<EnterpriseProfile> profiles = read(registry, EnterpriseProfile.class);
        ModelTrainer.Settings s = new ModelTrainer.Settings(
                new FeatureFitter.Settings(1000, 1, 16, 1, 7L),
                new TowerTrainer.Settings(16, 1, 16, 0.003, 20, 1, 0.3, 7L),
                2,
                2,
                0);
        return ModelTrainer.train(
                        spark,
                        new TrainingInput(
                                areas, profiles.subList(0, 30), Taxonomies.NONE, List.of(), List.of(), Set.of()),
                        s,
                        out)
                .directory();
    }

    static <T> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            try {
                T t = Json.mapper().readValue(l, type);
                if (!(t instanceof EnterpriseProfile p) || p.id() != null) out.add(t);
            } catch (IOException e) {
                // the broken test rows
            }
        }
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static NightlyOptions options(
            Path reg, Path cat, Path out, String redisUri, LocalDate day, boolean incremental, String failAfter) {
        return new NightlyOptions(
                reg.toString(),
                cat.toString(),
                model,
                out.toString(),
                redisUri,
                K,
                N,
                incremental,
                true,
                day,
                "local[2]",
                3,
                failAfter);
    }

    static NightlyJob.Result run(NightlyOptions o) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            return new NightlyJob(o, ps).run();
        }
    }

    static String redisUri() {
        return "redis://localhost:" + redisPort;
    }

    static List<Row> rows(String folder, String table) {
        return spark.read().parquet(folder + "/" + table).collectAsList();
    }

    /** (enterprise, rank, area, score) lines, sorted: what must be identical between equivalent runs. */
    static List<String> enterpriseTop(String folder) {
        return rows(folder, "enterprise-top").stream()
                .map(r -> r.getAs("enterprise_id") + "|" + r.getAs("rank") + "|" + r.getAs("area_id") + "|"
                        + r.getAs("score"))
                .sorted()
                .toList();
    }

    static List<String> areaTop(String folder) {
        return rows(folder, "area-top").stream()
                .map(r -> r.getAs("area_id") + "|" + r.getAs("rank") + "|" + r.getAs("enterprise_id") + "|"
                        + r.getAs("score"))
                .sorted()
                .toList();
    }

    @Test
    void keepsTheBestEligibleAreasOfEachEnterpriseAsABruteForceScanWould() throws IOException {
        NightlyJob.Result r = run(options(registry, catalogue, tmp.resolve("bf"), null, DAY1, false, null));
        assertEquals(240, r.manifest().enterprises());
        assertEquals(2, r.manifest().rejected(), "the unreadable row and the row without id are reported and skipped");

        TowerModel m = TowerModel.load(Path.of(model));
        List<SupportArea> areas = read(catalogue, SupportArea.class);
        EligibilityChecker checker = EligibilityChecker.standard();
        MatchOptions opts = new MatchOptions(K, false, false, DAY1);
        Map<String, List<String>> actual = new HashMap<>();
        for (Row row : rows(r.folder(), "enterprise-top")) {
            actual.computeIfAbsent(row.getAs("enterprise_id"), x -> new ArrayList<>())
                    .add(row.getAs("rank") + ":" + row.getAs("area_id"));
            assertNotEquals("INELIGIBLE", row.getAs("status"));
        }
        List<EnterpriseProfile> sample = read(registry, EnterpriseProfile.class).subList(0, 30);
        for (EnterpriseProfile p : sample) {
            float[] e = m.embedEnterprise(p);
            List<String> expected = areas.stream()
                    .filter(a -> checker.check(p, a, opts).status() != EligibilityStatus.INELIGIBLE)
                    .sorted(Comparator.<SupportArea>comparingDouble(a -> -TowerModel.score(e, m.embedArea(a)))
                            .thenComparing(SupportArea::id))
                    .limit(K)
                    .map(SupportArea::id)
                    .toList();
            List<String> got = actual.getOrDefault(p.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(s -> Integer.parseInt(s.split(":")[0])))
                    .map(s -> s.split(":")[1])
                    .toList();
            assertEquals(expected, got, "top " + K + " of " + p.id());
        }
        for (Row row : rows(r.folder(), "area-top")) assertTrue((int) row.getAs("rank") <= N);
        assertTrue(Files.isDirectory(Path.of(r.folder(), "csv", "enterprise-top")));
        assertTrue(Files.isRegularFile(Path.of(r.folder(), Manifest.FILE)));
    }

    @Test
    void rerunOfTheSameInputsGivesTheSameResults() throws IOException {
        NightlyJob.Result a = run(options(registry, catalogue, tmp.resolve("same-a"), null, DAY1, false, null));
        NightlyJob.Result b = run(options(registry, catalogue, tmp.resolve("same-b"), null, DAY1, false, null));
        assertEquals(enterpriseTop(a.folder()), enterpriseTop(b.folder()));
        assertEquals(areaTop(a.folder()), areaTop(b.folder()));
    }

    @Test
    void publishMakesTheNewVersionLiveInOneSwitchAndAlertsNewOpportunities() throws IOException {
        Path out = tmp.resolve("pub");
        NightlyJob.Result first = run(options(registry, catalogue, out, redisUri(), DAY1, false, null));
        assertEquals(PublishResult.Status.PUBLISHED, first.publish().status());
        RedisClient client = RedisClient.create(redisUri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            RedisCommands<String, String> redisCmd = c.sync();
            assertEquals(first.manifest().version(), redisCmd.get(RedisPublisher.CURRENT));
            String someone = rows(first.folder(), "enterprise-top").get(0).getAs("enterprise_id");
            String value = redisCmd.get(RedisPublisher.prefix(first.manifest().version()) + "enterprise:" + someone);
            var opportunities = Json.mapper().readTree(value);
            assertTrue(opportunities.isArray() && opportunities.size() > 0 && opportunities.size() <= K);
            assertEquals(1, opportunities.get(0).get("rank").asInt());
            assertTrue(opportunities.get(0).has("explanation")
                    && opportunities.get(0).has("document"));

            Path cat2 = tmp.resolve("catalogue-day2.jsonl");
            Files.copy(catalogue, cat2);
            String best = rows(first.folder(), "enterprise-top").stream()
                    .filter(x -> (int) x.getAs("rank") == 1)
                    .map(x -> (String) x.getAs("area_id"))
                    .findFirst()
                    .orElseThrow();
            SupportArea template = read(catalogue, SupportArea.class).stream()
                    .filter(a -> a.id().equals(best))
                    .findFirst()
                    .orElseThrow();
            SupportArea fresh = new SupportArea(
                    "new-area-1",
                    template.document(),
                    template.path(),
                    template.title(),
                    template.text(),
                    template.applicantTypes(),
                    template.qualifications(),
                    template.applicationWindow(),
                    template.deadline(),
                    template.supportAmount(),
                    template.maxSupportWan(),
                    template.keyTerms(),
                    false);
            Files.writeString(
                    cat2, Json.mapper().writeValueAsString(fresh) + "\n", java.nio.file.StandardOpenOption.APPEND);
            NightlyJob.Result second = run(options(registry, cat2, out, redisUri(), DAY2, false, null));
            assertEquals(second.manifest().version(), redisCmd.get(RedisPublisher.CURRENT));
            assertTrue(second.manifest().alerts() > 0, "a new area identical to a top area enters someone's top K");
            Row alert = rows(second.folder(), "alerts").stream()
                    .filter(a -> "new-area-1".equals(a.getAs("area_id")))
                    .findFirst()
                    .orElseThrow();
            List<String> pushed = redisCmd.lrange("fundmatch:alerts:" + alert.getAs("enterprise_id"), 0, -1);
            assertTrue(
                    pushed.stream().anyMatch(s -> s.contains("new-area-1") && s.contains(Alerts.NEW_AREA)),
                    pushed.toString());
            long ttl = redisCmd.ttl(RedisPublisher.prefix(first.manifest().version()) + "meta");
            assertTrue(
                    ttl > 0 && ttl <= RedisPublisher.PREVIOUS_TTL_SECONDS,
                    "previous version expires after the switch: " + ttl);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aRunThatDiesHalfWayLeavesThePreviousVersionLiveAndTheNextRunCompletes() throws IOException {
        Path out = tmp.resolve("fault");
        NightlyJob.Result first = run(options(registry, catalogue, out, redisUri(), DAY1, false, null));
        assertThrows(
                IllegalStateException.class,
                () -> run(options(registry, catalogue, out, redisUri(), DAY2, false, "score")));
        RedisClient client = RedisClient.create(redisUri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            assertEquals(first.manifest().version(), c.sync().get(RedisPublisher.CURRENT));
            assertFalse(Files.exists(out.resolve(DAY2.toString())), "no half-written run folder is taken for complete");
            NightlyJob.Result next = run(options(registry, catalogue, out, redisUri(), DAY2, false, null));
            assertEquals(next.manifest().version(), c.sync().get(RedisPublisher.CURRENT));
            assertEquals(enterpriseTop(first.folder()), enterpriseTop(next.folder()));
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aJobProcessKilledWhileWritingLeavesThePreviousVersionLiveAndTheNextRunCompletes() throws Exception {
        Path out = tmp.resolve("killed");
        NightlyJob.Result first = run(options(registry, catalogue, out, redisUri(), DAY1, false, null));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .toList());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                NightlyJobProcess.class.getName(),
                registry.toString(),
                catalogue.toString(),
                model,
                out.toString(),
                redisUri(),
                DAY2.toString(),
                "local[1]",
                String.valueOf(K)));
        Process job = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean killed = false;
        try (java.io.BufferedReader console = new java.io.BufferedReader(
                new java.io.InputStreamReader(job.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = console.readLine()) != null) {
                if (line.contains("] write") && line.contains("started")) {
                    job.destroyForcibly(); // SIGKILL while the run's files are being written
                    killed = true;
                    break;
                }
            }
        } finally {
            job.destroyForcibly();
            job.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertTrue(killed, "the job reached its write stage and was killed there");
        assertFalse(Files.exists(out.resolve(DAY2.toString())), "a killed run leaves no folder taken for complete");

        RedisClient client = RedisClient.create(redisUri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            assertEquals(
                    first.manifest().version(),
                    c.sync().get(RedisPublisher.CURRENT),
                    "the service keeps the previous version");
            NightlyJob.Result next = run(options(registry, catalogue, out, redisUri(), DAY2, false, null));
            assertTrue(Files.isRegularFile(Path.of(next.folder(), Manifest.FILE)));
            assertEquals(next.manifest().version(), c.sync().get(RedisPublisher.CURRENT));
            assertEquals(enterpriseTop(first.folder()), enterpriseTop(next.folder()));
        } finally {
            client.shutdown();
        }
    }

    @Test
    void redisDownAtPublishLeavesCompleteFilesAndPublishOnlyRetriesIt() throws IOException {
        Path out = tmp.resolve("down");
        String nobody = "redis://localhost:" + freePort();
        NightlyJob.Result r = run(options(registry, catalogue, out, nobody, DAY1, false, null));
        assertEquals(PublishResult.Status.FAILED, r.publish().status());
        assertTrue(r.publish().message().contains("--publish-only"), r.publish().message());
        assertTrue(Files.isRegularFile(Path.of(r.folder(), Manifest.FILE)));
        assertEquals(
                240,
                rows(r.folder(), "enterprise-top").stream()
                        .map(x -> x.getAs("enterprise_id"))
                        .distinct()
                        .count());

        PublishResult retried = new RedisPublisher(redisUri(), System.out).publish(spark, r.folder());
        assertEquals(PublishResult.Status.PUBLISHED, retried.status());
        RedisClient client = RedisClient.create(redisUri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            assertEquals(r.manifest().version(), c.sync().get(RedisPublisher.CURRENT));
        } finally {
            client.shutdown();
        }
    }

    @Test
    void incrementalRunRescoresOnlyWhatChangedAndEqualsAFullRun() throws IOException {
        Path out = tmp.resolve("incr");
        run(options(registry, catalogue, out, null, DAY1, false, null));
        // day 2: one enterprise changes its business scope
        List<String> lines = new ArrayList<>(Files.readAllLines(registry));
        EnterpriseProfile p = Json.mapper().readValue(lines.get(0), EnterpriseProfile.class);
        EnterpriseProfile changed = new EnterpriseProfile(
                p.id(),
                p.name(),
                p.creditCode(),
                p.region(),
                p.address(),
                p.entityType(),
                p.industryCode(),
                p.qualifications(),
                p.specialization(),
                "软件开发；人工智能应用软件开发；数据处理",
                p.employees(),
                p.annualRevenue(),
                p.foundedYear(),
                p.inference(),
                p.warnings());
        lines.set(0, Json.mapper().writeValueAsString(changed));
        Path reg2 = tmp.resolve("registry-day2.jsonl");
        Files.write(reg2, lines);
        NightlyJob.Result incremental = run(options(reg2, catalogue, out, null, DAY2, true, null));
        NightlyJob.Result full = run(options(reg2, catalogue, tmp.resolve("incr-full"), null, DAY2, false, null));
        assertTrue(incremental.manifest().incremental());
        assertTrue(
                incremental.manifest().rescoredEnterprises() < 240,
                "only the changed enterprise's jurisdiction is rescored");
        assertEquals(enterpriseTop(full.folder()), enterpriseTop(incremental.folder()));
        assertEquals(areaTop(full.folder()), areaTop(incremental.folder()));
        Set<String> districts = new TreeSet<>(read(registry, EnterpriseProfile.class).stream()
                .map(e -> e.region().district())
                .collect(Collectors.toSet()));
        assertEquals(3, districts.size());
    }
}
