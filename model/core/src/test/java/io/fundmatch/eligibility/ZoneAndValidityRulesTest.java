package io.fundmatch.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.Fixtures;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A functional zone's call (雄安新区) and a measure's validity period, as the eligibility rules see them. */
class ZoneAndValidityRulesTest {

    private static final Region XIONGAN = new Region("河北省", null, null, "雄安新区");
    private static final Region RONGCHENG = Region.of("河北省", "保定市", "容城县");
    private static final Region SHIJIAZHUANG = Region.of("河北省", "石家庄市", "长安区");
    private static final Region BAODING_CITY_ONLY = Region.of("河北省", "保定市", null);
    private static final Region HEBEI_ONLY = Region.of("河北省", null, null);
    private static final Region ZONE_ONLY = new Region("河北省", null, null, "雄安新区");

    private static EligibilityStatus jurisdiction(Region issuer, Region at) {
        GuideDocument doc =
                new GuideDocument("d", "雄安新区支持措施", "d.txt", issuer, 2025, DocumentType.GUIDE, false, null, null);
        SupportArea area = Fixtures.area("a", doc, "落户奖励", "对新落户企业给予奖励。");
        EnterpriseProfile e = Fixtures.profile("e", at, EntityType.ENTERPRISE, "软件");
        return new JurisdictionRule()
                .check(e, area, MatchOptions.top(10))
                .orElseThrow()
                .status();
    }

    private static long shared(Region enterprise, Region issuer) {
        List<String> a = JurisdictionKeys.ofArea(issuer);
        return JurisdictionKeys.ofEnterprise(enterprise).stream()
                .filter(a::contains)
                .count();
    }

    @Test
    void aZonesCallReachesItsCountiesAndEnterprisesNamingTheZoneButNotTheRestOfTheProvince() {
        assertEquals(EligibilityStatus.ELIGIBLE, jurisdiction(XIONGAN, RONGCHENG));
        assertEquals(EligibilityStatus.ELIGIBLE, jurisdiction(XIONGAN, ZONE_ONLY));
        assertEquals(EligibilityStatus.INELIGIBLE, jurisdiction(XIONGAN, SHIJIAZHUANG));
        assertEquals(EligibilityStatus.INELIGIBLE, jurisdiction(XIONGAN, Region.of("河北省", "保定市", "竞秀区")));
        assertEquals(EligibilityStatus.CHECK, jurisdiction(XIONGAN, BAODING_CITY_ONLY));
        assertEquals(EligibilityStatus.CHECK, jurisdiction(XIONGAN, HEBEI_ONLY));
        assertEquals(EligibilityStatus.INELIGIBLE, jurisdiction(XIONGAN, Region.of("北京市", "北京市", "海淀区")));
    }

    @Test
    void everyPairNotRuledOutSharesExactlyOneJurisdictionKey() {
        List<Region> regions = List.of(
                XIONGAN,
                RONGCHENG,
                SHIJIAZHUANG,
                BAODING_CITY_ONLY,
                HEBEI_ONLY,
                ZONE_ONLY,
                Region.NATIONAL,
                Region.of("河北省", "保定市", "竞秀区"),
                new Region("上海市", "上海市", null, "临港地区"),
                Region.of("上海市", "上海市", "浦东新区"),
                Region.of("上海市", "上海市", null));
        for (Region issuer : regions) {
            for (Region at : regions) {
                if (jurisdiction(issuer, at) != EligibilityStatus.INELIGIBLE) {
                    assertEquals(1, shared(at, issuer), "issuer " + issuer + ", enterprise " + at);
                }
            }
        }
    }

    @Test
    void aMeasurePastItsValidityIsIneligibleLikeAPassedDeadline() {
        GuideDocument doc = new GuideDocument(
                "d",
                "若干措施",
                "d.txt",
                RONGCHENG,
                2023,
                DocumentType.GUIDE,
                false,
                null,
                null,
                LocalDate.of(2023, 2, 8),
                LocalDate.of(2026, 2, 7));
        SupportArea area = Fixtures.area("a", doc, "落户奖励", "对新落户企业给予奖励。");
        EnterpriseProfile e = Fixtures.profile("e", RONGCHENG, EntityType.ENTERPRISE, "软件");
        ApplicationWindowRule rule = new ApplicationWindowRule();
        assertEquals(
                EligibilityStatus.INELIGIBLE,
                rule.check(e, area, new MatchOptions(10, false, false, LocalDate.of(2026, 2, 8)))
                        .orElseThrow()
                        .status());
        assertNotEquals(
                EligibilityStatus.INELIGIBLE,
                rule.check(e, area, new MatchOptions(10, false, false, LocalDate.of(2026, 2, 7)))
                        .orElseThrow()
                        .status());
    }
}
