package io.fundmatch.train.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a folder of taxonomies (industry classification, technology fields, policy texts): tab-separated
 * tables with a header row naming a {@code name} column (and optionally {@code remark}) give one description
 * per row and their names as domain terms; any other text file gives one description per line.
 * Lines starting with '#' are comments.
 */
public record Taxonomies(List<String> descriptions, List<String> names) {

    private static final Logger log = LoggerFactory.getLogger(Taxonomies.class);

    public static final Taxonomies NONE = new Taxonomies(List.of(), List.of());

    public static Taxonomies read(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("taxonomies: " + dir + " is not a directory");
        List<String> descriptions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                log.warn("taxonomies: skipped {} (not UTF-8)", f.getFileName());
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            readOne(lines, descriptions, names);
        }
        return new Taxonomies(List.copyOf(descriptions), List.copyOf(names));
    }

    private static void readOne(List<String> lines, List<String> descriptions, List<String> names) {
        int nameCol = -1;
        int remarkCol = -1;
        boolean headerSeen = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (!headerSeen) {
                headerSeen = true;
                String[] head = raw.split("\t", -1);
                for (int i = 0; i < head.length; i++) {
                    if (head[i].strip().equals("name")) nameCol = i;
                    if (head[i].strip().equals("remark")) remarkCol = i;
                }
                if (nameCol >= 0) continue;
            }
            if (nameCol < 0) {
                descriptions.add(line);
                continue;
            }
            String[] cols = raw.split("\t", -1);
            if (cols.length <= nameCol) continue;
            String name = cols[nameCol].strip();
            String remark = remarkCol >= 0 && cols.length > remarkCol ? cols[remarkCol].strip() : "";
            if (name.isEmpty()) continue;
            names.add(name);
            descriptions.add(remark.isEmpty() ? name : name + "：" + remark);
        }
    }
}
