package io.fundmatch.export;

import java.util.List;
import java.util.Random;

/**
 * Principal component analysis of a few thousand vectors of modest dimension: the covariance matrix and its
 * leading eigenvectors by power iteration with deflation.
 *
 * @param mean       the mean vector subtracted before projecting
 * @param components unit principal axes, largest variance first
 * @param explained  share of the total variance along each axis
 */
record Pca(double[] mean, double[][] components, double[] explained) {

    private static final int ITERATIONS = 500;

    static Pca fit(List<float[]> vectors, int k) {
        if (vectors.isEmpty()) throw new IllegalArgumentException("no vectors to project");
        int d = vectors.get(0).length;
        int n = vectors.size();
        double[] mean = new double[d];
        for (float[] v : vectors) {
            if (v.length != d)
                throw new IllegalArgumentException("vectors of different dimensions: " + d + " and " + v.length);
            for (int j = 0; j < d; j++) mean[j] += v[j];
        }
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[][] cov = new double[d][d];
        double[] c = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) c[j] = v[j] - mean[j];
            for (int i = 0; i < d; i++) {
                double ci = c[i];
                if (ci == 0) continue;
                double[] row = cov[i];
                for (int j = i; j < d; j++) row[j] += ci * c[j];
            }
        }
        double trace = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= n;
                cov[j][i] = cov[i][j];
            }
            trace += cov[i][i];
        }
        int m = Math.min(k, d);
        double[][] comps = new double[m][];
        double[] explained = new double[m];
        Random random = new Random(42);
        for (int p = 0; p < m; p++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) v[j] = random.nextGaussian();
            normalise(v);
            double lambda = 0;
            for (int it = 0; it < ITERATIONS; it++) {
                double[] w = multiply(cov, v);
                double norm = normalise(w);
                if (norm == 0) break;
                double change = 0;
                for (int j = 0; j < d; j++) change += Math.abs(w[j] - v[j]);
                v = w;
                lambda = norm;
                if (change < 1e-10) break;
            }
            // a sign convention so runs agree: the largest coordinate is positive
            int big = 0;
            for (int j = 1; j < d; j++) if (Math.abs(v[j]) > Math.abs(v[big])) big = j;
            if (v[big] < 0) for (int j = 0; j < d; j++) v[j] = -v[j];
            comps[p] = v;
            explained[p] = trace == 0 ? 0 : lambda / trace;
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) cov[i][j] -= lambda * v[i] * v[j];
        }
        return new Pca(mean, comps, explained);
    }

    double[] project(float[] v) {
        double[] out = new double[components.length];
        for (int p = 0; p < components.length; p++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) s += (v[j] - mean[j]) * components[p][j];
            out[p] = s;
        }
        return out;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) s += m[i][j] * v[j];
            out[i] = s;
        }
        return out;
    }

    private static double normalise(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        double norm = Math.sqrt(s);
        if (norm > 0) for (int j = 0; j < v.length; j++) v[j] /= norm;
        return norm;
    }
}
