package io.fundmatch.guide;

import io.fundmatch.text.Segmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Distinctive terms of each area: TF-IDF over the areas of one document, title words counted twice. */
final class KeyTerms {

    static final int PER_AREA = 8;

    private KeyTerms() {}

    static List<List<String>> of(List<AreaDraft> areas) {
        Segmenter segmenter = Segmenter.shared();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (AreaDraft a : areas) {
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (String w : segmenter.words(a.title())) tf.merge(w, 2, Integer::sum);
            for (String w : segmenter.words(a.text())) tf.merge(w, 1, Integer::sum);
            counts.add(tf);
            tf.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        int n = areas.size();
        List<List<String>> out = new ArrayList<>();
        for (Map<String, Integer> tf : counts) {
            List<Map.Entry<String, Double>> scored = new ArrayList<>();
            tf.forEach((w, c) -> scored.add(Map.entry(
                    w, (1 + Math.log(c)) * Math.log(1.0 + (double) (n + 1) / documentFrequency.get(w)))));
            scored.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
            out.add(scored.stream().limit(PER_AREA).map(Map.Entry::getKey).toList());
        }
        return out;
    }
}
