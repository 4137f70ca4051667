package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned ranker's encoder similarities computed for a batch of enterprises at once give the nightly job exactly
 * the lists it gives when each enterprise computes its own: same areas, ranks, scores and statuses.
 */
class EncoderScoreBatchesTest {

    @TempDir
    Path tmp;

    @Test
    void learnedListsFromBatchedEncoderScoresEqualThoseScoredOneEnterpriseAtATime() throws IOException {
        SyntheticData data = new SyntheticData(Distributions.load(), 7, 3, NightlyRankingTest.DAY);
        Path reg = tmp.resolve("registry.jsonl");
        Path cat = tmp.resolve("catalogue.jsonl");
        data.writeRegistry(reg, 45); // not a multiple of the batch
        data.writeCatalogue(cat, 300); // more area passages than one tile
        List<SupportArea> areas = new ArrayList<>();
        for (String l : Files.readAllLines(cat)) {
            SupportArea a = Json.mapper().readValue(l, SupportArea.class);
            if (!a.superseded() && (a.deadline() == null || !a.deadline().isBefore(NightlyRankingTest.DAY)))
                areas.add(a);
        }
        areas.sort(Comparator.comparing(SupportArea::id));
        EncoderEmbedder encoder = Recommenders.encoder(null);
        AreaIndex index = NightlyRankingTest.index(areas, encoder);
        NightlyRanking ranking = NightlyRanking.configured(null);
        MatchOptions options = new MatchOptions(10, false, false, NightlyRankingTest.DAY);
        List<EnterpriseRow> rows = new ArrayList<>();
        for (String l : Files.readAllLines(reg)) {
            EnterpriseProfile p = Json.mapper().readValue(l, EnterpriseProfile.class);
            String json = Json.mapper().writeValueAsString(p);
            List<String> keys = JurisdictionKeys.ofEnterprise(p.region());
            boolean unembedded = rows.size() == 5; // a row without a vector passes through unscored
            rows.add(new EnterpriseRow(
                    p.id(), json, NightlyJob.hash(json), keys, unembedded ? null : EncoderVectors.embed(p), true));
        }
        BlockScorer alone = new BlockScorer(index, 10, 20, options, new OpportunityRows(index, false), ranking);
        BlockScorer batched = new BlockScorer(index, 10, 20, options, new OpportunityRows(index, false), ranking);
        assertNotNull(batched.towers(), "the shipped learned ranker reads the towers' score");
        Iterator<EncoderScoreBatches.Row> it =
                new EncoderScoreBatches(rows.iterator(), index, r -> true, batched.towers());
        int compared = 0;
        for (EnterpriseRow row : rows) {
            EncoderScoreBatches.Row b = it.next();
            assertEquals(row.id(), b.row().id(), "rows come out in the order they went in");
            if (row.embedding() == null) {
                assertNull(b.encoder());
                assertNull(b.tower());
                continue;
            }
            assertNotNull(b.encoder());
            assertNotNull(b.tower());
            List<Scored> expected = alone.score(row, true);
            assertEquals(expected, batched.score(b.row(), true, b.encoder(), b.tower()), row.id());
            compared += expected.size();
        }
        assertEquals(false, it.hasNext());
        assertEquals(alone.areaCandidates(), batched.areaCandidates());
        assertTrue(compared >= 200, "rows compared: " + compared);
    }
}
