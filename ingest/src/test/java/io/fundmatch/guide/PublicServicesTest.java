package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's five-year plan (invented text in the layout of such plans) mixes sections that back applicants with
 * sections on the public services and works the government itself provides. The latter are the government's own
 * work and no area, even when they mention an enterprise in passing; a public field served by technology, or opened
 * to applicants, stays an area.
 */
class PublicServicesTest {

    private static final String DISTRICT_PLAN = """
            青石区国民经济和社会发展第十四个五年规划纲要
            第一章 发展基础
            第一节 发展成就
            五年来，全区经济总量稳步增长，为下一阶段发展奠定了基础。
            第二章 建设创新青石
            第一节 壮大科技企业
            一、支持科技企业做大做强
            支持科技型企业建设研发中心，鼓励企业加大研发投入，对新认定的高新技术企业给予奖励，培育一批专精特新企业。引进一批创新团队落户青石。
            二、发展智慧健康服务
            支持医疗机构与科技企业合作开展远程诊疗、人工智能辅助诊断等应用，鼓励企业研发智能健康监测设备，建设互联网医院服务平台，为社区居民提供智慧健康服务。
            第三章 增进民生福祉
            第一节 办好人民满意的教育
            一、扩大优质教育资源供给
            新建改扩建一批中小学和幼儿园，增加学位供给。优化学校布局，推进集团化办学，促进城乡学校均衡发展。加强教师队伍建设，完善教师培训和交流制度。关注学生身心健康，落实学生体质监测制度。推进社区教育和老年教育发展。
            第二节 完善养老服务体系
            一、发展居家社区养老
            建设街道养老服务中心和社区养老驿站，为老年人提供助餐、助浴、照料等服务。推进家庭养老照护床位建设，完善老年人健康档案。加强养老护理员队伍建设，提升社区养老服务能力。
            第四章 完善城市功能
            一、加快推进基础设施建设
            区级财力继续支持基础设施建设，加快建设骨干路网和公交枢纽。推进地下综合管廊建设，完善道路交通配套。优化公交线路设置，增强轨道交通接驳能力。
            二、支持运用政府和社会资本合作方式推进项目建设
            授权区城投公司开展政府和社会资本合作（PPP），PPP项目涉及的财政支付责任由区财政承担。对区内特许经营项目发行债券给予优先支持。
            三、完善城市服务功能
            加快布局一批基础教育设施，推进体育、文化设施共建共享。允许在青石特定地区设立中外合作经营性职业技能培训机构。支持引进高水平文化旅游项目落户。鼓励社会资本投资建设体育健身场馆，对新建场馆给予运营补贴。
            第五章 保障措施
            一、加强组织领导
            加强党对规划实施的领导，完善规划实施的监测评估机制。
            """;

    private static IngestResult plan() {
        IngestResult r =
                new GuideIngester().ingest("qingshi_outline.txt", DISTRICT_PLAN.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), r.failure());
        return r;
    }

    private static List<String> titles(IngestResult r) {
        return r.areas().stream().map(SupportArea::title).toList();
    }

    @Test
    void schoolsElderlyCareAndPublicWorksAreTheGovernmentsOwnWorkAndListedWithTheirReason() {
        IngestResult r = plan();
        List<String> titles = titles(r);
        assertFalse(titles.contains("扩大优质教育资源供给"), titles.toString());
        assertFalse(titles.contains("发展居家社区养老"), titles.toString());
        assertFalse(titles.contains("加快推进基础设施建设"), titles.toString());
        assertFalse(titles.contains("支持运用政府和社会资本合作方式推进项目建设"), titles.toString());
        String note = r.warnings().stream()
                .filter(w -> w.startsWith("left out"))
                .findFirst()
                .orElse("");
        assertTrue(note.contains("扩大优质教育资源供给（public services or works the government provides: "), note);
        assertTrue(note.contains("发展居家社区养老（public services or works"), note);
        assertTrue(note.contains("支持运用政府和社会资本合作方式推进项目建设（public services or works"), note);
    }

    @Test
    void aPublicFieldServedByTechnologyOrOpenedToApplicantsStaysAnArea() {
        List<String> titles = titles(plan());
        assertTrue(titles.contains("支持科技企业做大做强"), titles.toString());
        assertTrue(titles.contains("发展智慧健康服务"), titles.toString());
        assertTrue(titles.contains("完善城市服务功能"), titles.toString());
    }

    @Test
    void theRuleCountsClausesNotWords() {
        assertNotNull(PublicServices.provided("新建一批中小学。优化学校布局。加强教师队伍建设。关注学生身心健康。"));
        // as many clauses back applicants as speak of the public: an area
        assertNull(PublicServices.provided("新建一批中小学。支持企业开发教育软件。优化学校布局。鼓励社会资本举办职业培训机构。"));
        // one public clause is no sign
        assertNull(PublicServices.provided("推进社区服务。"));
    }
}
