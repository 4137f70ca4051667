package io.fundmatch.train.encodertowers;

import java.util.Map;

/**
 * One query the encoder towers train on: an encoder vector with the enterprise tower's side features, and the
 * areas (by index in the catalogue) it should rank first, each with a weight (a grade, a feedback kind's weight).
 * A profile with its labelled areas, a profile with the areas it applied for, or a slice of an area's own text
 * with that area (side features all 0: the slice says nothing about an enterprise).
 *
 * @param weight how much this query counts against the others (self-supervised slices count less)
 */
public record TowerExample(float[] vector, float[] side, Map<Integer, Float> positives, float weight) {

    public TowerExample {
        positives = Map.copyOf(positives);
        if (positives.isEmpty()) throw new IllegalArgumentException("a training query needs a positive area");
    }
}
