package io.fundmatch.eligibility;

import io.fundmatch.match.EligibilityStatus;

/** What one eligibility rule concluded, with the reason in words a company manager understands. */
public record RuleOutcome(EligibilityStatus status, String reason) {

    public static RuleOutcome eligible(String reason) {
        return new RuleOutcome(EligibilityStatus.ELIGIBLE, reason);
    }

    public static RuleOutcome check(String reason) {
        return new RuleOutcome(EligibilityStatus.CHECK, reason);
    }

    public static RuleOutcome ineligible(String reason) {
        return new RuleOutcome(EligibilityStatus.INELIGIBLE, reason);
    }
}
