package io.fundmatch.rank;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pair with a negative grade has no label (feedback names only some areas) and gives no training row. */
class UnlabelledPairsTest {

    @Test
    void onlyTheLabelledAreasOfAFeedbackEnterpriseBecomeRowsWithTheFeaturesOfTheFullyGradedRun() {
        var encoder = Recommenders.encoder(null);
        var corpus = TrainingPairs.corpus(catalogue(), encoder);
        EnterpriseProfile payments = profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分");
        MatchOptions options = new MatchOptions(10, false, false, TODAY);
        int[] all = new int[corpus.size()];
        TrainingPairs full = TrainingPairs.of(List.of(payments), p -> all, corpus, encoder, options);
        assertTrue(full.x().size() >= 3, "the fixture admits several areas for this profile");

        int[] some = new int[corpus.size()];
        Arrays.fill(some, -1);
        // label the areas of the first and the third admissible row: applied, and not relevant
        double[] first = full.x().get(0);
        double[] third = full.x().get(2);
        int[] indexOfRow = rowsToAreas(full, corpus.size(), payments, encoder, options);
        some[indexOfRow[0]] = 2;
        some[indexOfRow[2]] = 0;
        TrainingPairs partial = TrainingPairs.of(List.of(payments), p -> some, corpus, encoder, options);

        assertEquals(List.of(2, 0), partial.grades());
        assertArrayEquals(first, partial.x().get(0));
        assertArrayEquals(third, partial.x().get(1));
    }

    /** The catalogue index of each row of {@code full}: label one area at a time and see which row it gives. */
    private static int[] rowsToAreas(
            TrainingPairs full,
            int areas,
            EnterpriseProfile p,
            io.fundmatch.encoder.EncoderEmbedder encoder,
            MatchOptions options) {
        var corpus = TrainingPairs.corpus(catalogue(), encoder);
        int[] out = new int[full.x().size()];
        Arrays.fill(out, -1);
        for (int a = 0; a < areas; a++) {
            int[] one = new int[areas];
            Arrays.fill(one, -1);
            one[a] = 1;
            TrainingPairs single = TrainingPairs.of(List.of(p), q -> one, corpus, encoder, options);
            if (single.x().isEmpty()) continue; // not admissible: no row either way
            for (int r = 0; r < full.x().size(); r++)
                if (Arrays.equals(full.x().get(r), single.x().get(0))) out[r] = a;
        }
        for (int r = 0; r < out.length; r++) assertTrue(out[r] >= 0, "row " + r + " is one area's");
        return out;
    }
}
