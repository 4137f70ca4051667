package io.fundmatch.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.Fixtures;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class JurisdictionKeysTest {

    static final Region XICHENG = Region.of("北京市", "北京市", "西城区");
    static final Region HAIDIAN = Region.of("北京市", "北京市", "海淀区");
    static final Region SHUIMOGOU = Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区");

    /** How many keys an enterprise and an area share: 1 = joined, 0 = not. */
    static long shared(Region enterprise, Region issuer) {
        List<String> a = JurisdictionKeys.ofArea(issuer);
        return JurisdictionKeys.ofEnterprise(enterprise).stream()
                .filter(a::contains)
                .count();
    }

    @Test
    void everyPairTheJurisdictionRuleDoesNotRuleOutSharesAKey() {
        List<Region> regions = List.of(
                Region.NATIONAL,
                XICHENG,
                HAIDIAN,
                SHUIMOGOU,
                Region.of("北京市", null, null),
                Region.of("北京市", "北京市", null),
                Region.of("新疆维吾尔自治区", null, null),
                Region.of("新疆维吾尔自治区", "乌鲁木齐市", null),
                Region.of("新疆维吾尔自治区", "克拉玛依市", "独山子区"),
                Region.of("浙江省", "杭州市", "滨江区"),
                Region.of(null, "杭州市", "滨江区"),
                Region.of(null, null, "滨江区"),
                Region.of("浙江省", null, "滨江区"));
        JurisdictionRule rule = new JurisdictionRule();
        for (Region issuer : regions) {
            GuideDocument doc =
                    new GuideDocument("d", "专项申报指南", "d.txt", issuer, 2026, DocumentType.GUIDE, false, null, null);
            SupportArea area = Fixtures.area("a", doc, "智能制造", "支持智能制造。");
            for (Region at : regions) {
                EnterpriseProfile enterprise = Fixtures.profile("e", at, EntityType.ENTERPRISE, "软件");
                RuleOutcome outcome =
                        rule.check(enterprise, area, MatchOptions.top(10)).orElseThrow();
                if (outcome.status() != EligibilityStatus.INELIGIBLE) {
                    assertEquals(1, shared(at, issuer), "issuer " + issuer + ", enterprise " + at + ": " + outcome);
                }
            }
        }
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
