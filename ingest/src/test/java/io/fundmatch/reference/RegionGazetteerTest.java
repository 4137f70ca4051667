package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionGazetteerTest {

    private static final RegionGazetteer G = RegionGazetteer.shared();
    private static final Region XICHENG = Region.of("北京市", "北京市", "西城区");
    private static final Region SHUIMOGOU = Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区");

    @ParameterizedTest
    @ValueSource(strings = {"西城", "西城区", "北京市西城区", "北京西城", "北京 西城区", "北京市 北京市 西城区"})
    void fullAndShortFormsOfADistrictReadTheSame(String written) {
        assertEquals(Optional.of(XICHENG), G.parse(written));
    }

    @Test
    void anUrumqiAddressResolvesToItsDistrict() {
        assertEquals(Optional.of(SHUIMOGOU), G.find("新疆乌鲁木齐市水磨沟区南湖路9号附1号"));
        assertEquals(Optional.of(SHUIMOGOU), G.find("乌鲁木齐市水磨沟区七道湾乡七道湾村"));
        assertEquals(Optional.of(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null)), G.find("乌鲁木齐市新民路82号"));
    }

    @Test
    void aSharedDistrictNameStaysAtTheLevelItsReadingsShare() {
        assertEquals(Optional.empty(), G.find("朝阳区建国路88号"));
        assertEquals(Optional.empty(), G.parse("鼓楼区"));
        assertEquals(
                Optional.of(Region.of("福建省", "福州市", null)),
                G.find("福建省福州市鼓楼区").map(r -> Region.of(r.province(), r.city(), null)));
    }

    @Test
    void aSharedDistrictNameResolvesByTheCityMentioned() {
        assertEquals(Optional.of(Region.of("吉林省", "长春市", "朝阳区")), G.find("吉林省长春市朝阳区人民大街"));
        assertEquals(Optional.of(Region.of("北京市", "北京市", "朝阳区")), G.find("北京市朝阳区建国路88号"));
        assertEquals(Optional.of(Region.of("北京市", "北京市", "朝阳区")), G.parse("北京朝阳"));
        assertEquals(Optional.of(Region.of("江苏省", "南京市", "鼓楼区")), G.parse("南京鼓楼"));
    }

    @Test
    void registryColumnsAtMixedLevelsResolve() {
        assertEquals(Region.of("北京市", "北京市", "海淀区"), G.resolve("北京", "海淀", null));
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null), G.resolve("新疆", "乌鲁木齐", null));
        assertEquals(Region.of("新疆维吾尔自治区", "伊犁哈萨克自治州", null), G.resolve("新疆", "伊犁哈萨克", null));
        assertEquals(Region.of("广东省", "东莞市", null), G.resolve(null, "东莞", null));
        assertEquals(Region.NATIONAL, G.resolve("火星", null, null));
    }

    @Test
    void aProvinceShortNameIsTheProvinceNotACityOrDistrictOfThatName() {
        assertEquals(Optional.of(Region.of("吉林省", null, null)), G.parse("吉林"));
        assertEquals(Optional.of(Region.of("海南省", null, null)), G.parse("海南"));
        assertEquals(Optional.of(Region.of("吉林省", "吉林市", null)), G.parse("吉林省吉林市"));
    }

    @Test
    void documentTitlesNameTheirIssuingRegion() {
        assertEquals(Optional.of(XICHENG), G.find("2021年度西城区财政科技专项可持续发展类项目申报指南"));
        assertEquals(Optional.of(SHUIMOGOU), G.find("2020年水磨沟区科技计划项目申报指南"));
        assertEquals(Optional.of(Region.of("北京市", "北京市", "海淀区")), G.find("海淀区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"));
        assertEquals(Optional.of(Region.of("广东省", "东莞市", null)), G.find("东莞市科学技术局关于组织申报2017年广东省科技计划项目的通知"));
        assertEquals(Optional.of(Region.of("上海市", "上海市", null)), G.find("上海市临港地区智能制造专项申报通知"));
        assertEquals(Optional.empty(), G.find("关于组织申报国家重点研发计划的通知"));
    }

    @Test
    void aProvincesNoticeWithOneDistrictAddressStaysTheProvinces() {
        String head = "广东省科学技术厅关于组织申报广东省2017年度科技计划项目的通知\n各地级以上市科技局：\n" + "按照广东省财政资金管理办法……\n联系地址：广州市天河区连city路1号";
        assertEquals(Optional.of(Region.of("广东省", null, null)), G.find(head));
    }

    @Test
    void streetAndSchoolNamesAreNotRegions() {
        assertEquals(Optional.empty(), G.find("中山路100号"));
        assertEquals(Optional.empty(), G.find("北京路步行街"));
    }

    @Test
    void formerDistrictNamesMapToTheirSuccessor() {
        assertEquals(Optional.of(XICHENG), G.find("北京市宣武区广安门内大街"));
        assertEquals(Optional.of(Region.of("北京市", "北京市", "东城区")), G.find("北京市崇文区东花市大街"));
    }

    @Test
    void divisionCodesMapBothWays() {
        assertEquals(Optional.of(SHUIMOGOU), G.byDivisionCode("650105"));
        assertEquals(Optional.of(XICHENG), G.byDivisionCode("110102"));
        assertEquals(Optional.of(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null)), G.byDivisionCode("650100"));
        assertEquals(Optional.of(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null)), G.byDivisionCode("650198"));
        assertEquals(Optional.of("110102"), G.divisionCode(XICHENG));
        assertEquals(Optional.empty(), G.byDivisionCode("99x"));
    }

    @Test
    void coversAllProvincesCitiesAndTheDistrictsOfMunicipalitiesAndCapitals() {
        assertEquals(34, G.provinces().size());
        int cities = G.provinces().stream()
                .mapToInt(p -> G.cities(p.province()).size())
                .sum();
        assertTrue(cities > 330, "cities: " + cities);
        assertEquals(16, G.districts(Region.of("北京市", "北京市", null)).size());
        assertEquals(16, G.districts(Region.of("上海市", "上海市", null)).size());
        assertTrue(G.districts(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null)).contains(SHUIMOGOU));
        assertTrue(G.districts(Region.of("广东省", "东莞市", null)).isEmpty(), "Dongguan has towns, no districts");
        assertTrue(G.isKnown(Region.of("广东省", "东莞市", null)));
    }
}
