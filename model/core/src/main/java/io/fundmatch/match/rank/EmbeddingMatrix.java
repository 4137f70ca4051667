package io.fundmatch.match.rank;

import java.util.List;

/**
 * The embeddings of one side in one row-major float array, so scoring a query against every row is one tight
 * matrix-vector loop. Rows without an embedding are zero.
 */
public final class EmbeddingMatrix {

    private final float[] data;
    private final int rows;
    private final int dim;

    private EmbeddingMatrix(float[] data, int rows, int dim) {
        this.data = data;
        this.rows = rows;
        this.dim = dim;
    }

    public static EmbeddingMatrix of(List<float[]> vectors) {
        int dim = 0;
        for (float[] v : vectors) if (v != null) dim = Math.max(dim, v.length);
        float[] data = new float[vectors.size() * dim];
        for (int r = 0; r < vectors.size(); r++) {
            float[] v = vectors.get(r);
            if (v != null && v.length == dim) System.arraycopy(v, 0, data, r * dim, dim);
        }
        return new EmbeddingMatrix(data, vectors.size(), dim);
    }

    public int rows() {
        return rows;
    }

    public int dim() {
        return dim;
    }

    /** Dot product of the query with every row; zeros when the query has another dimension. */
    public double[] dot(float[] query) {
        double[] out = new double[rows];
        if (query == null || query.length != dim || dim == 0) return out;
        for (int r = 0, off = 0; r < rows; r++, off += dim) {
            float s = 0;
            for (int k = 0; k < dim; k++) s += data[off + k] * query[k];
            out[r] = s;
        }
        return out;
    }
}
