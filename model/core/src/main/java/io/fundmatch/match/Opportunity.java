package io.fundmatch.match;

import io.fundmatch.catalogue.SupportArea;

/** One ranked support area for an enterprise. Rank starts at 1. */
public record Opportunity(int rank, SupportArea area, double score, Eligibility eligibility, Explanation explanation) {}
