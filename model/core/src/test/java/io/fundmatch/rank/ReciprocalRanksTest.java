package io.fundmatch.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReciprocalRanksTest {

    /** Scores as the signals give them: many exact ties (items without a shared word score 0), a few high ones. */
    private static double[] scores(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(3) == 0 ? 0 : Math.round(random.nextDouble() * 200) / 200.0;
        }
        return v;
    }

    @Test
    void theRanksCountedForSomeRowsAreTheRanksFromSortingEveryScoreInTheRowsOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            double[] values = scores(random, 1 + random.nextInt(3_000));
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int[] rows = random.ints(random.nextInt(200), 0, values.length)
                    .distinct()
                    .sorted()
                    .toArray();
            double[] some = LearnedScorer.reciprocalRanks(values, rows, null);
            assertEquals(rows.length, some.length);
            for (int j = 0; j < rows.length; j++) {
                assertEquals(LearnedScorer.reciprocalRank(sorted, values[rows[j]]), some[j], "row " + rows[j]);
            }
            double[] all = LearnedScorer.reciprocalRanks(values, null, null);
            for (int i = 0; i < values.length; i++) {
                assertEquals(LearnedScorer.reciprocalRank(sorted, values[i]), all[i], "item " + i);
            }
        }
    }

    @Test
    void ranksWithinAScopeAreTheRanksFromSortingTheScopesScoresOnly() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            double[] values = scores(random, 1 + random.nextInt(3_000));
            int[] scope = random.ints(1 + random.nextInt(400), 0, values.length)
                    .distinct()
                    .toArray(); // unsorted, as the jurisdiction index gives it
            double[] sorted =
                    Arrays.stream(scope).mapToDouble(i -> values[i]).sorted().toArray();
            int[] rows = Arrays.stream(scope).filter(i -> random.nextBoolean()).toArray();
            double[] some = LearnedScorer.reciprocalRanks(values, rows, scope);
            for (int j = 0; j < rows.length; j++) {
                assertEquals(LearnedScorer.reciprocalRank(sorted, values[rows[j]]), some[j], "row " + rows[j]);
            }
        }
    }

    @Test
    void noRowsGiveNoRanks() {
        assertEquals(0, LearnedScorer.reciprocalRanks(new double[0], null, null).length);
        assertEquals(0, LearnedScorer.reciprocalRanks(new double[] {1, 2, 3}, new int[0], null).length);
    }
}
