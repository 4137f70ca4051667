package io.fundmatch.nightly;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run recomputes, given what changed since the previous complete run. A full run rescores every
 * enterprise and every area. An incremental run (same model as the previous run) rescores an enterprise only
 * if it changed or an area of its jurisdiction changed, arrived or left; and an area only if it changed or an
 * enterprise of its jurisdiction changed, arrived or left. Everything else is carried over from the previous
 * run. Small (jurisdiction keys and one flag per area): broadcast to the scoring tasks.
 */
final class IncrementalPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean full;
    private final Set<String> changedAreaKeys;
    private final boolean[] areasRescored;

    private IncrementalPlan(boolean full, Set<String> changedAreaKeys, boolean[] areasRescored) {
        this.full = full;
        this.changedAreaKeys = changedAreaKeys;
        this.areasRescored = areasRescored;
    }

    /** Areas that need embedding: new since the previous run or with other content (all of them without one). */
    static List<AreaLine> areasToEmbed(List<AreaLine> areas, Map<String, StateRow> previousAreas) {
        return areas.stream().filter(a -> changed(a, previousAreas)).toList();
    }

    /** Everything rescored. */
    static IncrementalPlan full(int areaCount) {
        boolean[] all = new boolean[areaCount];
        Arrays.fill(all, true);
        return new IncrementalPlan(true, Set.of(), all);
    }

    /**
     * @param areas                 the areas in force, in the run's order (by id)
     * @param previousAreas         the previous run's areas by id (hash and jurisdiction keys)
     * @param changedEnterpriseKeys jurisdiction keys of enterprises that changed, arrived or left
     */
    static IncrementalPlan incremental(
            List<AreaLine> areas, Map<String, StateRow> previousAreas, Set<String> changedEnterpriseKeys) {
        Set<String> changedAreaKeys = new HashSet<>();
        Set<String> current = new HashSet<>();
        boolean[] rescored = new boolean[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            AreaLine a = areas.get(i);
            current.add(a.id());
            boolean changed = changed(a, previousAreas);
            if (changed) changedAreaKeys.addAll(a.keys());
            rescored[i] = changed || !Collections.disjoint(a.keys(), changedEnterpriseKeys);
        }
        previousAreas.forEach((id, s) -> {
            if (!current.contains(id)) changedAreaKeys.addAll(s.keys());
        });
        return new IncrementalPlan(false, Set.copyOf(changedAreaKeys), rescored);
    }

    private static boolean changed(AreaLine a, Map<String, StateRow> previousAreas) {
        StateRow before = previousAreas.get(a.id());
        return before == null || !before.hash().equals(a.hash());
    }

    boolean isFull() {
        return full;
    }

    /** Whether the enterprise gets a new top K (else its previous rows are carried over). */
    boolean rescoresEnterprise(boolean changed, List<String> keys) {
        return full || changed || !Collections.disjoint(keys, changedAreaKeys);
    }

    boolean rescoresEnterprise(EnterpriseRow r) {
        return rescoresEnterprise(r.changed(), r.keys());
    }

    /** Whether the area at this index (in the areas in force) gets a new top N. */
    boolean rescoresArea(int index) {
        return areasRescored[index];
    }

    /** One flag per area in force: rescored or carried over. */
    boolean[] areasRescored() {
        return areasRescored.clone();
    }

    long rescoredAreas() {
        long n = 0;
        for (boolean b : areasRescored) if (b) n++;
        return n;
    }

    /** Ids of the areas whose previous top N is carried over. */
    List<String> carriedOverAreas(List<AreaLine> areas) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++)
            if (!areasRescored[i]) out.add(areas.get(i).id());
        return out;
    }
}
