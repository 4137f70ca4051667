package io.fundmatch.eval;

import io.fundmatch.SharedData;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.profile.ProfileInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * fundmatch's labelled set (resources {@code io/fundmatch/labels/}): invented enterprise profiles
 * ({@code profiles.jsonl}, ProfileInput per line), their graded judgments against the support areas of the
 * seed documents ({@code judgments.tsv}), and graded registry records for a few areas
 * ({@code registry-judgments.tsv}: credit codes and grades only). See {@code GUIDELINES.md} there.
 *
 * <p>Profiles are invented ({@code profiles.jsonl}) or built from real registry rows at evaluation time
 * ({@code registry-profiles.tsv} keeps only id, credit code and file). The frozen test split ({@link FrozenSplit}) is
 * set apart; profile i of the rest (in file order) belongs to fold {@code i % k}, so a fold split is deterministic
 * and every fold mixes regions. A trainer takes {@link #trainProfiles(int, int)} and is scored on
 * {@link #testProfiles(int, int)}; fold k is the frozen split.
 */
public record LabelledSet(
        List<ProfileInput> profiles,
        List<Judgment> judgments,
        List<Judgment> registryJudgments,
        Map<String, String> foldGroups) {

    public static final String RESOURCE = "/io/fundmatch/labels/";

    public LabelledSet {
        profiles = List.copyOf(profiles);
        judgments = List.copyOf(judgments);
        registryJudgments = List.copyOf(registryJudgments);
        foldGroups = Map.copyOf(foldGroups);
    }

    /** Folds deal the cross-validation profiles out in turn (profile i to fold i % k). */
    public LabelledSet(List<ProfileInput> profiles, List<Judgment> judgments, List<Judgment> registryJudgments) {
        this(profiles, judgments, registryJudgments, Map.of());
    }

    /**
     * The same labelled set with its cross-validation folds made of whole groups: every profile of a group (profile
     * id → group key; a profile without one is a group of its own) lands in the same fold, so a model scored on a
     * group never trained on any profile of it. Groups go, largest first, to the fold holding the fewest profiles.
     * The frozen split is unchanged.
     */
    public LabelledSet withFoldGroups(Map<String, String> groups) {
        return new LabelledSet(profiles, judgments, registryJudgments, groups);
    }

    /** The fold that holds the profiles of group {@code key}, or -1 when no cross-validation profile is in it. */
    public int foldOfGroup(String key, int k) {
        List<ProfileInput> cv = crossValidationProfiles();
        int[] folds = crossValidationFolds(k);
        for (int i = 0; i < cv.size(); i++)
            if (key.equals(foldGroups.get(cv.get(i).id()))) return folds[i];
        return -1;
    }

    /** Fold of each cross-validation profile, in {@link #crossValidationProfiles()} order. */
    private int[] crossValidationFolds(int k) {
        List<ProfileInput> cv = crossValidationProfiles();
        int[] out = new int[cv.size()];
        if (foldGroups.isEmpty()) {
            for (int i = 0; i < out.length; i++) out[i] = i % k;
            return out;
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < cv.size(); i++) {
            String id = cv.get(i).id();
            members.computeIfAbsent(foldGroups.getOrDefault(id, "profile:" + id), g -> new ArrayList<>())
                    .add(i);
        }
        List<Map.Entry<String, List<Integer>>> groups = new ArrayList<>(members.entrySet());
        groups.sort(Map.Entry.<String, List<Integer>>comparingByValue(java.util.Comparator.comparingInt(List::size))
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        int[] size = new int[k];
        for (Map.Entry<String, List<Integer>> g : groups) {
            int f = 0;
            for (int j = 1; j < k; j++) if (size[j] < size[f]) f = j;
            for (int i : g.getValue()) out[i] = f;
            size[f] += g.getValue().size();
        }
        return out;
    }

    /**
     * The labelled set shipped with fundmatch; the registry-built profiles are read from
     * {@code ../shared/data/enterprises} when it is there and skipped when it is not.
     */
    public static LabelledSet load() {
        return load(SharedData.resolve("data/enterprises").orElse(null));
    }

    /**
     * The labelled set shipped with fundmatch, its registry-built profiles ({@code registry-profiles.tsv}: id, credit
     * code, registry file) read from the extracts in {@code registryDir}; none when it is null. A credit code not
     * found there is skipped (see {@link #registryProfileRefs()} for what should be there).
     */
    public static LabelledSet load(Path registryDir) {
        List<ProfileInput> profiles = new ArrayList<>();
        for (String line : lines("profiles.jsonl")) {
            try {
                profiles.add(Json.mapper().readValue(line, ProfileInput.class));
            } catch (IOException e) {
                throw new IllegalStateException("bad labelled profile: " + e.getMessage());
            }
        }
        profiles.addAll(RegistryProfiles.build(registryProfileRefs(), registryDir));
        return new LabelledSet(profiles, judgments("judgments.tsv"), judgments("registry-judgments.tsv"));
    }

    /**
     * The registry-built profiles the set names: id, credit code, registry file and whether it is score-only
     * (fourth field {@value #SCORE_ONLY}), never the record's text.
     */
    public static List<RegistryProfiles.Ref> registryProfileRefs() {
        List<RegistryProfiles.Ref> out = new ArrayList<>();
        for (String line : lines("registry-profiles.tsv")) out.add(registryProfileRef(line));
        return out;
    }

    /**
     * One line of {@code registry-profiles.tsv}; anything but the four known fields is an error, so a misspelt
     * {@value #SCORE_ONLY} cannot quietly put a profile into training.
     */
    static RegistryProfiles.Ref registryProfileRef(String line) {
        String[] f = line.split("\t");
        if (f.length < 3 || f.length > 4 || (f.length == 4 && !f[3].strip().equals(SCORE_ONLY)))
            throw new IllegalStateException(
                    "registry-profiles.tsv: expected id, credit code, file and optionally " + SCORE_ONLY + ": " + line);
        return new RegistryProfiles.Ref(f[0].strip(), f[1].strip(), f[2].strip(), f.length == 4);
    }

    /** Whether a labelled profile is in the frozen test split ({@link FrozenSplit}). */
    public boolean frozen(String profileId) {
        return FrozenSplit.isFrozenProfile(profileId);
    }

    /** The profiles cross-validation folds over: every profile outside the frozen split, in file order. */
    public List<ProfileInput> crossValidationProfiles() {
        return profiles.stream().filter(p -> !frozen(p.id())).toList();
    }

    /**
     * What the shipped models train on: the cross-validation profiles but the score-only ones ({@link #scoreOnly()}).
     * Cross-validation scores every cross-validation profile and trains each fold's models on this set's profiles of
     * the other folds.
     */
    public List<ProfileInput> trainingProfiles() {
        Set<String> scoreOnly = scoreOnly();
        return crossValidationProfiles().stream()
                .filter(p -> !scoreOnly.contains(p.id()))
                .toList();
    }

    /**
     * Labelled profiles that are scored but never trained on: registry-built profiles marked {@code score-only} in
     * {@code registry-profiles.tsv} (see GUIDELINES.md, "Registry-built profiles").
     */
    public static Set<String> scoreOnly() {
        return registryProfileRefs().stream()
                .filter(RegistryProfiles.Ref::scoreOnly)
                .map(RegistryProfiles.Ref::id)
                .collect(Collectors.toSet());
    }

    /** The fourth field of a {@code registry-profiles.tsv} line that keeps its profile out of training. */
    public static final String SCORE_ONLY = "score-only";

    /** The frozen test split's profiles. */
    public List<ProfileInput> frozenProfiles() {
        return profiles.stream().filter(p -> frozen(p.id())).toList();
    }

    /**
     * Enterprise keys no training signal may bring in, so that no shipped model learns what the frozen split tests:
     * the ids and credit codes of the frozen profiles.
     */
    public Set<String> frozenKeys() {
        Set<String> out = new java.util.HashSet<>();
        for (ProfileInput p : frozenProfiles()) {
            out.add(p.id());
            if (p.creditCode() != null && !p.creditCode().isBlank()) out.add(p.creditCode());
        }
        return out;
    }

    /**
     * Profile i of {@link #crossValidationProfiles()} belongs to fold i % k (or its group's fold, see {@link
     * #withFoldGroups}); a frozen profile belongs to "fold" k, the frozen split.
     */
    public int foldOf(String profileId, int k) {
        if (frozen(profileId)) {
            if (profiles.stream().anyMatch(p -> p.id().equals(profileId))) return k;
        }
        List<ProfileInput> cv = crossValidationProfiles();
        int[] folds = crossValidationFolds(k);
        for (int i = 0; i < cv.size(); i++) if (cv.get(i).id().equals(profileId)) return folds[i];
        throw new IllegalArgumentException("no labelled profile " + profileId);
    }

    /** The profiles scored in {@code fold} (0 ≤ fold < k), or the frozen split when {@code fold == k}. */
    public List<ProfileInput> testProfiles(int fold, int k) {
        if (fold == k) return frozenProfiles();
        List<ProfileInput> cv = crossValidationProfiles();
        int[] folds = crossValidationFolds(k);
        List<ProfileInput> out = new ArrayList<>();
        for (int i = 0; i < cv.size(); i++) if (folds[i] == fold) out.add(cv.get(i));
        return out;
    }

    /**
     * What a model scored on {@code fold} may train on: the cross-validation profiles of the other folds (all of
     * them for the frozen split, {@code fold == k}); never a frozen or a score-only profile.
     */
    public List<ProfileInput> trainProfiles(int fold, int k) {
        List<ProfileInput> cv = crossValidationProfiles();
        int[] folds = crossValidationFolds(k);
        Set<String> scoreOnly = scoreOnly();
        List<ProfileInput> out = new ArrayList<>();
        for (int i = 0; i < cv.size(); i++)
            if ((fold == k || folds[i] != fold) && !scoreOnly.contains(cv.get(i).id())) out.add(cv.get(i));
        return out;
    }

    /** Ids of the profiles a model scored on {@code fold} must not see: everything but {@link #trainProfiles}. */
    public Set<String> heldOut(int fold, int k) {
        Set<String> train = new HashSet<>();
        trainProfiles(fold, k).forEach(p -> train.add(p.id()));
        Set<String> out = new HashSet<>();
        for (ProfileInput p : profiles) if (!train.contains(p.id())) out.add(p.id());
        return out;
    }

    /** Grade (0–2) of every area of the catalogue for one labelled profile, by index in {@code areas}; unjudged = 0. */
    public int[] grades(String profileId, List<SupportArea> areas) {
        List<Judgment> mine =
                judgments.stream().filter(j -> j.subject().equals(profileId)).toList();
        int[] g = new int[areas.size()];
        for (int i = 0; i < areas.size(); i++)
            g[i] = AreaKey.grade(areas.get(i), mine).orElse(0);
        return g;
    }

    /** Area index → grade > 0 for one profile: what a trainer uses as positives. */
    public Map<Integer, Integer> positives(String profileId, List<SupportArea> areas) {
        int[] g = grades(profileId, areas);
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) if (g[i] > 0) out.put(i, g[i]);
        return out;
    }

    /** For each labelled area (index in {@code areas}), the graded registry credit codes. */
    public Map<Integer, Map<String, Integer>> registryGrades(List<SupportArea> areas) {
        Map<String, List<Judgment>> byKey = registryJudgments.stream()
                .collect(Collectors.groupingBy(
                        j -> j.source() + "\t" + j.title(), LinkedHashMap::new, Collectors.toList()));
        Map<Integer, Map<String, Integer>> out = new LinkedHashMap<>();
        for (List<Judgment> group : byKey.values()) {
            Judgment key = group.get(0);
            List<Judgment> keyOnly = List.of(new Judgment("", key.source(), key.title(), 1));
            int best = -1;
            for (int i = 0; i < areas.size(); i++) {
                SupportArea a = areas.get(i);
                if (AreaKey.grade(a, keyOnly).isPresent()
                        && AreaKey.normalise(a.title()).equals(AreaKey.normalise(key.title()))) {
                    best = i;
                    break;
                }
            }
            if (best < 0) {
                for (int i = 0; i < areas.size() && best < 0; i++)
                    if (AreaKey.grade(areas.get(i), keyOnly).isPresent()) best = i;
            }
            if (best < 0) continue;
            Map<String, Integer> grades = new HashMap<>();
            for (Judgment j : group) grades.put(j.subject(), j.grade());
            out.put(best, grades);
        }
        return out;
    }

    /** Judgments (profile and registry) whose document and title name no area of the catalogue. */
    public List<Judgment> unmatched(List<SupportArea> areas) {
        List<Judgment> out = new ArrayList<>();
        for (Judgment j : judgments) {
            List<Judgment> one = List.of(j);
            if (areas.stream().noneMatch(a -> AreaKey.grade(a, one).isPresent())) out.add(j);
        }
        return out;
    }

    public Set<String> registryCodes() {
        return registryJudgments.stream().map(Judgment::subject).collect(Collectors.toSet());
    }

    private static List<Judgment> judgments(String name) {
        List<Judgment> out = new ArrayList<>();
        for (String line : lines(name)) {
            String[] f = line.split("\t");
            if (f.length < 4) throw new IllegalStateException(name + ": expected 4 tab-separated fields: " + line);
            out.add(new Judgment(f[0].strip(), f[1].strip(), f[2].strip(), Integer.parseInt(f[3].strip())));
        }
        return out;
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = LabelledSet.class.getResourceAsStream(RESOURCE + name)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
