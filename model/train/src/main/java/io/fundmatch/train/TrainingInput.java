package io.fundmatch.train;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.FeedbackEvent;
import io.fundmatch.towers.Judgment;
import io.fundmatch.train.features.Taxonomies;
import java.util.List;
import java.util.Set;

/**
 * What a model is trained on.
 *
 * @param excludeProfiles labelled or feedback profiles to leave out (the test fold of a cross-validation)
 */
public record TrainingInput(
        List<SupportArea> catalogue,
        List<EnterpriseProfile> registry,
        Taxonomies taxonomies,
        List<Judgment> judgments,
        List<FeedbackEvent> feedback,
        Set<String> excludeProfiles) {

    public TrainingInput {
        catalogue = List.copyOf(catalogue);
        registry = registry == null ? List.of() : List.copyOf(registry);
        taxonomies = taxonomies == null ? Taxonomies.NONE : taxonomies;
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
        excludeProfiles = excludeProfiles == null ? Set.of() : Set.copyOf(excludeProfiles);
    }
}
