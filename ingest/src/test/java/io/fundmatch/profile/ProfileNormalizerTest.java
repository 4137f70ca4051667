package io.fundmatch.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileNormalizerTest {

    private static final ProfileNormalizer N = new ProfileNormalizer();

    private static ProfileInput input(
            String name,
            String creditCode,
            Region region,
            String address,
            String entityType,
            String industryCode,
            List<String> qualifications,
            String scope) {
        return new ProfileInput(
                null,
                name,
                creditCode,
                region,
                address,
                entityType,
                industryCode,
                qualifications,
                null,
                scope,
                null,
                null,
                null);
    }

    private static EnterpriseProfile named(String name) {
        return N.normalize(input(name, null, null, null, null, null, null, null));
    }

    @Test
    void aMissingNameIsTheOneError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> N.normalize(input("  ", null, null, null, null, null, null, "软件开发")));
        assertEquals("name is required", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> N.normalize(input(null, null, null, null, null, null, null, null)));
    }

    @Test
    void aShortRegionIsCompletedToFullNames() {
        EnterpriseProfile p =
                N.normalize(input("北京青禾软件有限公司", null, Region.of(null, null, "西城"), null, null, null, null, null));
        assertEquals(Region.of("北京市", "北京市", "西城区"), p.region());
        assertEquals("given", p.inference().regionSource());
    }

    @Test
    void theRegionIsReadFromTheAddressWhenNotGiven() {
        EnterpriseProfile p =
                N.normalize(input("乌鲁木齐云杉信息技术有限公司", null, null, "新疆乌鲁木齐市水磨沟区新民东街100号", null, null, null, null));
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区"), p.region());
        assertEquals("address", p.inference().regionSource());
    }

    @Test
    void theAddressRefinesACoarseGivenRegion() {
        EnterpriseProfile p = N.normalize(input(
                "乌鲁木齐云杉信息技术有限公司", null, Region.of("新疆", "乌鲁木齐", null), "乌鲁木齐市水磨沟区新民东街100号", null, null, null, null));
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区"), p.region());
    }

    @Test
    void theCreditCodesDivisionGivesTheRegionWhenNothingElseDoes() {
        EnterpriseProfile p =
                N.normalize(input("云杉信息技术有限公司", "91650105MA77ABCD0W", null, null, null, null, null, null));
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区"), p.region());
        assertEquals("creditCode", p.inference().regionSource());
    }

    @Test
    void aPlaceInTheNameIsTheLastResort() {
        EnterpriseProfile p = named("乌鲁木齐云杉信息技术有限公司");
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null), p.region());
        assertEquals("name", p.inference().regionSource());
    }

    @Test
    void anUndeterminableRegionIsSaid() {
        EnterpriseProfile p = named("青禾软件有限公司");
        assertTrue(p.region().isNational());
        assertEquals("unknown", p.inference().regionSource());
        assertTrue(
                p.warnings().stream().anyMatch(w -> w.contains("region could not be determined")),
                p.warnings()::toString);
    }

    @Test
    void anInvalidCreditCodeIsReportedAndTheRestGoesThrough() {
        EnterpriseProfile p = N.normalize(input(
                "北京青禾软件有限公司",
                "91110102MA01XY7K35",
                Region.of("北京", "西城", null),
                null,
                null,
                null,
                List.of("高企"),
                "软件开发"));
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("GB 32100-2015")), p.warnings()::toString);
        assertEquals(Region.of("北京市", "北京市", "西城区"), p.region());
        assertEquals(List.of(Qualifications.HIGH_TECH), p.qualifications());
        assertTrue(p.id().startsWith("fm-"), "an invalid code is not used as id: " + p.id());
    }

    @Test
    void aValidCreditCodeIsTheDefaultId() {
        EnterpriseProfile p =
                N.normalize(input("北京青禾软件有限公司", "91110102MA01XY7K34", null, null, null, null, null, null));
        assertEquals("91110102MA01XY7K34", p.id());
        assertTrue(p.warnings().isEmpty(), p.warnings()::toString);
    }

    @Test
    void theEntityTypeComesFromTheLabelTheRegistryFormOrTheName() {
        assertEquals(
                EntityType.UNIVERSITY,
                N.normalize(input("某某", null, null, null, "高校", null, null, null))
                        .entityType());
        EnterpriseProfile registry = N.normalize(input("青禾商贸", null, null, null, "有限责任公司", null, null, null));
        assertEquals(EntityType.ENTERPRISE, registry.entityType());
        assertEquals("registryType", registry.inference().entityTypeSource());
        EnterpriseProfile hospital = named("新疆天山区第二人民医院");
        assertEquals(EntityType.MEDICAL_INSTITUTION, hospital.entityType());
        assertEquals("name", hospital.inference().entityTypeSource());
        assertEquals(EntityType.RESEARCH_INSTITUTE, named("北京市智能制造研究院").entityType());
        assertEquals(EntityType.ENTERPRISE, named("北京中科光电研究院有限公司").entityType());
    }

    @Test
    void qualificationAliasesBecomeOneValueAndUnknownOnesAreKept() {
        EnterpriseProfile p = N.normalize(input(
                "北京青禾软件有限公司",
                null,
                null,
                null,
                null,
                null,
                List.of("国高新", "高企", "专精特新小巨人", "科技型中小企业", "市级设计中心"),
                null));
        assertEquals(
                List.of(Qualifications.HIGH_TECH, Qualifications.LITTLE_GIANT, Qualifications.TECH_SME, "市级设计中心"),
                p.qualifications());
    }

    @Test
    void aGivenIndustryCodeIsNormalisedAndKept() {
        EnterpriseProfile p = N.normalize(input("北京青禾软件有限公司", null, null, null, null, "6513", null, "餐饮服务"));
        assertEquals("I6513", p.industryCode());
        assertEquals("given", p.inference().industrySource());
    }

    @Test
    void anUnknownIndustryCodeIsReportedAndTheSectorInferred() {
        EnterpriseProfile p =
                N.normalize(input("北京青禾软件有限公司", null, null, null, null, "X99", null, "应用软件开发；计算机系统集成；信息技术咨询"));
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("X99")), p.warnings()::toString);
        assertEquals("inferred", p.inference().industrySource());
        assertEquals("I65", p.industryCode());
    }

    @Test
    void controlCharactersAreStripped() {
        EnterpriseProfile p = N.normalize(
                input("北京青禾\u0000软件\u0007有限公司\u200B", null, null, "北京市\u001F西城区", null, null, null, "软件\u0008开发"));
        assertEquals("北京青禾软件有限公司", p.name());
        assertEquals("软件开发", p.businessScope());
        assertEquals(Region.of("北京市", "北京市", "西城区"), p.region());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("control characters")), p.warnings()::toString);
    }

    @Test
    void aHugeBusinessScopeIsStoredTruncatedWithAWarningAndStillInferred() {
        String scope = "应用软件开发；计算机系统集成；" + "技术咨询、".repeat(210_000);
        EnterpriseProfile p = N.normalize(input("北京青禾软件有限公司", null, null, null, null, null, null, scope));
        assertEquals(ProfileNormalizer.MAX_SCOPE_CHARS, p.businessScope().length());
        assertTrue(
                p.warnings().stream().anyMatch(w -> w.startsWith("businessScope truncated")), p.warnings()::toString);
        assertEquals("I65", p.industryCode());
    }

    @Test
    void implausibleNumbersAreDroppedWithAWarning() {
        EnterpriseProfile p = N.normalize(
                new ProfileInput(null, "北京青禾软件有限公司", null, null, null, null, null, null, null, null, -5, -1.0, 1066));
        assertNull(p.employees());
        assertNull(p.annualRevenue());
        assertNull(p.foundedYear());
        assertEquals(3, p.warnings().stream().filter(w -> w.contains("dropped")).count());
    }
}
