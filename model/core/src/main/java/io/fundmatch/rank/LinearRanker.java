package io.fundmatch.rank;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The learned ranker as exported: one weight per {@link PairFeatures} feature and an intercept (the logit of a
 * pointwise logistic regression), read and written as a plain properties file ({@value #FILE_NAME}), scored
 * without Spark.
 *
 * @param weights   in {@link PairFeatures#NAMES} order
 * @param trainedOn how it was trained, for the model version and the report
 */
public record LinearRanker(double[] weights, double intercept, String trainedOn) {

    public static final String FILE_NAME = "learned-ranker.properties";
    /** The ranker shipped with fundmatch (trained on the whole labelled set by {@code bin/fundmatch train-ranker}). */
    public static final String RESOURCE = "/io/fundmatch/rank/" + FILE_NAME;

    public LinearRanker {
        if (weights.length != PairFeatures.SIZE) {
            throw new IllegalArgumentException("expected " + PairFeatures.SIZE + " weights, got " + weights.length);
        }
        weights = weights.clone();
    }

    public double score(double[] features) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) s += weights[i] * features[i];
        return s;
    }

    /** Whether any tower feature has a weight (then the ranker needs the encoder towers' scores). */
    public boolean usesTowers() {
        for (int i = PairFeatures.TOWER; i < PairFeatures.SIZE; i++) if (weights[i] != 0) return true;
        return false;
    }

    /** A short stable digest of the weights, part of the model version. */
    public String digest() {
        return Integer.toHexString(java.util.Arrays.hashCode(weights) * 31 + Double.hashCode(intercept));
    }

    /** The ranker in {@code folder}'s {@value #FILE_NAME}, else the shipped one. */
    public static LinearRanker load(Path folder) {
        if (folder != null && Files.isRegularFile(folder.resolve(FILE_NAME))) {
            try (Reader r = Files.newBufferedReader(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
                return read(r, folder.resolve(FILE_NAME).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped();
    }

    public static LinearRanker shipped() {
        try (InputStream in = LinearRanker.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the shipped ranker " + RESOURCE + " is missing");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinearRanker read(Reader r, String where) throws IOException {
        Properties p = new Properties();
        p.load(r);
        double[] w = new double[PairFeatures.SIZE];
        for (int i = 0; i < w.length; i++) {
            String name = PairFeatures.NAMES.get(i);
            String v = p.getProperty("weight." + name);
            if (v == null && PairFeatures.OPTIONAL.contains(name)) v = "0"; // a file from before the feature
            if (v == null) throw new IllegalArgumentException(where + ": no weight for feature " + name);
            w[i] = number(v, where, name);
        }
        return new LinearRanker(
                w, number(p.getProperty("intercept", "0"), where, "intercept"), p.getProperty("trained-on", ""));
    }

    private static double number(String v, String where, String name) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + name + " is not a number: " + v);
        }
    }

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer w = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            w.write(
                    "# fundmatch learned ranker: score = intercept + sum(weight.f * f), f as io.fundmatch.rank.PairFeatures\n");
            w.write("trained-on=" + trainedOn.replace("\n", " ") + "\n");
            w.write("intercept=" + intercept + "\n");
            List<String> names = PairFeatures.NAMES;
            for (int i = 0; i < names.size(); i++) w.write("weight." + names.get(i) + "=" + weights[i] + "\n");
        }
    }
}
