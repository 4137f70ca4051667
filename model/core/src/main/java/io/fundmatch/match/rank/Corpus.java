package io.fundmatch.match.rank;

import io.fundmatch.match.text.TermBag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of one side of the match (areas or enterprises): the items, their term bags and
 * embeddings computed once on arrival, and the index and matrix built lazily once per snapshot. Adding items
 * gives a new snapshot that reuses every computed bag and embedding (copy-on-write).
 */
public final class Corpus<T> {

    /** One item with what was computed for it on arrival. */
    public record Entry<T>(String id, T item, TermBag bag, float[] embedding) {}

    private final List<Entry<T>> entries;
    private final Map<String, Integer> positions;
    private volatile TermIndex terms;
    private volatile EmbeddingMatrix matrix;
    private volatile PassageMatrix passages;

    private Corpus(List<Entry<T>> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++)
            pos.put(this.entries.get(i).id(), i);
        this.positions = pos;
    }

    public static <T> Corpus<T> empty() {
        return new Corpus<>(List.of());
    }

    /** A snapshot holding these entries; later entries with an id already present replace the earlier one. */
    public static <T> Corpus<T> of(Collection<Entry<T>> entries) {
        Map<String, Entry<T>> byId = new LinkedHashMap<>();
        for (Entry<T> e : entries) byId.put(e.id(), e);
        return new Corpus<>(new ArrayList<>(byId.values()));
    }

    /** A new snapshot with these entries added; one whose id is present replaces it in place. */
    public Corpus<T> plus(Collection<Entry<T>> added) {
        List<Entry<T>> all = new ArrayList<>(entries);
        Map<String, Integer> pos = new HashMap<>(positions);
        for (Entry<T> e : added) {
            Integer at = pos.get(e.id());
            if (at != null) {
                all.set(at, e);
            } else {
                pos.put(e.id(), all.size());
                all.add(e);
            }
        }
        return new Corpus<>(all);
    }

    public int size() {
        return entries.size();
    }

    public Entry<T> entry(int i) {
        return entries.get(i);
    }

    public T item(int i) {
        return entries.get(i).item();
    }

    public List<T> items() {
        return entries.stream().map(Entry::item).toList();
    }

    public Optional<Integer> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    public TermIndex terms() {
        TermIndex t = terms;
        if (t == null) {
            synchronized (this) {
                t = terms;
                if (t == null) {
                    t = TermIndex.build(entries.stream().map(Entry::bag).toList());
                    terms = t;
                }
            }
        }
        return t;
    }

    public EmbeddingMatrix matrix() {
        EmbeddingMatrix m = matrix;
        if (m == null) {
            synchronized (this) {
                m = matrix;
                if (m == null) {
                    m = EmbeddingMatrix.of(
                            entries.stream().map(Entry::embedding).toList());
                    matrix = m;
                }
            }
        }
        return m;
    }

    /** Every item's passage vectors of {@code dim} floats in one matrix, built once per snapshot. */
    public PassageMatrix passages(int dim) {
        PassageMatrix m = passages;
        if (m == null || m.dim() != dim) {
            synchronized (this) {
                m = passages;
                if (m == null || m.dim() != dim) {
                    m = PassageMatrix.of(entries.stream().map(Entry::embedding).toList(), dim);
                    passages = m;
                }
            }
        }
        return m;
    }
}
