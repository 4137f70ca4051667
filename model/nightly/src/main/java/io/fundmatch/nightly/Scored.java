package io.fundmatch.nightly;

import java.io.Serializable;

/**
 * One kept pair, as the scoring tasks emit it: either a final top-K entry of an enterprise (with its rank and
 * the opportunity as the API shows it), or a candidate for an area's top-N (merged across tasks later).
 *
 * @param tower for an area candidate of the learned ranker that weighs the towers: the pair's tower score, which the
 *              officers' ordering reads ({@link OfficerLists}); NaN otherwise
 */
public record Scored(
        boolean forEnterprise,
        String enterpriseId,
        String enterpriseName,
        int area,
        int rank,
        float score,
        String status,
        String opportunityJson,
        float tower)
        implements Serializable {}
