package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RankerTrainingProfilesTest {

    @Test
    void aProfileJudgedToFitNoAreaIsLeftOutOfTheRankersTrainingPairs() {
        assertNull(EncoderRankers.withRelevant(new int[] {0, 0, 0, 0}), "only grade 0: nothing to order by");
        assertNull(EncoderRankers.withRelevant(new int[0]), "an empty catalogue: nothing to order by");
        assertNull(EncoderRankers.withRelevant(null), "an unjudged profile stays out");
    }

    @Test
    void aProfileWithOneRelatedOrFittingAreaKeepsAllItsGradesIncludingTheNegatives() {
        int[] related = {0, 1, 0};
        int[] fits = {2, 0, 0, 0};
        assertArrayEquals(related, EncoderRankers.withRelevant(related));
        assertArrayEquals(fits, EncoderRankers.withRelevant(fits));
    }
}
