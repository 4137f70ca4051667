package io.fundmatch.nightly;

import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.match.rank.PassageMatrix;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.TowerSignal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The learned ranker's encoder similarities of enterprises to every area in force, and its tower scores when it reads
 * the towers, computed for a batch of enterprises at a time ({@link PassageMatrix#bestOfEach}, {@link
 * TowerSignal#scoresOfEach}: each area passage read once per batch, not once per enterprise) as a scoring task pulls
 * its rows. Each row comes out with its scores (null for a row that is not reranked or has no vector: the reranker
 * then computes them itself), in the order the rows came in; at most one batch is held.
 */
final class EncoderScoreBatches implements Iterator<EncoderScoreBatches.Row> {

    /** Enterprises scored against the areas together: their 16 sums of a tile of passages stay in the L1 cache. */
    static final int BATCH = 16;

    /**
     * A registry row and its encoder similarity and tower score to every area in force (index order), each or both
     * null.
     */
    record Row(EnterpriseRow row, double[] encoder, double[] tower) {}

    private final Iterator<EnterpriseRow> in;
    private final AreaIndex areas;
    private final Predicate<EnterpriseRow> reranked;
    private final TowerSignal towers;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();

    /**
     * @param reranked whether a row's areas are ordered by the learned ranker (it needs the similarities)
     * @param towers   the towers the learned ranker's tower features read, or null when it reads none
     */
    EncoderScoreBatches(
            Iterator<EnterpriseRow> in, AreaIndex areas, Predicate<EnterpriseRow> reranked, TowerSignal towers) {
        this.in = in;
        this.areas = areas;
        this.reranked = reranked;
        this.towers = towers;
    }

    @Override
    public boolean hasNext() {
        return !ready.isEmpty() || in.hasNext();
    }

    @Override
    public Row next() {
        if (ready.isEmpty()) fill();
        if (ready.isEmpty()) throw new NoSuchElementException();
        return ready.poll();
    }

    private void fill() {
        List<EnterpriseRow> batch = new ArrayList<>(BATCH);
        List<float[]> vectors = new ArrayList<>(BATCH);
        List<Integer> at = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && in.hasNext()) {
            EnterpriseRow r = in.next();
            float[] e = r.embedding();
            if (e != null && e.length == SentenceEncoder.DIMENSION && reranked.test(r)) {
                at.add(batch.size());
                vectors.add(e);
            }
            batch.add(r);
        }
        double[][] scores = vectors.isEmpty()
                ? new double[0][]
                : areas.corpus().passages(SentenceEncoder.DIMENSION).bestOfEach(vectors);
        double[][] byRow = new double[batch.size()][];
        for (int i = 0; i < at.size(); i++) byRow[at.get(i)] = scores[i];
        double[][] towerByRow = new double[batch.size()][];
        if (towers != null && !vectors.isEmpty()) {
            List<EnterpriseProfile> profiles = new ArrayList<>(at.size());
            for (int i : at) profiles.add(BlockScorer.parse(batch.get(i).json()));
            double[][] t = towers.scoresOfEach(profiles, vectors, areas.corpus());
            for (int i = 0; i < at.size(); i++) towerByRow[at.get(i)] = t[i];
        }
        for (int i = 0; i < batch.size(); i++) ready.add(new Row(batch.get(i), byRow[i], towerByRow[i]));
    }
}
