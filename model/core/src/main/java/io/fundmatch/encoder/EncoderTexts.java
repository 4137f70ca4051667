package io.fundmatch.encoder;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sentence encoder reads. A profile is one text: name, specialization, business scope without its
 * exclusion and licence clauses, qualifications. An area is one or more passages: each starts with the area's
 * heading path and title, followed by a slice of its text cut at sentence ends, so a long area is scored by its
 * best passage and a short one is a single passage. An area without text is its headings alone.
 */
public final class EncoderTexts {

    /** Characters of area text in one passage (besides the headings); bge reads about 500 Chinese characters. */
    public static final int PASSAGE_CHARS = 300;
    /** At most this many passages an area (the first ones: areas state their subject first). */
    public static final int MAX_PASSAGES = 6;
    /** Characters of a profile the encoder reads. */
    public static final int PROFILE_CHARS = 480;

    private EncoderTexts() {}

    public static String of(EnterpriseProfile p) {
        StringBuilder sb = new StringBuilder();
        append(sb, p.name());
        append(sb, p.specialization());
        append(sb, MatchText.withoutExclusions(p.businessScope()));
        if (!p.qualifications().isEmpty()) append(sb, String.join("、", p.qualifications()));
        String t = sb.toString().strip();
        return t.length() <= PROFILE_CHARS ? t : t.substring(0, PROFILE_CHARS);
    }

    /** The area's passages, at least one. */
    public static List<String> passages(SupportArea a) {
        StringBuilder head = new StringBuilder();
        for (String h : a.path()) append(head, h);
        if (a.title() != null && !a.path().contains(a.title())) append(head, a.title());
        String heading = head.toString().strip();
        if (heading.length() > PASSAGE_CHARS) heading = heading.substring(heading.length() - PASSAGE_CHARS);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String s : MatchText.sentences(a.text())) {
            while (s.length() > PASSAGE_CHARS) { // one sentence longer than a passage: cut it
                flush(out, heading, cur);
                cur.append(s, 0, PASSAGE_CHARS);
                s = s.substring(PASSAGE_CHARS);
                if (out.size() >= MAX_PASSAGES) return out;
            }
            if (cur.length() + s.length() > PASSAGE_CHARS) flush(out, heading, cur);
            if (out.size() >= MAX_PASSAGES) return out;
            cur.append(s);
        }
        flush(out, heading, cur);
        if (out.isEmpty()) out.add(heading);
        return out.size() > MAX_PASSAGES ? out.subList(0, MAX_PASSAGES) : out;
    }

    private static void flush(List<String> out, String heading, StringBuilder cur) {
        if (cur.isEmpty()) return;
        out.add(heading.isEmpty() ? cur.toString() : heading + "\n" + cur);
        cur.setLength(0);
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) sb.append(s.strip()).append('\n');
    }
}
