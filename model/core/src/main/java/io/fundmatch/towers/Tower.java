package io.fundmatch.towers;

/**
 * One tower, evaluated in plain Java: out = unit(t + W2·tanh(W1·[t; s] + b1) + b2), where t is the
 * text vector and s the structured inputs. Weights are row-major: W1 is (text + side) × hidden,
 * W2 is hidden × dimension, so a batch of rows times W gives the same numbers as the trainer.
 */
public record Tower(int textDim, int sideDim, int hidden, float[] w1, float[] b1, float[] w2, float[] b2) {

    public Tower {
        int in = textDim + sideDim;
        if (w1.length != in * hidden || b1.length != hidden || w2.length != hidden * textDim || b2.length != textDim) {
            throw new IllegalArgumentException("tower weights do not match their shapes");
        }
    }

    public int dimension() {
        return textDim;
    }

    public float[] embed(float[] text, float[] side) {
        float[] h = b1.clone();
        accumulate(text, 0, h);
        accumulate(side, textDim, h);
        for (int j = 0; j < hidden; j++) h[j] = (float) Math.tanh(h[j]);
        double[] out = new double[textDim];
        for (int k = 0; k < textDim; k++) out[k] = text[k] + b2[k];
        for (int j = 0; j < hidden; j++) {
            float hj = h[j];
            int row = j * textDim;
            for (int k = 0; k < textDim; k++) out[k] += hj * w2[row + k];
        }
        double norm = 0;
        for (double v : out) norm += v * v;
        float[] unit = new float[textDim];
        if (norm == 0) return unit;
        double inv = 1 / Math.sqrt(norm);
        for (int k = 0; k < textDim; k++) unit[k] = (float) (out[k] * inv);
        return unit;
    }

    private void accumulate(float[] x, int rowOffset, float[] h) {
        for (int i = 0; i < x.length; i++) {
            float xi = x[i];
            if (xi == 0) continue;
            int row = (rowOffset + i) * hidden;
            for (int j = 0; j < hidden; j++) h[j] += xi * w1[row + j];
        }
    }
}
