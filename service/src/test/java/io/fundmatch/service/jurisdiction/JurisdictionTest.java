package io.fundmatch.service.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundmatch.reference.Region;
import io.fundmatch.reference.RegionGazetteer;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private final RegionGazetteer gazetteer = RegionGazetteer.shared();
    private final Region xicheng = Region.of("北京市", "北京市", "西城区");
    private final Region haidian = Region.of("北京市", "北京市", "海淀区");

    @Test
    void aDistrictOfficerCoversTheDistrictOnly() {
        Jurisdiction j = Jurisdiction.parse("北京市西城区", gazetteer);
        assertThat(j.covers(xicheng)).isTrue();
        assertThat(j.covers(haidian)).isFalse();
        assertThat(j.covers(Region.of("北京市", "北京市", null)))
                .as("a city-wide enterprise is not the district's")
                .isFalse();
        assertThat(j.covers(Region.NATIONAL))
                .as("an enterprise of unknown region")
                .isFalse();
    }

    @Test
    void severalRegionsByNameOrDivisionCodeAndCities() {
        Jurisdiction j = Jurisdiction.parse("110102、海淀区; 杭州市", gazetteer);
        assertThat(j.covers(xicheng)).isTrue();
        assertThat(j.covers(haidian)).isTrue();
        assertThat(j.covers(Region.of("浙江省", "杭州市", "滨江区"))).isTrue();
        assertThat(j.covers(Region.of("浙江省", "宁波市", "鄞州区"))).isFalse();
        assertThat(Jurisdiction.parse(j.spec(), gazetteer)).isEqualTo(j);
    }

    @Test
    void allCoversEverythingAndTyposAreRefusedNotWidened() {
        assertThat(Jurisdiction.parse("all", gazetteer).covers(Region.NATIONAL)).isTrue();
        assertThatThrownBy(() -> Jurisdiction.parse("西城区, 不存在区", gazetteer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不存在区");
        assertThatThrownBy(() -> Jurisdiction.parse(" ", gazetteer)).isInstanceOf(IllegalArgumentException.class);
    }
}
