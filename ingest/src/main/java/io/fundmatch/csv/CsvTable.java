package io.fundmatch.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table as fundmatch writes it for people and notebooks: a header, then rows, RFC 4180 quoting by Apache
 * Commons CSV, UTF-8. Every text cell that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return, and not a plain number) is written with a leading apostrophe.
 */
public final class CsvTable {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; values are printed with {@code String.valueOf}, null as an empty field. */
    public CsvTable add(Object... values) {
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

    /** The rows as added (before quoting and the formula guard). */
    public List<List<String>> rows() {
        return rows;
    }

    /** A cell a spreadsheet shows as text: formulas neutralised with a leading apostrophe, numbers untouched. */
    public static String safeCell(String value) {
        if (value == null || value.isEmpty()) return value == null ? "" : value;
        if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches()) return "'" + value;
        return value;
    }

    /** Writes the table to {@code out} with the given record separator ("\n" for files, "\r\n" for Excel downloads). */
    public void print(Writer out, String recordSeparator) throws IOException {
        CSVFormat format =
                CSVFormat.RFC4180.builder().setRecordSeparator(recordSeparator).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(header.stream().map(CsvTable::safeCell).toList());
        for (List<String> r : rows)
            printer.printRecord(r.stream().map(CsvTable::safeCell).toList());
        printer.flush();
    }

    /** The table as text, with a byte-order mark first when {@code bom} (Excel reads UTF-8 Chinese then). */
    public String toText(boolean bom, String recordSeparator) {
        StringWriter w = new StringWriter();
        if (bom) w.write('\uFEFF');
        try {
            print(w, recordSeparator);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes the file (UTF-8, "\n" between rows) to a temporary file and moves it into place. */
    public void write(Path file) throws IOException {
        write(file, false);
    }

    /** As {@link #write(Path)}, with a byte-order mark first when {@code bom}. */
    public void write(Path file, boolean bom) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                if (bom) w.write('\uFEFF');
                print(w, "\n");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
