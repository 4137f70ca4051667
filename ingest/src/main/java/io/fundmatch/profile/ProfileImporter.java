package io.fundmatch.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.csv.DelimitedRecord;
import io.fundmatch.json.Json;
import io.fundmatch.reference.CreditCode;
import io.fundmatch.reference.IndustryClassification;
import io.fundmatch.reference.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports the enterprise lists officials keep into normalised profiles: CSV, TSV (incl. registry extracts
 * with {@code #} comment lines above the header), JSON Lines and Excel (.xlsx, .xls); UTF-8, GBK or both
 * mixed line by line. Columns are found by their header names (Chinese or English, any order; title rows
 * above the header are skipped). Rows with the same credit code, or the same name and region, are merged
 * into one profile. A bad row is reported with its line number and reason and never stops the import;
 * text files are read as a stream.
 */
public final class ProfileImporter {

    /** Rows scanned for a header (officers' sheets often carry a title row or two above it). */
    private static final int HEADER_SEARCH_ROWS = 10;

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，;；、|/\\n]+");

    private final ProfileNormalizer normalizer;

    public ProfileImporter() {
        this(new ProfileNormalizer());
    }

    public ProfileImporter(ProfileNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Imports a file; the format comes from its extension, else from its content. */
    public ImportReport importFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        String format = formatOf(name, ProfileFormat.head(file));
        if (format.equals("xlsx") || format.equals("xls")) return importSpreadsheet(file, name, format);
        try (InputStream in = Files.newInputStream(file)) {
            return importText(in, name, format);
        }
    }

    /** Imports an uploaded file given as bytes with its original file name (for the format). */
    public ImportReport importBytes(byte[] content, String fileName) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        byte[] head = java.util.Arrays.copyOf(content, Math.min(content.length, 4096));
        String format = formatOf(name, head);
        if (format.equals("xlsx") || format.equals("xls")) {
            Path tmp = Files.createTempFile("fundmatch-upload-", "." + format); // workbooks are read by random access
            try {
                Files.write(tmp, content);
                return importSpreadsheet(tmp, name, format);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return importText(new ByteArrayInputStream(content), name, format);
    }

    // ------------------------------------------------------------------------------------------ formats

    static String formatOf(String fileName, byte[] head) {
        return ProfileFormat.of(fileName, head);
    }

    // ------------------------------------------------------------------------------------------ importing

    /** Collects rows into profiles, merging duplicates, and keeps the counts and issues. */
    private final class Collector {
        final String source;
        final List<EnterpriseProfile> profiles = new ArrayList<>();
        final List<Long> firstLine = new ArrayList<>();
        final Map<String, Integer> byCode = new HashMap<>();
        final Map<String, Integer> byNameAndRegion = new HashMap<>();
        final List<ImportReport.RowIssue> issues = new ArrayList<>();
        int read;
        int imported;
        int merged;
        int rejected;
        int corrected;

        Collector(String source) {
            this.source = source;
        }

        void fileProblem(String reason) {
            issues.add(new ImportReport.RowIssue(0, ImportReport.Kind.FILE, reason));
        }

        void reject(long line, String reason) {
            read++;
            rejected++;
            issues.add(new ImportReport.RowIssue(line, ImportReport.Kind.REJECTED, reason));
        }

        void accept(
                long line, Map<ProfileColumn, String> cells, Map<ProfileColumn, JsonNode> json, List<String> rowNotes) {
            read++;
            List<String> notes = new ArrayList<>(rowNotes);
            EnterpriseProfile profile;
            try {
                profile = normalizer.normalize(input(cells, json, notes));
            } catch (IllegalArgumentException e) {
                rejected++;
                issues.add(new ImportReport.RowIssue(
                        line,
                        ImportReport.Kind.REJECTED,
                        e.getMessage() + (cells.isEmpty() && json.isEmpty() ? "" : " (no value in the name column)")));
                return;
            } catch (RuntimeException e) {
                rejected++;
                issues.add(new ImportReport.RowIssue(line, ImportReport.Kind.REJECTED, "could not be read: " + e));
                return;
            }
            imported++;
            notes.addAll(profile.warnings());
            if (!notes.isEmpty()) {
                corrected++;
                issues.add(new ImportReport.RowIssue(line, ImportReport.Kind.CORRECTED, String.join("; ", notes)));
            }
            String codeKey = CreditCode.isValid(profile.creditCode()) ? profile.creditCode() : null;
            String nameKey = profile.name().replaceAll("\\s", "") + "|"
                    + profile.region().displayName();
            Integer at = codeKey != null ? byCode.get(codeKey) : null;
            String why = "same credit code " + codeKey;
            if (at == null) {
                at = byNameAndRegion.get(nameKey);
                why = "same name and region";
            }
            if (at != null) {
                merged++;
                profiles.set(at, merge(profiles.get(at), profile));
                issues.add(new ImportReport.RowIssue(
                        line,
                        ImportReport.Kind.MERGED,
                        "merged into the profile of line " + firstLine.get(at) + " (" + why + ")"));
                EnterpriseProfile m = profiles.get(at);
                if (m.creditCode() != null && CreditCode.isValid(m.creditCode()))
                    byCode.putIfAbsent(m.creditCode(), at);
                return;
            }
            int index = profiles.size();
            profiles.add(profile);
            firstLine.add(line);
            if (codeKey != null) byCode.put(codeKey, index);
            byNameAndRegion.putIfAbsent(nameKey, index);
        }

        ImportReport report(String format, String encoding) {
            List<ImportReport.RowIssue> sorted = new ArrayList<>(issues);
            sorted.sort((a, b) -> Long.compare(a.line(), b.line()));
            return new ImportReport(
                    source, format, encoding, profiles, sorted, read, imported, merged, rejected, corrected);
        }
    }

    private ImportReport importText(InputStream in, String name, String format) throws IOException {
        Collector out = new Collector(name);
        try (TextLines lines = new TextLines(in)) {
            if (format.equals("jsonl")) {
                readJsonLines(lines, out);
            } else {
                readDelimited(lines, format, out);
            }
            return out.report(format, lines.encoding());
        }
    }

    private void readJsonLines(TextLines lines, Collector out) throws IOException {
        TextLines.Line line;
        boolean any = false;
        while ((line = lines.next()) != null) {
            String t = line.text().strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            any = true;
            JsonNode node;
            try {
                node = Json.mapper().readTree(t);
            } catch (JsonProcessingException e) {
                out.reject(line.number(), "not valid JSON: " + oneLine(e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                out.reject(line.number(), "not a JSON object");
                continue;
            }
            Map<ProfileColumn, JsonNode> fields = new EnumMap<>(ProfileColumn.class);
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                ProfileColumn.of(e.getKey()).ifPresent(c -> fields.putIfAbsent(c, e.getValue()));
            }
            List<String> notes = new ArrayList<>();
            if (line.gbk() && lines.mostlyUtf8()) notes.add("line decoded as GBK");
            out.accept(line.number(), Map.of(), fields, notes);
        }
        if (!any) out.fileProblem("the file is empty");
    }

    private void readDelimited(TextLines lines, String format, Collector out) throws IOException {
        char separator = format.equals("tsv") ? '\t' : ',';
        HeaderMapping columns = null;
        int width = 0;
        int scanned = 0;
        boolean any = false;
        TextLines.Line line;
        while ((line = lines.next()) != null) {
            String text = line.text();
            if (text.isBlank() || text.startsWith("#")) continue;
            any = true;
            long number = line.number();
            // a quoted CSV field may run over several lines
            if (separator == ',') text = wholeRecord(text, lines);
            if (columns == null) {
                if (separator == ',' && text.indexOf(',') < 0 && text.indexOf('\t') >= 0) separator = '\t';
                List<String> header = split(text, separator);
                HeaderMapping mapped = HeaderMapping.of(header);
                if (mapped.named()) {
                    columns = mapped;
                    width = header.size();
                    continue;
                }
                if (++scanned >= HEADER_SEARCH_ROWS) {
                    out.fileProblem("no header with a name column (企业名称 / name) in the first " + HEADER_SEARCH_ROWS
                            + " rows; first row read: " + abbreviate(String.join(" | ", header), 120));
                    return;
                }
                continue;
            }
            List<String> cells = split(text, separator);
            List<String> notes = new ArrayList<>();
            if (line.gbk() && lines.mostlyUtf8()) notes.add("line decoded as GBK");
            if (cells.size() < width)
                notes.add("row has " + cells.size() + " of " + width + " columns; missing ones left empty");
            out.accept(number, HeaderMapping.pick(columns, cells), Map.of(), notes);
        }
        if (!any) out.fileProblem("the file is empty");
        else if (columns == null && scanned < HEADER_SEARCH_ROWS) {
            out.fileProblem("no header with a name column (企业名称 / name) found");
        } else if (columns != null && out.read == 0) out.fileProblem("the file has a header but no data rows");
    }

    private ImportReport importSpreadsheet(Path file, String name, String format) throws IOException {
        Collector out = new Collector(name);
        SheetReader sheet = new SheetReader(out);
        try {
            SpreadsheetRows.read(file, format, sheet);
        } catch (SpreadsheetRows.UnreadableWorkbook e) {
            out.fileProblem(oneLine(e.getMessage()));
            return out.report(format, "binary");
        }
        if (sheet.columns == null && sheet.scanned == 0) out.fileProblem("the sheet is empty");
        else if (sheet.columns == null && sheet.scanned < HEADER_SEARCH_ROWS) {
            out.fileProblem("no header with a name column (企业名称 / name) found");
        } else if (sheet.columns != null && out.read == 0) out.fileProblem("the sheet has a header but no data rows");
        return out.report(format, "binary");
    }

    /** Finds the header among a sheet's first rows, then hands every data row to the collector. */
    private static final class SheetReader implements SpreadsheetRows.Sink {
        private final Collector out;
        HeaderMapping columns;
        int scanned;

        SheetReader(Collector out) {
            this.out = out;
        }

        @Override
        public boolean row(long number, List<String> cells) {
            if (columns != null) {
                out.accept(number, HeaderMapping.pick(columns, cells), Map.of(), List.of());
                return true;
            }
            HeaderMapping mapped = HeaderMapping.of(cells);
            if (mapped.named()) {
                columns = mapped;
            } else if (++scanned >= HEADER_SEARCH_ROWS) {
                out.fileProblem(
                        "no header with a name column (企业名称 / name) in the first " + HEADER_SEARCH_ROWS + " rows");
                return false;
            }
            return true;
        }
    }

    // ------------------------------------------------------------------------------------------ rows

    /** A header row: where each known column is, and the yes/no columns naming a qualification. */
    /** The industry code column, else an industry column holding a code or a GB/T 4754 class name. */
    private static String industryCode(Map<ProfileColumn, String> v) {
        if (v.containsKey(ProfileColumn.INDUSTRY_CODE)) return v.get(ProfileColumn.INDUSTRY_CODE);
        String written = v.get(ProfileColumn.INDUSTRY);
        if (written == null) return null;
        IndustryClassification gbt = IndustryClassification.shared();
        return gbt.normalise(written).or(() -> gbt.codeOfName(written)).orElse(null);
    }

    /** The API input of one row; unreadable numbers become notes. */
    private static ProfileInput input(
            Map<ProfileColumn, String> cells, Map<ProfileColumn, JsonNode> json, List<String> notes) {
        Map<ProfileColumn, String> v = new EnumMap<>(ProfileColumn.class);
        v.putAll(cells);
        List<String> qualifications = new ArrayList<>();
        Region region = null;
        for (Map.Entry<ProfileColumn, JsonNode> e : json.entrySet()) {
            JsonNode n = e.getValue();
            if (n == null || n.isNull()) continue;
            if (e.getKey() == ProfileColumn.QUALIFICATIONS && n.isArray()) {
                n.forEach(q -> qualifications.add(q.asText()));
            } else if (e.getKey() == ProfileColumn.REGION && n.isObject()) {
                region = Region.of(
                        n.path("province").asText(null),
                        n.path("city").asText(null),
                        n.path("district").asText(null));
            } else {
                v.put(e.getKey(), n.isValueNode() ? n.asText() : n.toString());
            }
        }
        if (v.containsKey(ProfileColumn.QUALIFICATIONS)) {
            for (String q : LIST_SEPARATORS.split(v.get(ProfileColumn.QUALIFICATIONS))) {
                if (!q.isBlank()) qualifications.add(q.strip());
            }
        }
        if (region == null) {
            String province = v.get(ProfileColumn.PROVINCE);
            String city = v.get(ProfileColumn.CITY);
            String district = v.get(ProfileColumn.DISTRICT);
            String free = v.get(ProfileColumn.REGION);
            if (free != null && province == null && city == null && district == null) {
                // a free-text region ("北京市西城区") is read whole by the normaliser
                region = Region.of(free, null, null);
            } else if (province != null || city != null || district != null) {
                region = Region.of(province, city, district);
            }
        }
        String entityType = v.containsKey(ProfileColumn.ENTITY_TYPE)
                ? v.get(ProfileColumn.ENTITY_TYPE)
                : v.get(ProfileColumn.REGISTRY_TYPE);
        return new ProfileInput(
                v.get(ProfileColumn.ID),
                v.get(ProfileColumn.NAME),
                v.get(ProfileColumn.CREDIT_CODE),
                region,
                v.get(ProfileColumn.ADDRESS),
                entityType,
                industryCode(v),
                qualifications,
                v.get(ProfileColumn.SPECIALIZATION),
                v.get(ProfileColumn.BUSINESS_SCOPE),
                CellValues.integer(v.get(ProfileColumn.EMPLOYEES), "employees", notes),
                CellValues.revenue(v.get(ProfileColumn.ANNUAL_REVENUE), notes),
                CellValues.year(v.get(ProfileColumn.FOUNDED), notes));
    }

    /**
     * Merges a later profile of the same enterprise into an earlier one ({@link ProfileMerge}).
     */
    public static EnterpriseProfile merge(EnterpriseProfile a, EnterpriseProfile b) {
        return ProfileMerge.merge(a, b);
    }

    // ------------------------------------------------------------------------------------------ text

    /** Lines a quoted CSV field runs over at most; an unclosed quote is read as text after that. */
    static final int MAX_RECORD_LINES = 50;

    /**
     * A CSV record that may run over several lines inside a quoted field. The lines are read ahead only as far
     * as the quote stays open, and never beyond {@link #MAX_RECORD_LINES}: a stray quote cannot glue the rest of
     * the file into one row (the lines read ahead are then taken back).
     */
    private static String wholeRecord(String first, TextLines lines) throws IOException {
        if (!DelimitedRecord.unfinished(first)) return first;
        List<TextLines.Line> ahead = new ArrayList<>();
        StringBuilder record = new StringBuilder(first);
        while (ahead.size() < MAX_RECORD_LINES) {
            TextLines.Line more = lines.next();
            if (more == null) break;
            ahead.add(more);
            record.append('\n').append(more.text());
            if (!DelimitedRecord.unfinished(record.toString())) return record.toString();
        }
        lines.pushBack(ahead);
        return first;
    }

    /** Splits a record: TSV on tabs (quotes kept as text), CSV with RFC 4180 quotes (Apache Commons CSV). */
    static List<String> split(String record, char separator) {
        return DelimitedRecord.split(record, separator);
    }

    static String abbreviate(String s, int max) {
        if (s == null) return "";
        String t = oneLine(s);
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
