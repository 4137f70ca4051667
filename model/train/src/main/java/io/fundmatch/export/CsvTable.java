package io.fundmatch.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** A CSV table (RFC 4180 quoting, UTF-8, header first), written to a temporary file and moved into place. */
public final class CsvTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; values are printed with {@code String.valueOf}, null as an empty field. */
    CsvTable add(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("row has " + values.length + " fields, header " + header.size());
        }
        List<String> row = new ArrayList<>(values.length);
        for (Object v : values) row.add(v == null ? "" : String.valueOf(v));
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    List<List<String>> rows() {
        return rows;
    }

    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                line(w, header);
                for (List<String> r : rows) line(w, r);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void line(BufferedWriter w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write(field(fields.get(i)));
        }
        w.write('\n');
    }

    static String field(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
