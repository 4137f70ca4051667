package io.fundmatch.towers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultModelTest {

    private static final GuideDocument DOC =
            new GuideDocument("d", "区科技专项申报指南", "d.txt", Region.NATIONAL, 2024, DocumentType.GUIDE, false, null, null);

    private static SupportArea area(String title, String text) {
        return new SupportArea(
                title,
                DOC,
                List.of(title),
                title,
                text,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                false);
    }

    private static EnterpriseProfile enterprise(String name, String scope) {
        return new EnterpriseProfile(
                name,
                name,
                null,
                Region.NATIONAL,
                null,
                EntityType.ENTERPRISE,
                null,
                List.of(),
                null,
                scope,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void shippedModelLoadsFromTheClasspathAndRanksTheMatchingAreaFirst() {
        TowerModel m = TowerModel.loadDefault();
        assertTrue(m.version().startsWith("model-"), m.version());
        SupportArea medical = area("智慧医疗应用", "支持医院和企业开展远程诊疗、医学影像辅助诊断、电子病历互通等智慧医疗应用示范。");
        SupportArea culture = area("文化旅游融合", "支持文艺演出、非遗展示、旅游景区数字化导览等文化和旅游融合项目。");
        EnterpriseProfile clinic = enterprise("某医疗信息技术有限公司", "医疗软件开发；远程医疗服务平台；医学影像处理；医院信息系统集成。");
        EnterpriseProfile troupe = enterprise("某文化演艺有限公司", "组织文化艺术交流活动；演出经纪；旅游景区管理；工艺美术品销售。");
        float[] med = m.embedArea(medical);
        float[] cul = m.embedArea(culture);
        assertEquals(m.dimension(), med.length);
        float[] e1 = m.embedEnterprise(clinic);
        float[] e2 = m.embedEnterprise(troupe);
        assertTrue(
                TowerModel.score(e1, med) > TowerModel.score(e1, cul),
                "medical company should prefer the medical area");
        assertTrue(
                TowerModel.score(e2, cul) > TowerModel.score(e2, med),
                "performing-arts company should prefer the culture area");
    }
}
