package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopHeapTest {

    @Test
    void keepsTheBestByScoreThenReferenceWhateverTheOrderOfArrival() {
        float[] scores = new float[500];
        Random r = new Random(3);
        for (int i = 0; i < scores.length; i++) scores[i] = r.nextInt(40) / 10f; // many ties
        int[] expected = IntStream.range(0, scores.length)
                .boxed()
                .sorted((a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a]) : Integer.compare(a, b))
                .limit(20)
                .mapToInt(Integer::intValue)
                .toArray();
        for (int shuffle = 0; shuffle < 3; shuffle++) {
            int[] order = IntStream.range(0, scores.length).toArray();
            Random s = new Random(shuffle);
            for (int i = order.length - 1; i > 0; i--) {
                int j = s.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            TopHeap h = new TopHeap(20, TopHeap.BY_REF);
            for (int i : order) h.offer(scores[i], i, 0);
            assertArrayEquals(expected, h.ranked().refs());
        }
    }
}
