package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    private final GuideIngester ingester = new GuideIngester();

    private static void assertOneLineFailure(IngestResult r, String expectedPart) {
        assertFalse(r.ok(), "should fail: " + r.source());
        assertTrue(r.failure().contains(expectedPart), r.failure());
        assertFalse(r.failure().contains("\n"), r.failure());
        assertFalse(r.failure().contains("Exception"), r.failure());
        assertNull(r.document());
    }

    @Test
    void emptyFileIsRefused() {
        assertOneLineFailure(ingester.ingest("empty.txt", new byte[0]), "empty file");
    }

    @Test
    void binaryContentNamedTxtIsRefused() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertOneLineFailure(ingester.ingest("noise.txt", noise), "binary or corrupt");
    }

    @Test
    void corruptPdfIsRefused() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref".getBytes();
        assertOneLineFailure(ingester.ingest("broken.pdf", broken), "");
        assertOneLineFailure(ingester.ingest("notpdf.pdf", "hello".getBytes()), "no PDF header");
    }

    @Test
    void gbkTextIsDecodedNotRejected() {
        byte[] gbk = new String(Fixtures.bytes("single_call.txt"), java.nio.charset.StandardCharsets.UTF_8)
                .getBytes(Charset.forName("GBK"));
        IngestResult r = ingester.ingest("gbk_call.txt", gbk);
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals("关于组织申报2024年度清远市工业设计中心认定的通知", r.document().title());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] utf16 = ("\ufeff" + new String(Fixtures.bytes("measures.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        IngestResult r = ingester.ingest("measures16.txt", utf16);
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(3, r.areas().size());
    }

    @Test
    void scannedPdfWithoutTextLayerIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) for (int y = 40; y < 60; y++) scan.setRGB(x, y, 0xffffff);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 500);
            }
            doc.save(out);
        }
        assertOneLineFailure(ingester.ingest("scan.pdf", out.toByteArray()), "no text layer");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge_guide.txt");
        byte[] block = "一、支持方向：面向企业的研发补助。\n".repeat(20_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) o.write(block);
        }
        long start = System.nanoTime();
        assertOneLineFailure(ingester.ingest(big), "file too large: 50");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000);
    }

    @Test
    void archiveBombDisguisedAsDocxIsRefusedQuickly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 120; i++) zip.write(zeros); // 120 MB of zeros, about 120 KB compressed
            zip.closeEntry();
        }
        long start = System.nanoTime();
        assertOneLineFailure(ingester.ingest("bomb.docx", out.toByteArray()), "archive bomb");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
    }

    @Test
    void slowDocumentIsStoppedAtTheTimeLimit() {
        GuideIngester strict = new GuideIngester(new IngestLimits(1 << 20, 1_000_000, 1 << 20, Duration.ofMillis(1)));
        StringBuilder sb = new StringBuilder("关于组织申报项目的通知\n");
        for (int i = 1; i < 3000; i++) sb.append("（").append(i % 20 + 1).append("）支持企业开展技术研发，给予补助。\n");
        IngestResult r = strict.ingest("slow.txt", sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertOneLineFailure(r, "took longer than");
    }

    @Test
    void unsupportedTypeIsNamed() {
        assertOneLineFailure(ingester.ingest("table.xlsx", new byte[] {1, 2, 3}), "unsupported file type '.xlsx'");
    }

    @Test
    void badFilesInABatchAreReportedAndTheRestIngested(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a_empty.txt"), new byte[0]);
        Files.write(dir.resolve("b_call.txt"), Fixtures.bytes("single_call.txt"));
        Files.write(dir.resolve("c_broken.docx"), "not a zip".getBytes());
        Files.write(dir.resolve("d_table.txt"), Fixtures.bytes("table_call.txt"));
        int[] progress = {0};
        BatchReport report = ingester.ingestAll(dir, new ProgressListener() {
            @Override
            public void fileDone(int index, int total, Path file, IngestResult result) {
                progress[0] = index;
                assertEquals(4, total);
            }
        });
        assertEquals(4, progress[0]);
        assertEquals(2, report.failed().size());
        assertEquals(2, report.succeeded().size());
        assertEquals(6, report.areaCount());
        assertTrue(
                report.failed().get(1).failure().startsWith("corrupt .docx"),
                report.failed().get(1).failure());
    }
}
