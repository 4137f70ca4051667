package io.fundmatch.train.towers;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.features.TextVectors;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.text.Segmenter;
import io.fundmatch.towers.FeedbackEvent;
import io.fundmatch.towers.Judgment;
import io.fundmatch.towers.TowerInputs;
import io.fundmatch.train.feedback.FeedbackLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the three training signals into enterprise-side queries against the candidate areas:
 * (1) the guides' own structure — each passage of an area, and an enterprise-like paraphrase of its key
 * terms, should find that area; (2) labelled profiles with graded judgments; (3) feedback events.
 */
public final class TrainingQueries {

    private static final Pattern SENTENCES = Pattern.compile("[。；;！!？?\\n]+");

    private final Segmenter segmenter;
    private final TextVectors text;
    private final Map<String, Integer> areaIndex;
    private final List<SupportArea> areas;

    public TrainingQueries(Segmenter segmenter, TextVectors text, List<SupportArea> areas) {
        this.segmenter = segmenter;
        this.text = text;
        this.areas = areas;
        this.areaIndex = new HashMap<>();
        for (int i = 0; i < areas.size(); i++)
            areaIndex.putIfAbsent(areas.get(i).id(), i);
    }

    /** Passages (sentences and headings with at least {@code minWords} known words) of each area, at most {@code perArea}, spread over the text. */
    public List<TrainingQuery> passages(int perArea, int minWords) {
        List<TrainingQuery> out = new ArrayList<>();
        float[] noSide = new float[TowerInputs.ENTERPRISE_SIDE];
        for (int j = 0; j < areas.size(); j++) {
            SupportArea a = areas.get(j);
            List<List<String>> usable = new ArrayList<>();
            for (String s : SENTENCES.split(TowerInputs.areaText(a))) {
                List<String> words = segmenter.words(s);
                long known = words.stream().filter(text::knows).count();
                if (known >= minWords) usable.add(words);
            }
            int take = Math.min(perArea, usable.size());
            for (int k = 0; k < take; k++) {
                List<String> words = usable.get((int) ((long) k * usable.size() / take));
                out.add(new TrainingQuery(text.weightedVector(words), noSide, Map.of(j, 1f), Set.of(), "self"));
            }
        }
        return out;
    }

    /** One enterprise-like paraphrase per area: "主要从事 …" over its key terms, holding what it asks for. */
    public List<TrainingQuery> paraphrases(int terms) {
        List<TrainingQuery> out = new ArrayList<>();
        for (int j = 0; j < areas.size(); j++) {
            SupportArea a = areas.get(j);
            List<String> keys = new ArrayList<>(new LinkedHashSet<>(a.keyTerms()));
            if (keys.size() < terms) {
                for (String k : text.keyTerms(segmenter.words(TowerInputs.areaText(a)), terms)) {
                    if (keys.size() >= terms) break;
                    if (!keys.contains(k)) keys.add(k);
                }
            }
            if (keys.isEmpty()) continue;
            String scope = "主要从事" + String.join("、", keys.subList(0, Math.min(terms, keys.size()))) + "的研发、生产和技术服务";
            List<String> quals = new ArrayList<>();
            for (QualificationRequirement r : a.qualifications()) {
                if (r.mode() != QualificationRequirement.Mode.CULTIVATE) quals.add(r.qualification());
            }
            EntityType type = a.applicantTypes().isEmpty()
                    ? EntityType.ENTERPRISE
                    : a.applicantTypes().get(0);
            EnterpriseProfile p = new EnterpriseProfile(
                    "paraphrase-" + a.id(),
                    null,
                    null,
                    null,
                    null,
                    type,
                    null,
                    quals,
                    null,
                    scope,
                    null,
                    null,
                    null,
                    null,
                    null);
            out.add(query(p, Map.of(j, 1f), Set.of(), "self"));
        }
        return out;
    }

    /** One query per labelled profile: grade 2 areas weigh 1, grade 1 areas 0.3, grade 0 areas are negatives. */
    public List<TrainingQuery> judgments(List<Judgment> judgments, Set<String> excludeProfiles, int[] unknownAreas) {
        Map<String, EnterpriseProfile> profiles = new LinkedHashMap<>();
        Map<String, Map<Integer, Float>> pos = new HashMap<>();
        Map<String, Set<Integer>> neg = new HashMap<>();
        for (Judgment jd : judgments) {
            if (jd.profile() == null
                    || jd.profile().id() == null
                    || excludeProfiles.contains(jd.profile().id())) continue;
            Integer j = areaIndex.get(jd.areaId());
            if (j == null) {
                unknownAreas[0]++;
                continue;
            }
            String id = jd.profile().id();
            profiles.putIfAbsent(id, jd.profile());
            if (jd.grade() >= 2)
                pos.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(j, 1f);
            else if (jd.grade() == 1)
                pos.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(j, 0.3f);
            else neg.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(j);
        }
        List<TrainingQuery> out = new ArrayList<>();
        profiles.forEach(
                (id, p) -> out.add(query(p, pos.getOrDefault(id, Map.of()), neg.getOrDefault(id, Set.of()), "label")));
        return out;
    }

    /** One query per enterprise with feedback; its profile is the event's own or the registry's record of that id. */
    public List<TrainingQuery> feedback(
            List<FeedbackEvent> events,
            Map<String, EnterpriseProfile> registry,
            Set<String> excludeProfiles,
            int[] skipped) {
        FeedbackLabels labels = FeedbackLabels.of(events, areas, registry, excludeProfiles);
        skipped[0] += labels.skipped();
        List<TrainingQuery> out = new ArrayList<>();
        for (FeedbackLabels.Enterprise e : labels.enterprises())
            out.add(query(e.profile(), e.positives(), e.negatives(), "feedback"));
        return out;
    }

    private TrainingQuery query(
            EnterpriseProfile p, Map<Integer, Float> positives, Set<Integer> negatives, String source) {
        return new TrainingQuery(
                text.weightedVector(segmenter.words(TowerInputs.enterpriseText(p))),
                TowerInputs.enterpriseSide(p),
                positives,
                negatives,
                source);
    }
}
