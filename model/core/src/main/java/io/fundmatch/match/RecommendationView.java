package io.fundmatch.match;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * The one JSON shape of a recommendation answer, shared by {@code bin/fundmatch recommend} and the service:
 * {@code {"profile", "opportunities": [{"rank","areaId","title","path","document","score","eligibility",
 * "explanation","deadline","supportAmount"}], "modelVersion"}}, and its officer's-view twin for one area.
 */
public final class RecommendationView {

    private RecommendationView() {}

    public record Answer(EnterpriseProfile profile, List<OpportunityView> opportunities, String modelVersion) {}

    public record OpportunityView(
            int rank,
            String areaId,
            String title,
            List<String> path,
            DocumentView document,
            double score,
            Eligibility eligibility,
            Explanation explanation,
            LocalDate deadline,
            String supportAmount) {}

    public record DocumentView(
            String id, String title, String source, String type, RegionView region, Integer year, boolean draft) {}

    public record RegionView(String province, String city, String district) {}

    public record AreaAnswer(AreaView area, List<EnterpriseView> enterprises, String modelVersion) {}

    public record AreaView(
            String areaId,
            String title,
            List<String> path,
            DocumentView document,
            LocalDate deadline,
            String supportAmount) {}

    public record EnterpriseView(
            int rank, EnterpriseProfile enterprise, double score, Eligibility eligibility, Explanation explanation) {}

    public static Answer of(EnterpriseProfile profile, List<Opportunity> opportunities, String modelVersion) {
        return new Answer(
                profile, opportunities.stream().map(RecommendationView::view).toList(), modelVersion);
    }

    public static AreaAnswer of(SupportArea area, List<EnterpriseMatch> matches, String modelVersion) {
        AreaView a = new AreaView(
                area.id(), area.title(), area.path(), document(area.document()), area.deadline(), area.supportAmount());
        return new AreaAnswer(
                a,
                matches.stream()
                        .map(m -> new EnterpriseView(
                                m.rank(), m.enterprise(), m.score(), m.eligibility(), m.explanation()))
                        .toList(),
                modelVersion);
    }

    public static OpportunityView view(Opportunity o) {
        SupportArea a = o.area();
        return new OpportunityView(
                o.rank(),
                a.id(),
                a.title(),
                a.path(),
                document(a.document()),
                o.score(),
                o.eligibility(),
                o.explanation(),
                a.deadline(),
                a.supportAmount());
    }

    public static DocumentView document(GuideDocument d) {
        if (d == null) return null;
        Region r = d.region() == null ? Region.NATIONAL : d.region();
        return new DocumentView(
                d.id(),
                d.title(),
                d.source(),
                d.type() == null ? null : d.type().name(),
                new RegionView(r.province(), r.city(), r.district()),
                d.year(),
                d.draft());
    }
}
