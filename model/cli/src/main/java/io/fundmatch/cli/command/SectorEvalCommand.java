package io.fundmatch.cli.command;

import io.fundmatch.SharedData;
import io.fundmatch.profile.SectorEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch sector-eval}: measures the GB/T 4754 sector inference on hand-labelled registry rows
 * (top-1 / top-3 accuracy at 门类 and 大类 level).
 */
@Command(
        name = "sector-eval",
        mixinStandardHelpOptions = true,
        description = "measure GB/T 4754 sector inference against hand-labelled registry rows (top-1/top-3, 门类/大类)")
public final class SectorEvalCommand implements Callable<Integer> {

    static final String DEFAULT_LABELS = "ingest/src/test/resources/io/fundmatch/profile/sector-labels.tsv";

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            defaultValue = DEFAULT_LABELS,
            description = "TSV key (统一社会信用代码), 门类, 大类 (default ${DEFAULT-VALUE})")
    Path labels;

    @Option(
            names = "--registry",
            paramLabel = "FILE",
            description =
                    "registry extracts holding the labelled rows, repeatable (default: ../shared/data/enterprises/ent_*registered*.txt)")
    List<Path> registryFiles = new ArrayList<>();

    @Option(
            names = "--misses",
            negatable = false,
            description = "also list the rows whose 大类 is not the first guess (key, label, guesses)")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        List<Path> registry = new ArrayList<>(registryFiles);
        if (!Files.isRegularFile(labels)) throw new IllegalArgumentException("no labels file " + labels);
        if (registry.isEmpty()) {
            Path dir = SharedData.resolve("data/enterprises")
                    .orElseThrow(() ->
                            new IllegalArgumentException("no ../shared/data/enterprises here; pass --registry FILE"));
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().matches("ent_.*registered.*\\.txt"))
                        .sorted()
                        .forEach(registry::add);
            }
        }
        for (Path p : registry) if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + p);
        long t0 = System.nanoTime();
        SectorEvaluation.Result r = SectorEvaluation.run(labels, registry);
        System.out.println("sector-eval: " + r.summary());
        System.out.printf(
                Locale.ROOT,
                "sector-eval: %d registry files, %.1f s%n",
                registry.size(),
                (System.nanoTime() - t0) / 1e9);
        if (misses) {
            for (SectorEvaluation.Case c : r.cases()) {
                if (c.predictedDivisions().isEmpty()
                        || !c.predictedDivisions().get(0).equals(c.division())) {
                    System.out.println(
                            "  " + c.key() + "\t" + c.division() + "\t" + String.join(" ", c.predictedDivisions()));
                }
            }
        }
        return r.cases().isEmpty() ? 1 : 0;
    }
}
