package io.fundmatch.service.api;

import io.fundmatch.profile.ProfileInput;

/**
 * Body of {@code POST /api/v1/recommendations}.
 *
 * @param profile           the enterprise as the user describes it (name required; Chinese)
 * @param top               how many opportunities, 1–100, default 10
 * @param includeIneligible also list opportunities a hard rule excludes (after the others)
 */
public record RecommendationRequest(ProfileInput profile, Integer top, Boolean includeIneligible) {}
