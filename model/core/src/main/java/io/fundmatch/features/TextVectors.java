package io.fundmatch.features;

import io.fundmatch.towers.ModelSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exported text features of a model, in plain Java: the vocabulary and IDF weights of the fitted
 * TF-IDF stage and the word vectors of the fitted Word2Vec stage. Gives the same TF-IDF and mean word
 * vectors as the Spark pipeline it was exported from, without Spark.
 */
public final class TextVectors {

    public static final String VOCABULARY = "vocabulary.txt";
    public static final String IDF = "idf.f32";
    public static final String WORD_VECTORS = "word-vectors.f32";

    private final List<String> vocabulary;
    private final Map<String, Integer> index;
    private final float[] idf;
    private final float[] vectors;
    private final int dimension;

    public TextVectors(List<String> vocabulary, float[] idf, float[] vectors, int dimension) {
        if (idf.length != vocabulary.size() || vectors.length != (long) vocabulary.size() * dimension) {
            throw new IllegalArgumentException("vocabulary, idf and word vectors disagree in size");
        }
        this.vocabulary = List.copyOf(vocabulary);
        this.idf = idf;
        this.vectors = vectors;
        this.dimension = dimension;
        this.index = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) index.put(vocabulary.get(i), i);
    }

    public static TextVectors read(ModelSource source, int dimension) {
        List<String> vocab = source.lines(VOCABULARY);
        return new TextVectors(
                vocab,
                source.floats(IDF, vocab.size()),
                source.floats(WORD_VECTORS, vocab.size() * dimension),
                dimension);
    }

    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(VOCABULARY), String.join("\n", vocabulary) + "\n", StandardCharsets.UTF_8);
        ModelSource.writeFloats(dir.resolve(IDF), idf);
        ModelSource.writeFloats(dir.resolve(WORD_VECTORS), vectors);
    }

    public int dimension() {
        return dimension;
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public boolean knows(String word) {
        return index.containsKey(word);
    }

    public double idf(String word) {
        Integer i = index.get(word);
        return i == null ? 0 : idf[i];
    }

    /** TF-IDF by vocabulary index (raw term counts times IDF), as Spark's CountVectorizer + IDF give it. */
    public Map<Integer, Double> tfidf(List<String> tokens) {
        Map<Integer, Double> out = new TreeMap<>();
        for (String t : tokens) {
            Integer i = index.get(t);
            if (i != null) out.merge(i, 1.0, Double::sum);
        }
        out.replaceAll((i, count) -> count * idf[i]);
        return out;
    }

    /** The plain mean of the word vectors over all tokens (unknown ones count as zero), as Spark's Word2Vec gives it. */
    public double[] meanVector(List<String> tokens) {
        double[] sum = new double[dimension];
        if (tokens.isEmpty()) return sum;
        for (String t : tokens) {
            Integer i = index.get(t);
            if (i == null) continue;
            int off = i * dimension;
            for (int k = 0; k < dimension; k++) sum[k] += vectors[off + k];
        }
        for (int k = 0; k < dimension; k++) sum[k] /= tokens.size();
        return sum;
    }

    /**
     * The IDF-weighted mean word vector of the tokens, scaled to unit length; all zeros when no token is
     * known. This is what the towers read as the text of an area or an enterprise.
     */
    public float[] weightedVector(List<String> tokens) {
        double[] sum = new double[dimension];
        for (String t : tokens) {
            Integer i = index.get(t);
            if (i == null) continue;
            double w = idf[i];
            int off = i * dimension;
            for (int k = 0; k < dimension; k++) sum[k] += w * vectors[off + k];
        }
        return unit(sum);
    }

    /** The most distinctive known words of the tokens (TF-IDF, ties by first mention), at most {@code limit}. */
    public List<String> keyTerms(List<String> tokens, int limit) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (String t : tokens) {
            Integer i = index.get(t);
            if (i != null) score.merge(t, (double) idf[i], Double::sum);
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(score.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, entries.size()); k++)
            out.add(entries.get(k).getKey());
        return out;
    }

    static float[] unit(double[] v) {
        double norm = 0;
        for (double x : v) norm += x * x;
        float[] out = new float[v.length];
        if (norm == 0) return out;
        double inv = 1 / Math.sqrt(norm);
        for (int k = 0; k < v.length; k++) out[k] = (float) (v[k] * inv);
        return out;
    }
}
