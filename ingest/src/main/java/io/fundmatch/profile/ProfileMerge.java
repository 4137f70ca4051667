package io.fundmatch.profile;

import io.fundmatch.reference.LegalPersonality;
import io.fundmatch.reference.Region;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Two profiles of the same enterprise (from two rows or two files) made one. */
final class ProfileMerge {

    private ProfileMerge() {}

    /**
     * Merges a later profile of the same enterprise into an earlier one: the earlier values stand, gaps are
     * filled from the later one, a more specific region inside the earlier one is taken, lists are joined.
     */
    static EnterpriseProfile merge(EnterpriseProfile a, EnterpriseProfile b) {
        Set<String> qualifications = new LinkedHashSet<>(a.qualifications());
        qualifications.addAll(b.qualifications());
        Set<String> warnings = new LinkedHashSet<>(a.warnings());
        warnings.addAll(b.warnings());
        Region region = a.region().isNational()
                        || b.region().level().ordinal() > a.region().level().ordinal()
                                && a.region().covers(b.region())
                ? b.region()
                : a.region();
        boolean industryFromB = a.industryCode() == null && b.industryCode() != null
                || "inferred".equals(a.inference().industrySource())
                        && "given".equals(b.inference().industrySource());
        ProfileInference inference = new ProfileInference(
                region == a.region()
                        ? a.inference().regionSource()
                        : b.inference().regionSource(),
                region == a.region()
                        ? a.inference().regionConfidence()
                        : b.inference().regionConfidence(),
                a.inference().entityTypeSource(),
                a.inference().entityTypeConfidence(),
                industryFromB ? b.inference().industrySource() : a.inference().industrySource(),
                industryFromB
                        ? b.inference().industryCandidates()
                        : a.inference().industryCandidates());
        return new EnterpriseProfile(
                a.id(),
                a.name(),
                or(a.creditCode(), b.creditCode()),
                region,
                or(a.address(), b.address()),
                a.entityType(),
                industryFromB ? b.industryCode() : a.industryCode(),
                List.copyOf(qualifications),
                or(a.specialization(), b.specialization()),
                or(a.businessScope(), b.businessScope()),
                or(a.employees(), b.employees()),
                or(a.annualRevenue(), b.annualRevenue()),
                or(a.foundedYear(), b.foundedYear()),
                inference,
                List.copyOf(warnings),
                a.legalPersonality() == LegalPersonality.UNKNOWN ? b.legalPersonality() : a.legalPersonality());
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
