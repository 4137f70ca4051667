package io.fundmatch.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import io.fundmatch.json.JsonLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The catalogue as JSON Lines: one support area a line, each with its document. Written to a temporary
 * file first and moved into place, so readers never see half a catalogue.
 */
public final class CatalogueFiles {

    private CatalogueFiles() {}

    public static void write(Path jsonl, Catalogue catalogue) throws IOException {
        ObjectMapper mapper = Json.mapper();
        Path dir = jsonl.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, jsonl.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (SupportArea a : catalogue.areas()) {
                    w.write(mapper.writeValueAsString(a));
                    w.write('\n');
                }
            }
            Files.move(tmp, jsonl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a catalogue file; a line that is not a support area fails with its line number.
     *
     * @throws IOException when the file cannot be read or a line is malformed
     */
    public static Catalogue read(Path jsonl) throws IOException {
        return Catalogue.ofAreas(JsonLines.read(
                jsonl, SupportArea.class, "a support area", a -> a.id() != null && a.document() != null));
    }

    /** Same as {@link #read(Path)} for callers that cannot handle checked exceptions. */
    public static Catalogue readUnchecked(Path jsonl) {
        try {
            return read(jsonl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
