package io.fundmatch.nightly;

import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.TextEncoder;
import io.fundmatch.encoder.student.StudentEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What embeds the enterprises' profile texts for the rankers over the sentence encoder's space ({@code learned},
 * {@code encoder}): the sentence encoder itself ({@value #ENCODER}, as the service does, ≈ 10 ms a profile) or its
 * distilled student ({@value #STUDENT}, {@link StudentEncoder}: the same text, an answer in the same 512-d space,
 * ≈ 0.4 ms a profile). Areas always keep the encoder's vectors. Loaded once per JVM (driver or executor); tasks
 * receive only the name and the model location.
 */
public final class ProfileEncoders {

    /** Profiles embedded by the sentence encoder, as the service embeds them. */
    public static final String ENCODER = "encoder";
    /** Profiles embedded by the encoder's distilled student. */
    public static final String STUDENT = "student";
    /** The nightly job's choice when none is given (docs/nightly.md, "Student profile vectors"). */
    public static final String DEFAULT = STUDENT;

    public static final List<String> NAMES = List.of(ENCODER, STUDENT);

    private static final Map<String, TextEncoder> LOADED = new ConcurrentHashMap<>();

    private ProfileEncoders() {}

    /** The name checked: {@value #ENCODER} or {@value #STUDENT} (null: {@link #DEFAULT}). */
    public static String checked(String name) {
        if (name == null) return DEFAULT;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(n))
            throw new IllegalArgumentException(
                    "--enterprise-encoder must be one of " + String.join(", ", NAMES) + ", not '" + name + "'");
        return n;
    }

    /**
     * The encoder of profiles: the shared sentence encoder, or the student of the model directory (its
     * {@code student.bin}) or the one shipped in the jar.
     *
     * @param modelLocation a model directory (path or file: URI), or empty/null
     */
    public static TextEncoder get(String name, String modelLocation) {
        if (checked(name).equals(ENCODER)) return SentenceEncoder.shared();
        String at = modelLocation == null ? "" : modelLocation;
        return LOADED.computeIfAbsent(at, l -> StudentEncoder.loadOrShipped(NightlyRanking.localDirectory(l)));
    }
}
