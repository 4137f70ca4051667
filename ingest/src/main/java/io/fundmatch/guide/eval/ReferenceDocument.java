package io.fundmatch.guide.eval;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.reference.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made reference segmentation of one source document: the facts it states and the support areas it
 * offers, each identified by the line of its heading in the source file and the numbering (or short key, such
 * as a 专栏 field name) written there. Read from a tab-separated file named after the source:
 * <pre>
 * folder  data/guides
 * year    2023
 * region  广东省  广州市  天河区  -        (province, city, district, functional zone; - for none)
 * type    GUIDE
 * valid   2023-09-08  2026-09-07          (optional)
 * area    19  第三条
 * </pre>
 *
 * @param source   the source file name
 * @param folder   the folder under ../shared that holds it (seeds, data/guides)
 * @param hasValid whether the reference states the validity (otherwise validity is not judged)
 */
public record ReferenceDocument(
        String source,
        String folder,
        Integer year,
        Region region,
        DocumentType type,
        boolean hasValid,
        LocalDate validFrom,
        LocalDate validTo,
        List<Area> areas) {

    /** One expected area: the 1-based line of its heading in the source file and the key written there. */
    public record Area(int line, String key) {}

    public ReferenceDocument {
        areas = List.copyOf(areas);
    }

    /** Reads a reference file; a malformed one gives an IllegalArgumentException naming the file and line. */
    public static ReferenceDocument read(Path file) {
        String name = file.getFileName().toString();
        String source = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read reference " + file + ": " + e.getMessage());
        }
        String folder = null;
        Integer year = null;
        Region region = Region.NATIONAL;
        DocumentType type = null;
        boolean hasValid = false;
        LocalDate from = null, to = null;
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String where = file + ":" + (i + 1);
            try {
                switch (f[0]) {
                    case "folder" -> folder = f[1].strip();
                    case "year" -> year = Integer.parseInt(f[1].strip());
                    case "region" -> region = new Region(cell(f, 1), cell(f, 2), cell(f, 3), cell(f, 4));
                    case "type" -> type = DocumentType.valueOf(f[1].strip());
                    case "valid" -> {
                        hasValid = true;
                        from = cell(f, 1) == null ? null : LocalDate.parse(cell(f, 1));
                        to = cell(f, 2) == null ? null : LocalDate.parse(cell(f, 2));
                    }
                    case "area" ->
                        areas.add(new Area(Integer.parseInt(f[1].strip()), f.length > 2 ? f[2].strip() : ""));
                    default -> throw new IllegalArgumentException("unknown entry '" + f[0] + "'");
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": malformed entry: " + line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        if (folder == null) throw new IllegalArgumentException(file + ": no 'folder' entry");
        return new ReferenceDocument(source, folder, year, region, type, hasValid, from, to, areas);
    }

    /** Every reference file (*.tsv) of a folder, in name order. */
    public static List<ReferenceDocument> readAll(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("no reference folder " + folder);
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .map(ReferenceDocument::read)
                    .toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + folder + ": " + e.getMessage());
        }
    }

    private static String cell(String[] f, int i) {
        if (i >= f.length) return null;
        String s = f[i].strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }
}
