package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.AreaKind;
import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.reference.Region;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts of documents nobody tuned for, each an invented text in the layout real documents use: lost chapter
 * headings, mixed sections, directions inside a sentence, action plans, flat web text, measures written
 * 第 1 0 条, a 新区's call and an enterprise of the 新区.
 */
class UnseenLayoutsTest {

    private static final GuideIngester INGESTER = new GuideIngester();

    private static IngestResult ingest(String name, String text) {
        IngestResult r = INGESTER.ingest(name, text.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), r.failure());
        return r;
    }

    private static List<String> titles(IngestResult r) {
        return r.areas().stream().map(SupportArea::title).toList();
    }

    private static String leftOut(IngestResult r) {
        return r.warnings().stream()
                .filter(w -> w.startsWith("left out"))
                .findFirst()
                .orElse("");
    }

    /** A plan: chapters with 第X节 sections; the heading of the third chapter was lost in conversion. */
    private static final String PLAN_WITH_LOST_CHAPTER = """
            青石区“十四五”时期产业发展规划
            第一章 发展基础
            第一节 发展成就
            五年来，全区经济总量稳步增长，产业结构持续优化，创新能力明显增强，为下一阶段发展奠定了基础。
            第二章 总体要求
            一、指导思想
            坚持创新驱动，推动高质量发展，统筹发展和安全，努力建设现代化新城区。
            第一节 加快培育数字经济
            一、发展在线教育新业态
            支持在线教育企业研发智能学习终端和课程平台，鼓励企业与学校共建应用场景，对认定的示范项目给予资金支持，培育一批在线教育领军企业。
            二、推动金融科技风控应用
            吸引金融科技企业落户，支持企业开展智能风控、大数据征信等技术研发，引导设立金融科技产业基金，扶持一批创新项目。
            三、前瞻布局脑机接口
            支持高校院所和企业围绕脑机接口、脑科学、人工智能开展研发，建设公共研发平台，培育创新团队，推动研发成果产业化。
            第二节 优化发展环境
            一、加强工作组织协调
            健全区级统筹协调机制，定期召开联席会议，明确各部门职责分工，形成工作合力。
            二、支持专精特新企业发展
            鼓励中小企业走专精特新道路，对新认定的专精特新企业给予奖励，支持企业开展技术改造，培育一批隐形冠军企业。
            三、营造良好社会氛围
            加强政策宣传和舆论引导，及时总结推广典型经验，营造全社会关注支持发展的良好氛围。
            第三章 保障措施
            一、加强组织领导
            加强党对规划实施的领导，完善规划实施的监测评估机制。
            """;

    @Test
    void subSectionsUnderALostChapterHeadingAreJudgedOnTheirOwnText() {
        IngestResult r = ingest("qingshi_plan.txt", PLAN_WITH_LOST_CHAPTER);
        assertEquals(DocumentType.PLAN, r.document().type());
        List<String> titles = titles(r);
        assertTrue(titles.containsAll(List.of("发展在线教育新业态", "推动金融科技风控应用", "前瞻布局脑机接口")), titles.toString());
    }

    @Test
    void aMixedSectionKeepsWhatBacksApplicantsAndListsTheGovernmentsOwnWorkWithReasons() {
        IngestResult r = ingest("qingshi_plan.txt", PLAN_WITH_LOST_CHAPTER);
        List<String> titles = titles(r);
        assertTrue(titles.contains("支持专精特新企业发展"), titles.toString());
        assertFalse(titles.contains("加强工作组织协调"), titles.toString());
        assertFalse(titles.contains("营造良好社会氛围"), titles.toString());
        assertFalse(titles.contains("发展成就") || titles.contains("加强组织领导"), titles.toString());
        String note = leftOut(r);
        assertTrue(note.contains("加强工作组织协调") && note.contains("组织协调"), note);
        assertTrue(note.contains("营造良好社会氛围") && note.contains("氛围"), note);
        assertEquals(
                AreaKind.ENTERPRISE_CULTIVATION,
                r.areas().stream()
                        .filter(a -> a.title().equals("支持专精特新企业发展"))
                        .findFirst()
                        .orElseThrow()
                        .kind());
    }

    @Test
    void aSentenceNamingSeveralDirectionsGivesOneAreaPerFieldUnderItsItem() {
        IngestResult r = ingest("call.txt", """
                2025年度青石区科技计划项目申报指南
                一、支持方向
                （一）新兴产业创新
                1.支持智能传感、新型储能、合成生物等三大新兴领域的技术攻关项目，单个项目支持不超过50万元。
                2.支持企业建设研发中心。
                二、申报条件
                申报单位须在青石区注册。
                """);
        List<String> titles = titles(r);
        assertTrue(titles.containsAll(List.of("智能传感", "新型储能", "合成生物")), titles.toString());
        SupportArea field = r.areas().stream()
                .filter(a -> a.title().equals("新型储能"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                field.path().get(field.path().size() - 2).startsWith("1."),
                field.path().toString());
        assertTrue(field.text().contains("三大新兴领域"), field.text());
    }

    @Test
    void anActionPlanWhoseTitleNamesItsPeriodIsAPlanIssuedWhenSignedValidForThePeriod() {
        IngestResult r = ingest("action.txt", """
                青石区人民政府办公室关于印发青石区智能制造三年行动方案（2024-2026年）的通知
                青政办发〔2024〕12号
                各街道办事处，区政府各部门：
                现将《青石区智能制造三年行动方案（2024-2026年）》印发给你们，请认真贯彻执行。
                青石区人民政府办公室
                2024年3月5日
                一、总体要求
                到2026年，全区智能制造水平显著提升，建成一批智能工厂。
                二、重点任务
                （一）建设智能工厂。支持企业建设智能工厂和数字化车间，对认定的智能工厂给予最高100万元奖励。
                （二）培育系统集成商。引进培育一批智能制造系统解决方案供应商，支持其为中小企业提供数字化改造服务。
                三、保障措施
                （一）加强组织领导。成立工作专班，统筹推进各项任务。
                """);
        assertEquals(DocumentType.PLAN, r.document().type());
        assertEquals(2024, r.document().year());
        assertEquals(LocalDate.of(2024, 1, 1), r.document().validFrom());
        assertEquals(LocalDate.of(2026, 12, 31), r.document().validTo());
        assertEquals(List.of("建设智能工厂", "培育系统集成商"), titles(r));
    }

    @Test
    void flatTextWithFusedHeadingsSplitsArticlesAndTheItemsOfTheOnlySupportArticle() {
        // a 资金管理办法 copied from a web page: line breaks lost, 第四条 runs into its items
        IngestResult r = ingest(
                "fund_rules.txt",
                "青石区科技发展专项资金管理办法\n"
                        + "第一条 为规范专项资金管理，根据有关规定，制定本办法。第二条 本办法所称专项资金，是指区财政安排的科技资金。"
                        + "第三条 资金使用坚持公开透明原则。第四条 支持方向（一）对新认定的高新技术企业给予20万元奖励。"
                        + "（二）对新建的市级研发机构给予50万元资助。（三）对技术合同登记额超过1000万元的企业给予10万元奖励。"
                        + "第五条 预算编制。区科技局每年编制专项资金预算。第六条 资金拨付。区财政局按规定拨付资金。"
                        + "第七条 监督管理。区审计部门对资金使用进行监督检查。第八条 本办法由区科技局负责解释，自印发之日起施行。\n");
        List<String> titles = titles(r);
        assertEquals(3, titles.size(), titles.toString());
        assertTrue(titles.get(0).startsWith("对新认定的高新技术企业"), titles.toString());
        assertTrue(
                r.areas().get(0).path().get(0).startsWith("第四条"),
                r.areas().get(0).path().toString());
        assertEquals(DocumentType.GUIDE, r.document().type());
    }

    @Test
    void anOpinionOfSpacedArticleMeasuresWithAmountsGivesEveryMeasureUnderItsGroup() {
        IngestResult r = ingest("opinions.txt", """
                中共青石县委 青石县人民政府
                关于支持特色产业发展的实施意见
                (2023年5月6日)
                为促进特色产业发展，制定如下实施意见。
                一、支持范围
                (一)投资奖励
                第 1 条 对新建工业项目固定资产投资5000万元以上的，给予投资额1%的奖励，最高100万元。
                第 2 条 对现代服务业项目投资3000万元以上的，给予50万元奖励。
                (二)创新奖励
                第 3 条 对新认定的省级企业技术中心给予30万元奖励。
                第 1 0 条 对主导制定国家标准的企业给予20万元奖励。
                二、组织保障
                第 1 1 条 成立产业发展工作领导小组，负责统筹协调。
                第 1 2 条 本政策自发布之日起施行，暂定三年有效期。
                """);
        assertEquals(DocumentType.GUIDE, r.document().type());
        assertEquals(2023, r.document().year());
        assertEquals(LocalDate.of(2026, 5, 5), r.document().validTo());
        List<SupportArea> areas = r.areas();
        assertEquals(4, areas.size(), titles(r).toString());
        SupportArea tenth = areas.get(3);
        assertTrue(
                tenth.path().get(tenth.path().size() - 1).startsWith("第10条")
                        || tenth.path().get(tenth.path().size() - 1).startsWith("第 1 0 条"),
                tenth.path().toString());
        assertTrue(
                tenth.path().stream().anyMatch(h -> h.contains("创新奖励")),
                tenth.path().toString());
    }

    private static final String NEW_AREA_CALL = """
            河北雄安新区管理委员会关于印发《雄安新区支持智能网联汽车发展若干措施》的通知
            雄县、容城县、安新县人民政府，新区各部门：
            现将《雄安新区支持智能网联汽车发展若干措施》印发给你们，请认真贯彻落实。
            河北雄安新区管理委员会
            2025年4月2日
            一、支持企业落户。对新落户新区的智能网联汽车企业，给予最高200万元落户奖励。
            二、支持测试示范。对在新区开展道路测试的企业，按测试里程给予最高50万元补贴。
            本措施自印发之日起实施，有效期2年。
            """;

    @Test
    void aNewAreasCallReachesEnterprisesRegisteredInItsCountiesOrNamingItOnly() {
        IngestResult r = ingest("xiongan_call.txt", NEW_AREA_CALL);
        Region zone = r.document().region();
        assertEquals("雄安新区", zone.zone(), r.document().title() + " → " + zone);
        assertEquals("河北省", zone.province());
        assertNull(zone.city());
        assertEquals(2025, r.document().year());
        assertEquals(LocalDate.of(2027, 4, 1), r.document().validTo());
        assertTrue(zone.covers(Region.of("河北省", "保定市", "容城县")));
        assertFalse(zone.covers(Region.of("河北省", "石家庄市", "长安区")));
        assertFalse(zone.covers(Region.of("河北省", "保定市", "竞秀区")));

        ProfileNormalizer normalizer = new ProfileNormalizer();
        EnterpriseProfile onlyTheZone = normalizer.normalize(new ProfileInput(
                null, "雄安青禾智行科技有限公司", null, null, "河北雄安新区启动区青禾路8号", null, null, null, null, null, null, null, null));
        assertEquals("雄安新区", onlyTheZone.region().zone());
        assertTrue(zone.covers(onlyTheZone.region()));
        EnterpriseProfile inACounty = normalizer.normalize(new ProfileInput(
                null, "容城青禾服装有限公司", null, null, "河北省保定市容城县青禾大街1号", null, null, null, null, null, null, null, null));
        assertTrue(zone.covers(inACounty.region()), inACounty.region().toString());
    }

    @Test
    void directionsListedAfterASupportDirectionsColonGiveOneAreaEachUnderTheirItem() {
        IngestResult r = ingest("energy_call.txt", """
                2025年度青石区新能源科技项目申报指南
                一、支持领域
                （一）新能源关键技术攻关
                支持方向包括：高效光伏组件；固态电池材料；氢燃料电池电堆。单个项目支持不超过100万元。
                （二）应用示范
                支持企业在园区建设新能源应用示范项目，给予最高50万元补助。
                二、申报条件
                申报单位须在青石区注册，具有独立法人资格。
                """);
        List<String> titles = titles(r);
        assertTrue(titles.containsAll(List.of("高效光伏组件", "固态电池材料", "氢燃料电池电堆")), titles.toString());
        SupportArea battery = r.areas().stream()
                .filter(a -> a.title().equals("固态电池材料"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                battery.path().stream().anyMatch(h -> h.contains("新能源关键技术攻关")),
                battery.path().toString());
        assertTrue(battery.text().contains("支持方向包括"), battery.text());
        assertFalse(titles.contains("申报条件"), titles.toString());
    }
}
