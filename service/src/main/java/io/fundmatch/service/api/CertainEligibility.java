package io.fundmatch.service.api;

import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.EnterpriseMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The officer's list limited to enterprises whose eligibility is certain (ELIGIBLE), ranked 1..n among
 * themselves. The list puts every ELIGIBLE enterprise before any CHECK one, so the ELIGIBLE part of a top-n list
 * is the top n of the certain ones.
 */
final class CertainEligibility {

    private CertainEligibility() {}

    static List<EnterpriseMatch> only(List<EnterpriseMatch> ranked) {
        List<EnterpriseMatch> out = new ArrayList<>();
        for (EnterpriseMatch m : ranked) {
            if (m.eligibility().status() != EligibilityStatus.ELIGIBLE) continue;
            out.add(new EnterpriseMatch(out.size() + 1, m.enterprise(), m.score(), m.eligibility(), m.explanation()));
        }
        return out;
    }
}
