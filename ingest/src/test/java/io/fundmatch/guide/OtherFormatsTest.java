package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Word and HTML guides go through Tika and come out with the same areas as the plain text. */
class OtherFormatsTest {

    private static List<String> lines() {
        return new String(Fixtures.bytes("outline_call.txt"), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    @Test
    void wordDocumentGivesTheOutlineItems() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines()) doc.createParagraph().createRun().setText(line);
            doc.write(out);
        }
        IngestResult r = new GuideIngester().ingest("米东区指南.docx", out.toByteArray());
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(IngestResult.Structure.OUTLINE, r.structure());
        assertEquals(
                Fixtures.ingest("outline_call.txt").areas().stream()
                        .map(a -> a.path())
                        .toList(),
                r.areas().stream().map(a -> a.path()).toList());
    }

    @Test
    void htmlPageGivesTheOutlineItems() {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>指南</title></head><body>");
        for (String line : lines()) html.append("<p>").append(line).append("</p>\n");
        html.append("</body></html>");
        IngestResult r =
                new GuideIngester().ingest("guide.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(7, r.areas().size());
        assertEquals("2023年米东区科技计划项目申报指南", r.document().title());
    }

    private static final String[][] DIRECTION_TABLE = {
        {"序号", "方向名称", "支持内容", "支持额度"},
        {"1", "光电子信息", "支持光通信器件、激光加工装备等成果转化。", "最高200万元"},
        {"2", "生物医药", "支持创新药、高端医疗器械成果在本区产业化。", "最高300万元"},
        {"3", "智能网联汽车", "支持车载传感器、自动驾驶算法成果转化。", "最高150万元"}
    };

    private static void assertOneAreaPerRow(IngestResult r) {
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(IngestResult.Structure.TABLE, r.structure());
        assertEquals(
                List.of("光电子信息", "生物医药", "智能网联汽车"),
                r.areas().stream().map(a -> a.title()).toList());
        var drugs = r.areas().get(1);
        assertEquals(List.of("一、支持方向", "生物医药"), drugs.path());
        assertTrue(drugs.text().startsWith("支持创新药"), drugs.text());
        assertEquals(300.0, drugs.maxSupportWan());
        assertEquals(java.time.LocalDate.of(2027, 6, 30), drugs.deadline());
        assertEquals(List.of(io.fundmatch.reference.EntityType.ENTERPRISE), drugs.applicantTypes());
    }

    @Test
    void aDirectionTableOnAWebPageGivesOneAreaPerRow() {
        StringBuilder html =
                new StringBuilder("<html><head><meta charset=\"utf-8\"><title>青山区2027年度科技成果转化项目申报指南</title>"
                        + "</head><body><h1>青山区2027年度科技成果转化项目申报指南</h1><p>各有关单位：现组织申报2027年度科技成果转化项目。</p>"
                        + "<h2>一、支持方向</h2><table border=\"1\">");
        for (String[] row : DIRECTION_TABLE) {
            html.append("<tr>");
            for (String c : row)
                html.append(row == DIRECTION_TABLE[0] ? "<th>" : "<td>")
                        .append(c)
                        .append(row == DIRECTION_TABLE[0] ? "</th>" : "</td>");
            html.append("</tr>");
        }
        html.append("</table><h2>二、申报条件</h2><p>申报单位须为在本区注册的企业。</p><h2>三、申报时间</h2>"
                + "<p>申报截止时间为2027年6月30日。</p></body></html>");
        assertOneAreaPerRow(
                new GuideIngester().ingest("青山区指南.html", html.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDirectionTableInAWordDocumentGivesOneAreaPerRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("青山区2027年度科技成果转化项目申报指南");
            doc.createParagraph().createRun().setText("各有关单位：现组织申报2027年度科技成果转化项目。");
            doc.createParagraph().createRun().setText("一、支持方向");
            var table = doc.createTable(DIRECTION_TABLE.length, DIRECTION_TABLE[0].length);
            for (int r = 0; r < DIRECTION_TABLE.length; r++) {
                for (int c = 0; c < DIRECTION_TABLE[r].length; c++)
                    table.getRow(r).getCell(c).setText(DIRECTION_TABLE[r][c]);
            }
            doc.createParagraph().createRun().setText("二、申报条件");
            doc.createParagraph().createRun().setText("申报单位须为在本区注册的企业。");
            doc.createParagraph().createRun().setText("三、申报时间");
            doc.createParagraph().createRun().setText("申报截止时间为2027年6月30日。");
            doc.write(out);
        }
        assertOneAreaPerRow(new GuideIngester().ingest("青山区指南.docx", out.toByteArray()));
    }
}
