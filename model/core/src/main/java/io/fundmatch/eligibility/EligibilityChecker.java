package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies every eligibility rule to one enterprise and one area. The status is the worst of the rules'
 * (INELIGIBLE over CHECK over ELIGIBLE); reasons list the failing rules first, then the open checks, then
 * the facts that made the pair eligible. Stateless and thread-safe.
 */
public final class EligibilityChecker {

    private final List<EligibilityRule> rules;

    public EligibilityChecker(List<EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Jurisdiction, applicant type, legal personality, qualifications, superseded drafts and application window. */
    public static EligibilityChecker standard() {
        return new EligibilityChecker(List.of(
                new JurisdictionRule(),
                new ApplicantTypeRule(),
                new LegalPersonalityRule(),
                new QualificationRule(),
                new SupersededRule(),
                new ApplicationWindowRule()));
    }

    public Eligibility check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        List<String> ineligible = new ArrayList<>();
        List<String> check = new ArrayList<>();
        List<String> eligible = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            Optional<RuleOutcome> outcome = rule.check(enterprise, area, options);
            if (outcome.isEmpty()) continue;
            RuleOutcome o = outcome.get();
            switch (o.status()) {
                case INELIGIBLE -> ineligible.add(o.reason());
                case CHECK -> check.add(o.reason());
                case ELIGIBLE -> eligible.add(o.reason());
            }
        }
        EligibilityStatus status = !ineligible.isEmpty()
                ? EligibilityStatus.INELIGIBLE
                : !check.isEmpty() ? EligibilityStatus.CHECK : EligibilityStatus.ELIGIBLE;
        List<String> reasons = new ArrayList<>(ineligible);
        reasons.addAll(check);
        reasons.addAll(eligible);
        return new Eligibility(status, reasons);
    }
}
