package io.fundmatch.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Chinese word segmentation with HanLP plus fundmatch's domain dictionary (区块链, 专精特新, 智慧医疗 …
 * stay whole) and stop-word removal. Thread-safe: segmentations run concurrently, a dictionary addition waits
 * for them and blocks them while it changes the dictionary. The HanLP dictionaries are loaded once per JVM.
 *
 * <p>The words of short texts (up to {@value #CACHED_CHARS} characters: the clauses of 经营范围 texts, which repeat
 * across enterprises — in the real registry extracts of {@code ../shared/data/enterprises} nine in ten clause
 * occurrences repeat a clause seen elsewhere) are kept in a bounded cache, emptied when the dictionary changes.
 */
public final class Segmenter {

    private static final String DOMAIN_DICTIONARY = "/io/fundmatch/text/domain-terms.txt";
    private static final String STOP_WORDS = "/io/fundmatch/text/stop-words.txt";

    private static final Object LOCK = new Object();
    /** Readers segment, the writer changes HanLP's (global) custom dictionary. */
    private static final ReentrantReadWriteLock DICTIONARY = new ReentrantReadWriteLock();

    private static volatile Segmenter shared;

    /** Texts up to this length have their words kept ({@link #CACHE_SIZE} texts at most). */
    static final int CACHED_CHARS = 32;

    static final int CACHE_SIZE = 50_000;

    private static final LruCache<String, List<String>> SHORT_TEXTS = new LruCache<>(CACHE_SIZE);

    private final Segment segment;
    private final Set<String> stopWords;

    private Segmenter() {
        loadDictionary(readLines(DOMAIN_DICTIONARY));
        this.stopWords = new HashSet<>(readLines(STOP_WORDS));
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNameRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    /** The process-wide segmenter with the built-in domain dictionary. */
    public static Segmenter shared() {
        Segmenter s = shared;
        if (s == null) {
            synchronized (LOCK) {
                s = shared;
                if (s == null) {
                    s = new Segmenter();
                    shared = s;
                }
            }
        }
        return s;
    }

    /**
     * Adds domain terms (e.g. from a model's exported dictionary or a catalogue's titles) so they stay whole.
     * Terms shorter than two characters are ignored.
     */
    public void addTerms(Collection<String> terms) {
        loadDictionary(terms);
    }

    /** Words of the text in order, lower-cased, punctuation, numbers, single characters and stop words removed. */
    public List<String> words(String text) {
        if (text == null || text.isBlank()) return new ArrayList<>();
        DICTIONARY.readLock().lock(); // held while a result is kept, so a dictionary change cannot slip in between
        try {
            if (text.length() > CACHED_CHARS) return segmented(text);
            return new ArrayList<>(SHORT_TEXTS.get(text, t -> List.copyOf(segmented(t))));
        } finally {
            DICTIONARY.readLock().unlock();
        }
    }

    /** The kept words of {@code text}, segmented now (the caller holds the dictionary's read lock). */
    private List<String> segmented(String text) {
        List<String> out = new ArrayList<>();
        List<Term> terms = segment.seg(text);
        for (Term t : terms) {
            String w = t.word.strip().toLowerCase(Locale.ROOT);
            if (keep(w, t.nature == null ? "" : t.nature.toString())) out.add(w);
        }
        return out;
    }

    /** Whether a word is a stop word. */
    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    private boolean keep(String w, String nature) {
        if (w.length() < 2) return false;
        if (stopWords.contains(w)) return false;
        if (nature.startsWith("w")
                || nature.startsWith("m")
                || nature.startsWith("q")
                || nature.startsWith("p")
                || nature.startsWith("c")
                || nature.startsWith("u")
                || nature.startsWith("d")
                || nature.startsWith("r")
                || nature.startsWith("e")
                || nature.startsWith("y")
                || nature.startsWith("o")) {
            return false;
        }
        boolean hasLetter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                break;
            }
        }
        return hasLetter;
    }

    private static void loadDictionary(Collection<String> terms) {
        DICTIONARY.writeLock().lock();
        try {
            for (String term : terms) {
                String t = term.strip();
                if (t.length() >= 2 && !t.startsWith("#")) CustomDictionary.insert(t, "nz 1024");
            }
            SHORT_TEXTS.clear(); // words segmented with the old dictionary
        } finally {
            DICTIONARY.writeLock().unlock();
        }
    }

    private static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Segmenter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) lines.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
