package io.fundmatch.profile;

import java.util.List;

/**
 * How the normalised fields were obtained.
 *
 * @param regionSource         "given", "address", "creditCode", "name" or "unknown"
 * @param regionConfidence     in [0, 1]
 * @param entityTypeSource     "given", "registryType" (a legal form such as 有限责任公司), "name", "creditCode"
 *                             (its registration-category digits) or "default"
 * @param entityTypeConfidence in [0, 1]
 * @param industrySource       "given", "inferred" or "unknown"
 * @param industryCandidates   the most likely GB/T 4754 codes, best first (the given code alone when given;
 *                             inferred candidates are 大类 such as "I65")
 */
public record ProfileInference(
        String regionSource,
        double regionConfidence,
        String entityTypeSource,
        double entityTypeConfidence,
        String industrySource,
        List<SectorGuess> industryCandidates) {

    public ProfileInference {
        industryCandidates = industryCandidates == null ? List.of() : List.copyOf(industryCandidates);
    }
}
