package io.fundmatch.towers;

import io.fundmatch.profile.EnterpriseProfile;

/** A graded judgment of a labelled profile against an area: 2 = should apply, 1 = related, 0 = not. */
public record Judgment(EnterpriseProfile profile, String areaId, int grade) {}
