package io.fundmatch.match.rank;

import io.fundmatch.match.text.GenericTerms;
import io.fundmatch.match.text.TermBag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverted index over one side of the match (the areas, or the enterprises) with the statistics BM25 and
 * TF-IDF cosine need. Immutable once built; built once per snapshot of that side. Generic words ({@link GenericTerms}:
 * 科技, 技术, 服务 …) weigh a fifth of their IDF in both.
 */
public final class TermIndex {

    static final double K1 = 1.2;
    static final double B = 0.75;

    /** Postings of one term: documents, their BM25 term weight and their normalised TF-IDF weight. */
    private record Postings(int[] docs, float[] bm25, float[] tfidf, double bm25Idf) {}

    private final int size;
    private final Map<String, Postings> postings;

    private TermIndex(int size, Map<String, Postings> postings) {
        this.size = size;
        this.postings = postings;
    }

    public static TermIndex build(List<TermBag> bags) {
        int n = bags.size();
        double avg = bags.stream().mapToInt(TermBag::length).average().orElse(0);
        Map<String, List<int[]>> raw = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (Map.Entry<String, Integer> e : bags.get(d).counts().entrySet()) {
                raw.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
            }
        }
        double[] norms = new double[n];
        for (Map.Entry<String, List<int[]>> e : raw.entrySet()) {
            double idf = tfidfIdf(n, e.getValue().size()) * GenericTerms.weight(e.getKey());
            for (int[] p : e.getValue()) {
                double w = (1 + Math.log(p[1])) * idf;
                norms[p[0]] += w * w;
            }
        }
        Map<String, Postings> postings = new HashMap<>(raw.size() * 2);
        for (Map.Entry<String, List<int[]>> e : raw.entrySet()) {
            List<int[]> list = e.getValue();
            int df = list.size();
            double generic = GenericTerms.weight(e.getKey()); // 科技, 技术, 服务 … cannot decide a rank alone
            double bIdf = bm25Idf(n, df) * generic;
            double tIdf = tfidfIdf(n, df) * generic;
            int[] docs = new int[df];
            float[] bm = new float[df];
            float[] tf = new float[df];
            for (int i = 0; i < df; i++) {
                int d = list.get(i)[0];
                int c = list.get(i)[1];
                double len = bags.get(d).length();
                double denom = c + K1 * (1 - B + B * (avg == 0 ? 1 : len / avg));
                docs[i] = d;
                bm[i] = (float) (bIdf * c * (K1 + 1) / denom);
                tf[i] = (float) ((1 + Math.log(c)) * tIdf / Math.sqrt(norms[d]));
            }
            postings.put(e.getKey(), new Postings(docs, bm, tf, bIdf));
        }
        return new TermIndex(n, postings);
    }

    public int size() {
        return size;
    }

    /** BM25 of every document for the distinct terms of the query. */
    public double[] bm25(TermBag query) {
        double[] s = new double[size];
        for (String term : query.counts().keySet()) {
            Postings p = postings.get(term);
            if (p == null) continue;
            for (int i = 0; i < p.docs.length; i++) s[p.docs[i]] += p.bm25[i];
        }
        return s;
    }

    /** Cosine between the query's TF-IDF vector (with this side's IDF) and every document's. */
    public double[] cosine(TermBag query) {
        double[] s = new double[size];
        double norm = 0;
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : query.counts().entrySet()) {
            Postings p = postings.get(e.getKey());
            if (p == null) continue;
            double w = (1 + Math.log(e.getValue())) * tfidfIdf(size, p.docs.length) * GenericTerms.weight(e.getKey());
            weights.put(e.getKey(), w);
            norm += w * w;
        }
        if (norm == 0) return s;
        double inv = 1 / Math.sqrt(norm);
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Postings p = postings.get(e.getKey());
            double qw = e.getValue() * inv;
            for (int i = 0; i < p.docs.length; i++) s[p.docs[i]] += qw * p.tfidf[i];
        }
        return s;
    }

    /** The BM25 IDF of a term on this side; terms absent from every document get the largest IDF. */
    public double idf(String term) {
        Postings p = postings.get(term);
        return p == null ? bm25Idf(size, 0) : p.bm25Idf;
    }

    private static double bm25Idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static double tfidfIdf(int n, int df) {
        return Math.log(1 + (double) n / df);
    }
}
