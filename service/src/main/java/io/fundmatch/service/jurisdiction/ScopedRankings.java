package io.fundmatch.service.jurisdiction;

import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.service.engine.Matching;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An area's ranked registry enterprises as one officer may see them: only those inside the officer's
 * jurisdiction, ranked 1..n among themselves. The shared ranking is asked for a deeper list until the
 * jurisdiction's top n are found or the registry is exhausted, so a district officer gets a full page too.
 */
@Component
public class ScopedRankings {

    private static final int DEEPEN = 4;

    private final Matching matching;

    public ScopedRankings(Matching matching) {
        this.matching = matching;
    }

    public List<EnterpriseMatch> enterprisesFor(String areaId, MatchOptions options, Jurisdiction jurisdiction) {
        if (jurisdiction.all()) return matching.enterprisesFor(areaId, options);
        if (jurisdiction.regions().isEmpty()) return List.of();
        int wanted = Math.max(1, options.top());
        long total = Math.max(1, matching.enterpriseCount());
        long ask = Math.min(total, (long) wanted * DEEPEN);
        while (true) {
            List<EnterpriseMatch> ranked = matching.enterprisesFor(
                    areaId,
                    new MatchOptions(
                            (int) ask, options.includeIneligible(), options.includeSuperseded(), options.today()));
            List<EnterpriseMatch> inside = new ArrayList<>();
            for (EnterpriseMatch m : ranked) {
                if (!jurisdiction.covers(m.enterprise())) continue;
                inside.add(new EnterpriseMatch(
                        inside.size() + 1, m.enterprise(), m.score(), m.eligibility(), m.explanation()));
                if (inside.size() == wanted) return inside;
            }
            if (ranked.size() < ask || ask >= total) return inside;
            ask = Math.min(total, ask * DEEPEN);
        }
    }
}
