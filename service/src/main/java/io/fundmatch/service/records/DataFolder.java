package io.fundmatch.service.records;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service keeps its state: {@code fundmatch.data-dir} (default {@code data/}). The embedded
 * PostgreSQL keeps its cluster in {@code <data-dir>/postgres}, so two instances (or two tests) with two data
 * folders never share a database.
 */
@ConfigurationProperties("fundmatch")
public record DataFolder(@DefaultValue("data") String dataDir) {

    public Path postgres() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
    }

    /** The sentence encoder's stored vectors (by content hash): {@code <data-dir>/embeddings}. */
    public Path embeddings() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("embeddings");
    }
}
