package io.fundmatch.guide.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.IngestResult;
import io.fundmatch.reference.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference format and the arithmetic of ingest-eval, on an invented four-measure document. */
class IngestEvaluationTest {

    private static final List<String> SOURCE = List.of(
            "某县关于支持制造业发展的若干措施", // 1
            "第一条 为促进发展，制定本措施。", // 2
            "第二条 技改补贴。对技术改造项目给予补贴。", // 3
            "第三条 研发奖励。对新认定的研发中心给予奖励。", // 4
            "第四条 上市奖励。对上市企业给予奖励。", // 5
            "专栏1 重点领域 新材料：支持新材料。电子信息：支持电子信息。", // 6
            "第五条 本措施自发布之日起施行。"); // 7

    private static final String REFERENCE = """
            # invented
            folder\tdata/guides
            year\t2024
            region\t河北省\t-\t-\t雄安新区
            type\tGUIDE
            valid\t2024-01-01\t2025-12-31
            area\t3\t第二条
            area\t4\t第三条
            area\t5\t第四条
            area\t6\t新材料
            """;

    private static final GuideDocument DOC = new GuideDocument(
            "d",
            "某县关于支持制造业发展的若干措施",
            "m.txt",
            new Region("河北省", null, null, "雄安新区"),
            2024,
            DocumentType.GUIDE,
            false,
            null,
            null,
            java.time.LocalDate.of(2024, 1, 1),
            java.time.LocalDate.of(2025, 12, 31));

    private static SupportArea area(String title) {
        return new SupportArea(
                "a-" + title, DOC, List.of(title), title, "", null, null, null, null, null, null, null, false);
    }

    private static ReferenceDocument reference(Path dir, String text) throws Exception {
        Path f = dir.resolve("m.txt.tsv");
        Files.writeString(f, text);
        return ReferenceDocument.read(f);
    }

    @Test
    void threeOfFourFoundAndOneExtraGivePrecisionThreeQuartersRecallThreeQuarters(@TempDir Path dir) throws Exception {
        ReferenceDocument ref = reference(dir, REFERENCE);
        assertEquals("m.txt", ref.source());
        assertEquals(4, ref.areas().size());
        // read: 第二条 (numbering kept), 第三条 without numbering, the procedure article (unexpected), field 电子信息 (wrong key)
        IngestResult read = new IngestResult(
                "m.txt",
                DOC,
                List.of(area("第二条 技改补贴"), area("研发奖励"), area("第五条 本措施自发布之日起施行"), area("新材料")),
                IngestResult.Structure.OUTLINE,
                true,
                null,
                List.of());
        IngestEvaluation.DocumentScore s = IngestEvaluation.score(ref, SOURCE, read);
        assertEquals(3, s.matched());
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.75, s.recall(), 1e-9);
        assertEquals(0.75, s.f1(), 1e-9);
        assertTrue(s.wrongFacts().isEmpty(), s.wrongFacts().toString());
        assertEquals(1, s.missed().size());
        assertTrue(s.missed().get(0).startsWith("line 5"));
        assertEquals(List.of("第五条 本措施自发布之日起施行"), s.unexpected());
    }

    @Test
    void aFieldKeyNeedsTheFieldNameAndEachExpectedAreaMatchesOnce(@TempDir Path dir) throws Exception {
        ReferenceDocument ref = reference(dir, REFERENCE);
        IngestResult read = new IngestResult(
                "m.txt",
                DOC,
                List.of(area("电子信息"), area("技改补贴"), area("技改补贴")),
                IngestResult.Structure.OUTLINE,
                true,
                null,
                List.of());
        IngestEvaluation.DocumentScore s = IngestEvaluation.score(ref, SOURCE, read);
        assertEquals(1, s.matched());
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(0.25, s.recall(), 1e-9);
        assertEquals(2 * (1.0 / 3) * 0.25 / (1.0 / 3 + 0.25), s.f1(), 1e-9);
    }

    @Test
    void wrongYearRegionTypeAndValidityAreEachReported(@TempDir Path dir) throws Exception {
        ReferenceDocument ref = reference(dir, REFERENCE);
        GuideDocument wrong = new GuideDocument(
                "d", "t", "m.txt", Region.of("河北省", null, null), 2030, DocumentType.PLAN, false, null, null);
        IngestEvaluation.DocumentScore s = IngestEvaluation.score(
                ref,
                SOURCE,
                new IngestResult("m.txt", wrong, List.of(), IngestResult.Structure.NONE, true, null, List.of()));
        assertEquals(4, s.wrongFacts().size(), s.wrongFacts().toString());
        assertTrue(s.wrongFacts().get(0).startsWith("year 2030"));
        assertTrue(s.wrongFacts().get(1).contains("雄安新区"));
        assertEquals(0, s.f1(), 1e-9);
    }

    @Test
    void aMalformedReferenceNamesItsLine(@TempDir Path dir) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> reference(dir, "folder\tseeds\narea\tx\t第一条\n"));
        assertTrue(e.getMessage().contains(":2"), e.getMessage());
    }
}
