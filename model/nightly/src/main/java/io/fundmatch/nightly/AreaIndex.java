package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionIndex;
import io.fundmatch.json.Json;
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
    private final int dimension;
    private final boolean[] affected;
    private final JurisdictionIndex jurisdiction;
    private transient volatile SupportArea[] parsed;
    private transient volatile TermBag[] bags;
    private transient volatile TermIndex terms;

    /** @param areas sorted by id; {@code affected} marks the areas to rescore (all in a full run) */
    public AreaIndex(
            List<String> ids,
            List<String> json,
            List<String> hashes,
            List<float[]> embeddings,
            List<List<String>> keys,
            boolean[] affected,
            int dimension) {
        int n = ids.size();
        this.ids = ids.toArray(String[]::new);
        this.json = json.toArray(String[]::new);
        this.hashes = hashes.toArray(String[]::new);
        this.dimension = dimension;
        this.affected = affected.clone();
        this.matrix = new float[n * dimension];
        for (int i = 0; i < n; i++) System.arraycopy(embeddings.get(i), 0, matrix, i * dimension, dimension);
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

    public boolean anyAffected() {
        for (boolean a : affected) if (a) return true;
        return false;
    }

    float[] matrix() {
        return matrix;
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
