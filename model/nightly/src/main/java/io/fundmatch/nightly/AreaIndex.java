package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionIndex;
import io.fundmatch.json.Json;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.TermIndex;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.match.text.TermBag;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The areas in force, embedded and keyed by jurisdiction: what every scoring task receives (broadcast once
 * per executor). Areas are ordered by id, so an area's index is also its tie-break order. Embeddings are one
 * row-major matrix (area i at {@code i * dimension}) so scoring a block of enterprises reads it sequentially.
 */
public final class AreaIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] ids;
    private final String[] json;
    private final String[] hashes;
    private final float[] matrix;
    /** where area i's passages start in {@link #matrix}; area i ends where area i + 1 starts */
    private final int[] offsets;

    private final int dimension;
    private final boolean[] affected;
    /** areas that take candidates from changed enterprises only (their previous list merged): none unless given */
    private final boolean[] merged;

    private final JurisdictionIndex jurisdiction;
    private transient volatile SupportArea[] parsed;
    private transient volatile TermBag[] bags;
    private transient volatile TermIndex terms;
    private transient volatile Corpus<SupportArea> corpus;

    /**
     * @param ids        sorted; {@code affected} marks the areas to rescore (all in a full run)
     * @param embeddings one vector of {@code dimension} floats per area, or several one after the other (the
     *                   passages of a long area, scored by the best); empty when the ranker reads no vectors
     */
    public AreaIndex(
            List<String> ids,
            List<String> json,
            List<String> hashes,
            List<float[]> embeddings,
            List<List<String>> keys,
            boolean[] affected,
            int dimension) {
        this(ids, json, hashes, embeddings, keys, affected, new boolean[ids.size()], dimension);
    }

    /**
     * @param affected areas scored against every enterprise of their jurisdiction
     * @param merged   areas scored against changed and arrived enterprises only (their previous list merged)
     */
    AreaIndex(
            List<String> ids,
            List<String> json,
            List<String> hashes,
            List<float[]> embeddings,
            List<List<String>> keys,
            boolean[] affected,
            boolean[] merged,
            int dimension) {
        int n = ids.size();
        this.merged = merged.clone();
        this.ids = ids.toArray(String[]::new);
        this.json = json.toArray(String[]::new);
        this.hashes = hashes.toArray(String[]::new);
        this.dimension = dimension;
        this.affected = affected.clone();
        this.offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int len = dimension == 0 ? 0 : embeddings.get(i).length / dimension * dimension;
            offsets[i + 1] = offsets[i] + len;
        }
        this.matrix = new float[offsets[n]];
        for (int i = 0; i < n; i++)
            System.arraycopy(embeddings.get(i), 0, matrix, offsets[i], offsets[i + 1] - offsets[i]);
        this.jurisdiction = JurisdictionIndex.of(keys);
    }

    public int size() {
        return ids.length;
    }

    public int dimension() {
        return dimension;
    }

    public String id(int i) {
        return ids[i];
    }

    public String hash(int i) {
        return hashes[i];
    }

    public boolean affected(int i) {
        return affected[i];
    }

    /** Whether area {@code i} takes this enterprise as a candidate for its list ({@code changed}: it is new or changed). */
    boolean takesCandidate(int i, boolean changed) {
        return affected[i] || (changed && merged[i]);
    }

    /** The index of the area with this id, or -1 when it is not in force. */
    int indexOf(String id) {
        int i = java.util.Arrays.binarySearch(ids, id);
        return i >= 0 ? i : -1;
    }

    public boolean anyAffected() {
        for (boolean a : affected) if (a) return true;
        return false;
    }

    float[] matrix() {
        return matrix;
    }

    /**
     * The similarity of an enterprise vector to area {@code a}: the dot product with its vector, or with its best
     * passage when it has several (as {@link io.fundmatch.encoder.PassageScorer} scores); 0 without a vector.
     */
    float similarity(float[] e, int a) {
        int from = offsets[a];
        int to = offsets[a + 1];
        if (from == to || e == null || e.length < dimension) return 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int off = from; off < to; off += dimension)
            best = Math.max(best, BlockScorer.dot(e, matrix, off, dimension));
        return best;
    }

    /** Area {@code a}'s vector (its passages one after the other, as the area was embedded). */
    float[] embedding(int a) {
        return java.util.Arrays.copyOfRange(matrix, offsets[a], offsets[a + 1]);
    }

    /**
     * The areas as the recommender holds them (item, term bag, vector), built once per JVM: what the service's
     * rankers score against, so the job ranks with the same code.
     */
    public Corpus<SupportArea> corpus() {
        Corpus<SupportArea> c = corpus;
        if (c != null) return c;
        synchronized (this) {
            if (corpus == null) {
                ensureBags();
                List<Corpus.Entry<SupportArea>> entries = new java.util.ArrayList<>(ids.length);
                for (int i = 0; i < ids.length; i++)
                    entries.add(new Corpus.Entry<>(ids[i], area(i), bags[i], embedding(i)));
                corpus = Corpus.of(entries);
            }
            return corpus;
        }
    }

    /** Areas sharing a jurisdiction key with an enterprise of these keys (each area at most once). */
    int[] candidates(List<String> enterpriseKeys) {
        return jurisdiction.candidates(enterpriseKeys);
    }

    /** The area itself, parsed once per JVM. */
    public SupportArea area(int i) {
        SupportArea[] p = parsed;
        if (p == null) {
            synchronized (this) {
                if (parsed == null) {
                    SupportArea[] all = new SupportArea[json.length];
                    try {
                        for (int k = 0; k < json.length; k++)
                            all[k] = Json.mapper().readValue(json[k], SupportArea.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    parsed = all;
                }
                p = parsed;
            }
        }
        return p[i];
    }

    /** The area's term bag (for explanations), built once per JVM for all areas. */
    public TermBag bag(int i) {
        ensureBags();
        return bags[i];
    }

    /** Term statistics of the areas in force (rarest shared words explain best). */
    public TermIndex termIndex() {
        ensureBags();
        return terms;
    }

    private void ensureBags() {
        if (bags != null) return;
        synchronized (this) {
            if (bags != null) return;
            TermBag[] all = new TermBag[ids.length];
            for (int i = 0; i < all.length; i++) all[i] = MatchText.bag(area(i));
            terms = TermIndex.build(List.of(all));
            bags = all;
        }
    }
}
