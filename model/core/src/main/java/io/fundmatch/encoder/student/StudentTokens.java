package io.fundmatch.encoder.student;

import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.match.text.MatchText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the student reads of a text: the terms the rankers use ({@link MatchText#bag(String)}: HanLP words and
 * the character bigrams of Chinese runs), each mapped to a row of the word-vector table — its own row when it is
 * in the vocabulary, else one of {@code buckets} shared rows chosen by a hash of the term (so an unseen word still
 * lands somewhere stable) — with weight {@code 1 + ln(count)}, the weights summing to 1. Texts are cut where the
 * encoder cuts them ({@value SentenceEncoder#MAX_CHARS} characters).
 *
 * @param rows    table rows, one per distinct term
 * @param weights the pooling weight of each row (sum 1; empty for a text without terms)
 */
public record StudentTokens(int[] rows, float[] weights) {

    /** The terms of a text with their counts (words and marked bigrams). */
    public static Map<String, Integer> terms(String text) {
        if (text == null || text.isBlank()) return Map.of();
        String t = text.length() <= SentenceEncoder.MAX_CHARS ? text : text.substring(0, SentenceEncoder.MAX_CHARS);
        return MatchText.bag(t).counts();
    }

    /** The rows and weights of a text for a vocabulary ({@code index}: term to row) and its hash buckets. */
    public static StudentTokens of(String text, Map<String, Integer> index, int buckets) {
        // in term order: the bag's map iterates in an order that differs from one JVM to the next, and the pooled
        // float sums must not (a vector computed on an executor equals the driver's, bit for bit)
        Map<String, Integer> counts = new TreeMap<>(terms(text));
        int[] rows = new int[counts.size()];
        float[] weights = new float[counts.size()];
        double sum = 0;
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer row = index.get(e.getKey());
            rows[i] = row != null ? row : index.size() + bucket(e.getKey(), buckets);
            weights[i] = (float) (1 + Math.log(e.getValue()));
            sum += weights[i];
            i++;
        }
        for (int k = 0; k < weights.length; k++) weights[k] = (float) (weights[k] / sum);
        return new StudentTokens(rows, weights);
    }

    /** The hash bucket of a term outside the vocabulary (FNV-1a of its UTF-8 bytes: stable across JVMs). */
    public static int bucket(String term, int buckets) {
        int h = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return Math.floorMod(h, buckets);
    }
}
