package io.fundmatch.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads JSON Lines files (UTF-8, one object a line, blank lines skipped) strictly: a bad line fails with its number. */
public final class JsonLines {

    private JsonLines() {}

    /**
     * Every line of the file as a {@code type}.
     *
     * @param noun     what a line is, for the message ("a support area", "a profile")
     * @param complete whether a read value is whole (e.g. has its id); an incomplete one fails like a malformed line
     * @throws IOException when the file cannot be read, or naming the line when a line is not a {@code noun}
     */
    public static <T> List<T> read(Path file, Class<T> type, String noun, Predicate<T> complete) throws IOException {
        List<T> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                T value;
                try {
                    value = Json.mapper().readValue(line, type);
                } catch (JsonProcessingException e) {
                    throw new IOException(file.getFileName() + " line " + n + ": not " + noun + " ("
                            + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
                }
                if (!complete.test(value))
                    throw new IOException(file.getFileName() + " line " + n + ": not " + noun + " (incomplete)");
                out.add(value);
            }
        }
        return out;
    }
}
