package io.fundmatch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.csv.CsvTable;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExportTablesTest {

    private static final GuideDocument DRAFT = new GuideDocument(
            "plan-draft",
            "某市制造业发展规划（征求意见稿）",
            "plan-draft.txt",
            Region.of("广东省", "东莞市", null),
            2021,
            DocumentType.PLAN,
            true,
            null,
            "plan-final");
    private static final GuideDocument FINAL = new GuideDocument(
            "plan-final",
            "某市制造业发展规划",
            "plan-final.txt",
            Region.of("广东省", "东莞市", null),
            2021,
            DocumentType.PLAN,
            false,
            "plan-draft",
            null);
    private static final GuideDocument GUIDE = new GuideDocument(
            "guide", "首台套装备申报指南", "guide.txt", Region.NATIONAL, 2017, DocumentType.GUIDE, false, null, null);

    private static SupportArea area(GuideDocument d, String id, String title, String text) {
        return new SupportArea(
                id,
                d,
                List.of("专栏", title),
                title,
                text,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                d.draft());
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s，。]+"))
                .filter(w -> w.length() >= 2)
                .toList();
    }

    @Test
    void draftAndFinalAreasAreMatchedByTitleIgnoringNumbering() {
        List<SupportArea> areas = List.of(
                area(DRAFT, "d1", "（一）智能 制造", "工业机器人 数控机床 工业软件"),
                area(DRAFT, "d2", "（二）绿色低碳", "节能改造 清洁生产"),
                area(DRAFT, "d3", "（三）海洋经济", "海洋装备"),
                area(FINAL, "f1", "1. 智能制造", "工业机器人 数控机床 工业软件"),
                area(FINAL, "f2", "2. 绿色低碳", "节能改造 循环利用"),
                area(FINAL, "f3", "3. 生物医药", "创新药 医疗器械"),
                area(GUIDE, "g1", "（一）智能制造", "首台套 装备"));

        List<DraftFinalComparison.Row> rows = DraftFinalComparison.of(areas, ExportTablesTest::words);

        assertEquals(4, rows.size(), "the guide has no draft and takes no part");
        assertEquals("unchanged", status(rows, "智能制造"));
        assertEquals("reworded", status(rows, "绿色低碳"));
        assertEquals("dropped", status(rows, "（三）海洋经济"));
        assertEquals("added", status(rows, "3. 生物医药"));
        DraftFinalComparison.Row green = rows.stream()
                .filter(r -> r.status().equals("reworded"))
                .findFirst()
                .orElseThrow();
        assertEquals(1.0 / 3, green.overlap(), 1e-9);
    }

    private static String status(List<DraftFinalComparison.Row> rows, String title) {
        return rows.stream()
                .filter(r -> DraftFinalComparison.key(r.title()).equals(DraftFinalComparison.key(title)))
                .map(DraftFinalComparison.Row::status)
                .findFirst()
                .orElse("missing");
    }

    @Test
    void termsUsedByOneDocumentOutrankTermsEveryDocumentUses() {
        List<SupportArea> areas =
                List.of(area(GUIDE, "g1", "装备", "企业 企业 企业 首台套 首台套"), area(FINAL, "f1", "制造", "企业 企业 企业 工业互联网"));

        List<DocumentTerms.Term> terms = DocumentTerms.of(areas, ExportTablesTest::words, 2);

        List<DocumentTerms.Term> guide =
                terms.stream().filter(t -> t.documentId().equals("guide")).toList();
        assertEquals("首台套", guide.get(0).term());
        assertEquals(1, guide.get(0).rank());
        assertTrue(guide.get(0).score() > guide.get(1).score());
        assertEquals(4, terms.size());
    }

    @Test
    void pcaFindsTheAxisOfLargestSpreadAndItsShareOfVariance() {
        Random r = new Random(7);
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            float t = (float) r.nextGaussian() * 10;
            float noise = (float) r.nextGaussian();
            points.add(new float[] {t, t, noise, 5});
        }
        Pca pca = Pca.fit(points, 2);

        double[] axis = pca.components()[0];
        assertEquals(Math.sqrt(0.5), Math.abs(axis[0]), 1e-3);
        assertEquals(Math.sqrt(0.5), Math.abs(axis[1]), 1e-3);
        assertEquals(1.0, Math.abs(pca.components()[1][2]), 1e-3);
        assertEquals(200.0 / 201.0, pca.explained()[0], 0.005);
        assertEquals(1.0, pca.explained()[0] + pca.explained()[1], 1e-6, "the constant coordinate adds no variance");
        assertEquals(
                14.142,
                Math.abs(pca.project(new float[] {10, 10, 0, 5})[0] - pca.project(new float[] {0, 0, 0, 5})[0]),
                0.01);
    }

    @Test
    void csvFieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        String text = new CsvTable("a", "b", "c", "d")
                .add("plain", "a,b", "say \"hi\"", "two\nlines")
                .toText(false, "\n");
        assertEquals("a,b,c,d\nplain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n", text);
    }
}
