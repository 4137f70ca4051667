package io.fundmatch.profile;

import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.LegalPersonalities;
import io.fundmatch.reference.LegalPersonality;
import io.fundmatch.reference.Region;
import java.util.List;

/**
 * A normalised enterprise profile: what the model, the service and the nightly job read.
 *
 * @param id             given id, else the credit code, else a stable id from name and region
 * @param region         resolved to province / city / district as far as known (never null; national when unknown)
 * @param entityType     given or inferred from the name
 * @param industryCode   given or the best inferred GB/T 4754-2017 code, or null
 * @param qualifications canonical names of known qualifications, unknown ones as given
 * @param inference      where region, entity type and sector came from, with confidence
 * @param warnings       problems found that did not block the profile (e.g. an invalid credit code)
 * @param legalPersonality independent legal person, branch / representative office, or unknown (from the name and
 *                       the registry's 企业类型); read from the name when not given
 */
public record EnterpriseProfile(
        String id,
        String name,
        String creditCode,
        Region region,
        String address,
        EntityType entityType,
        String industryCode,
        List<String> qualifications,
        String specialization,
        String businessScope,
        Integer employees,
        Double annualRevenue,
        Integer foundedYear,
        ProfileInference inference,
        List<String> warnings,
        LegalPersonality legalPersonality) {

    public EnterpriseProfile {
        region = region == null ? Region.NATIONAL : region;
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        legalPersonality = legalPersonality == null ? LegalPersonalities.fromName(name) : legalPersonality;
    }

    /** A profile whose legal personality is read from its name. */
    public EnterpriseProfile(
            String id,
            String name,
            String creditCode,
            Region region,
            String address,
            EntityType entityType,
            String industryCode,
            List<String> qualifications,
            String specialization,
            String businessScope,
            Integer employees,
            Double annualRevenue,
            Integer foundedYear,
            ProfileInference inference,
            List<String> warnings) {
        this(
                id,
                name,
                creditCode,
                region,
                address,
                entityType,
                industryCode,
                qualifications,
                specialization,
                businessScope,
                employees,
                annualRevenue,
                foundedYear,
                inference,
                warnings,
                null);
    }
}
