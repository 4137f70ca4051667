package io.fundmatch.profile;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of a workbook's first sheet as cell texts, in sheet order, blank rows left out. An .xlsx sheet is
 * streamed (SAX over its XML, the package read from the file by random access), so a sheet of hundreds of
 * thousands of rows reads in bounded memory; an .xls one (at most 65,536 rows) goes through POI's user model.
 * Numbers read as plain decimals ("48", not "48.0"), date cells as ISO dates, formulas as their cached result.
 */
final class SpreadsheetRows {

    /** Receives one non-blank row: its 1-based sheet row number and its cells (null where empty). */
    interface Sink {
        /** @return false to stop reading */
        boolean row(long number, List<String> cells);
    }

    /** The workbook cannot be read as a whole (not a workbook, encrypted, no sheet, a zip bomb). */
    static final class UnreadableWorkbook extends Exception {
        UnreadableWorkbook(String message) {
            super(message);
        }
    }

    private SpreadsheetRows() {}

    static void read(Path file, String format, Sink sink) throws IOException, UnreadableWorkbook {
        if (format.equals("xlsx")) readXlsx(file, sink);
        else readWithUserModel(file, format, sink);
    }

    private static void readXlsx(Path file, Sink sink) throws IOException, UnreadableWorkbook {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableWorkbook("not a readable xlsx workbook: " + e.getMessage());
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new UnreadableWorkbook("the workbook has no sheets");
            try (InputStream sheet = sheets.next()) {
                RowCollector rows = new RowCollector(sink);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainFormatter(), false));
                try {
                    xml.parse(new InputSource(sheet));
                } catch (Stop stop) {
                    // the sink has what it needs
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableWorkbook("not a readable xlsx workbook: " + e.getMessage());
        } finally {
            pkg.revert(); // opened read-only: nothing to save
        }
    }

    private static void readWithUserModel(Path file, String format, Sink sink) throws IOException, UnreadableWorkbook {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbook("not a readable " + format + " workbook: " + e.getMessage());
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) throw new UnreadableWorkbook("the workbook has no sheets");
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) cells.add(text(row.getCell(i)));
                if (blank(cells)) continue;
                if (!sink.row(row.getRowNum() + 1L, cells)) return;
            }
        }
    }

    private static String text(Cell cell) {
        if (cell == null) return null;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getDateCellValue()
                                .toInstant()
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString()
                        : plain(cell.getNumericCellValue());
            default -> null;
        };
    }

    private static String plain(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) if (c != null && !c.isBlank()) return false;
        return true;
    }

    /** Numbers as plain decimals and date-formatted numbers as ISO dates, whatever the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getJavaDate(value, use1904)
                        .toInstant()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
            }
            return plain(value);
        }
    }

    /** Thrown through the SAX parser when the sink wants no more rows. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Gathers a row's cells by column (cells may be missing or out of order) and hands non-blank rows on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Sink sink;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (blank(cells)) return;
            if (!sink.row(rowNum + 1L, new ArrayList<>(cells))) throw new Stop();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() <= column) cells.add(null);
            cells.set(column, value);
            nextColumn = column + 1;
        }
    }
}
