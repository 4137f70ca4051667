package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelling rule for plan sections (docs/catalogue.md) on an invented district outline, one sub-section per
 * decided case: a sub-section is an area when more than a third of its sentences back a party outside the
 * government — money, space, services, a market, a platform for it, or a technology or industry field to develop.
 */
class PlanSectionRuleTest {

    private static final String OUTLINE = """
            松川区国民经济和社会发展第十四个五年规划纲要
            第一章 建设科技创新高地
            第一节 深化科技治理改革
            一、推进科技管理体制改革
            转变科技管理职能。区科技部门把工作重心从分配项目转到制定政策和优化服务上来。完善区级科技规划体系，建立重大事项会商制度。优化科技经费的预算管理流程，推行项目评审专家库动态管理。对企业投入基础研究的支出落实税收优惠。健全科研诚信和绩效评价制度。
            二、完善成果转化机制
            健全成果转化激励机制。鼓励驻区高校与区引导基金合作设立成果转化基金，引导社会资本投资早期项目。建设专业化技术转移中心，为高校院所和企业提供成果评价、概念验证和对接服务。遴选一批重大科技成果产业化项目给予资金支持。支持企业新产品在松川首发首用。
            三、探索土地供给改革
            推行产业用地弹性年期供应，优先保障研发类企业项目用地。对旧厂房改造引进科技企业的，给予租金补贴。设立科技空间基金，吸引优质企业入驻。完善土地出让合同管理。
            第二节 打造开放合作平台
            一、办好国际创新论坛
            高标准办好松川国际创新论坛，搭建面向企业的新技术新产品发布交易平台。支持人工智能、集成电路、生物医药等领域企业参与论坛并开展技术交易。吸引一批跨国企业研发中心落户松川。
            二、建设智慧城市运行体系
            建设全区统一的政务数据中心和城市运行管理平台。完善政务专网和视频感知网络，提升城市运行监测能力。整合各部门业务系统，实现数据共享和协同办公。推进城市大脑在交通、应急、环保等领域的应用，开放一批应用场景。加强网络安全防护和数据安全管理。
            三、推动公共文化服务发展
            提升区图书馆、文化馆服务水平，推进数字图书馆建设。支持具有文化服务能力的企业和社会组织承接政府购买的公共文化活动。支持文化场馆运营单位与文艺创作机构合作举办演出季。引进一批优秀演艺团队驻场演出。
            第三节 激发市场主体活力
            一、深化区属国有企业改革
            推进区属国有企业公司制改革，健全以管资本为主的国有资产监管体制。支持区属国企聚焦主业，优化国有资本布局。加强国企内控和审计监督。推动国有资本投向城市服务领域。落实中小企业帮扶政策。
            二、支持科技型中小企业成长
            支持科技型中小企业开展研发创新。
            第二章 增进民生福祉
            第一节 完善医疗卫生服务
            一、优化医疗卫生资源布局
            新建区中心医院北院区，推进社区卫生服务中心标准化建设。加强儿科、康复、精神卫生等专科建设。完善家庭医生签约服务。鼓励社会资本举办专科诊所。加强卫生健康人才队伍建设。推进医院之间检查结果互认。
            第二节 促进充分就业
            一、完善公共就业服务
            开展面向失业人员和高校毕业生的职业技能培训。健全就业困难人员帮扶制度，开发公益性岗位。完善就业信息平台，发布岗位需求。设立创业担保贷款，支持青年人才创办企业。加强劳动关系协调和劳动保障监察。
            第三章 规划实施保障
            一、加强组织领导
            建立规划实施的年度评估制度，支持各部门细化任务分工。
            """;

    private static IngestResult plan() {
        IngestResult r = new GuideIngester().ingest("songchuan_outline.txt", OUTLINE.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), r.failure());
        return r;
    }

    private static List<String> titles(IngestResult r) {
        return Fixtures.titles(r);
    }

    private static String leftOut(IngestResult r) {
        return Fixtures.leftOutNote(r);
    }

    @Test
    void aReformOfTheGovernmentsOwnManagementIsLeftOutThoughOneSentenceGrantsATaxIncentive() {
        IngestResult r = plan();
        assertFalse(titles(r).contains("推进科技管理体制改革"), titles(r).toString());
        assertTrue(leftOut(r).contains("推进科技管理体制改革（the government's own work"), leftOut(r));
    }

    @Test
    void aMechanismSectionWhoseSentencesFundAndServeFirmsIsAnAreaWhateverItsHeadingSays() {
        assertTrue(titles(plan()).contains("完善成果转化机制"), titles(plan()).toString());
    }

    @Test
    void landSupplyWithRentSubsidiesForTechnologyFirmsIsAnArea() {
        assertTrue(titles(plan()).contains("探索土地供给改革"), titles(plan()).toString());
    }

    @Test
    void theGovernmentsOwnDataCentreAndCityBrainAreLeftOutThoughOneSentenceOpensScenesToNoNamedParty() {
        IngestResult r = plan();
        assertFalse(titles(r).contains("建设智慧城市运行体系"), titles(r).toString());
        assertTrue(leftOut(r).contains("建设智慧城市运行体系（no applicant in view: 0 of 5 sentences"), leftOut(r));
    }

    @Test
    void aForumThatIsALaunchPlatformForFirmsIsAnAreaAndEachFieldItsSentenceNamesIsOne() {
        IngestResult r = plan();
        List<String> titles = titles(r);
        assertTrue(titles.contains("办好国际创新论坛"), titles.toString());
        for (String field : List.of("人工智能", "集成电路", "生物医药")) {
            SupportArea a = r.areas().stream()
                    .filter(x -> x.title().equals(field))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(field + " missing: " + titles));
            assertEquals("办好国际创新论坛", a.path().get(a.path().size() - 2).replaceFirst("^一、", ""));
        }
    }

    @Test
    void publicCultureBoughtFromCulturalFirmsIsAnArea() {
        assertTrue(titles(plan()).contains("推动公共文化服务发展"), titles(plan()).toString());
    }

    @Test
    void theOwnersReformOfItsStateEnterprisesIsLeftOut() {
        IngestResult r = plan();
        assertFalse(titles(r).contains("深化区属国有企业改革"), titles(r).toString());
    }

    @Test
    void aHeadingThatOffersTheSupportIsAnAreaEvenWithOneSentence() {
        assertTrue(titles(plan()).contains("支持科技型中小企业成长"), titles(plan()).toString());
    }

    @Test
    void hospitalProvisionWithOneClauseAdmittingPrivateClinicsIsLeftOutWithItsCount() {
        IngestResult r = plan();
        assertFalse(titles(r).contains("优化医疗卫生资源布局"), titles(r).toString());
        assertTrue(leftOut(r).contains("优化医疗卫生资源布局（"), leftOut(r));
        assertTrue(leftOut(r).contains("1 of 6 sentences back outside parties"), leftOut(r));
    }

    @Test
    void publicEmploymentServiceWithOneStartUpLoanSentenceIsLeftOut() {
        IngestResult r = plan();
        assertFalse(titles(r).contains("完善公共就业服务"), titles(r).toString());
        assertTrue(leftOut(r).contains("完善公共就业服务（"), leftOut(r));
    }

    @Test
    void implementationChaptersAreNeverAreas() {
        assertFalse(titles(plan()).contains("加强组织领导"));
    }

    @Test
    void sentencesAreCountedWithoutTheLeadSentenceThatTitlesAParagraph() {
        PlanSectionRule.Count c = PlanSectionRule.count("健全成果转化激励机制。鼓励高校设立成果转化基金。完善科研诚信制度。");
        assertEquals(2, c.counted());
        assertEquals(1, c.backing());
        assertTrue(c.isArea());
        // without a lead: three counted sentences, one backing — not more than a third
        PlanSectionRule.Count plain = PlanSectionRule.count("完善科研诚信制度，健全考核办法。健全绩效评价制度。鼓励高校设立成果转化基金。");
        assertEquals(3, plain.counted());
        assertFalse(plain.isArea());
    }

    @Test
    void residentsPublicStaffAndTheIssuersOwnEnterprisesAreNoOutsideParty() {
        assertFalse(PlanSectionRule.backs("为老年人提供助餐、助浴等养老服务"));
        assertFalse(PlanSectionRule.backs("支持区属国企聚焦主业，优化国有资本布局"));
        assertFalse(PlanSectionRule.backs("鼓励高校毕业生到基层就业"));
        assertFalse(PlanSectionRule.backs("对特许经营项目发行企业债券给予优先支持"));
        assertFalse(PlanSectionRule.backs("建设城市运行平台，实现对辖区企业的经济监测"));
        assertTrue(PlanSectionRule.backs("支持具有文化服务能力的企业承接政府购买的公共文化活动"));
        assertTrue(PlanSectionRule.backs("推动人工智能、区块链在医疗领域的应用示范"));
        assertTrue(PlanSectionRule.backs("吸引一批跨国企业研发中心落户"));
        assertFalse(PlanSectionRule.backs("加强大数据、区块链在政务服务中的应用"));
    }
}
