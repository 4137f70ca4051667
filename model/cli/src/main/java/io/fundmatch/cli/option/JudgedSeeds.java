package io.fundmatch.cli.option;

import io.fundmatch.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The judged documents and the date their application windows are judged against, shared by {@code evaluate} and
 * {@code train-ranker} (a picocli mixin): both read the labelled set against the same catalogue (the seeds and the
 * further judged guides).
 */
public final class JudgedSeeds {

    @Option(names = "--seeds", paramLabel = "DIR", description = "the judged documents (default ../shared/seeds)")
    String seedsDir;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            defaultValue = "2020-01-01",
            description =
                    "date the application windows are judged against (default ${DEFAULT-VALUE}, when the seed calls were open)")
    public LocalDate today;

    /** The seeds folder given, else {@code ../shared/seeds}. */
    public Path seeds() {
        return SharedFolder.resolve(seedsDir, "seeds");
    }

    @Option(
            names = "--guides",
            paramLabel = "DIR",
            description = "further judged guides of regions without a seed document, ingested with the seeds "
                    + "(default ../shared/data/guides when present; 'none' leaves them out)")
    String guidesDir;

    /** The further judged guides given, else {@code ../shared/data/guides} when present; null for none. */
    public Path guides() {
        if ("none".equals(guidesDir)) return null;
        if (guidesDir != null) return SharedFolder.resolve(guidesDir, "data/guides");
        return SharedData.resolve("data/guides").orElse(null);
    }

    /** The judged documents: the seeds, then the guides when there are any. */
    public List<Path> documents() {
        List<Path> out = new ArrayList<>(List.of(seeds()));
        Path g = guides();
        if (g != null) out.add(g);
        return out;
    }
}
