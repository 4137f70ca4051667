package io.fundmatch.explain;

import java.util.ArrayList;
import java.util.List;

/** The one or two best-scoring sentences of an area's text, quoted in text order. */
final class BestSentences {

    private BestSentences() {}

    /** Positions of the highest and the second-highest score above {@code floor}, earlier first on ties; -1 for none. */
    static int[] topTwo(double[] scores, double floor) {
        int best = -1;
        int second = -1;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] <= floor) continue;
            if (best < 0 || scores[i] > scores[best]) {
                second = best;
                best = i;
            } else if (second < 0 || scores[i] > scores[second]) {
                second = i;
            }
        }
        return new int[] {best, second};
    }

    /** The sentences at {@code best} and {@code second} (when not -1), trimmed, in text order. */
    static List<String> quote(List<String> sentences, int best, int second) {
        List<String> out = new ArrayList<>(2);
        if (second >= 0 && second < best) out.add(Explainer.trim(sentences.get(second)));
        out.add(Explainer.trim(sentences.get(best)));
        if (second > best) out.add(Explainer.trim(sentences.get(second)));
        return out;
    }
}
