package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job's learned ranking (encoder candidates, then the learned ranker on those only) against the
 * service's recommender with the same ranker: on a small catalogue of one district, where every area is a
 * candidate of every enterprise, both keep the same areas in the same order.
 */
class NightlyRankingTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final int K = 8;

    @TempDir
    Path tmp;

    @Test
    void learnedNightlyRankingKeepsTheServicesTopListsOnASmallCatalogue() throws IOException {
        SyntheticData data = new SyntheticData(Distributions.load(), 5, 1, DAY);
        Path reg = tmp.resolve("registry.jsonl");
        Path cat = tmp.resolve("catalogue.jsonl");
        data.writeRegistry(reg, 24);
        data.writeCatalogue(cat, 30);
        List<SupportArea> areas = areasInForce(cat, DAY);
        EncoderEmbedder encoder = Recommenders.encoder(null);
        AreaIndex index = index(areas, encoder);
        NightlyRanking ranking = NightlyRanking.configured(null);
        assertEquals("learned", ranking.ranker(), "the job's default ranker");
        assertTrue(ranking.candidates() >= areas.size(), "the small case keeps every area as a candidate");
        MatchOptions options = new MatchOptions(K, false, false, DAY);
        BlockScorer scorer = new BlockScorer(index, K, 10, options, new OpportunityRows(index, false), ranking);
        MatchingRecommender service = Recommenders.learned(LinearRanker.shipped(), encoder);
        service.setAreas(areas);

        int compared = 0;
        for (String l : Files.readAllLines(reg)) {
            EnterpriseProfile p = Json.mapper().readValue(l, EnterpriseProfile.class);
            List<String> keys = JurisdictionKeys.ofEnterprise(p.region());
            if (index.candidates(keys).length != areas.size()) continue; // the service scales over every area
            String json = Json.mapper().writeValueAsString(p);
            EnterpriseRow row =
                    new EnterpriseRow(p.id(), json, NightlyJob.hash(json), keys, EncoderVectors.embed(p), true);
            List<String> nightly = scorer.score(row, true).stream()
                    .map(s -> index.id(s.area()))
                    .toList();
            List<String> served = service.recommend(p, options).stream()
                    .map(o -> o.area().id())
                    .toList();
            assertEquals(served, nightly, "top " + K + " of " + p.id());
            compared++;
        }
        assertTrue(compared >= 15, "profiles compared: " + compared);
    }

    /** The areas of a catalogue file in force on {@code day}, by id (as the job's index holds them). */
    static List<SupportArea> areasInForce(Path catalogue, LocalDate day) throws IOException {
        List<SupportArea> areas = new ArrayList<>();
        for (String l : Files.readAllLines(catalogue)) {
            SupportArea a = Json.mapper().readValue(l, SupportArea.class);
            if (!a.superseded() && (a.deadline() == null || !a.deadline().isBefore(day))) areas.add(a);
        }
        areas.sort(Comparator.comparing(SupportArea::id));
        return areas;
    }

    static AreaIndex index(List<SupportArea> areas, EncoderEmbedder encoder) throws IOException {
        List<String> json = new ArrayList<>();
        for (SupportArea a : areas) json.add(Json.mapper().writeValueAsString(a));
        boolean[] all = new boolean[areas.size()];
        java.util.Arrays.fill(all, true);
        return new AreaIndex(
                areas.stream().map(SupportArea::id).toList(),
                json,
                json.stream().map(NightlyJob::hash).toList(),
                areas.stream().map(encoder::embedArea).toList(),
                areas.stream().map(JurisdictionKeys::ofArea).toList(),
                all,
                encoder.encoder().dimension());
    }
}
