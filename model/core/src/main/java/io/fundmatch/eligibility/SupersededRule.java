package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.Optional;

/** A draft replaced by its final version is not applied to: excluded unless the caller asks to include superseded areas. */
public final class SupersededRule implements EligibilityRule {

    @Override
    public Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        boolean replaced =
                area.superseded() || (area.document() != null && area.document().supersededBy() != null);
        if (!replaced) return Optional.empty();
        String what = area.document() != null && area.document().draft() ? "征求意见稿" : "文件";
        if (options.includeSuperseded()) {
            return Optional.of(RuleOutcome.check("该" + what + "已被正式版本取代，请以正式版本为准"));
        }
        return Optional.of(RuleOutcome.ineligible("该" + what + "已被正式版本取代"));
    }
}
