package io.fundmatch.eligibility;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityCheckerTest {

    private final EligibilityChecker checker = EligibilityChecker.standard();
    private final MatchOptions options = new MatchOptions(10, false, false, TODAY);
    private final SupportArea xichengHealth = area("a", XICHENG_CALL, "推进智慧医疗建设", "推进智慧医院建设。");

    @Test
    void aXichengCallIsIneligibleForAHaidianCompanyWithTheReasonInChinese() {
        Eligibility e = checker.check(profile("p", HAIDIAN, EntityType.ENTERPRISE, "医疗软件"), xichengHealth, options);
        assertEquals(EligibilityStatus.INELIGIBLE, e.status());
        assertTrue(e.reasons().get(0).contains("北京市西城区") && e.reasons().get(0).contains("海淀区"), e.reasons()::toString);
    }

    @Test
    void aXichengCallIsOpenToAXichengCompanyWithADeadlineAhead() {
        Eligibility e = checker.check(profile("p", XICHENG, EntityType.ENTERPRISE, "医疗软件"), xichengHealth, options);
        assertEquals(EligibilityStatus.ELIGIBLE, e.status(), e.reasons()::toString);
    }

    @Test
    void unknownDistrictGivesCheckNamingTheMissingFact() {
        EnterpriseProfile beijingOnly = profile("p", Region.of("北京市", "北京市", null), EntityType.ENTERPRISE, "医疗");
        Eligibility e = checker.check(beijingOnly, xichengHealth, options);
        assertEquals(EligibilityStatus.CHECK, e.status());
        assertTrue(e.reasons().get(0).contains("所在区县"), e.reasons()::toString);
        Eligibility unknown =
                checker.check(profile("q", Region.NATIONAL, EntityType.ENTERPRISE, "医疗"), xichengHealth, options);
        assertEquals(EligibilityStatus.CHECK, unknown.status());
    }

    @Test
    void aNationalDocumentIsOpenToEveryRegion() {
        SupportArea national = area("n", NATIONAL_CALL, "数字化改造", "支持中小企业上云。");
        assertEquals(
                EligibilityStatus.ELIGIBLE,
                checker.check(profile("p", SHUIMOGOU, EntityType.ENTERPRISE, "软件"), national, options)
                        .status());
    }

    @Test
    void namedApplicantTypesExcludeOthersAndHospitalsAreAskedToCheck() {
        SupportArea forSocialOrgs =
                withApplicants(xichengHealth, EntityType.SOCIAL_ORGANIZATION, EntityType.PUBLIC_INSTITUTION);
        assertEquals(
                EligibilityStatus.INELIGIBLE,
                checker.check(profile("p", XICHENG, EntityType.ENTERPRISE, "医疗"), forSocialOrgs, options)
                        .status());
        assertEquals(
                EligibilityStatus.CHECK,
                checker.check(profile("h", XICHENG, EntityType.MEDICAL_INSTITUTION, "医院"), forSocialOrgs, options)
                        .status());
        assertEquals(
                EligibilityStatus.ELIGIBLE,
                checker.check(profile("s", XICHENG, EntityType.SOCIAL_ORGANIZATION, "社区"), forSocialOrgs, options)
                        .status());
    }

    @Test
    void aRequiredQualificationNotStatedGivesCheckAndAHeldOneIsNamed() {
        SupportArea needsHighTech =
                withQualification(xichengHealth, Qualifications.HIGH_TECH, QualificationRequirement.Mode.REQUIRED);
        Eligibility missing = checker.check(profile("p", XICHENG, EntityType.ENTERPRISE, "医疗"), needsHighTech, options);
        assertEquals(EligibilityStatus.CHECK, missing.status());
        assertTrue(missing.reasons().get(0).contains(Qualifications.HIGH_TECH));
        Eligibility held =
                checker.check(profile("q", XICHENG, EntityType.ENTERPRISE, "医疗", "高新技术企业"), needsHighTech, options);
        assertEquals(EligibilityStatus.ELIGIBLE, held.status(), held.reasons()::toString);
    }

    @Test
    void holdingOneOfTheAlternativeQualificationsIsEnough() {
        SupportArea either = withQualification(
                withQualification(xichengHealth, Qualifications.HIGH_TECH, QualificationRequirement.Mode.ONE_OF),
                Qualifications.TECH_SME,
                QualificationRequirement.Mode.ONE_OF);
        Eligibility techSme =
                checker.check(profile("t", XICHENG, EntityType.ENTERPRISE, "医疗", "科技型中小企业"), either, options);
        assertEquals(EligibilityStatus.ELIGIBLE, techSme.status(), techSme.reasons()::toString);
        assertTrue(
                techSme.reasons().stream().anyMatch(r -> r.contains("已具备申报要求的" + Qualifications.TECH_SME)),
                techSme.reasons()::toString);
        Eligibility neither = checker.check(profile("n", XICHENG, EntityType.ENTERPRISE, "医疗"), either, options);
        assertEquals(EligibilityStatus.CHECK, neither.status());
        assertTrue(
                neither.reasons().get(0).contains(Qualifications.HIGH_TECH + "或" + Qualifications.TECH_SME),
                neither.reasons()::toString);
    }

    @Test
    void aCultivatingAreaTellsAHolderItTargetsNonHolders() {
        SupportArea cultivate =
                withQualification(xichengHealth, Qualifications.HIGH_TECH, QualificationRequirement.Mode.CULTIVATE);
        EnterpriseProfile holder = profile("q", XICHENG, EntityType.ENTERPRISE, "医疗", "国家高新技术企业");
        assertTrue(QualificationRule.holdsCultivated(holder, cultivate));
        assertTrue(String.join("", checker.check(holder, cultivate, options).reasons())
                .contains("培育"));
    }

    @Test
    void supersededDraftsAndClosedWindowsAreExcludedByDefault() {
        EnterpriseProfile p = profile("p", HAIDIAN, EntityType.ENTERPRISE, "人工智能");
        SupportArea draft = area("d", HAIDIAN_DRAFT, "人工智能产业", "发展人工智能。");
        assertEquals(
                EligibilityStatus.INELIGIBLE, checker.check(p, draft, options).status());
        assertEquals(
                EligibilityStatus.CHECK,
                checker.check(p, draft, new MatchOptions(10, false, true, TODAY))
                        .status());
        SupportArea closed = withDeadline(xichengHealth, LocalDate.of(2025, 12, 31));
        Eligibility e = checker.check(profile("x", XICHENG, EntityType.ENTERPRISE, "医疗"), closed, options);
        assertEquals(EligibilityStatus.INELIGIBLE, e.status());
        assertTrue(e.reasons().get(0).contains("2025-12-31"));
    }

    @Test
    void aCallWithoutDeadlineAsksToConfirmTheWindow() {
        SupportArea open = withDeadline(xichengHealth, null);
        Eligibility e = checker.check(profile("x", XICHENG, EntityType.ENTERPRISE, "医疗"), open, options);
        assertEquals(EligibilityStatus.CHECK, e.status());
        assertTrue(e.reasons().get(0).contains("截止日期"));
    }
}
