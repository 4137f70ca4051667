package io.fundmatch.train.feedback;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.FeedbackEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feedback the service records, as labels per enterprise for the trainers: for each enterprise (its id, or the id
 * of the profile the event carries) and each catalogue area it gave feedback on, what its events say in the end. A
 * not-relevant event makes the pair a negative; a positive one (applied, awarded, saved) makes it a positive weighted
 * by its kind ({@link FeedbackEvent.Kind#weight}), two positives keeping the stronger; in the file's order, so a later
 * event overrides an earlier one of the other sign. Events that name an enterprise neither by a profile nor by an id
 * of {@code registry}, an area not in the catalogue or an unknown kind, and the enterprises of {@code exclude}, are
 * counted in {@link #skipped} and left out.
 *
 * @param enterprises one entry per enterprise with at least one label, in the order of their first event
 * @param skipped     events left out
 */
public record FeedbackLabels(List<Enterprise> enterprises, int skipped) {

    public static final FeedbackLabels NONE = new FeedbackLabels(List.of(), 0);

    public FeedbackLabels {
        enterprises = List.copyOf(enterprises);
    }

    /**
     * One enterprise's labels.
     *
     * @param key       the enterprise's id (the event's, else its profile's)
     * @param positives area index → weight of the strongest positive kind
     * @param negatives area indices it called not relevant
     */
    public record Enterprise(
            String key, EnterpriseProfile profile, Map<Integer, Float> positives, Set<Integer> negatives) {

        public
        Enterprise { // copies that keep the order of the first events: trainers that sum over them stay reproducible
            positives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(positives));
            negatives = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(negatives));
        }

        /**
         * A grade per area of a catalogue of {@code areas} areas, as the labelled set grades: 2 where it applied or was
         * awarded, 1 where it saved the area, 0 where it said not relevant, and -1 (no label) everywhere else.
         */
        public int[] grades(int areas) {
            int[] g = new int[areas];
            Arrays.fill(g, -1);
            positives.forEach((a, w) -> g[a] = w >= 1f ? 2 : 1);
            for (int a : negatives) g[a] = 0;
            return g;
        }
    }

    public static FeedbackLabels of(
            List<FeedbackEvent> events,
            List<SupportArea> areas,
            Map<String, EnterpriseProfile> registry,
            Set<String> exclude) {
        Map<String, Integer> areaIndex = new HashMap<>();
        for (int i = 0; i < areas.size(); i++)
            areaIndex.putIfAbsent(areas.get(i).id(), i);
        Map<String, EnterpriseProfile> profiles = new LinkedHashMap<>();
        Map<String, Map<Integer, Float>> labels =
                new HashMap<>(); // per enterprise, areas in event order; < 0: negative
        int skipped = 0;
        for (FeedbackEvent e : events) {
            String key = e.enterpriseKey();
            EnterpriseProfile p = e.profile() != null ? e.profile() : key == null ? null : registry.get(key);
            Integer area = e.areaId() == null ? null : areaIndex.get(e.areaId());
            if (key == null || p == null || area == null || e.parsedKind().isEmpty() || exclude.contains(key)) {
                skipped++;
                continue;
            }
            profiles.putIfAbsent(key, p);
            float w = e.parsedKind().get().weight();
            labels.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .merge(area, w, (old, now) -> now < 0 || old < 0 ? now : Math.max(old, now));
        }
        List<Enterprise> out = new ArrayList<>();
        profiles.forEach((key, p) -> {
            Map<Integer, Float> pos = new LinkedHashMap<>();
            java.util.Set<Integer> neg = new java.util.LinkedHashSet<>();
            labels.get(key).forEach((a, w) -> {
                if (w < 0) neg.add(a);
                else pos.put(a, w);
            });
            out.add(new Enterprise(key, p, pos, neg));
        });
        return new FeedbackLabels(out, skipped);
    }

    /** The enterprises of cross-fitting fold {@code fold} of {@code folds} (by a stable hash of their key). */
    public List<Enterprise> fold(int fold, int folds) {
        return enterprises.stream().filter(e -> foldOf(e.key(), folds) == fold).toList();
    }

    /** The cross-fitting fold of an enterprise key: stable across runs and machines. */
    public static int foldOf(String key, int folds) {
        return Math.floorMod(key.hashCode(), folds);
    }

    /** How many labels (positives and negatives) all enterprises hold. */
    public int labels() {
        return enterprises.stream()
                .mapToInt(e -> e.positives().size() + e.negatives().size())
                .sum();
    }
}
