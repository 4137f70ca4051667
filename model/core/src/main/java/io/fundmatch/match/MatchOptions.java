package io.fundmatch.match;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * @param top                how many results, at least 1
 * @param includeIneligible  also return INELIGIBLE results (ranked after the others)
 * @param includeSuperseded  also consider areas of superseded drafts
 * @param today              the date against which application windows are judged
 */
public record MatchOptions(int top, boolean includeIneligible, boolean includeSuperseded, LocalDate today) {

    public static MatchOptions top(int top) {
        return new MatchOptions(top, false, false, currentDate());
    }

    public MatchOptions withIncludeIneligible(boolean include) {
        return new MatchOptions(top, include, includeSuperseded, today);
    }

    /** Deadlines in funding calls are dates in China Standard Time, whatever zone the server runs in. */
    public static final ZoneId CALL_CALENDAR = ZoneId.of("Asia/Shanghai");

    /** Today's date in the calls' calendar: the default for {@link #today()}. */
    public static LocalDate currentDate() {
        return LocalDate.now(CALL_CALENDAR);
    }
}
