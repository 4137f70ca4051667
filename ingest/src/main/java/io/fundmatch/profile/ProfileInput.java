package io.fundmatch.profile;

import io.fundmatch.reference.Region;
import java.util.List;

/**
 * A profile as a user or an import gives it: every field optional but {@code name}. Field names are
 * the API's and fixed. Region may be given in part or in short forms ("西城"); {@code address} is free text.
 */
public record ProfileInput(
        String id,
        String name,
        String creditCode,
        Region region,
        String address,
        String entityType,
        String industryCode,
        List<String> qualifications,
        String specialization,
        String businessScope,
        Integer employees,
        Double annualRevenue,
        Integer foundedYear) {

    public ProfileInput {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }
}
