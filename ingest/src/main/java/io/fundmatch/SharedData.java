package io.fundmatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared reference folder (real guides, registry extracts and taxonomies) that development
 * machines and CI keep beside the project as {@code ../shared}. A fresh clone has none: callers must
 * treat its absence as normal (tests skip, commands say so).
 */
public final class SharedData {

    private SharedData() {}

    /** The folder from -Dfundmatch.shared, $FUNDMATCH_SHARED, or ../shared (also ../../shared from a module). */
    public static Optional<Path> folder() {
        String prop = System.getProperty("fundmatch.shared");
        String env = System.getenv("FUNDMATCH_SHARED");
        for (String candidate : new String[] {prop, env, "../shared", "../../shared"}) {
            if (candidate == null || candidate.isBlank()) continue;
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("seeds")) || Files.isDirectory(p.resolve("data"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** A path inside the shared folder, when the folder and the path exist. */
    public static Optional<Path> resolve(String relative) {
        return folder().map(f -> f.resolve(relative)).filter(Files::exists);
    }
}
