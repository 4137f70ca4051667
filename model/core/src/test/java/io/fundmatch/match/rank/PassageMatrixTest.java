package io.fundmatch.match.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.encoder.PassageScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PassageMatrixTest {

    private static final int DIM = 512;

    /** Unit-length passages as the encoder gives them, one to six an item; some items have none or a broken one. */
    private static List<float[]> items(Random random, int n) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 97 == 5) {
                out.add(null); // an area the encoder could not embed
                continue;
            }
            if (i % 101 == 7) {
                out.add(new float[DIM / 2]); // shorter than one passage: no passage
                continue;
            }
            out.add(passages(random, 1 + random.nextInt(6)));
        }
        return out;
    }

    private static float[] passages(Random random, int count) {
        float[] v = new float[count * DIM];
        for (int p = 0; p < count; p++) {
            double norm = 0;
            for (int k = 0; k < DIM; k++) {
                v[p * DIM + k] = (float) random.nextGaussian();
                norm += v[p * DIM + k] * v[p * DIM + k];
            }
            for (int k = 0; k < DIM; k++) v[p * DIM + k] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Test
    void scoringSomeItemsGivesTheirValuesBitForBitAndNothingElse() {
        Random random = new Random(21);
        List<float[]> items = items(random, 403);
        PassageMatrix matrix = PassageMatrix.of(items, DIM);
        int[] some = {400, 5, 7, 0, 17, 18, 19, 250, 33}; // unsorted, with an item without passages and a broken one
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        for (int i : some) chosen.add(i);
        for (int passagesOfQuery : new int[] {1, 2}) {
            float[] query = passages(random, passagesOfQuery);
            double[] all = matrix.best(query);
            double[] part = matrix.best(query, some);
            assertEquals(items.size(), part.length);
            for (int i = 0; i < items.size(); i++) {
                double expected = chosen.contains(i) ? all[i] : 0;
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(part[i]), "item " + i);
            }
            assertArrayEquals(all, matrix.best(query, null), "null: every item");
        }
        assertArrayEquals(new double[items.size()], matrix.best(passages(random, 1), new int[0]));
    }

    @Test
    void everyItemScoresBitForBitWhatThePairwiseBestPassageGives() {
        Random random = new Random(12);
        List<float[]> items = items(random, 1_003); // not a multiple of the four rows done at once
        PassageMatrix matrix = PassageMatrix.of(items, DIM);
        for (int passagesOfQuery : new int[] {1, 3, 6}) {
            float[] query = passages(random, passagesOfQuery);
            double[] fast = matrix.best(query);
            assertEquals(items.size(), fast.length);
            for (int i = 0; i < items.size(); i++) {
                double expected = PassageScorer.best(query, items.get(i), DIM);
                assertEquals(
                        Double.doubleToLongBits(expected),
                        Double.doubleToLongBits(fast[i]),
                        "item " + i + ", query of " + passagesOfQuery + " passages");
            }
        }
    }

    @Test
    void aQueryWithoutAVectorScoresEveryItemZero() {
        PassageMatrix matrix = PassageMatrix.of(items(new Random(3), 10), DIM);
        assertArrayEquals(new double[10], matrix.best(null));
        assertArrayEquals(new double[10], matrix.best(new float[10]));
        assertEquals(0, PassageMatrix.of(List.of(), DIM).best(new float[DIM]).length);
    }

    @Test
    void aBatchOfQueriesScoresBitForBitWhatEachQueryAloneGives() {
        Random random = new Random(31);
        List<float[]> items = items(random, PassageMatrix.TILE * 2 + 77); // a last tile only partly filled
        PassageMatrix matrix = PassageMatrix.of(items, DIM);
        List<float[]> queries = new ArrayList<>();
        for (int q = 0; q < 19; q++) queries.add(passages(random, 1));
        queries.add(3, passages(random, 4)); // several passages: scored one by one
        queries.add(7, null); // no vector
        double[][] batch = matrix.bestOfEach(queries);
        assertEquals(queries.size(), batch.length);
        for (int q = 0; q < queries.size(); q++) {
            double[] alone = matrix.best(queries.get(q));
            assertEquals(alone.length, batch[q].length);
            for (int i = 0; i < alone.length; i++)
                assertEquals(
                        Double.doubleToLongBits(alone[i]),
                        Double.doubleToLongBits(batch[q][i]),
                        "query " + q + ", item " + i);
        }
        assertEquals(0, PassageMatrix.of(List.of(), DIM).bestOfEach(List.of(new float[DIM]))[0].length);
    }
}
