package io.fundmatch.service.api;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.RecommendationView;
import java.time.LocalDate;
import java.util.List;

/** One catalogue row: an area without its full text. */
public record AreaSummary(
        String areaId,
        String title,
        List<String> path,
        RecommendationView.DocumentView document,
        LocalDate deadline,
        String supportAmount,
        List<String> keyTerms,
        boolean superseded,
        String kind,
        String kindLabel) {

    public static AreaSummary of(SupportArea a) {
        List<String> terms = a.keyTerms().size() > 8 ? a.keyTerms().subList(0, 8) : a.keyTerms();
        return new AreaSummary(
                a.id(),
                a.title(),
                a.path(),
                RecommendationView.document(a.document()),
                a.deadline(),
                a.supportAmount(),
                terms,
                a.superseded(),
                a.kind() == null ? null : a.kind().name(),
                a.kind() == null ? null : a.kind().label());
    }
}
