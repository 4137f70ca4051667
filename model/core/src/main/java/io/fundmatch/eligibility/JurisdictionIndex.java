package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.Region;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Positions of a list (of areas or of enterprises) by {@link JurisdictionKeys}: the candidates for the other
 * side's keys are the positions sharing a key with them, i.e. every pair that jurisdiction does not rule out.
 * Immutable.
 */
public final class JurisdictionIndex implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int[] NONE = new int[0];

    private final HashMap<String, int[]> byKey;

    private JurisdictionIndex(HashMap<String, int[]> byKey) {
        this.byKey = byKey;
    }

    /** Areas by their issuing regions (null or national for a national document), in position order. */
    public static JurisdictionIndex ofIssuers(List<Region> issuers) {
        return of(keysOf(issuers, JurisdictionKeys::ofArea));
    }

    /** Areas by their documents' issuing regions, in position order. */
    public static JurisdictionIndex ofAreas(List<SupportArea> areas) {
        List<Region> issuers = new ArrayList<>(areas.size());
        for (SupportArea a : areas)
            issuers.add(a.document() == null ? null : a.document().region());
        return ofIssuers(issuers);
    }

    /** Enterprises by their registered regions, in position order. */
    public static JurisdictionIndex ofRegistered(List<Region> regions) {
        return of(keysOf(regions, JurisdictionKeys::ofEnterprise));
    }

    private static List<List<String>> keysOf(List<Region> regions, Function<Region, List<String>> keys) {
        Map<Region, List<String>> memo = new HashMap<>();
        List<List<String>> out = new ArrayList<>(regions.size());
        for (Region r : regions) out.add(memo.computeIfAbsent(r, keys));
        return out;
    }

    /** @param keys the jurisdiction keys of each position, in position order */
    public static JurisdictionIndex of(List<List<String>> keys) {
        Map<String, int[]> counts = new HashMap<>();
        for (List<String> ks : keys) {
            for (String k : ks) counts.computeIfAbsent(k, x -> new int[1])[0]++;
        }
        HashMap<String, int[]> byKey = new HashMap<>();
        counts.forEach((k, n) -> byKey.put(k, new int[n[0]]));
        Map<String, int[]> filled = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String k : keys.get(i)) byKey.get(k)[filled.computeIfAbsent(k, x -> new int[1])[0]++] = i;
        }
        return new JurisdictionIndex(byKey);
    }

    /**
     * Positions sharing a key with {@code otherKeys}, in ascending order within each key, in a new array the caller
     * may reorder. A position appears once: an area and an enterprise share at most one key.
     */
    public int[] candidates(List<String> otherKeys) {
        if (otherKeys.size() == 1)
            return byKey.getOrDefault(otherKeys.get(0), NONE).clone();
        int total = 0;
        for (String k : otherKeys) total += byKey.getOrDefault(k, NONE).length;
        int[] out = new int[total];
        int at = 0;
        for (String k : otherKeys) {
            int[] part = byKey.getOrDefault(k, NONE);
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
