package io.fundmatch.train.towers;

import java.util.Map;
import java.util.Set;

/**
 * One enterprise-side training example: the text vector and structured inputs of a passage, a paraphrase,
 * a labelled profile or a profile with feedback, the areas it should match (index → weight) and the
 * areas it must not match.
 *
 * @param source self (guide structure), label or feedback
 */
public record TrainingQuery(
        float[] text, float[] side, Map<Integer, Float> positives, Set<Integer> negatives, String source) {}
