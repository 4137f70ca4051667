package io.fundmatch.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetRowsTest {

    /** Row number, then cells. */
    private static List<List<String>> rows(Path file, String format) throws Exception {
        List<List<String>> out = new ArrayList<>();
        SpreadsheetRows.read(file, format, (number, cells) -> {
            List<String> r = new ArrayList<>();
            r.add(Long.toString(number));
            r.addAll(cells);
            out.add(r);
            return true;
        });
        return out;
    }

    private static void fill(Workbook wb) {
        Sheet sheet = wb.createSheet("名单");
        sheet.createRow(0).createCell(0).setCellValue("2026年重点企业名单");
        Row header = sheet.createRow(2); // row 2 (1-based: 2) left blank
        String[] names = {"企业名称", "成立日期", "职工人数", "营业收入（万元）", "合计"};
        for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
        Row row = sheet.createRow(3);
        row.createCell(0).setCellValue("青禾软件有限公司");
        row.createCell(1).setCellValue(LocalDate.of(2015, 6, 1));
        row.getCell(1).setCellStyle(date);
        row.createCell(2).setCellValue(48);
        row.createCell(3).setCellValue(1234.5);
        row.createCell(4).setCellFormula("C4+1");
        Row gaps = sheet.createRow(4);
        gaps.createCell(0).setCellValue("北辰数据有限公司");
        gaps.createCell(3).setCellValue(0.25); // cells 1 and 2 missing
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    @Test
    void xlsxStreamedReadsAsTheXlsUserModelDoes(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("名单.xlsx");
        Path xls = dir.resolve("名单.xls");
        try (Workbook wb = new XSSFWorkbook();
                var out = Files.newOutputStream(xlsx)) {
            fill(wb);
            wb.write(out);
        }
        try (Workbook wb = new HSSFWorkbook();
                var out = Files.newOutputStream(xls)) {
            fill(wb);
            wb.write(out);
        }
        List<List<String>> expected = List.of(
                List.of("1", "2026年重点企业名单"),
                List.of("3", "企业名称", "成立日期", "职工人数", "营业收入（万元）", "合计"),
                List.of("4", "青禾软件有限公司", "2015-06-01", "48", "1234.5", "49"),
                Arrays.asList("5", "北辰数据有限公司", null, null, "0.25"));
        assertEquals(expected, rows(xlsx, "xlsx"));
        assertEquals(expected, rows(xls, "xls"));
    }

    @Test
    void aSheetTooLargeForPoisUserModelIsStreamedInFull(@TempDir Path dir) throws Exception {
        // A sheet part of more than 100 MB of XML: POI's user model refuses it ("maximum length for this record type").
        Path file = dir.resolve("全区企业.xlsx");
        int n = 250_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                var out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("企业");
            Row header = sheet.createRow(0);
            String[] names = {"企业名称", "注册地址", "所属区", "企业资质", "经营范围", "从业人员"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            for (int r = 1; r <= n; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("测试" + r + "科技有限公司");
                row.createCell(1).setCellValue("北京市海淀区中关村大街" + (r % 300) + "号");
                row.createCell(2).setCellValue("海淀区");
                row.createCell(3).setCellValue(r % 3 == 0 ? "国家高新技术企业" : "科技型中小企业");
                row.createCell(4).setCellValue("技术开发、技术咨询、技术服务；软件开发；数据处理；销售计算机软硬件及辅助设备" + r);
                row.createCell(5).setCellValue(10 + r % 200);
            }
            wb.write(out);
            wb.dispose();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("xl/worksheets/sheet1.xml").getSize() > 100_000_000L);
        }
        AtomicLong count = new AtomicLong();
        List<String> last = new ArrayList<>();
        SpreadsheetRows.read(file, "xlsx", (number, cells) -> {
            count.incrementAndGet();
            if (number == n + 1) last.addAll(cells);
            return true;
        });
        assertEquals(n + 1, count.get());
        assertEquals("测试" + n + "科技有限公司", last.get(0));
        assertEquals(Integer.toString(10 + n % 200), last.get(5));
    }

    @Test
    void theSinkCanStopTheReadEarly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.xlsx");
        try (Workbook wb = new XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r < 50; r++) sheet.createRow(r).createCell(0).setCellValue("行" + r);
            wb.write(out);
        }
        AtomicLong seen = new AtomicLong();
        SpreadsheetRows.read(file, "xlsx", (number, cells) -> seen.incrementAndGet() < 10);
        assertEquals(10, seen.get());
    }

    @Test
    void somethingThatIsNotAWorkbookGivesAOneLineReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("名单.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        var e = assertThrows(
                SpreadsheetRows.UnreadableWorkbook.class, () -> SpreadsheetRows.read(file, "xlsx", (n, c) -> true));
        assertTrue(e.getMessage().startsWith("not a readable xlsx workbook"), e.getMessage());
    }
}
