package io.fundmatch.train.encodertowers;

/**
 * The catalogue as the tower trainer sees it: every passage's encoder vector, the area it belongs to, and the
 * area tower's side features of that area (repeated per passage). An area scores by its passages together
 * (a soft maximum), as served scores take its best passage.
 *
 * @param passages    one encoder vector per passage
 * @param areaOf      the area index of each passage
 * @param side        the area side features of each passage's area
 * @param areas       how many areas
 */
public record TowerCatalogue(float[][] passages, int[] areaOf, float[][] side, int areas) {

    public TowerCatalogue {
        if (passages.length != areaOf.length || passages.length != side.length)
            throw new IllegalArgumentException("one area and one side row per passage");
        boolean[] seen = new boolean[areas];
        for (int a : areaOf) seen[a] = true;
        for (int a = 0; a < areas; a++)
            if (!seen[a]) throw new IllegalArgumentException("area " + a + " has no passage");
    }

    /** Best passage score of every area for one tower-mapped query against tower-mapped passages. */
    public double[] areaScores(float[] query, float[][] mappedPassages) {
        double[] best = new double[areas];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < mappedPassages.length; p++) {
            double s = 0;
            float[] v = mappedPassages[p];
            for (int k = 0; k < v.length; k++) s += query[k] * v[k];
            if (s > best[areaOf[p]]) best[areaOf[p]] = s;
        }
        return best;
    }
}
