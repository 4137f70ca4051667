package io.fundmatch.encoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Something that maps a text to a unit-length vector in the sentence encoder's space: the pretrained encoder
 * itself ({@link SentenceEncoder}) or its distilled student ({@link io.fundmatch.encoder.student.StudentEncoder}).
 * Both read the same texts ({@link EncoderTexts}) and give {@link #dimension()} floats whose dot product is the
 * cosine, so a vector of one can be scored against a vector of the other. Implementations are thread-safe.
 */
public interface TextEncoder {

    /** Name and content hash of the weights: part of every model version and of the stored vectors' keys. */
    String id();

    int dimension();

    /** The unit-length vector of one text; a blank or unreadable text still gives one. */
    float[] embed(String text);

    /** The vectors of several texts, in order, in this thread. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embed(t));
        return out;
    }
}
