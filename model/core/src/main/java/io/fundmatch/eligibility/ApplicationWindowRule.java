package io.fundmatch.eligibility;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A call whose deadline has passed is closed, and so is a measure past its stated validity (有效期至). A call that states no deadline gives CHECK (the window must be
 * confirmed with the programme office); a plan has no application window and says so.
 */
public final class ApplicationWindowRule implements EligibilityRule {

    @Override
    public Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        LocalDate today = options.today() == null ? MatchOptions.currentDate() : options.today();
        if (area.document() != null && area.document().expiredOn(today)) {
            return Optional.of(
                    RuleOutcome.ineligible("政策有效期已于" + area.document().validTo() + "届满"));
        }
        if (area.deadline() != null) {
            if (area.deadline().isBefore(today)) {
                return Optional.of(RuleOutcome.ineligible("申报已于" + area.deadline() + "截止"));
            }
            return Optional.of(RuleOutcome.eligible("申报截止日期为" + area.deadline()));
        }
        boolean plan = area.document() != null && area.document().type() == DocumentType.PLAN;
        if (plan) {
            return Optional.of(RuleOutcome.eligible("规划文件不设申报期，可关注据此发布的申报指南"));
        }
        Integer year = area.document() == null ? null : area.document().year();
        String window =
                area.applicationWindow() != null && !area.applicationWindow().isBlank()
                        ? "申报时间为" + area.applicationWindow() + "，"
                        : "指南未写明截止日期，";
        String yearNote = year != null && year < today.getYear() ? "（" + year + "年度指南，可能已结束）" : "";
        return Optional.of(RuleOutcome.check(window + "请向主管部门确认申报时间" + yearNote));
    }
}
