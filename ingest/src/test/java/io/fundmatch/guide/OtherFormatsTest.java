package io.fundmatch.guide;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word and HTML guides go through Tika and come out with the same areas as the plain text. */
class OtherFormatsTest {

    private static List<String> lines() {
        return new String(Fixtures.bytes("outline_call.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
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
        assertEquals(Fixtures.ingest("outline_call.txt").areas().stream().map(a -> a.path()).toList(),
                r.areas().stream().map(a -> a.path()).toList());
    }

    @Test
    void htmlPageGivesTheOutlineItems() {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>指南</title></head><body>");
        for (String line : lines()) html.append("<p>").append(line).append("</p>\n");
        html.append("</body></html>");
        IngestResult r = new GuideIngester().ingest("guide.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(7, r.areas().size());
        assertEquals("2023年米东区科技计划项目申报指南", r.document().title());
    }
}
