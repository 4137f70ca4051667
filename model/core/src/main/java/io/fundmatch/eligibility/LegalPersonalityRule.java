package io.fundmatch.eligibility;

import io.fundmatch.catalogue.ApplicantRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.LegalPersonality;
import io.fundmatch.reference.Region;
import java.util.Optional;

/**
 * Branches and representative offices (no independent legal personality) cannot apply where the call asks for
 * 独立法人资格 or for registration in its region (the registered legal person is the head office); elsewhere they are
 * CHECK at best, since most calls are for legal persons and the head office usually applies. An independent legal
 * person meeting a stated 独立法人资格 condition is told so; an unknown one is left to the other rules.
 */
public final class LegalPersonalityRule implements EligibilityRule {

    @Override
    public Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        LegalPersonality lp = enterprise.legalPersonality();
        boolean legalPerson = area.requirements().contains(ApplicantRequirement.LEGAL_PERSON);
        boolean local = area.requirements().contains(ApplicantRequirement.LOCAL_REGISTRATION);
        if (lp == LegalPersonality.BRANCH) {
            if (legalPerson) {
                return Optional.of(RuleOutcome.ineligible("申报单位须具有独立法人资格，贵单位为分支机构或代表机构，不具有独立法人资格（可由总部申报）"));
            }
            if (local) {
                return Optional.of(
                        RuleOutcome.ineligible("申报单位须在" + where(area) + "注册登记，贵单位为分支机构或代表机构，不是在当地注册的独立法人（可由总部申报）"));
            }
            return Optional.of(RuleOutcome.check("贵单位为分支机构或代表机构，不具有独立法人资格，请核实本方向是否接受非法人单位申报（通常由总部申报）"));
        }
        if (lp == LegalPersonality.INDEPENDENT && legalPerson) {
            return Optional.of(RuleOutcome.eligible("本方向要求独立法人资格，贵单位为独立法人"));
        }
        return Optional.empty();
    }

    private static String where(SupportArea area) {
        Region r = area.document() == null ? null : area.document().region();
        return r == null || r.isNational() ? "当地" : r.displayName();
    }
}
