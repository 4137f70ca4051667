package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.SharedData;
import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.Region;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real seed documents and guides in ../shared; skipped when that folder is absent. */
class SharedGuidesTest {

    private static BatchReport seeds;

    @BeforeAll
    static void ingestSeeds() {
        Assumptions.assumeTrue(SharedData.folder().isPresent(), "../shared is absent");
        seeds = new GuideIngester().ingestAll(SharedData.folder().get().resolve("seeds"), null);
    }

    private static IngestResult seed(String prefix) {
        return seeds.results().stream()
                .filter(r -> r.source().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void table000GivesThe18DirectionsOfXicheng() {
        IngestResult r = seed("000_");
        assertEquals(18, r.areas().size());
        assertEquals(Region.of("北京市", "北京市", "西城区"), r.document().region());
        assertEquals(DocumentType.GUIDE, r.document().type());
        assertEquals(3, r.areas().get(0).path().size());
        assertTrue(r.areas().get(17).path().get(2).startsWith("8.2"));
    }

    @Test
    void finalPlan002SupersedesDraft001() {
        Catalogue c = Catalogue.of(seeds.results());
        GuideDocument draft = c.document(seed("001_").document().id()).orElseThrow();
        GuideDocument fin = c.document(seed("002_").document().id()).orElseThrow();
        assertTrue(draft.draft());
        assertEquals(fin.id(), draft.supersededBy());
        assertTrue(c.areasOf(draft.id()).stream().allMatch(SupportArea::superseded));
        assertEquals(DocumentType.PLAN, fin.type());
        assertEquals(Region.of("北京市", "北京市", "西城区"), fin.region());
        long finalBoxFields = c.areasOf(fin.id()).stream()
                .filter(a -> a.path().stream().anyMatch(p -> p.startsWith("专栏")))
                .count();
        assertTrue(finalBoxFields >= 25, "box fields: " + finalBoxFields);
    }

    @Test
    void outline003IsUrumqiShuimogouWithFourLevelPaths() {
        IngestResult r = seed("003_");
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区"), r.document().region());
        assertTrue(r.areas().size() >= 30, "areas: " + r.areas().size());
        assertEquals(
                List.of("一、计划类别", "（一）科技惠民重点领域", "1.文化教育"),
                r.areas().get(0).path().subList(0, 3));
    }

    @Test
    void plan004HasBoxFieldsAndIndustrySections() {
        IngestResult r = seed("004_");
        assertEquals(Region.of("北京市", "北京市", "海淀区"), r.document().region());
        assertEquals(DocumentType.PLAN, r.document().type());
        List<String> titles = r.areas().stream().map(SupportArea::title).toList();
        assertTrue(titles.containsAll(List.of("人工智能", "集成电路", "新材料", "空天产业")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.contains("专精特新")), titles.toString());
        assertTrue(r.areas().stream().anyMatch(a -> a.path().stream().anyMatch(p -> p.contains("医药健康"))));
    }

    @Test
    void everyRealGuideIngestsWithAreas() {
        Path guides = SharedData.folder().get().resolve("data/guides");
        BatchReport report = new GuideIngester().ingestAll(guides, null);
        assertTrue(report.results().size() >= 8);
        for (IngestResult r : report.results()) {
            assertTrue(r.ok(), r.source() + ": " + r.failure());
            assertTrue(!r.areas().isEmpty() && r.structure() != IngestResult.Structure.NONE, r.source());
            assertTrue(r.titleFound(), r.source());
        }
    }
}
