package io.fundmatch.match.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words that describe almost any enterprise or programme (科技, 技术, 创新, 服务, 通用, 开发, 咨询, 推广 …; the list and
 * its rule are in {@code generic-words.txt} beside this class). The text rankers weigh them, and the character
 * bigrams they make, at {@value #WEIGHT} of their usual weight so that they cannot decide a rank alone.
 */
public final class GenericTerms {

    /** Weight of a generic word or bigram relative to any other term. */
    public static final double WEIGHT = 0.2;

    private static final String RESOURCE = "generic-words.txt";
    private static final Set<String> TERMS = load();

    private GenericTerms() {}

    /** {@value #WEIGHT} for a generic word or one of its bigrams ({@link TermBag#BIGRAM_MARK} first), else 1. */
    public static double weight(String term) {
        return isGeneric(term) ? WEIGHT : 1.0;
    }

    /** A generic word or bigram, or a word made of generic words only (咨询服务, 技术开发推广). */
    public static boolean isGeneric(String term) {
        if (term == null || term.isEmpty()) return false;
        if (TERMS.contains(term)) return true;
        if (TermBag.isBigram(term) || term.length() < 4 || term.length() > 16) return false;
        boolean[] split = new boolean[term.length() + 1]; // split[i]: term[0, i) is generic words only
        split[0] = true;
        for (int i = 0; i < term.length(); i++) {
            if (!split[i]) continue;
            for (int j = i + 2; j <= term.length(); j++) {
                if (TERMS.contains(term.substring(i, j))) split[j] = true;
            }
        }
        return split[term.length()];
    }

    /**
     * The words, every character bigram inside one (技术开发: 技术, 术开, 开发), and every bigram across two of them
     * written one after the other (技术 服务 → 术服), since the bag holds the bigrams of a whole run of text.
     */
    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = GenericTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> out = new HashSet<>(words);
        for (String w : words) {
            for (int i = 0; i + 1 < w.length(); i++) out.add(bigram(w.charAt(i), w.charAt(i + 1)));
            for (String next : words) out.add(bigram(w.charAt(w.length() - 1), next.charAt(0)));
        }
        return Set.copyOf(out);
    }

    private static String bigram(char a, char b) {
        return String.valueOf(new char[] {TermBag.BIGRAM_MARK, a, b});
    }
}
