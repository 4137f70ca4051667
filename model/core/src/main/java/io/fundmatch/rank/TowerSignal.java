package io.fundmatch.rank;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.towers.EncoderTowers;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.PassageMatrix;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The encoder towers' score as a learned-ranker feature: per item of a corpus, the best dot product between the
 * probe's vector and the item's passages, both seen through their tower (the enterprise tower for a profile, the
 * area tower for each passage of an area), i.e. what {@code encoder-tower} ranks by.
 *
 * <p>A corpus item's tower vectors are computed once: they are kept by the identity of the item's stored encoder
 * vector, which a new corpus snapshot shares with the old one, so an upload maps only the new items; the matrix of
 * one snapshot is built once ({@link #prepare}, called when the snapshot is set). A probe is mapped once per request
 * (one matrix-vector product for a profile, one per passage for an area).
 */
public final class TowerSignal {

    /** The towers shipped with the learned ranker (trained by {@code bin/fundmatch train-encoder-tower}). */
    public static final String RESOURCE = "/io/fundmatch/rank/" + EncoderTowers.FILE;

    private static volatile TowerSignal shipped;

    private final EncoderTowers towers;
    private final boolean areaIdentity;
    private final boolean enterpriseIdentity;
    // keyed by the stored encoder vector (arrays hash and compare by identity), weakly: a dropped item is forgotten
    private final Map<float[], float[]> mapped = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Corpus<?>, PassageMatrix> matrices = Collections.synchronizedMap(new WeakHashMap<>());

    public TowerSignal(EncoderTowers towers) {
        this.towers = towers;
        this.areaIdentity = towers.area().isIdentity();
        this.enterpriseIdentity = towers.enterprise().isIdentity();
    }

    public EncoderTowers towers() {
        return towers;
    }

    /** The towers shipped in the jar ({@value #RESOURCE}). */
    public static TowerSignal shipped() {
        TowerSignal s = shipped;
        if (s == null) {
            synchronized (TowerSignal.class) {
                s = shipped;
                if (s == null) {
                    try (InputStream in = TowerSignal.class.getResourceAsStream(RESOURCE)) {
                        if (in == null)
                            throw new IllegalStateException("the shipped towers " + RESOURCE + " are missing");
                        s = new TowerSignal(EncoderTowers.read(in, RESOURCE));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shipped = s;
                }
            }
        }
        return s;
    }

    /** The towers in {@code folder}'s {@value EncoderTowers#FILE}, else the shipped ones. */
    public static TowerSignal load(Path folder) {
        return EncoderTowers.load(folder).map(TowerSignal::new).orElseGet(TowerSignal::shipped);
    }

    /**
     * Per item of {@code corpus} at {@code items} (null: every item), the best tower score of the probe against its
     * passages (0 without vectors, and at the other places).
     */
    public double[] scores(Probe probe, Corpus<?> corpus, int[] items) {
        float[] q = map(probe.item(), probe.embedding());
        if (q == null) return new double[corpus.size()];
        return prepare(corpus).best(q, items);
    }

    /**
     * {@link #scores} of several probes at once, over every item ({@code items[i]} with its encoder vector
     * {@code vectors[i]}), the same values bit for bit: the tower matrix is read once for the batch
     * ({@link PassageMatrix#bestOfEach}).
     */
    public double[][] scoresOfEach(List<?> items, List<float[]> vectors, Corpus<?> corpus) {
        if (items.size() != vectors.size())
            throw new IllegalArgumentException(items.size() + " items and " + vectors.size() + " vectors");
        double[][] out = new double[items.size()][];
        List<float[]> mapped = new ArrayList<>(items.size());
        List<Integer> at = new ArrayList<>(items.size());
        for (int i = 0; i < out.length; i++) {
            float[] q = map(items.get(i), vectors.get(i));
            if (q == null) {
                out[i] = new double[corpus.size()];
            } else {
                mapped.add(q);
                at.add(i);
            }
        }
        if (!mapped.isEmpty()) {
            double[][] scores = prepare(corpus).bestOfEach(mapped);
            for (int j = 0; j < scores.length; j++) out[at.get(j)] = scores[j];
        }
        return out;
    }

    /** The tower vectors of every passage of {@code corpus} in one matrix, built once per snapshot. */
    public PassageMatrix prepare(Corpus<?> corpus) {
        PassageMatrix m = matrices.get(corpus);
        if (m != null) return m;
        List<float[]> vectors = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            Corpus.Entry<?> e = corpus.entry(i);
            float[] x = e.embedding();
            if (x == null || x.length < SentenceEncoder.DIMENSION) {
                vectors.add(null);
                continue;
            }
            float[] y = mapped.get(x);
            if (y == null) {
                y = map(e.item(), x);
                mapped.put(x, y);
            }
            vectors.add(y);
        }
        m = PassageMatrix.of(vectors, SentenceEncoder.DIMENSION);
        matrices.put(corpus, m);
        return m;
    }

    /**
     * An item's encoder vector (one or more passages) through its tower: the area tower for a {@link SupportArea},
     * the enterprise tower for an {@link EnterpriseProfile}; anything else, or no vector, gives null.
     */
    public float[] map(Object item, float[] vector) {
        if (vector == null || vector.length < SentenceEncoder.DIMENSION) return null;
        float[] whole = vector.length % SentenceEncoder.DIMENSION == 0
                ? vector
                : java.util.Arrays.copyOf(
                        vector, vector.length - vector.length % SentenceEncoder.DIMENSION); // whole passages only
        if (item instanceof SupportArea a) {
            return areaIdentity ? whole : towers.area().apply(whole, TowerInputs.areaSide(a));
        }
        if (item instanceof EnterpriseProfile p) {
            return enterpriseIdentity ? whole : towers.enterprise().apply(whole, TowerInputs.enterpriseSide(p));
        }
        return null;
    }

    /** Part of the model version: the towers' digest. */
    public String digest() {
        return towers.digest();
    }
}
