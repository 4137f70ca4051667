package io.fundmatch.match;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInference;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import java.util.List;

/** Invented documents, areas and profiles in the shapes the catalogue and the profile normaliser produce. */
public final class Fixtures {

    public static final Region XICHENG = Region.of("北京市", "北京市", "西城区");
    public static final Region HAIDIAN = Region.of("北京市", "北京市", "海淀区");
    public static final Region SHUIMOGOU = Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    public static final GuideDocument XICHENG_CALL = new GuideDocument(
            "doc-xc", "2026年度西城区科技专项申报指南", "xc.txt", XICHENG, 2026, DocumentType.GUIDE, false, null, null);
    public static final GuideDocument HAIDIAN_PLAN =
            new GuideDocument("doc-hd", "海淀区科技创新发展规划", "hd.txt", HAIDIAN, 2026, DocumentType.PLAN, false, null, null);
    public static final GuideDocument NATIONAL_CALL = new GuideDocument(
            "doc-cn", "全国中小企业数字化转型专项指南", "cn.txt", Region.NATIONAL, 2026, DocumentType.GUIDE, false, null, null);
    public static final GuideDocument HAIDIAN_DRAFT = new GuideDocument(
            "doc-hd-draft",
            "海淀区科技创新发展规划（征求意见稿）",
            "hd-draft.txt",
            HAIDIAN,
            2026,
            DocumentType.PLAN,
            true,
            null,
            "doc-hd");

    private Fixtures() {}

    public static SupportArea area(String id, GuideDocument doc, String title, String text) {
        return new SupportArea(
                id,
                doc,
                List.of(title),
                title,
                text,
                List.of(),
                List.of(),
                null,
                doc.type() == DocumentType.GUIDE ? LocalDate.of(2026, 6, 30) : null,
                null,
                null,
                List.of(),
                doc.supersededBy() != null);
    }

    public static SupportArea withApplicants(SupportArea a, EntityType... types) {
        return new SupportArea(
                a.id(),
                a.document(),
                a.path(),
                a.title(),
                a.text(),
                List.of(types),
                a.qualifications(),
                a.applicationWindow(),
                a.deadline(),
                a.supportAmount(),
                a.maxSupportWan(),
                a.keyTerms(),
                a.superseded());
    }

    /** The area with one more qualification requirement. */
    public static SupportArea withQualification(SupportArea a, String q, QualificationRequirement.Mode mode) {
        List<QualificationRequirement> quals = new java.util.ArrayList<>(a.qualifications());
        quals.add(new QualificationRequirement(q, mode));
        return new SupportArea(
                a.id(),
                a.document(),
                a.path(),
                a.title(),
                a.text(),
                a.applicantTypes(),
                quals,
                a.applicationWindow(),
                a.deadline(),
                a.supportAmount(),
                a.maxSupportWan(),
                a.keyTerms(),
                a.superseded());
    }

    public static SupportArea withDeadline(SupportArea a, LocalDate deadline) {
        return new SupportArea(
                a.id(),
                a.document(),
                a.path(),
                a.title(),
                a.text(),
                a.applicantTypes(),
                a.qualifications(),
                a.applicationWindow(),
                deadline,
                a.supportAmount(),
                a.maxSupportWan(),
                a.keyTerms(),
                a.superseded());
    }

    public static EnterpriseProfile profile(
            String id, Region region, EntityType type, String specialization, String... qualifications) {
        return new EnterpriseProfile(
                id,
                id + "科技有限公司",
                null,
                region,
                null,
                type,
                null,
                List.of(qualifications),
                specialization,
                null,
                null,
                null,
                null,
                new ProfileInference("given", 1, "given", 1, "inferred", List.of()),
                List.of());
    }

    public static List<SupportArea> catalogue() {
        return List.of(
                area("xc-health", XICHENG_CALL, "推进智慧医疗建设", "加强区域人口健康信息服务大数据应用。推进智慧医院建设，实现电子病历系统、医学影像系统的标准化建设。"),
                area("xc-finance", XICHENG_CALL, "推进金融科技引领", "推进互联网、大数据、云计算等信息技术在金融领域的深度应用和融合创新。"),
                area("hd-ai", HAIDIAN_PLAN, "人工智能产业", "建设人工智能创新策源地，突破智能芯片、机器学习框架等关键技术，推动人工智能在医疗影像等场景应用。"),
                area("hd-ai-draft", HAIDIAN_DRAFT, "人工智能产业", "建设人工智能创新策源地，突破智能芯片、机器学习框架等关键技术。"),
                area("cn-digital", NATIONAL_CALL, "中小企业数字化改造", "支持中小企业开展设备联网、生产管理软件上云和工业互联网平台应用。"));
    }

    /** The area with these conditions on the applicant itself (独立法人资格, local registration). */
    public static SupportArea withRequirements(
            SupportArea a, io.fundmatch.catalogue.ApplicantRequirement... requirements) {
        return new SupportArea(
                a.id(),
                a.document(),
                a.path(),
                a.title(),
                a.text(),
                a.applicantTypes(),
                a.qualifications(),
                a.applicationWindow(),
                a.deadline(),
                a.supportAmount(),
                a.maxSupportWan(),
                a.keyTerms(),
                a.superseded(),
                a.kind(),
                List.of(requirements));
    }
}
