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
    /** areas scored against every enterprise of their jurisdiction (the others touched merge their lists) */
    private final boolean[] areasFull;
    /** jurisdiction keys of the areas scored against every enterprise of their jurisdiction */
    private final Set<String> fullAreaKeys;

    private IncrementalPlan(boolean full, Set<String> changedAreaKeys, boolean[] areasRescored) {
        this(full, changedAreaKeys, areasRescored, areasRescored.clone(), Set.of());
    }

    private IncrementalPlan(
            boolean full,
            Set<String> changedAreaKeys,
            boolean[] areasRescored,
            boolean[] areasFull,
            Set<String> fullAreaKeys) {
        this.full = full;
        this.changedAreaKeys = changedAreaKeys;
        this.areasRescored = areasRescored;
        this.areasFull = areasFull;
        this.fullAreaKeys = fullAreaKeys;
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
        Set<String> rescoredKeys = new HashSet<>();
        boolean[] rescored = new boolean[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            AreaLine a = areas.get(i);
            current.add(a.id());
            boolean changed = changed(a, previousAreas);
            if (changed) changedAreaKeys.addAll(a.keys());
            rescored[i] = changed || !Collections.disjoint(a.keys(), changedEnterpriseKeys);
            if (rescored[i]) rescoredKeys.addAll(a.keys());
        }
        previousAreas.forEach((id, s) -> {
            if (!current.contains(id)) changedAreaKeys.addAll(s.keys());
        });
        return new IncrementalPlan(
                false, Set.copyOf(changedAreaKeys), rescored, rescored.clone(), Set.copyOf(rescoredKeys));
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

    /**
     * An incremental plan whose work is proportional to what changed, for a previous run that kept each area's
     * list with a margin ({@link AreaLists}): an area that changed or arrived, or whose previous list lost more
     * enterprises than its margin allows ({@code outOfMargin}), is scored against every enterprise of its
     * jurisdiction; an unchanged area with changed, arrived or departed enterprises in its jurisdiction merges its
     * previous list with the changed and arrived enterprises' scores; the others are carried over. Enterprises are
     * rescored as in {@link #incremental(List, Map, Set)}: a change of other enterprises never changes a list.
     *
     * @param outOfMargin ids of unchanged areas whose previous list no longer holds its top N exactly
     */
    static IncrementalPlan withMargin(
            List<AreaLine> areas,
            Map<String, StateRow> previousAreas,
            Set<String> changedEnterpriseKeys,
            Set<String> outOfMargin) {
        IncrementalPlan touched = incremental(areas, previousAreas, changedEnterpriseKeys);
        boolean[] fullAreas = new boolean[areas.size()];
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            AreaLine a = areas.get(i);
            fullAreas[i] = changed(a, previousAreas) || (touched.areasRescored[i] && outOfMargin.contains(a.id()));
            if (fullAreas[i]) keys.addAll(a.keys());
        }
        return new IncrementalPlan(false, touched.changedAreaKeys, touched.areasRescored, fullAreas, Set.copyOf(keys));
    }

    /** Whether area {@code index} is scored against every enterprise of its jurisdiction. */
    boolean rescoresAreaFully(int index) {
        return areasFull[index];
    }

    /** Whether area {@code index} merges its previous list with the scores of changed and arrived enterprises. */
    boolean mergesArea(int index) {
        return areasRescored[index] && !areasFull[index];
    }

    /** One flag per area in force: scored against every enterprise of its jurisdiction. */
    boolean[] areasFullyRescored() {
        return areasFull.clone();
    }

    /** One flag per area in force: its previous list merged with the changed enterprises' scores. */
    boolean[] areasMerged() {
        boolean[] out = new boolean[areasRescored.length];
        for (int i = 0; i < out.length; i++) out[i] = mergesArea(i);
        return out;
    }

    long fullyRescoredAreas() {
        long n = 0;
        for (boolean b : areasFull) if (b) n++;
        return n;
    }

    /**
     * Whether the run needs this enterprise's vector and a pass over its candidate areas: it is rescored itself,
     * or an area of its jurisdiction is scored against every enterprise (else it is only read and carried over).
     */
    boolean scoresEnterprise(EnterpriseRow r) {
        return rescoresEnterprise(r) || !Collections.disjoint(r.keys(), fullAreaKeys);
    }
}
