package io.fundmatch.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated reference tables the product carries on its class path: `#` lines are comments,
 * blank lines are skipped, and a table with a header row has it dropped.
 */
public final class ReferenceTables {

    private ReferenceTables() {}

    /**
     * @param resource  class-path location, e.g. "/io/fundmatch/reference/regions.tsv"
     * @param hasHeader whether the first non-comment line names the columns
     * @return the rows, each split on tabs with empty trailing fields kept
     * @throws IllegalStateException when the table is missing from the class path
     */
    public static List<String[]> rows(String resource, boolean hasHeader) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReferenceTables.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing reference data " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = hasHeader;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
