package io.fundmatch.match;

import io.fundmatch.profile.EnterpriseProfile;

/** One ranked enterprise for a support area (the officer's view). Rank starts at 1. */
public record EnterpriseMatch(
        int rank, EnterpriseProfile enterprise, double score, Eligibility eligibility, Explanation explanation) {}
