package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.QualificationRequirement.Mode;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {

    private static List<String> titles(IngestResult r) {
        return r.areas().stream().map(SupportArea::title).toList();
    }

    private static SupportArea area(IngestResult r, String title) {
        return r.areas().stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no area " + title + " in " + titles(r)));
    }

    @Test
    void flattenedTableGivesOneAreaPerDirectionUnderGroupAndBlock() {
        IngestResult r = Fixtures.ingest("table_call.txt");
        assertEquals(IngestResult.Structure.TABLE, r.structure());
        assertEquals(List.of("家庭医生签约服务数字化", "慢病随访智能提醒", "厨余垃圾就地处理", "再生资源回收网络", "街巷长制数字化管理"), titles(r));
        SupportArea last = area(r, "街巷长制数字化管理");
        assertEquals(List.of("三、围绕能力方面——治理能力提升", "3.基层治理", "3.1街巷长制数字化管理"), last.path());
        assertTrue(last.text().startsWith("为街巷长提供巡查上报工具"));
        assertEquals(Region.of("北京市", "北京市", "东城区"), r.document().region());
        assertEquals(2022, r.document().year());
        assertEquals(DocumentType.GUIDE, r.document().type());
        // 企事业单位 counts as both; applicants come from the call's introduction
        assertTrue(
                last.applicantTypes()
                        .containsAll(List.of(
                                EntityType.ENTERPRISE,
                                EntityType.PUBLIC_INSTITUTION,
                                EntityType.SOCIAL_ORGANIZATION,
                                EntityType.PUBLIC_SERVICE)),
                last.applicantTypes().toString());
    }

    @Test
    void outlineItemsKeepEveryHeadingLevelInTheirPathAndSkipConditions() {
        IngestResult r = Fixtures.ingest("outline_call.txt");
        assertEquals(IngestResult.Structure.OUTLINE, r.structure());
        assertEquals(7, r.areas().size(), titles(r).toString());
        SupportArea vocational = r.areas().get(1);
        assertEquals(List.of("一、计划类别", "（一）科技惠民重点领域", "1.教育信息化", "（2）支持职业院校实训平台数字化改造"), vocational.path());
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", "米东区"), r.document().region());
        assertTrue(r.areas().stream().noneMatch(a -> a.path().get(0).startsWith("二、申报条件")));
        // the conditions section makes the call's applicants and deadline every area's
        for (SupportArea a : r.areas()) {
            assertEquals(LocalDate.of(2023, 6, 30), a.deadline(), a.title());
            assertTrue(a.applicantTypes().contains(EntityType.PUBLIC_INSTITUTION), a.title());
        }
    }

    @Test
    void qualificationModesFollowTheWording() {
        IngestResult r = Fixtures.ingest("outline_call.txt");
        SupportArea cultivate = r.areas().get(5);
        assertTrue(
                cultivate
                        .qualifications()
                        .contains(new QualificationRequirement(Qualifications.HIGH_TECH, Mode.CULTIVATE)),
                cultivate.qualifications().toString());
        SupportArea preferred = r.areas().get(6);
        assertTrue(
                preferred.qualifications().stream()
                        .anyMatch(
                                q -> q.qualification().equals(Qualifications.HIGH_TECH) && q.mode() != Mode.CULTIVATE),
                preferred.qualifications().toString());
        assertEquals(50.0, preferred.maxSupportWan());
        assertEquals("资助最高不超过50万元", preferred.supportAmount());
    }

    @Test
    void chaptersArticlesAndCircledItemsNest() {
        IngestResult r = Fixtures.ingest("outline_articles.txt");
        assertEquals(IngestResult.Structure.OUTLINE, r.structure());
        SupportArea rd = r.areas().stream()
                .filter(a -> a.path().get(a.path().size() - 1).startsWith("第二条"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("第二章 支持内容", "第二条 支持软件企业研发投入"), rd.path());
        assertEquals(200.0, rd.maxSupportWan());
        SupportArea circled = r.areas().stream()
                .filter(a -> a.path().get(a.path().size() - 1).startsWith("①"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("第二章 支持内容", "第三条 支持开源社区建设", "①对主导开源项目的企业，给予一次性奖励30万元"), circled.path());
        assertEquals(30.0, circled.maxSupportWan());
        assertTrue(r.areas().stream().noneMatch(a -> a.path().get(0).startsWith("第三章")), "附则 is not a support area");
    }

    @Test
    void boxesOnOneLineGiveOneAreaPerField() {
        IngestResult r = Fixtures.ingest("plan_draft.txt");
        assertEquals(IngestResult.Structure.BOXES, r.structure());
        assertTrue(r.document().draft());
        assertEquals(DocumentType.PLAN, r.document().type());
        assertEquals(2026, r.document().year());
        SupportArea software = area(r, "工业软件");
        assertEquals(List.of("专栏1 数字技术攻关重点支持领域", "工业软件"), software.path());
        assertTrue(software.text().endsWith("形成一批自主可控产品。"), software.text());
        SupportArea srdi = area(r, "专精特新企业");
        assertEquals(List.of("(二)培育数字经济主体", "专栏2 数字经济重点支持对象", "专精特新企业"), srdi.path());
        assertEquals(
                List.of(new QualificationRequirement(Qualifications.SRDI_SME, Mode.CULTIVATE)), srdi.qualifications());
    }

    @Test
    void boxesSpreadOverPdfLinesAreRejoinedWithoutPageNumbers() {
        IngestResult r = Fixtures.ingest("plan_final_pdf.txt");
        assertFalse(r.titleFound());
        assertEquals(2026, r.document().year());
        SupportArea software = area(r, "工业软件");
        assertEquals(List.of("第一章 主要任务", "一、加强数字技术攻关", "（一）推动关键软件研发", "专栏 1 数字技术攻关重点支持领域", "工业软件"), software.path());
        assertEquals("工业软件：聚焦研发设计、生产控制类软件，支持企业联合高校开展核心算法攻关，形成一批自主可控产品，推动在装备制造企业中的规模化应用。", software.text());
        assertTrue(r.areas().stream()
                .noneMatch(a -> a.text().contains("- 2 -") || a.text().contains("- 3 -")));
        assertEquals(List.of("工业软件", "智能传感", "平台型企业", "专精特新企业"), titles(r).subList(0, 4));
    }

    @Test
    void boxLinesNamingFieldsAndIndustrySectionsGiveAreas() {
        IngestResult r = Fixtures.ingest("plan_outline.txt");
        assertEquals("江北区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要", r.document().title());
        assertEquals(DocumentType.PLAN, r.document().type());
        assertEquals(2026, r.document().year());
        SupportArea chips = area(r, "集成电路");
        assertEquals(
                List.of("第一章 构建现代产业体系", "第一节 发展新一代信息技术产业", "一、提升电子信息产业竞争力", "专栏：新一代信息技术产业重点领域", "集成电路"), chips.path());
        assertEquals("集成电路。加快芯片设计工具研发，支持企业开展高端通用芯片攻关。", chips.text());
        area(r, "新型显示");
        area(r, "打造创新药研发高地");
        area(r, "发展高端医疗器械");
        SupportArea srdi = area(r, "引导中小企业向“专精特新”发展");
        assertTrue(
                srdi.qualifications().stream().allMatch(q -> q.mode() == Mode.CULTIVATE),
                srdi.qualifications().toString());
        assertTrue(
                r.areas().stream().noneMatch(a -> a.title().equals("加强大气污染防治")), "environment is not industry support");
    }

    @Test
    void measureParagraphsWithoutNumberingGiveOneAreaEach() {
        IngestResult r = Fixtures.ingest("measures.txt");
        assertEquals(IngestResult.Structure.PARAGRAPHS, r.structure());
        assertEquals(List.of("支持智能制造平台建设", "支持首台套装备应用", "支持人才集聚"), titles(r));
        assertEquals(2000.0, r.areas().get(0).maxSupportWan());
    }

    @Test
    void callWithOnlyConditionsAndProcedureIsOneAreaWithItsDeadlineAndAmount() {
        IngestResult r = Fixtures.ingest("single_call.txt");
        assertEquals(IngestResult.Structure.SINGLE_CALL, r.structure());
        assertEquals(1, r.areas().size());
        SupportArea call = r.areas().get(0);
        assertEquals(Region.of("广东省", "清远市", null), r.document().region());
        assertEquals(LocalDate.of(2024, 4, 15), call.deadline());
        assertEquals(30.0, call.maxSupportWan());
        assertEquals(List.of(EntityType.ENTERPRISE), call.applicantTypes());
        assertTrue(
                call.qualifications().contains(new QualificationRequirement(Qualifications.ABOVE_SCALE, Mode.REQUIRED)),
                call.qualifications().toString());
    }

    @Test
    void documentWithoutStructureIsKeptWholeAndFlagged() {
        IngestResult r = Fixtures.ingest("unstructured.txt");
        assertTrue(r.ok());
        assertEquals(IngestResult.Structure.NONE, r.structure());
        assertEquals(1, r.areas().size());
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.startsWith("no recognisable structure")),
                r.warnings().toString());
    }

    @Test
    void sectionNumberingThatStartsOverIsNotFiledUnderThePreviousChapter() {
        String plan = String.join(
                "\n",
                "青山区产业发展规划",
                "第一章 发展基础",
                "第一节 成就",
                "一、经济稳步增长",
                "经济总量持续扩大。",
                "第二节 形势",
                "一、机遇与挑战并存",
                "面临新的机遇。",
                "第一节 做强先进制造业",
                "一、发展智能装备产业",
                "支持企业研发工业机器人。",
                "二、发展新材料产业",
                "支持企业开展新材料研发。");
        IngestResult r = new GuideIngester().ingest("plan.txt", plan.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SupportArea robots = area(r, "发展智能装备产业");
        assertEquals(List.of("第一节 做强先进制造业", "一、发展智能装备产业"), robots.path());
    }

    @Test
    void aDirectionNamedAfterMaterialsIsAnAreaWhileTheApplicationMaterialsSectionIsNot() {
        String call = String.join(
                "\n",
                "2027年度青山区重点研发计划项目申报指南",
                "一、支持方向",
                "（一）新一代信息技术",
                "1.工业软件。支持研发设计类工业软件。",
                "2.集成电路。支持功率半导体器件设计。",
                "（二）新材料",
                "3.高性能磁性材料。支持稀土永磁材料高效制备。",
                "4.先进高分子材料。支持特种工程塑料研发。",
                "二、申报材料",
                "（一）项目申报书。",
                "（二）营业执照复印件。",
                "三、材料报送",
                "（一）纸质材料一式三份。");
        IngestResult r = new GuideIngester().ingest("call.txt", call.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("工业软件", "集成电路", "高性能磁性材料", "先进高分子材料"), titles(r));
        assertEquals(
                List.of("一、支持方向", "（二）新材料", "3.高性能磁性材料"), area(r, "高性能磁性材料").path());
    }

    @Test
    void topicsAndNumberedDirectionsAreHeadingsAndTheRequirementsSectionGivesApplicants() {
        String call = String.join(
                "\n",
                "2027年度青山区科技计划项目申报指南",
                "为加快建设科技创新中心，现发布本指南。",
                "专题一：人工智能与大模型应用",
                "方向1：大模型行业应用示范。支持围绕政务、金融、医疗等场景开展大模型应用示范，单个项目支持不超过500万元。",
                "方向2：智能算力服务。支持为区内中小企业提供普惠算力。",
                "专题二：生物医药",
                "方向1：创新药临床研究。对进入临床试验的一类新药给予最高1000万元支持。",
                "申报要求",
                "1.申报主体须为注册地和税务关系在青山区的企业。",
                "2.申报截止时间：2027年5月31日。");
        IngestResult r = new GuideIngester().ingest("call.txt", call.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(IngestResult.Structure.OUTLINE, r.structure());
        assertEquals(List.of("大模型行业应用示范", "智能算力服务", "创新药临床研究"), titles(r));
        SupportArea drug = area(r, "创新药临床研究");
        assertEquals(List.of("专题二：生物医药", "方向1：创新药临床研究"), drug.path());
        assertEquals(1000.0, drug.maxSupportWan());
        for (SupportArea a : r.areas()) {
            assertEquals(List.of(EntityType.ENTERPRISE), a.applicantTypes(), a.title());
            assertEquals(LocalDate.of(2027, 5, 31), a.deadline(), a.title());
        }
    }

    @Test
    void idsAreStableAcrossRunsAndDifferBetweenAreas() {
        IngestResult a = Fixtures.ingest("outline_call.txt");
        IngestResult b = new GuideIngester().ingest("outline_call.txt", Fixtures.bytes("outline_call.txt"));
        assertEquals(
                a.areas().stream().map(SupportArea::id).toList(),
                b.areas().stream().map(SupportArea::id).toList());
        assertEquals(
                a.areas().size(),
                a.areas().stream().map(SupportArea::id).distinct().count());
        IngestResult renamed = new GuideIngester().ingest("other.txt", Fixtures.bytes("outline_call.txt"));
        assertFalse(renamed.areas().get(0).id().equals(a.areas().get(0).id()));
    }
}
