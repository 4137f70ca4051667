package io.fundmatch.match.text;

import java.util.List;
import java.util.Map;

/**
 * The terms of one text as the rankers see them: segmented words and character bigrams of its Chinese runs,
 * each with its count, in one bag (bigrams carry a leading {@link #BIGRAM_MARK} so a two-character word and
 * the same bigram stay apart).
 *
 * @param counts term to count
 * @param length total number of terms
 * @param words  distinct segmented words in order of first occurrence (for explanations)
 */
public record TermBag(Map<String, Integer> counts, int length, List<String> words) {

    public static final char BIGRAM_MARK = '\u00b7';

    public static final TermBag EMPTY = new TermBag(Map.of(), 0, List.of());

    public TermBag {
        counts = Map.copyOf(counts);
        words = List.copyOf(words);
    }

    /** Whether the text has this segmented word (a lookup, no set built). */
    public boolean containsWord(String word) {
        return !isBigram(word) && counts.containsKey(word);
    }

    public static boolean isBigram(String term) {
        return !term.isEmpty() && term.charAt(0) == BIGRAM_MARK;
    }
}
