package io.fundmatch.train.student;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.encoder.student.StudentTokens;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts a student learns from, as the encoder reads them ({@link EncoderTexts}): registry enterprises' texts
 * and areas' passages, each text once. Enterprises whose credit code (or id) is in {@code excluded} are left out
 * (the evaluation's labelled and judged registry records, so the student is scored on texts it never saw). Every
 * tenth text by a hash of its content is held out for validation, so the split does not depend on input order.
 */
public final class StudentCorpus {

    private final Set<String> excluded;
    private final Set<String> texts = new LinkedHashSet<>();
    private int enterprises;
    private int excludedEnterprises;
    private int passages;

    public StudentCorpus(Set<String> excluded) {
        this.excluded = Set.copyOf(excluded);
    }

    /** Adds the enterprises' texts (except the excluded ones); returns how many texts were new. */
    public int addEnterprises(List<EnterpriseProfile> profiles) {
        int before = texts.size();
        for (EnterpriseProfile p : profiles) {
            if (excluded.contains(p.id()) || (p.creditCode() != null && excluded.contains(p.creditCode()))) {
                excludedEnterprises++;
                continue;
            }
            String t = EncoderTexts.of(p);
            if (!t.isBlank()) texts.add(t);
            enterprises++;
        }
        return texts.size() - before;
    }

    /** Adds every passage of the areas; returns how many texts were new. */
    public int addAreas(List<SupportArea> areas) {
        int before = texts.size();
        for (SupportArea a : areas) {
            for (String p : EncoderTexts.passages(a)) {
                if (!p.isBlank()) texts.add(p);
                passages++;
            }
        }
        return texts.size() - before;
    }

    public static boolean isHeldOut(String text) {
        return StudentTokens.bucket(text, 10) == 0;
    }

    public List<String> train() {
        return texts.stream().filter(t -> !isHeldOut(t)).toList();
    }

    public List<String> heldOut() {
        return texts.stream().filter(StudentCorpus::isHeldOut).toList();
    }

    /** What went in, for the model card. */
    public Map<String, Object> describe() {
        return Map.of(
                "enterpriseTexts",
                enterprises,
                "excludedEnterprises",
                excludedEnterprises,
                "areaPassages",
                passages,
                "distinctTexts",
                texts.size(),
                "trainTexts",
                train().size(),
                "heldOutTexts",
                heldOut().size());
    }

    /** Every distinct text (for checks). */
    public List<String> all() {
        return new ArrayList<>(texts);
    }
}
