package io.fundmatch.match;

import java.util.List;

/** The outcome of the hard eligibility rules for one enterprise and one area, with a reason per rule that counted. */
public record Eligibility(EligibilityStatus status, List<String> reasons) {
    public Eligibility {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
