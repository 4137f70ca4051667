package io.fundmatch.nightly;

import io.fundmatch.reference.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JurisdictionKeysTest {

    static final Region XICHENG = Region.of("北京市", "北京市", "西城区");
    static final Region HAIDIAN = Region.of("北京市", "北京市", "海淀区");
    static final Region SHUIMOGOU = Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区");

    /** How many keys an enterprise and an area share: 1 = joined, 0 = not. */
    static long shared(Region enterprise, Region issuer) {
        List<String> a = JurisdictionKeys.ofArea(issuer);
        return JurisdictionKeys.ofEnterprise(enterprise).stream().filter(a::contains).count();
    }

    @Test
    void districtAreaJoinsOnlyItsOwnDistrict() {
        assertEquals(1, shared(XICHENG, XICHENG));
        assertEquals(0, shared(HAIDIAN, XICHENG));
        assertEquals(0, shared(SHUIMOGOU, XICHENG));
    }

    @Test
    void cityProvinceAndNationalAreasJoinEveryEnterpriseBelowThem() {
        assertEquals(1, shared(XICHENG, Region.of("北京市", "北京市", null)));
        assertEquals(1, shared(SHUIMOGOU, Region.of("新疆维吾尔自治区", null, null)));
        assertEquals(1, shared(SHUIMOGOU, Region.NATIONAL));
        assertEquals(0, shared(SHUIMOGOU, Region.of("北京市", null, null)));
    }

    @Test
    void enterpriseWithUnknownLowerLevelStillJoinsAreasBelowItsKnownLevel() {
        Region beijingOnly = Region.of("北京市", "北京市", null);
        assertEquals(1, shared(beijingOnly, XICHENG), "undecided pairs are joined (the rules say CHECK)");
        assertEquals(1, shared(Region.of("新疆维吾尔自治区", null, null), SHUIMOGOU));
        assertEquals(1, shared(Region.NATIONAL, SHUIMOGOU));
        assertEquals(0, shared(Region.of("北京市", null, null), SHUIMOGOU));
    }
}
