package io.fundmatch.rank;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.rank.Scorer;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;

/**
 * The learned ranker ({@code learned}): the {@link PairFeatures} of each candidate, weighed by a
 * {@link LinearRanker}. Ranks both directions: a profile probe against areas, an area probe against enterprises.
 * Plain Java; needs the sentence encoder's vectors.
 *
 * <p>Candidates are pruned first ({@link CandidatePruning}): of the items eligibility admits, only the union of the
 * best {@code candidates} by encoder similarity, by BM25, by TF-IDF (and by the towers' score, when the ranker
 * weighs it) get pair features and a learned score; the
 * others score below every one of them, in the order of their encoder similarity. The signals are read over the
 * admissible items, the ones the probe's jurisdiction lets it be shown (its district's, city's, province's and national
 * areas for an enterprise; the enterprises registered there for an area): only their passages are scored, and each
 * signal is scaled to the query's best among them and ranked among them, the same whether or not the catalogue holds
 * other regions' documents. Pruning does not change a candidate's features: it scores exactly what it scores without
 * pruning. {@code candidates} 0 scores every admissible item.
 */
public final class LearnedScorer implements Scorer {

    /**
     * Candidates per first-stage signal when no configuration says otherwise. 50: on the labelled set, pruned to 50
     * the learned ranker has the same nDCG@10 as unpruned in both directions (docs/matching.md), at a fraction of the
     * pair features (up to 150 candidates a request instead of 600).
     */
    public static final int DEFAULT_CANDIDATES = 50;

    private final LinearRanker ranker;
    private final int candidates;
    private final TowerSignal towers;

    /** The ranker with {@value #DEFAULT_CANDIDATES} candidates per first-stage signal. */
    public LearnedScorer(LinearRanker ranker) {
        this(ranker, DEFAULT_CANDIDATES);
    }

    /**
     * @param candidates best items kept per first-stage signal; 0 keeps every item. A ranker that weighs the tower
     *                   features reads the {@linkplain TowerSignal#shipped shipped towers}.
     */
    public LearnedScorer(LinearRanker ranker, int candidates) {
        this(ranker, candidates, ranker.usesTowers() ? TowerSignal.shipped() : null);
    }

    /** @param towers the towers whose score the tower features are (null: those features are 0) */
    public LearnedScorer(LinearRanker ranker, int candidates, TowerSignal towers) {
        if (candidates < 0) throw new IllegalArgumentException("candidates must be 0 (all) or more, got " + candidates);
        this.ranker = ranker;
        this.candidates = candidates;
        this.towers = ranker.usesTowers() ? towers : null;
    }

    /** The towers the tower features are read from, or null when the ranker does not weigh them. */
    public TowerSignal towers() {
        return towers;
    }

    /** Maps a new snapshot's items through the towers once, when it is set (not on the first request). */
    @Override
    public void prepare(Corpus<?> corpus) {
        if (towers != null) towers.prepare(corpus);
    }

    public LinearRanker ranker() {
        return ranker;
    }

    /** Best items kept per first-stage signal (0: every item is scored). */
    public int candidates() {
        return candidates;
    }

    @Override
    public String name() {
        return candidates == 0 ? "learned-all" : "learned";
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        return score(probe, corpus, null);
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus, int[] admissible) {
        Signals s = Signals.of(probe, corpus, admissible, towers, null, null);
        int[] rows = candidates == 0
                ? admissible
                : s.tower == null
                        ? CandidatePruning.union(admissible, candidates, s.enc, s.bm25, s.tfidf)
                        : CandidatePruning.union(admissible, candidates, s.enc, s.bm25, s.tfidf, s.tower);
        s = s.rankedAt(rows);
        if (rows == null) {
            double[] out = new double[s.n];
            for (int i = 0; i < s.n; i++) out[i] = ranker.score(s.row(probe, corpus, i, i));
            return out;
        }
        double[] learned = new double[rows.length];
        double floor = Double.POSITIVE_INFINITY;
        for (int j = 0; j < rows.length; j++) {
            learned[j] = ranker.score(s.row(probe, corpus, rows[j], j));
            floor = Math.min(floor, learned[j]);
        }
        return CandidatePruning.below(s.n, rows, learned, floor, s.enc);
    }

    /**
     * The feature rows of the probe against every item of the corpus, every signal read over the whole corpus, the
     * tower features read from {@code towers} (null: 0).
     */
    public static double[][] features(Probe probe, Corpus<?> corpus, TowerSignal towers) {
        Signals s = Signals.of(probe, corpus, null, towers, null, null).rankedAt(null);
        double[][] x = new double[s.n][];
        for (int i = 0; i < s.n; i++) x[i] = s.row(probe, corpus, i, i);
        return x;
    }

    /**
     * The feature rows of the probe against the corpus items at {@code candidates} only (row i for item
     * {@code candidates[i]}), with the signals normalised over the items of {@code scope} as {@link #score} does
     * over its admissible items, so a candidate's row is the one it has in the full list (the nightly job scores its
     * encoder-pruned candidates so, the trainer every admissible item).
     *
     * @param scope   the items the probe's jurisdiction admits, which its signals are read and ranked over (null:
     *                the whole corpus); {@code candidates} must lie within it
     * @param towers  the towers the tower features read (null: those features are 0)
     * @param encoder the probe's best passage score of every corpus item, as {@link
     *                io.fundmatch.match.rank.PassageMatrix#best} gives it, or null to compute it here (the nightly job
     *                scores a batch of enterprises at once, {@link io.fundmatch.match.rank.PassageMatrix#bestOfEach})
     * @param tower   the probe's tower score of every corpus item, as {@link TowerSignal#scores} gives it, or null to
     *                compute it here when {@code towers} is set ({@link TowerSignal#scoresOfEach} for a batch)
     */
    public static double[][] features(
            Probe probe,
            Corpus<?> corpus,
            int[] scope,
            int[] candidates,
            TowerSignal towers,
            double[] encoder,
            double[] tower) {
        Signals s = Signals.of(probe, corpus, scope, towers, encoder, tower).rankedAt(candidates);
        double[][] x = new double[candidates.length][];
        for (int i = 0; i < candidates.length; i++) x[i] = s.row(probe, corpus, candidates[i], i);
        return x;
    }

    /**
     * The signals of one query over the items of its scope (null: the whole corpus), from which any of those items'
     * feature rows is read: the encoder and tower scores are computed for them alone, and every signal is scaled to
     * its best among them and ranked among them, so the items a probe can never be shown neither cost a pass over
     * their passages nor move its features.
     */
    private record Signals(
            int n,
            int[] scope,
            double[] enc,
            double maxEnc,
            double[] bm25,
            double[] tfidf,
            double[] encRank,
            double[] tfidfRank,
            double[] tower,
            double[] towerRank) {

        /**
         * @param scope          the items the signals are read over (null: all)
         * @param encoder        the probe's best passage score per item (at least at {@code scope}), or null to
         *                       compute it
         * @param towerScores    the probe's tower score per item (at least at {@code scope}), or null to compute it
         *                       (read only when {@code towers} is set)
         */
        static Signals of(
                Probe probe,
                Corpus<?> corpus,
                int[] scope,
                TowerSignal towers,
                double[] encoder,
                double[] towerScores) {
            int n = corpus.size();
            if (encoder != null && encoder.length != n)
                throw new IllegalArgumentException(
                        "encoder scores for " + encoder.length + " items, the corpus has " + n);
            if (towerScores != null && towerScores.length != n)
                throw new IllegalArgumentException(
                        "tower scores for " + towerScores.length + " items, the corpus has " + n);
            // PassageScorer.best of every item, over the corpus's passages in one matrix (the same sums, faster)
            double[] enc = encoder != null
                    ? encoder
                    : corpus.passages(SentenceEncoder.DIMENSION).best(probe.embedding(), scope);
            double maxEnc = max(enc, scope, Double.NEGATIVE_INFINITY);
            double[] bm25 = scaleInPlace(corpus.terms().bm25(probe.bag()), scope); // fresh arrays, ours to scale
            double[] tfidf = scaleInPlace(corpus.terms().cosine(probe.bag()), scope);
            double[] tower =
                    towers == null ? null : towerScores != null ? towerScores : towers.scores(probe, corpus, scope);
            return new Signals(n, scope, enc, maxEnc, bm25, tfidf, null, null, tower, null);
        }

        /**
         * With the reciprocal ranks (among the scope's items) of the items at {@code rows} (null: every item), the
         * only ones whose feature rows are read, in the order of {@code rows}: counted for those rows instead of
         * sorting the whole corpus twice.
         */
        Signals rankedAt(int[] rows) {
            return new Signals(
                    n,
                    scope,
                    enc,
                    maxEnc,
                    bm25,
                    tfidf,
                    reciprocalRanks(enc, rows, scope),
                    reciprocalRanks(tfidf, rows, scope),
                    tower,
                    tower == null ? null : reciprocalRanks(tower, rows, scope));
        }

        /** The feature row of item {@code i}, the {@code j}-th of the rows the ranks were counted for. */
        double[] row(Probe probe, Corpus<?> corpus, int i, int j) {
            Object item = corpus.item(i);
            EnterpriseProfile p;
            SupportArea a;
            TermBag areaBag;
            if (item instanceof SupportArea area) {
                a = area;
                areaBag = corpus.entry(i).bag();
                p = probe.item() instanceof EnterpriseProfile e ? e : null;
            } else {
                p = item instanceof EnterpriseProfile e ? e : null;
                a = probe.item() instanceof SupportArea area ? area : null;
                areaBag = probe.bag();
            }
            if (tower == null)
                return PairFeatures.of(
                        p, a, areaBag, enc[i], enc[i] - maxEnc, bm25[i], tfidf[i], encRank[j], tfidfRank[j]);
            return PairFeatures.of(
                    p,
                    a,
                    areaBag,
                    enc[i],
                    enc[i] - maxEnc,
                    bm25[i],
                    tfidf[i],
                    encRank[j],
                    tfidfRank[j],
                    tower[i],
                    towerRank[j]);
        }
    }

    /**
     * {@link #reciprocalRank} of {@code values[rows[j]]} among the values at {@code scope} (null: all), at place j,
     * for each j (null rows: every index, at its own place; rows must lie within the scope): the distinct values at
     * the rows are sorted, and one pass over the scope's values counts, for each of them, the values above it. The
     * same ranks as sorting every value of the scope (tested), in O(scope log rows).
     */
    static double[] reciprocalRanks(double[] values, int[] rows, int[] scope) {
        int n = values.length;
        int m = rows == null ? n : rows.length;
        double[] out = new double[m];
        if (m == 0) return out;
        double[] at = new double[m];
        for (int j = 0; j < m; j++) at[j] = values[rows == null ? j : rows[j]];
        java.util.Arrays.sort(at);
        int distinct = 0;
        for (int j = 0; j < m; j++) {
            if (distinct == 0 || at[j] != at[distinct - 1]) at[distinct++] = at[j];
        }
        int[] below = new int[distinct + 1]; // below[L]: values with exactly L distinct row values under them
        int size = scope == null ? n : scope.length;
        for (int j = 0; j < size; j++) { // most lie below every row
            double v = values[scope == null ? j : scope[j]];
            below[v <= at[0] ? 0 : lessThan(at, distinct, v)]++;
        }
        int[] above = new int[distinct]; // above[j]: values greater than at[j]
        int count = 0;
        for (int j = distinct - 1; j >= 0; j--) {
            count += below[j + 1];
            above[j] = count;
        }
        for (int j = 0; j < m; j++) {
            out[j] = 1.0 / (1 + above[lessThan(at, distinct, values[rows == null ? j : rows[j]])]);
        }
        return out;
    }

    /** How many of the ascending distinct {@code sorted[0..size)} are less than {@code v}. */
    private static int lessThan(double[] sorted, int size, double v) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** 1 / (1 + rank) of {@code v} among the ascending {@code sorted} scores (ties share the better rank). */
    static double reciprocalRank(double[] sorted, double v) {
        int n = sorted.length;
        int pos = java.util.Arrays.binarySearch(sorted, v);
        while (pos + 1 < n && sorted[pos + 1] == v) pos++; // the last equal value: the best rank of the tie
        return 1.0 / (1 + (n - 1 - pos));
    }

    /** The largest of {@code values} at {@code scope} (null: all), at least {@code floor}. */
    private static double max(double[] values, int[] scope, double floor) {
        double max = floor;
        int size = scope == null ? values.length : scope.length;
        for (int j = 0; j < size; j++) max = Math.max(max, values[scope == null ? j : scope[j]]);
        return max;
    }

    /**
     * {@code s} divided, in place, by its largest value at {@code scope} (null: all); unchanged when that is not
     * positive.
     */
    private static double[] scaleInPlace(double[] s, int[] scope) {
        double max = max(s, scope, 0);
        if (max <= 0) return s;
        for (int i = 0; i < s.length; i++) s[i] = s[i] / max;
        return s;
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }
}
