package io.fundmatch.match;

/** ELIGIBLE: every hard rule passes; CHECK: a condition the data cannot decide; INELIGIBLE: a hard rule fails. */
public enum EligibilityStatus {
    ELIGIBLE,
    CHECK,
    INELIGIBLE
}
