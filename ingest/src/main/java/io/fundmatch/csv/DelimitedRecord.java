package io.fundmatch.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One record of a delimited text file, split by Apache Commons CSV. CSV follows RFC 4180 (a quote opens a field
 * only at its start, so {@code 5"屏} mid-field is text); TSV splits on tabs and keeps quotes as text, except
 * around a whole cell. Cells are trimmed.
 */
public final class DelimitedRecord {

    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    private static final CSVFormat TSV =
            CSVFormat.TDF.builder().setQuote(null).setTrim(true).get();

    private DelimitedRecord() {}

    /** The cells of one record ({@code separator} ',' or '\t'). */
    public static List<String> split(String record, char separator) {
        List<String> cells = new ArrayList<>();
        if (separator == '\t') {
            for (String c : parse(record, TSV)) cells.add(unquote(c));
            return cells;
        }
        CSVFormat format =
                separator == ',' ? CSV : CSV.builder().setDelimiter(separator).get();
        cells.addAll(parse(record, format));
        return cells;
    }

    /** Whether a CSV record ends inside a quoted field, i.e. the next line continues it. */
    public static boolean unfinished(String record) {
        try (CSVParser p = CSVParser.parse(record, CSV)) {
            first(p);
            return false;
        } catch (IOException | UncheckedIOException e) {
            return String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token finished");
        }
    }

    private static List<String> parse(String record, CSVFormat format) {
        try (CSVParser p = CSVParser.parse(record, format)) {
            CSVRecord r = first(p);
            return r == null ? List.of("") : r.toList();
        } catch (IOException | UncheckedIOException e) {
            // a stray quote after a closed quoted field: read the record leniently, quotes as text
            return lenient(record, format);
        }
    }

    private static List<String> lenient(String record, CSVFormat format) {
        try (CSVParser p =
                CSVParser.parse(record, format.builder().setQuote(null).get())) {
            CSVRecord r = first(p);
            List<String> out = new ArrayList<>();
            if (r != null) for (String c : r) out.add(unquote(c));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVRecord first(CSVParser p) {
        Iterator<CSVRecord> it = p.iterator();
        return it.hasNext() ? it.next() : null;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1).replace("\"\"", "\"")
                : s;
    }
}
