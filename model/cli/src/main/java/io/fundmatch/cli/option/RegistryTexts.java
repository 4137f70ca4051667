package io.fundmatch.cli.option;

import io.fundmatch.eval.RegistryRecords;
import io.fundmatch.profile.ProfileInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Registry extracts whose texts the benchmarks use as profiles (a picocli mixin of {@code bench-*} commands). */
public final class RegistryTexts {

    @Option(
            names = "--registry",
            paramLabel = "DIR",
            description = "registry extracts whose texts are the profiles (default ../shared/data/enterprises)")
    String registryDir;

    /** Every row of the extracts; an error when there is none. */
    public List<ProfileInput> rows() throws IOException {
        Path registry = SharedFolder.resolve(registryDir, "data/enterprises");
        List<ProfileInput> rows = RegistryRecords.read(registry, null).records();
        if (rows.isEmpty()) throw new IllegalArgumentException("no registry rows in " + registry);
        return rows;
    }
}
