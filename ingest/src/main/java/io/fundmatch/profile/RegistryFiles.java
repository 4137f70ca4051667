package io.fundmatch.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import io.fundmatch.json.JsonLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The enterprise registry on disk: normalised {@link EnterpriseProfile}s as JSON Lines (one profile per line,
 * UTF-8, {@link Json#mapper()} settings). The model, the service and the nightly job read this file.
 */
public final class RegistryFiles {

    private RegistryFiles() {}

    /** Writes the profiles, replacing the file; parent folders are created. */
    public static void write(Path jsonl, List<EnterpriseProfile> profiles) throws IOException {
        if (jsonl.toAbsolutePath().getParent() != null)
            Files.createDirectories(jsonl.toAbsolutePath().getParent());
        ObjectMapper mapper = Json.mapper();
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (EnterpriseProfile p : profiles) {
                w.write(mapper.writeValueAsString(p));
                w.write('\n');
            }
        }
    }

    /**
     * Reads a registry file. Blank lines are skipped.
     *
     * @throws IOException naming the line when a line is not a profile
     */
    public static List<EnterpriseProfile> read(Path jsonl) throws IOException {
        return JsonLines.read(jsonl, EnterpriseProfile.class, "a profile", p -> true);
    }
}
