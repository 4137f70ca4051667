package io.fundmatch.explain;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.SentenceVectors;
import io.fundmatch.match.text.MatchText;
import java.util.List;

/**
 * The evidence sentences of an area chosen by meaning: the one or two of its first {@value #MAX_SENTENCES}
 * sentences whose sentence-encoder vectors lie closest to the profile's (a second one only when nearly as close),
 * in text order, so a sentence about 移动收款与商户结算 is quoted for a 聚合支付 company that shares no word with it.
 */
final class EvidenceByMeaning {

    /** Sentences of an area considered (areas state their subject first); each is embedded once and cached. */
    static final int MAX_SENTENCES = 12;
    /** A second sentence is quoted when its similarity is within this of the best one's. */
    static final double SECOND_WITHIN = 0.05;

    /** The sentences quoted and the best one's cosine similarity to the profile. */
    record Picked(List<String> sentences, double similarity) {}

    private EvidenceByMeaning() {}

    /** Embeds the sentences {@link #pick} would read from the area (kept by {@code vectors}). */
    static void prepare(SupportArea area, SentenceVectors vectors) {
        List<String> sentences = MatchText.sentences(area.text());
        for (int i = 0; i < Math.min(sentences.size(), MAX_SENTENCES); i++) vectors.of(sentences.get(i));
    }

    /** Empty when the area has no text. */
    static java.util.Optional<Picked> pick(SupportArea area, float[] profile, SentenceVectors vectors) {
        List<String> sentences = MatchText.sentences(area.text());
        int n = Math.min(sentences.size(), MAX_SENTENCES);
        if (n == 0 || profile == null || profile.length != vectors.dimension()) return java.util.Optional.empty();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) scores[i] = dot(profile, vectors.of(sentences.get(i)));
        int[] top = BestSentences.topTwo(scores, Double.NEGATIVE_INFINITY);
        int best = top[0];
        int second = top[1] >= 0 && scores[top[1]] >= scores[best] - SECOND_WITHIN ? top[1] : -1;
        return java.util.Optional.of(new Picked(BestSentences.quote(sentences, best, second), scores[best]));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
