package io.fundmatch.cli.command;

import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.guide.BatchReport;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.guide.IngestResult;
import io.fundmatch.guide.ProgressListener;
import io.fundmatch.spark.CatalogueParquet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/fundmatch ingest FILE|DIR... [--out DIR] [--no-parquet]}: reads funding documents into the
 * catalogue, DIR/catalogue.jsonl (one support area a line) and DIR/catalogue.parquet/, showing progress
 * while it works and a summary at the end: each document with its areas, and each failure with its reason.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "read funding guides and plans (txt/pdf/docx/doc/html) into the catalogue of support areas (jsonl + parquet)")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            description =
                    "guides: .txt (UTF-8, GBK/GB18030, UTF-16), .pdf, .docx, .doc, .html; folders are read recursively")
    List<Path> inputs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "writes DIR/catalogue.jsonl and DIR/catalogue.parquet/ (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--no-parquet", negatable = false, description = "write JSON Lines only (no Spark start-up)")
    boolean noParquet;

    @Override
    public Integer call() throws Exception {
        boolean parquet = !noParquet;
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
        }

        GuideIngester ingester = new GuideIngester();
        List<IngestResult> results = new ArrayList<>();
        long start = System.nanoTime();
        for (Path p : inputs) {
            BatchReport report = ingester.ingestAll(p, new Progress(System.err));
            results.addAll(report.results());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Catalogue catalogue = Catalogue.of(results);
        printSummary(System.out, results, catalogue, seconds);

        Files.createDirectories(out);
        Path jsonl = out.resolve("catalogue.jsonl");
        CatalogueFiles.write(jsonl, catalogue);
        System.out.println("wrote " + jsonl + " (" + catalogue.size() + " areas)");
        if (parquet) {
            Path folder = out.resolve("catalogue.parquet");
            CatalogueParquet.write(catalogue, folder);
            System.out.println("wrote " + folder);
        }
        return results.stream().anyMatch(IngestResult::ok) ? 0 : 1;
    }

    static void printSummary(PrintStream o, List<IngestResult> results, Catalogue catalogue, double seconds) {
        long ok = results.stream().filter(IngestResult::ok).count();
        o.println();
        o.printf(
                Locale.ROOT,
                "%-50s %5s  %-5s %-10s %-4s %-11s %s%n",
                "document",
                "areas",
                "type",
                "version",
                "year",
                "layout",
                "region / title");
        for (IngestResult r : results) {
            if (!r.ok()) continue;
            GuideDocument d = catalogue.document(r.document().id()).orElse(r.document());
            String version = d.supersededBy() != null
                    ? "superseded"
                    : d.draft() ? "draft" : d.supersedes() != null ? "final" : "";
            o.printf(
                    Locale.ROOT,
                    "%-50s %5d  %-5s %-10s %-4s %-11s %s  %s%n",
                    r.source(),
                    r.areas().size(),
                    d.type(),
                    version.isEmpty() ? "-" : version,
                    d.year() == null ? "-" : d.year(),
                    r.structure(),
                    d.region(),
                    d.title());
            for (String w : r.warnings()) o.println("    note: " + w);
            if (!r.titleFound() && !d.title().equals(r.document().title())) {
                o.println("    note: title taken from the draft it replaces");
            }
        }
        List<IngestResult> failed = results.stream().filter(r -> !r.ok()).toList();
        if (!failed.isEmpty()) {
            o.println();
            o.println("failed (" + failed.size() + "):");
            for (IngestResult r : failed) o.println("  " + r.source() + ": " + r.failure());
        }
        o.println();
        o.printf(
                Locale.ROOT,
                "%d file(s) read, %d document(s) ingested, %d failed; %d support areas (%d current, %d superseded) in %.1f s%n",
                results.size(),
                ok,
                failed.size(),
                catalogue.size(),
                catalogue.currentAreas().size(),
                catalogue.size() - catalogue.currentAreas().size(),
                seconds);
    }

    /** One line per file; on a terminal the line is rewritten in place. */
    private static final class Progress implements ProgressListener {
        private final PrintStream err;
        private final boolean terminal = System.console() != null;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void fileDone(int index, int total, Path file, IngestResult result) {
            String status = result.ok() ? result.areas().size() + " areas" : "FAILED";
            String line = String.format(Locale.ROOT, "ingest [%d/%d] %s: %s", index, total, file.getFileName(), status);
            if (terminal) {
                err.print("\r\033[2K" + line);
                if (index == total) err.println();
            } else {
                err.println(line);
            }
        }
    }
}
