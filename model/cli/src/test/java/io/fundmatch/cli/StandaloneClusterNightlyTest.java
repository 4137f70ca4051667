package io.fundmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job on a real Spark standalone cluster (a Master and a Worker as separate JVMs, started by
 * {@code model/nightly/cluster/standalone.sh}, the job submitted through SparkSubmit, executors in JVMs of
 * their own) gives the same per-enterprise and per-area top lists, ranks and scores as a {@code local[2]} run
 * of the same generated input. Skipped when the cluster cannot start here (the script's exit code 90).
 */
class StandaloneClusterNightlyTest {

    private static final String DATE = "2026-12-01";
    private static final int CLUSTER_DID_NOT_START = 90;

    @TempDir
    Path dir;

    @Test
    void nightlyOnAStandaloneClusterEqualsTheLocalRun() throws Exception {
        Path root = Path.of(System.getProperty("fundmatch.root", "../.."))
                .toAbsolutePath()
                .normalize();
        Path script = root.resolve("model/nightly/cluster/standalone.sh");
        Path classpath = root.resolve("model/cli/target/classpath.txt");
        Assumptions.assumeTrue(
                Files.isRegularFile(script) && Files.isRegularFile(classpath),
                "not run from a built project (no standalone.sh or model/cli/target/classpath.txt)");

        Path gen = dir.resolve("gen");
        assertEquals(
                0,
                cli(
                        "generate",
                        "--out",
                        gen.toString(),
                        "--enterprises",
                        "300",
                        "--areas",
                        "60",
                        "--districts",
                        "3",
                        "--seed",
                        "7",
                        "--date",
                        DATE));
        String[] inputs = {
            "--registry",
            gen.resolve("registry.jsonl").toString(),
            "--catalogue",
            gen.resolve("catalogue.jsonl").toString(),
            "--date",
            DATE
        };

        long t0 = System.nanoTime();
        assertEquals(
                0,
                cli(concat(
                        new String[] {"nightly", "--out", dir.resolve("local").toString(), "--master", "local[2]"},
                        inputs)));
        long localMs = (System.nanoTime() - t0) / 1_000_000;

        Path log = dir.resolve("cluster.log");
        List<String> command = new ArrayList<>(List.of(
                "bash",
                script.toString(),
                "nightly",
                "--out",
                dir.resolve("cluster").toString()));
        command.addAll(List.of(inputs));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("WORK", dir.resolve("standalone").toString());
        pb.environment().put("WORKERS", "1");
        pb.environment().put("START_TIMEOUT", "90");
        pb.environment().put("APP_CLASSPATH", appClasspath(root, classpath));
        t0 = System.nanoTime();
        Process cluster = pb.start();
        if (!cluster.waitFor(240, TimeUnit.SECONDS)) {
            cluster.destroy(); // the script's trap stops Master and Worker
            if (!cluster.waitFor(30, TimeUnit.SECONDS)) cluster.destroyForcibly();
            throw new AssertionError("the standalone run did not finish in 240 s; log tail:\n" + tail(log));
        }
        long clusterMs = (System.nanoTime() - t0) / 1_000_000;
        Assumptions.assumeFalse(
                cluster.exitValue() == CLUSTER_DID_NOT_START, () -> "the cluster did not start here:\n" + tail(log));
        assertEquals(0, cluster.exitValue(), () -> "the standalone run failed:\n" + tail(log));
        assertTrue(executorFolders(dir.resolve("standalone/work")) >= 1, "the Worker launched executors for the job");
        System.out.printf("local[2] %d ms, standalone cluster (1 worker, start included) %d ms%n", localMs, clusterMs);

        for (String table : List.of("enterprise-top", "area-top")) {
            List<String> local =
                    csvRows(dir.resolve("local").resolve(DATE).resolve("csv").resolve(table));
            List<String> onCluster =
                    csvRows(dir.resolve("cluster").resolve(DATE).resolve("csv").resolve(table));
            assertFalse(local.isEmpty(), table + " is empty");
            assertEquals(local, onCluster, table + " differs between local[2] and the standalone cluster");
        }
        assertTrue(
                Files.exists(dir.resolve("cluster").resolve(DATE).resolve("manifest.json")),
                "the cluster run completed");
    }

    /** Executors the Workers launched: one folder each under WORK/work/app-ID/. */
    private static long executorFolders(Path workerDir) throws IOException {
        if (!Files.isDirectory(workerDir)) return 0;
        try (Stream<Path> files = Files.walk(workerDir, 2)) {
            return files.filter(p -> p.getParent() != null
                            && p.getParent().getFileName().toString().startsWith("app-")
                            && Files.isDirectory(p))
                    .count();
        }
    }

    /** The SPARK_HOME made for the run links every library jar of ~/.m2; the links go, the jars stay. */
    @AfterEach
    void removeJarLinks() throws IOException {
        Path jars = dir.resolve("standalone/spark-home/jars");
        if (!Files.isDirectory(jars)) return;
        try (Stream<Path> links = Files.list(jars)) {
            for (Path link : links.toList()) Files.deleteIfExists(link);
        }
    }

    /** fundmatch's own classes: model/cli's and the modules named in its class path file. */
    private static String appClasspath(Path root, Path classpathFile) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(root.resolve("model/cli/target/classes").toString());
        for (String e : Files.readString(classpathFile).trim().split(":")) {
            if (e.startsWith(root.toString())) entries.add(e);
        }
        return String.join(":", entries);
    }

    /** Every data row of a CSV output folder (all part files), sorted: ids, ranks, names and scores. */
    private static List<String> csvRows(Path folder) throws IOException {
        List<String> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
                if (!lines.isEmpty()) rows.addAll(lines.subList(1, lines.size()));
            }
        }
        rows.sort(null);
        return rows;
    }

    private static int cli(String... args) {
        return FundmatchCli.commandLine()
                .setOut(new PrintWriter(new StringWriter(), true))
                .execute(args);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - 30), lines.size()).stream()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
