package io.fundmatch.nightly;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.explain.Explainer;
import io.fundmatch.json.Json;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.Explanation;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.RecommendationView;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;
import java.io.UncheckedIOException;

/**
 * One kept opportunity as the API shows it ({@link RecommendationView.OpportunityView} as JSON), explained
 * with the same {@link Explainer} the service uses. Without explanations (a faster run) the explanation is
 * null and the service explains on display. One instance per task; area term bags are built once per JVM.
 */
final class OpportunityRows {

    private final AreaIndex areas;
    private final boolean explain;
    private final Explainer explainer = new Explainer();
    private String lastProfile;
    private TermBag lastBag;

    OpportunityRows(AreaIndex areas, boolean explain) {
        this.areas = areas;
        this.explain = explain;
    }

    String json(EnterpriseProfile profile, int a, int rank, float score, Eligibility eligibility) {
        SupportArea area = areas.area(a);
        Explanation why = null;
        if (explain) {
            why = explainer.explain(profile, profileBag(profile), area, areas.bag(a), areas.termIndex(), eligibility);
        }
        Opportunity o = new Opportunity(rank, area, score, eligibility, why);
        try {
            return Json.mapper().writeValueAsString(RecommendationView.view(o));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TermBag profileBag(EnterpriseProfile p) {
        if (!p.id().equals(lastProfile)) {
            lastProfile = p.id();
            lastBag = MatchText.bag(p);
        }
        return lastBag;
    }
}
