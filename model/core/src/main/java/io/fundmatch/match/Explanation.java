package io.fundmatch.match;

import java.util.List;

/**
 * Why a match was made, in terms a company manager understands.
 *
 * @param summary      one sentence
 * @param matchedTerms terms shared by the profile and the area, most telling first
 * @param evidence     one or two sentences quoted verbatim from the area's text
 * @param facts        the sector, qualification and eligibility facts that counted
 * @param rankFactors  the facts that moved the rank, most telling first (meaning, specific words, sector,
 *                     qualification, district, deadline, legal personality)
 */
public record Explanation(
        String summary,
        List<String> matchedTerms,
        List<String> evidence,
        List<String> facts,
        List<String> rankFactors) {
    public Explanation {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        facts = facts == null ? List.of() : List.copyOf(facts);
        rankFactors = rankFactors == null ? List.of() : List.copyOf(rankFactors);
    }

    public Explanation(String summary, List<String> matchedTerms, List<String> evidence, List<String> facts) {
        this(summary, matchedTerms, evidence, facts, List.of());
    }

    public Explanation(String summary, List<String> matchedTerms, List<String> evidence) {
        this(summary, matchedTerms, evidence, List.of(), List.of());
    }
}
