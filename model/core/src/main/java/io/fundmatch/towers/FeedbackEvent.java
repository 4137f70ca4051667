package io.fundmatch.towers;

import io.fundmatch.profile.EnterpriseProfile;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One feedback event the service records: an enterprise (by id, or its whole profile) did something
 * with an area. APPLIED and AWARDED make the pair a positive, NOT_RELEVANT a negative, SAVED a weak positive.
 */
public record FeedbackEvent(String enterpriseId, EnterpriseProfile profile, String areaId, String kind, Instant time) {

    public enum Kind {
        APPLIED(1f),
        AWARDED(1f),
        SAVED(0.3f),
        NOT_RELEVANT(-1f);

        private final float weight;

        Kind(float weight) {
            this.weight = weight;
        }

        /** Positive weight for positives, -1 for a negative. */
        public float weight() {
            return weight;
        }
    }

    public Optional<Kind> parsedKind() {
        if (kind == null) return Optional.empty();
        try {
            return Optional.of(
                    Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The enterprise's key: its id, else the id of the embedded profile. */
    public String enterpriseKey() {
        if (enterpriseId != null && !enterpriseId.isBlank()) return enterpriseId;
        return profile == null ? null : profile.id();
    }
}
