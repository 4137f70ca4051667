package io.fundmatch.train;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a JSON Lines file; a bad line is reported on stderr with its number and skipped, the rest goes through. */
public final class JsonLinesReader {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesReader.class);

    private JsonLinesReader() {}

    public static <T> List<T> read(Path file, Class<T> type, String what) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : nodes(file, what)) {
            try {
                out.add(Json.mapper().treeToValue(n, type));
            } catch (IOException | IllegalArgumentException e) {
                log.warn("{}: skipped a record of {}: {}", what, file.getFileName(), firstLine(e.getMessage()));
            }
        }
        return out;
    }

    static List<JsonNode> nodes(Path file, String what) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(what + ": no such file " + file);
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                try {
                    out.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    log.warn("{}: skipped line {} of {}: not JSON", what, no, file.getFileName());
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(what + ": no such file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + ": cannot read " + file + ": " + firstLine(e.getMessage()));
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
