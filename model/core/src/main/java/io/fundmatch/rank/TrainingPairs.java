package io.fundmatch.rank;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.EligibilityChecker;
import io.fundmatch.eligibility.JurisdictionIndex;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Embedder;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Labelled (profile, area) pairs as feature rows for the learned ranker: for every judged profile, every area its
 * jurisdiction and the eligibility rules admit (what the ranker will have to order), with its grade (0 when unjudged;
 * a negative grade marks a pair with no label at all, such as an area a feedback-giving enterprise never mentioned, and
 * gives no row),
 * the signals read over its jurisdiction's areas as the recommender reads them. Built by the same
 * code that scores ({@link LearnedScorer#features}), so training and serving see identical features.
 *
 * @param x      one feature row per pair
 * @param grades 0 (not relevant), 1 (related) or 2 (should apply)
 */
public record TrainingPairs(List<double[]> x, List<Integer> grades) {

    public static TrainingPairs of(
            List<EnterpriseProfile> profiles,
            Function<EnterpriseProfile, int[]> gradesOf,
            Corpus<SupportArea> areas,
            Embedder embedder,
            MatchOptions options) {
        return of(profiles, gradesOf, areas, embedder, options, null);
    }

    /** As above, with the tower features read from {@code towers} (null: 0), as a ranker serving them scores. */
    public static TrainingPairs of(
            List<EnterpriseProfile> profiles,
            Function<EnterpriseProfile, int[]> gradesOf,
            Corpus<SupportArea> areas,
            Embedder embedder,
            MatchOptions options,
            TowerSignal towers) {
        EligibilityChecker checker = EligibilityChecker.standard();
        JurisdictionIndex jurisdictions = JurisdictionIndex.ofAreas(areas.items());
        List<double[]> x = new ArrayList<>();
        List<Integer> g = new ArrayList<>();
        for (EnterpriseProfile p : profiles) {
            int[] grades = gradesOf.apply(p);
            if (grades == null) continue;
            // the areas its jurisdiction admits, as the recommender scores them
            int[] scope = jurisdictions.candidates(JurisdictionKeys.ofEnterprise(p.region()));
            double[][] rows = LearnedScorer.features(
                    new Probe(MatchText.bag(p), embedder.embedEnterprise(p), p),
                    areas,
                    scope,
                    scope,
                    towers,
                    null,
                    null);
            for (int j = 0; j < rows.length; j++) {
                int i = scope[j];
                if (grades[i] < 0) continue;
                if (checker.check(p, areas.item(i), options).status() == EligibilityStatus.INELIGIBLE) continue;
                x.add(rows[j]);
                g.add(grades[i]);
            }
        }
        return new TrainingPairs(x, g);
    }

    /** An area corpus with term bags and encoder vectors, as the recommender builds it. */
    public static Corpus<SupportArea> corpus(List<SupportArea> areas, Embedder embedder) {
        List<Corpus.Entry<SupportArea>> entries = new ArrayList<>();
        for (SupportArea a : areas) entries.add(new Corpus.Entry<>(a.id(), a, MatchText.bag(a), embedder.embedArea(a)));
        return Corpus.of(entries);
    }
}
