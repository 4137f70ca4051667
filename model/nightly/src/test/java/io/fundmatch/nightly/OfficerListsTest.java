package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.EligibilityChecker;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.LinearRanker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job's officer lists (the first stage's candidates of an area, ordered by {@link OfficerLists}) against
 * the service's {@link MatchingRecommender#enterprisesFor} with the same learned ranker: on a registry of one district,
 * where an area's list holds every enterprise of its jurisdiction, both give the same enterprises in the same order.
 */
class OfficerListsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final int N = 15;
    static final int ALL = 40;

    @TempDir
    Path tmp;

    @Test
    void learnedOfficerListsAreTheServicesOnARegistryOfOneDistrict() throws IOException {
        SyntheticData data = new SyntheticData(Distributions.load(), 11, 1, DAY);
        Path reg = tmp.resolve("registry.jsonl");
        Path cat = tmp.resolve("catalogue.jsonl");
        data.writeRegistry(reg, ALL);
        data.writeCatalogue(cat, 30);
        List<SupportArea> areas = NightlyRankingTest.areasInForce(cat, DAY);
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (String l : Files.readAllLines(reg)) profiles.add(Json.mapper().readValue(l, EnterpriseProfile.class));

        EncoderEmbedder encoder = Recommenders.encoder(null);
        AreaIndex index = NightlyRankingTest.index(areas, encoder);
        NightlyRanking ranking = NightlyRanking.configured(null);
        MatchOptions options = new MatchOptions(N, false, false, DAY);
        // lists of N + M that hold every enterprise, N = ALL: the job's candidates are the area's whole jurisdiction
        BlockScorer scorer =
                new BlockScorer(index, 5, profiles.size(), options, new OpportunityRows(index, false), ranking);
        Map<String, String> json = new HashMap<>();
        for (EnterpriseProfile p : profiles) {
            String j = Json.mapper().writeValueAsString(p);
            json.put(p.id(), j);
            scorer.score(
                    new EnterpriseRow(
                            p.id(),
                            j,
                            NightlyJob.hash(j),
                            JurisdictionKeys.ofEnterprise(p.region()),
                            EncoderVectors.embed(p),
                            true),
                    true);
        }
        Map<Integer, List<AreaLists.Candidate>> fresh = new HashMap<>();
        for (Scored s : scorer.areaCandidates()) {
            fresh.computeIfAbsent(s.area(), a -> new ArrayList<>()).add(AreaLists.fresh(s));
        }
        Map<Integer, List<AreaLists.Candidate>> lists = new HashMap<>();
        fresh.forEach((a, c) -> lists.put(a, AreaLists.rank(c, profiles.size() + 5)));

        MatchingRecommender service = Recommenders.learned(LinearRanker.shipped(), encoder);
        service.setAreas(areas);
        service.setEnterprises(profiles);
        EligibilityChecker checker = EligibilityChecker.standard();
        int compared = 0;
        int reordered = 0;
        for (Map.Entry<Integer, List<AreaLists.Candidate>> e : lists.entrySet()) {
            SupportArea area = index.area(e.getKey());
            // the service reads its signals over every enterprise of the jurisdiction, the job over its list, which
            // holds the eligible and CHECK ones: the same set where nobody is ruled out
            boolean nobodyRuledOut = profiles.stream()
                    .allMatch(p -> checker.check(p, area, options).status() != EligibilityStatus.INELIGIBLE);
            if (!nobodyRuledOut || e.getValue().size() != profiles.size()) continue;
            List<OfficerLists.Listed> listed = e.getValue().stream()
                    .map(c -> new OfficerLists.Listed(c, json.get(c.enterpriseId())))
                    .toList();
            List<String> job = OfficerLists.order(index, e.getKey(), listed, ranking, ALL).stream()
                    .map(Scored::enterpriseId)
                    .toList();
            List<String> served = service.enterprisesFor(area.id(), new MatchOptions(ALL, false, false, DAY)).stream()
                    .map(m -> m.enterprise().id())
                    .toList();
            assertEquals(served, job, "officer list of " + area.id());
            List<String> firstStage = e.getValue().stream()
                    .sorted(Comparator.comparing(AreaLists.Candidate::score).reversed())
                    .limit(N)
                    .map(AreaLists.Candidate::enterpriseId)
                    .toList();
            if (!firstStage.equals(job.subList(0, N))) reordered++;
            compared++;
        }
        assertTrue(compared >= 5, "areas compared: " + compared);
        assertNotEquals(0, reordered, "the learned order differs from the first stage's somewhere");
    }

    @Test
    void certainEnterprisesComeFirstAndBranchesLast() throws IOException {
        // first stage: the branch best, then a CHECK enterprise, then two ELIGIBLE ones, the last in the margin
        SyntheticData data = new SyntheticData(Distributions.load(), 3, 1, DAY);
        Path cat = tmp.resolve("catalogue.jsonl");
        data.writeCatalogue(cat, 5);
        SupportArea area = Json.mapper().readValue(Files.readAllLines(cat).get(0), SupportArea.class);
        AreaIndex index = NightlyRankingTest.index(List.of(area), Recommenders.encoder(null));
        List<OfficerLists.Listed> listed = List.of(
                listed("b", "某某科技有限公司上海分公司", 0.9f, "CHECK", 1),
                listed("c", "某某软件有限公司", 0.8f, "CHECK", 2),
                listed("e", "某某信息技术有限公司", 0.7f, "ELIGIBLE", 3),
                listed("m", "某某电子有限公司", 0.6f, "ELIGIBLE", 4));
        NightlyRanking firstStage = new NightlyRanking("encoder", 100, null, 0);
        List<String> order = OfficerLists.order(index, 0, listed, firstStage, 3).stream()
                .map(Scored::enterpriseId)
                .toList();
        assertEquals(List.of("e", "c", "b"), order, "the first N by the first stage; the margin (m) is not listed");
    }

    private static OfficerLists.Listed listed(String id, String name, float score, String status, int rank)
            throws IOException {
        String json = "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}";
        EnterpriseProfile p = Json.mapper().readValue(json, EnterpriseProfile.class);
        return new OfficerLists.Listed(
                new AreaLists.Candidate(0, id, name, score, status, rank, false, true, Float.NaN),
                Json.mapper().writeValueAsString(p));
    }
}
