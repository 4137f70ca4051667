package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalPersonalitiesTest {

    @ParameterizedTest
    @CsvSource({
        "华信联合银行股份有限公司北京长椿街支行,BRANCH",
        "华信联合银行北京分行营业部,BRANCH",
        "东方证券经纪有限责任公司北京复兴门内大街证券营业部,BRANCH",
        "安和人寿保险股份有限公司北京分公司西单营销服务部,BRANCH",
        "诺德兰精密仪器公司北京代表处,BRANCH",
        "远洋通商株式会社上海办事处,BRANCH",
        "青山律师事务所深圳分所,BRANCH",
        "老街坊餐饮管理有限公司鼓楼分店,BRANCH",
        "星桥信息技术有限公司北京软件开发分公司,BRANCH",
        "星桥信息技术有限公司（分公司）,BRANCH",
        "京华农商银行新街口分理处,BRANCH",
        "北京办事处咨询有限公司,INDEPENDENT",
        "北京分店通科技有限公司,INDEPENDENT",
        "上海分行业数据研究有限公司,INDEPENDENT",
        "北京云杉数据科技有限公司,INDEPENDENT",
        "乌鲁木齐天山软件股份有限公司（筹）,INDEPENDENT",
        "北京市西城区月坛街道办事处,UNKNOWN",
        "北京顺达家电营业部,UNKNOWN",
        "海淀区云景小卖部,UNKNOWN",
        "张记五金经营部,UNKNOWN"
    })
    void unitsWithoutLegalPersonalityAreReadFromTheName(String name, LegalPersonality expected) {
        assertEquals(expected, LegalPersonalities.fromName(name), name);
    }

    @ParameterizedTest
    @CsvSource({
        "有限责任公司分公司,BRANCH",
        "外国(地区)企业常驻代表机构,BRANCH",
        "个人独资企业分支机构,BRANCH",
        "全民所有制营业单位（非法人）,BRANCH",
        "有限责任公司(自然人投资或控股),INDEPENDENT",
        "股份有限公司(上市),INDEPENDENT",
        "个人独资企业,UNKNOWN",
        "N/A,UNKNOWN"
    })
    void theRegistryTypeColumnIsRead(String registryType, LegalPersonality expected) {
        assertEquals(expected, LegalPersonalities.fromRegistryType(registryType), registryType);
    }

    @Test
    void aRegistryRowOfARepresentativeOfficeWithAPlainNameIsABranchOnTheProfile() {
        // an office whose name does not say it: the registry's 企业类型 does
        EnterpriseProfile office = new ProfileNormalizer().normalize(input("蓝湾海事咨询（北京）", "外国(地区)企业常驻代表机构"));
        assertEquals(LegalPersonality.BRANCH, office.legalPersonality());
        EnterpriseProfile company = new ProfileNormalizer().normalize(input("北京蓝湾海事咨询有限公司", "N/A"));
        assertEquals(LegalPersonality.INDEPENDENT, company.legalPersonality());
        EnterpriseProfile branch = new ProfileNormalizer().normalize(input("蓝湾海事咨询有限公司北京分公司", null));
        assertEquals(LegalPersonality.BRANCH, branch.legalPersonality());
    }

    private static ProfileInput input(String name, String registryType) {
        return new ProfileInput(
                null,
                name,
                null,
                Region.of("北京市", "北京市", "西城区"),
                null,
                registryType,
                null,
                List.of(),
                null,
                "海事咨询",
                null,
                null,
                null);
    }
}
