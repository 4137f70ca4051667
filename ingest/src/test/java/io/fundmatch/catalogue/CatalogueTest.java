package io.fundmatch.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.guide.GuideIngester;
import io.fundmatch.guide.IngestResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTest {

    private static IngestResult draft;
    private static IngestResult fin;
    private static IngestResult call;

    @BeforeAll
    static void ingestFixtures() throws IOException {
        GuideIngester ingester = new GuideIngester();
        draft = ingester.ingest("plan_draft.txt", fixture("plan_draft.txt"));
        fin = ingester.ingest("plan_final_pdf.txt", fixture("plan_final_pdf.txt"));
        call = ingester.ingest("single_call.txt", fixture("single_call.txt"));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/io/fundmatch/guide/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void finalVersionSupersedesItsDraftWhoseAreasStayMarked() {
        Catalogue c = Catalogue.of(List.of(draft, fin, call));
        GuideDocument d = c.document(draft.document().id()).orElseThrow();
        GuideDocument f = c.document(fin.document().id()).orElseThrow();
        assertEquals(f.id(), d.supersededBy());
        assertEquals(d.id(), f.supersedes());
        assertTrue(c.areasOf(d.id()).stream().allMatch(SupportArea::superseded));
        assertTrue(c.areasOf(f.id()).stream().noneMatch(SupportArea::superseded));
        assertEquals(c.size() - draft.areas().size(), c.currentAreas().size());
        // the untitled final takes the plan's name from its draft
        assertEquals("南城区“十五五”时期数字经济发展规划", f.title());
        assertNull(c.document(call.document().id()).orElseThrow().supersedes());
    }

    @Test
    void aDraftAloneIsNotSuperseded() {
        Catalogue c = Catalogue.of(List.of(draft, call));
        assertTrue(c.areas().stream().noneMatch(SupportArea::superseded));
    }

    @Test
    void addingTheFinalLaterLinksTheVersionsAndReingestingReplaces() {
        Catalogue c = Catalogue.of(List.of(draft)).with(fin);
        assertTrue(c.areasOf(draft.document().id()).stream().allMatch(SupportArea::superseded));
        Catalogue again = c.with(fin);
        assertEquals(c.size(), again.size());
        assertEquals(
                c.areas().get(0).id(),
                again.area(c.areas().get(0).id()).orElseThrow().id());
    }

    @Test
    void jsonLinesRoundTripKeepsEveryAreaAndTheLinks(@TempDir Path dir) throws IOException {
        Catalogue c = Catalogue.of(List.of(draft, fin, call));
        Path file = dir.resolve("catalogue.jsonl");
        CatalogueFiles.write(file, c);
        assertEquals(c.size(), Files.readAllLines(file).size());
        Catalogue back = CatalogueFiles.read(file);
        assertEquals(c.areas(), back.areas());
        assertEquals(c.documents(), back.documents());
    }

    @Test
    void malformedLineIsReportedWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"document\":{\"id\":\"d\"}}\nnot json\n");
        IOException e = assertThrows(IOException.class, () -> CatalogueFiles.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
