package io.fundmatch.profile;

import java.util.List;
import java.util.Locale;

/**
 * What an import produced: the profiles (duplicates merged) and what happened to each row that was not
 * taken as it was.
 *
 * @param source    the file name
 * @param format    "tsv", "csv", "jsonl", "xlsx" or "xls"
 * @param encoding  "UTF-8", "GBK", "UTF-16", "mixed UTF-8/GBK" or "binary" (spreadsheets)
 * @param profiles  the profiles, in order of first appearance; {@code profiles.size() == imported - merged}
 * @param issues    every rejected, corrected or merged row (and file-level problems at line 0), in line order
 * @param read      data rows read (blank lines, comment lines and the header not counted)
 * @param imported  rows that became a profile or were merged into one
 * @param merged    rows merged into an earlier profile (same credit code, or same name and region)
 * @param rejected  rows not imported (each has an issue saying why)
 * @param corrected rows imported with a correction or a warning (each has an issue saying what)
 */
public record ImportReport(
        String source,
        String format,
        String encoding,
        List<EnterpriseProfile> profiles,
        List<RowIssue> issues,
        int read,
        int imported,
        int merged,
        int rejected,
        int corrected) {

    public ImportReport {
        profiles = List.copyOf(profiles);
        issues = List.copyOf(issues);
    }

    /** One row's problem. {@code line} is the 1-based line (or spreadsheet row) number; 0 for the whole file. */
    public record RowIssue(long line, Kind kind, String reason) {}

    public enum Kind {
        REJECTED,
        CORRECTED,
        MERGED,
        FILE
    }

    /** "ent.tsv: 677 rows read, 677 imported (3 merged), 0 rejected, 12 corrected". */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%s: %,d rows read, %,d imported (%,d merged into earlier rows), %,d rejected, %,d corrected"
                        + " [%s, %s] -> %,d profiles",
                source,
                read,
                imported,
                merged,
                rejected,
                corrected,
                format,
                encoding,
                profiles.size());
    }
}
