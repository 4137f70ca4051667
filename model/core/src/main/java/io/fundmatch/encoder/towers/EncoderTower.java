package io.fundmatch.encoder.towers;

import java.util.Arrays;

/**
 * One tower over the sentence encoder: a single linear layer {@code y = W [x; s] + b} on the encoder vector
 * {@code x} ({@code dim} floats, unit length) concatenated with side features {@code s} ({@code side} floats), its
 * output scaled to unit length. {@code w} holds {@code (dim + side) × dim} floats, row {@code i} being what input
 * {@code i} adds to every output. The {@linkplain #identity identity} tower has {@code W = [I; 0]} and {@code b = 0}:
 * it hands the encoder vector back unchanged whatever the side features say, so untrained towers score exactly as
 * the zero-shot encoder. Plain Java: no Deeplearning4j at serving time.
 */
public record EncoderTower(int dim, int side, float[] w, float[] b) {

    public EncoderTower {
        if (dim <= 0 || side < 0) throw new IllegalArgumentException("bad tower shape " + dim + " + " + side);
        if (w.length != (dim + side) * dim || b.length != dim)
            throw new IllegalArgumentException("tower weights do not fit " + dim + " + " + side + " inputs");
    }

    /** The tower that returns the encoder vector as it is (side-feature weights 0). */
    public static EncoderTower identity(int dim, int side) {
        float[] w = new float[(dim + side) * dim];
        for (int i = 0; i < dim; i++) w[i * dim + i] = 1f;
        return new EncoderTower(dim, side, w, new float[dim]);
    }

    /** Whether this tower is the identity (its output always equals the encoder vector). */
    public boolean isIdentity() {
        return equals(identity(dim, side));
    }

    /**
     * The tower's unit-length output for one encoder vector and its side features; {@code x} may hold several
     * passages ({@code dim} floats each, one after the other), each mapped on its own.
     */
    public float[] apply(float[] x, float[] sideFeatures) {
        if (sideFeatures.length != side)
            throw new IllegalArgumentException("expected " + side + " side features, got " + sideFeatures.length);
        if (x.length % dim != 0) throw new IllegalArgumentException("vector length " + x.length + " is not k × " + dim);
        float[] out = new float[x.length];
        float[] sideSum = b.clone(); // what the side features add is the same for every passage
        for (int i = 0; i < side; i++) {
            float s = sideFeatures[i];
            if (s == 0) continue;
            int row = (dim + i) * dim;
            for (int j = 0; j < dim; j++) sideSum[j] += s * w[row + j];
        }
        for (int p = 0; p < x.length; p += dim) {
            float[] y = sideSum.clone();
            for (int i = 0; i < dim; i++) {
                float v = x[p + i];
                if (v == 0) continue;
                int row = i * dim;
                for (int j = 0; j < dim; j++) y[j] += v * w[row + j];
            }
            double norm = 0;
            for (float v : y) norm += (double) v * v;
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int j = 0; j < dim; j++) out[p + j] = y[j] * inv;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncoderTower t
                && t.dim == dim
                && t.side == side
                && Arrays.equals(t.w, w)
                && Arrays.equals(t.b, b);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(w) + Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        return "EncoderTower[" + dim + " + " + side + (isIdentity() ? ", identity]" : "]");
    }
}
