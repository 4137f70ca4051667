package io.fundmatch.cli.option;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The judged documents and the date their application windows are judged against, shared by {@code evaluate} and
 * {@code train-ranker} (a picocli mixin): both read the labelled set against the same seed catalogue.
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
}
