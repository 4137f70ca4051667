package io.fundmatch.export;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.csv.CsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The most distinctive terms of each document by TF-IDF over documents: a term scores high when a document
 * uses it often and few other documents use it at all.
 */
public final class DocumentTerms {

    /** One term of a document with its weight. */
    record Term(String documentId, String document, int rank, String term, int count, int documents, double score) {}

    private DocumentTerms() {}

    /**
     * @param words segments a text into words (the product's segmenter)
     * @param limit terms kept per document
     */
    public static List<Term> of(List<SupportArea> areas, Function<String, List<String>> words, int limit) {
        Map<String, GuideDocument> docs = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (SupportArea a : areas) {
            docs.putIfAbsent(a.document().id(), a.document());
            Map<String, Integer> c = counts.computeIfAbsent(a.document().id(), k -> new HashMap<>());
            for (String w : words.apply(a.title() + "\n" + a.text())) c.merge(w, 1, Integer::sum);
        }
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> c : counts.values()) for (String w : c.keySet()) df.merge(w, 1, Integer::sum);
        int n = counts.size();
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            Map<String, Integer> c = e.getValue();
            int total = c.values().stream().mapToInt(Integer::intValue).sum();
            List<Term> terms = new ArrayList<>();
            GuideDocument d = docs.get(e.getKey());
            for (Map.Entry<String, Integer> w : c.entrySet()) {
                int k = df.get(w.getKey());
                double idf = Math.log((1.0 + n) / k);
                double tf = (double) w.getValue() / total;
                terms.add(new Term(d.id(), d.title(), 0, w.getKey(), w.getValue(), k, tf * idf));
            }
            terms.sort((x, y) -> y.score() != x.score()
                    ? Double.compare(y.score(), x.score())
                    : x.term().compareTo(y.term()));
            for (int i = 0; i < Math.min(limit, terms.size()); i++) {
                Term t = terms.get(i);
                out.add(new Term(t.documentId(), t.document(), i + 1, t.term(), t.count(), t.documents(), t.score()));
            }
        }
        return out;
    }

    public static CsvTable table(List<Term> terms) {
        CsvTable t = new CsvTable("document_id", "document", "rank", "term", "count", "documents_using", "tfidf");
        for (Term x : terms)
            t.add(
                    x.documentId(),
                    x.document(),
                    x.rank(),
                    x.term(),
                    x.count(),
                    x.documents(),
                    String.format(java.util.Locale.ROOT, "%.6f", x.score()));
        return t;
    }
}
