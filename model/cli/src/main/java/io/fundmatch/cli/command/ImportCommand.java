package io.fundmatch.cli.command;

import io.fundmatch.csv.CsvTable;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ImportReport;
import io.fundmatch.profile.ProfileImporter;
import io.fundmatch.profile.RegistryFiles;
import io.fundmatch.profile.SectorGuess;
import io.fundmatch.spark.RegistryParquet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/fundmatch import FILE... --out DIR}: imports enterprise lists (CSV, TSV, registry extracts,
 * JSON Lines, Excel) into the registry: DIR/registry.jsonl (normalised profiles), DIR/registry.parquet
 * (the same for Spark), DIR/registry.csv (one line per profile with its region, entity type and sector and
 * where they came from) and DIR/import-report.tsv (every rejected, corrected or merged row with its line).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "import enterprise lists (csv/tsv/jsonl/xlsx) into the profile registry (jsonl + parquet) with a row report",
            "Writes DIR/registry.jsonl, DIR/registry.parquet/, DIR/registry.csv, DIR/import-report.tsv."
        })
public final class ImportCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = ".tsv/.txt (registry extracts with # lines), .csv, .jsonl, .xlsx/.xls; UTF-8 or GBK")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(
            names = "--no-parquet",
            negatable = false,
            description = "write JSON Lines and CSV only (no Spark start-up)")
    boolean noParquet;

    @Override
    public Integer call() throws Exception {
        boolean parquet = !noParquet;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException("no such file: " + f);
        }
        Files.createDirectories(out);

        ProfileImporter importer = new ProfileImporter();
        Map<String, EnterpriseProfile> registry = new LinkedHashMap<>();
        int acrossFiles = 0;
        long t0 = System.nanoTime();
        try (BufferedWriter report =
                Files.newBufferedWriter(out.resolve("import-report.tsv"), StandardCharsets.UTF_8)) {
            report.write("file\tline\tkind\treason\n");
            for (Path f : files) {
                ImportReport r;
                try {
                    r = importer.importFile(f);
                } catch (IOException e) {
                    System.err.println("import: " + f + ": cannot be read (" + e.getMessage() + "); skipped");
                    report.write(f.getFileName() + "\t0\tFILE\tcannot be read: " + tsv(e.getMessage()) + "\n");
                    continue;
                }
                System.out.println("import: " + r.summary());
                for (ImportReport.RowIssue issue : r.issues()) {
                    report.write(
                            r.source() + "\t" + issue.line() + "\t" + issue.kind() + "\t" + tsv(issue.reason()) + "\n");
                    if (issue.kind() == ImportReport.Kind.FILE) System.out.println("import:   " + issue.reason());
                }
                for (EnterpriseProfile p : r.profiles()) {
                    EnterpriseProfile earlier = registry.get(p.id());
                    if (earlier != null) acrossFiles++;
                    registry.put(p.id(), earlier == null ? p : ProfileImporter.merge(earlier, p));
                }
            }
        }
        List<EnterpriseProfile> profiles = new ArrayList<>(registry.values());
        RegistryFiles.write(out.resolve("registry.jsonl"), profiles);
        writeCsv(out.resolve("registry.csv"), profiles);
        if (acrossFiles > 0)
            System.out.println("import: " + acrossFiles + " profiles appeared in more than one file and were merged");
        System.out.printf(
                Locale.ROOT,
                "import: %,d profiles in %.1f s -> %s%n",
                profiles.size(),
                (System.nanoTime() - t0) / 1e9,
                out.resolve("registry.jsonl"));
        if (parquet) {
            long t1 = System.nanoTime();
            RegistryParquet.write(profiles, out.resolve("registry.parquet"));
            System.out.printf(
                    Locale.ROOT,
                    "import: parquet copy in %.1f s -> %s%n",
                    (System.nanoTime() - t1) / 1e9,
                    out.resolve("registry.parquet"));
        }
        System.out.println("import: per-row report -> " + out.resolve("import-report.tsv") + ", overview -> "
                + out.resolve("registry.csv"));
        return profiles.isEmpty() ? 1 : 0;
    }

    private static void writeCsv(Path file, List<EnterpriseProfile> profiles) throws IOException {
        CsvTable table = new CsvTable(
                "id",
                "name",
                "province",
                "city",
                "district",
                "regionSource",
                "entityType",
                "entityTypeSource",
                "industryCode",
                "industryName",
                "confidence",
                "industrySource",
                "candidates",
                "warnings");
        for (EnterpriseProfile p : profiles) {
            List<SectorGuess> c = p.inference().industryCandidates();
            SectorGuess best = c.isEmpty() ? null : c.get(0);
            table.add(
                    p.id(),
                    p.name(),
                    p.region().province(),
                    p.region().city(),
                    p.region().district(),
                    p.inference().regionSource(),
                    p.entityType() == null ? null : p.entityType().label(),
                    p.inference().entityTypeSource(),
                    p.industryCode(),
                    best == null ? null : best.name(),
                    best == null ? null : best.confidence(),
                    p.inference().industrySource(),
                    c.stream().map(g -> g.code() + ":" + g.confidence()).collect(Collectors.joining(" ")),
                    String.join(" | ", p.warnings()));
        }
        table.write(file, true);
    }

    private static String tsv(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
