package io.fundmatch.match;

import java.time.LocalDate;

/**
 * @param top                how many results, at least 1
 * @param includeIneligible  also return INELIGIBLE results (ranked after the others)
 * @param includeSuperseded  also consider areas of superseded drafts
 * @param today              the date against which application windows are judged
 */
public record MatchOptions(int top, boolean includeIneligible, boolean includeSuperseded, LocalDate today) {

    public static MatchOptions top(int top) {
        return new MatchOptions(top, false, false, LocalDate.now());
    }

    public MatchOptions withIncludeIneligible(boolean include) {
        return new MatchOptions(top, include, includeSuperseded, today);
    }
}
