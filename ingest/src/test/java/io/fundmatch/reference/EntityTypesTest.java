package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTypesTest {

    @ParameterizedTest
    @CsvSource({
        "企业,ENTERPRISE",
        "公司,ENTERPRISE",
        "company,ENTERPRISE",
        "事业单位,PUBLIC_INSTITUTION",
        "社会团体,SOCIAL_ORGANIZATION",
        "民办非企业单位,SOCIAL_ORGANIZATION",
        "科研机构,RESEARCH_INSTITUTE",
        "research_institute,RESEARCH_INSTITUTE",
        "高校,UNIVERSITY",
        "University,UNIVERSITY",
        "医院,MEDICAL_INSTITUTION",
        "MEDICAL_INSTITUTION,MEDICAL_INSTITUTION",
        "医疗卫生机构,MEDICAL_INSTITUTION"
    })
    void labelsVariantsAndEnglishCodesAreRead(String label, EntityType expected) {
        assertEquals(Optional.of(expected), EntityTypes.parse(label));
    }

    @ParameterizedTest
    @CsvSource({"有限责任公司", "个人独资企业", "全民所有制", "集体所有制", "有限责任公司(自然人投资或控股)", "外国(地区)企业常驻代表机构", "个体工商户"})
    void registryLegalFormsAreEnterprises(String registryType) {
        assertEquals(Optional.of(EntityType.ENTERPRISE), EntityTypes.fromRegistryType(registryType));
    }

    @ParameterizedTest
    @CsvSource({
        "乌鲁木齐云杉信息技术有限公司,ENTERPRISE",
        "北京青禾软件有限责任公司,ENTERPRISE",
        "北京中科光电研究院有限公司,ENTERPRISE",
        "西城区德胜社区卫生服务中心,MEDICAL_INSTITUTION",
        "新疆天山区第二人民医院,MEDICAL_INSTITUTION",
        "中国科学院新疆理化技术研究所,RESEARCH_INSTITUTE",
        "北京市智能制造研究院,RESEARCH_INSTITUTE",
        "北京软件行业协会,SOCIAL_ORGANIZATION",
        "中国光学学会,SOCIAL_ORGANIZATION",
        "新疆青少年科技基金会,SOCIAL_ORGANIZATION",
        "新疆大学,UNIVERSITY",
        "北京信息职业技术学院,UNIVERSITY",
        "北京华信创投中心（有限合伙）,ENTERPRISE",
        "国投物业有限责任公司北京二分公司,ENTERPRISE",
        "新疆天成电力设计院(有限公司),ENTERPRISE",
        "乌鲁木齐康宁医院(有限公司),MEDICAL_INSTITUTION",
        "中国某某通信股份有限公司新疆传输分局,ENTERPRISE",
        "中国某某科学研究院集团有限公司信息研究所,ENTERPRISE",
        "天山马术俱乐部(有限公司),ENTERPRISE",
        "青禾医药连锁有限责任公司月坛中医诊所,MEDICAL_INSTITUTION"
    })
    void theNameEndingTellsTheType(String name, EntityType expected) {
        assertEquals(Optional.of(expected), EntityTypes.fromName(name));
    }

    @ParameterizedTest
    @CsvSource({"中关村大学科技园发展中心", "云杉"})
    void aNameWithoutALegalFormTellsNothing(String name) {
        assertEquals(Optional.empty(), EntityTypes.fromName(name));
    }
}
