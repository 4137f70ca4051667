package io.fundmatch.eligibility;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.ApplicantRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInference;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.LegalPersonality;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalPersonalityRuleTest {

    private final EligibilityChecker checker = EligibilityChecker.standard();
    private final MatchOptions options = new MatchOptions(10, false, false, TODAY);
    private final SupportArea fintech = area("f", XICHENG_CALL, "推进金融科技引领", "支持大数据、区块链在支付结算中的应用。");

    @Test
    void aBankBranchCannotApplyWhereTheCallAsksForIndependentLegalPersonality() {
        Eligibility e = checker.check(
                named("华信联合银行股份有限公司北京金融街支行"), withRequirements(fintech, ApplicantRequirement.LEGAL_PERSON), options);
        assertEquals(EligibilityStatus.INELIGIBLE, e.status());
        assertTrue(e.reasons().get(0).contains("独立法人资格"), e.reasons()::toString);
    }

    @Test
    void aRepresentativeOfficeCannotApplyWhereTheCallAsksForRegistrationInTheDistrict() {
        Eligibility e = checker.check(
                named("诺德兰精密仪器公司北京代表处"), withRequirements(fintech, ApplicantRequirement.LOCAL_REGISTRATION), options);
        assertEquals(EligibilityStatus.INELIGIBLE, e.status());
        assertTrue(e.reasons().get(0).contains("北京市西城区注册登记"), e.reasons()::toString);
    }

    @Test
    void aBranchIsCheckAtBestWhereTheCallStatesNoSuchCondition() {
        EnterpriseProfile branch = named("星桥信息技术有限公司北京软件开发分公司");
        assertEquals(LegalPersonality.BRANCH, branch.legalPersonality());
        Eligibility e = checker.check(branch, fintech, options);
        assertEquals(EligibilityStatus.CHECK, e.status());
        assertTrue(e.reasons().get(0).contains("分支机构"), e.reasons()::toString);
        // the same business as its own company is eligible
        assertEquals(
                EligibilityStatus.ELIGIBLE,
                checker.check(named("北京星桥软件开发有限公司"), fintech, options).status());
    }

    @Test
    void anIndependentCompanyMeetsTheLegalPersonalityConditionAndIsToldSo() {
        Eligibility e = checker.check(
                named("北京星桥软件开发有限公司"), withRequirements(fintech, ApplicantRequirement.LEGAL_PERSON), options);
        assertEquals(EligibilityStatus.ELIGIBLE, e.status());
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("独立法人")), e.reasons()::toString);
    }

    private static EnterpriseProfile named(String name) {
        return new EnterpriseProfile(
                name,
                name,
                null,
                XICHENG,
                null,
                EntityType.ENTERPRISE,
                null,
                List.of(),
                "金融信息服务",
                null,
                null,
                null,
                null,
                new ProfileInference("given", 1, "name", 0.9, "inferred", List.of()),
                List.of());
    }
}
