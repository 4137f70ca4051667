package io.fundmatch.cli.command;

import io.fundmatch.SharedData;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.guide.BatchReport;
import io.fundmatch.guide.GuideIngester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/fundmatch ingest-bench [FILE|DIR...] [--runs N]}: times ingesting guides in this process (JVM
 * start excluded): one warm-up run (it also loads the segmentation dictionaries), then N timed runs;
 * prints each run and the median. Defaults to ../shared/seeds and ../shared/data/guides.
 */
@Command(
        name = "ingest-bench",
        mixinStandardHelpOptions = true,
        description = "time guide ingestion in-process (median of several runs, JVM start excluded)")
public final class IngestBenchCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "0..*",
            description = "guides (default ../shared/seeds and ../shared/data/guides)")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "7",
            converter = WholeNumber.Positive.class,
            description = "timed runs after one warm-up (default ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        inputs = new ArrayList<>(inputs);
        if (inputs.isEmpty()) {
            Path shared = SharedData.folder()
                    .orElseThrow(() -> new IllegalArgumentException("no input given and ../shared is absent"));
            inputs.add(shared.resolve("seeds"));
            inputs.add(shared.resolve("data/guides"));
        }
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
        }
        GuideIngester ingester = new GuideIngester();
        int files = 0, areas = 0;
        long bytes = 0;
        long warm = System.nanoTime();
        for (Path p : inputs) {
            BatchReport r = ingester.ingestAll(p, null);
            files += r.results().size();
            areas += r.areaCount();
            for (Path f : GuideIngester.filesIn(p)) bytes += f.toFile().length();
        }
        double warmMs = (System.nanoTime() - warm) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "ingest-bench: %d files, %.0f KB, %d areas; warm-up run (loads dictionaries) %.0f ms%n",
                files,
                bytes / 1024.0,
                areas,
                warmMs);
        double[] ms = new double[runs];
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            for (Path p : inputs) ingester.ingestAll(p, null);
            ms[k] = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "  run %d: %.0f ms%n", k + 1, ms[k]);
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf(
                Locale.ROOT,
                "median of %d runs: %.0f ms (min %.0f, max %.0f), %.1f files/s, JVM start excluded%n",
                runs,
                median,
                sorted[0],
                sorted[runs - 1],
                files / (median / 1000));
        return 0;
    }
}
