package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.Optional;

/** One hard rule deciding whether an enterprise may apply for a support area. */
public interface EligibilityRule {

    /** The outcome, or empty when the rule has nothing to say about this pair (e.g. the area names no applicant type). */
    Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options);
}
