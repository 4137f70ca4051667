package io.fundmatch.train.student;

import io.fundmatch.encoder.student.StudentTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The student's vocabulary: the terms ({@link StudentTokens#terms}: words and character bigrams) found in at
 * least {@code minTexts} training texts, the most widespread first, at most {@code maxTerms}; ties by the term,
 * so the same texts always give the same vocabulary. Rarer terms share the hash buckets.
 */
public final class StudentVocabulary {

    private StudentVocabulary() {}

    public static List<String> build(List<String> texts, int maxTerms, int minTexts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Set<String> seen = new HashSet<>(StudentTokens.terms(t).keySet());
            for (String term : seen) df.merge(term, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) if (e.getValue() >= minTexts) kept.add(e);
        kept.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(maxTerms, kept.size()));
        for (int i = 0; i < kept.size() && i < maxTerms; i++)
            out.add(kept.get(i).getKey());
        return out;
    }

    /** Term to row, in vocabulary order. */
    public static Map<String, Integer> index(List<String> vocabulary) {
        Map<String, Integer> index = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) index.put(vocabulary.get(i), i);
        return index;
    }
}
