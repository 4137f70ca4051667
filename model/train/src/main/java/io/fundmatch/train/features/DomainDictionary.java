package io.fundmatch.train.features;

import io.fundmatch.catalogue.SupportArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the domain terms a model's segmenter keeps whole: short headings and key terms of the
 * catalogue's areas and the names in the taxonomies (智慧医疗, 区块链, 集成电路设计 …), each split at
 * enumerations (、，及 和 与) and kept when 2–8 characters long. Sorted, so the same inputs give the same file.
 */
public final class DomainDictionary {

    private static final Pattern NUMBERING = Pattern.compile("^(专栏\\s*[0-9一二三四五六七八九十]+|第[0-9一二三四五六七八九十]+[章节条]"
            + "|[（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９一二三四五六七八九十]+[.、．]|[0-9]+(?=\\p{IsHan}))\\s*");
    private static final Pattern SPLIT = Pattern.compile("[、，,；;：:/（）()\\s]+|(?<=.{2})[及和与](?=.{2})");
    private static final Pattern CJK_OR_WORD = Pattern.compile("[\\p{IsHan}A-Za-z0-9+]+");

    private DomainDictionary() {}

    public static List<String> build(Collection<SupportArea> areas, Taxonomies taxonomies) {
        TreeSet<String> terms = new TreeSet<>();
        for (SupportArea a : areas) {
            addPieces(a.title(), terms);
            for (String h : a.path()) addPieces(h, terms);
            for (String k : a.keyTerms()) addPieces(k, terms);
        }
        for (String n : taxonomies.names()) addPieces(n, terms);
        return new ArrayList<>(terms);
    }

    static void addPieces(String heading, Collection<String> into) {
        if (heading == null) return;
        String h = NUMBERING.matcher(heading.strip()).replaceFirst("");
        for (String piece : SPLIT.split(h)) {
            String p = piece.strip();
            if (p.length() < 2 || p.length() > 8) continue;
            if (!CJK_OR_WORD.matcher(p).matches()) continue;
            if (p.startsWith("其他") || p.startsWith("其它") || Character.isDigit(p.charAt(0))) continue;
            into.add(p);
        }
    }
}
