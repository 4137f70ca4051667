package io.fundmatch.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextButNumbersAreNot() {
        String text = new CsvTable("name", "note", "score")
                .add("=HYPERLINK(\"http://x\")", "@SUM(A1:A9)", "-0.25")
                .add("+86 10 1234", "-rm", "3")
                .toText(false, "\n");
        List<String> lines = text.lines().toList();
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1:A9),-0.25", lines.get(1));
        assertEquals("'+86 10 1234,'-rm,3", lines.get(2));
    }

    @Test
    void aQuoteMidFieldSurvivesTheRoundTripWithoutGluingRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        new CsvTable("企业名称", "经营范围")
                .add("北辰显示科技有限公司", "生产5\"屏显示模组")
                .add("南湖软件有限公司", "软件开发, 咨询")
                .write(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(List.of("北辰显示科技有限公司", "生产5\"屏显示模组"), DelimitedRecord.split(lines.get(1), ','));
        assertEquals(List.of("南湖软件有限公司", "软件开发, 咨询"), DelimitedRecord.split(lines.get(2), ','));
        assertFalse(DelimitedRecord.unfinished(lines.get(1)));
        assertTrue(DelimitedRecord.unfinished("a,\"b"));
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvTable("a", "b").add("only one"));
    }

    @Test
    void tabSeparatedCellsKeepQuotesAsTextUnlessTheyWrapTheWholeCell() {
        assertEquals(List.of("5\"屏", "引号", ""), DelimitedRecord.split("5\"屏\t\"引号\"\t", '\t'));
    }
}
