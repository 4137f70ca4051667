package io.fundmatch.match.rank;

/**
 * One way of ranking: scores a probe (a profile when ranking areas, an area when ranking enterprises) against
 * every item of a corpus snapshot. Higher is better. Implementations are stateless and thread-safe, so the
 * trained model and the baselines are interchangeable and can be evaluated side by side.
 */
public interface Scorer {

    /** Short stable name used in reports and model configuration ("bm25", "tfidf", "tower", ...). */
    String name();

    double[] score(Probe probe, Corpus<?> corpus);

    /** Whether the scorer needs embeddings (a trained model). */
    default boolean needsEmbeddings() {
        return false;
    }

    /**
     * Scores where only the {@code admissible} indices (null: all) can be admitted, the others being ruled out
     * before ranking (eligibility). A scorer may spend less on the items outside it; by default it scores all.
     */
    default double[] score(Probe probe, Corpus<?> corpus, int[] admissible) {
        return score(probe, corpus);
    }

    /**
     * Called once when a new snapshot of a corpus is set, before any request scores against it: a scorer may compute
     * what it reads from every item there instead of on the first request. By default nothing.
     */
    default void prepare(Corpus<?> corpus) {}
}
