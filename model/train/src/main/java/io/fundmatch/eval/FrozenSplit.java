package io.fundmatch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The frozen test split of the labelled set, fixed before the profiles and areas in it were judged and never
 * used to train or tune anything: evaluation scores it with models trained on the rest only and reports it apart
 * from cross-validation.
 *
 * <p>Profiles: every labelled profile added after the first 64 (ids other than {@code L01}…{@code L64}, which
 * were judged and tuned on before the split existed) whose CRC-32 of the UTF-8 id is divisible by 4, and every
 * profile of a frozen batch (ids {@code F} or {@code H} and digits: drawn and declared frozen before they were
 * judged). Officer areas: the areas listed in {@code frozen-areas.tsv} (document source and area title), chosen
 * before their registry pools were judged.
 */
public final class FrozenSplit {

    /** The profiles judged and tuned on before the split was defined: never frozen. */
    private static final Pattern TUNED_BEFORE = Pattern.compile("L(\\d{2})");

    private static final int MODULUS = 4;

    private final List<String[]> areas;

    private FrozenSplit(List<String[]> areas) {
        this.areas = List.copyOf(areas);
    }

    /** The split shipped with the labelled set. */
    public static FrozenSplit load() {
        List<String[]> areas = new ArrayList<>();
        try (InputStream in = FrozenSplit.class.getResourceAsStream(LabelledSet.RESOURCE + "frozen-areas.tsv")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    if (f.length < 2)
                        throw new IllegalStateException("frozen-areas.tsv: expected source and title: " + line);
                    areas.add(new String[] {f[0].strip(), AreaKey.normalise(f[1])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FrozenSplit(areas);
    }

    /** A profile of a batch declared frozen as a whole before it was judged. */
    private static final Pattern FROZEN_BATCH = Pattern.compile("[FH]\\d+");

    /** Whether this labelled profile belongs to the frozen test split. */
    public static boolean isFrozenProfile(String id) {
        if (FROZEN_BATCH.matcher(id).matches()) return true;
        Matcher m = TUNED_BEFORE.matcher(id);
        if (m.matches() && Integer.parseInt(m.group(1)) <= 64) return false;
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % MODULUS == 0;
    }

    /** Whether the officer-direction judgments of this area (document source, title as written) are frozen. */
    public boolean isFrozenArea(String source, String title) {
        String t = AreaKey.normalise(title);
        for (String[] a : areas) if (a[0].equalsIgnoreCase(source) && a[1].equals(t)) return true;
        return false;
    }

    /** How many officer areas are frozen. */
    public int frozenAreas() {
        return areas.size();
    }
}
