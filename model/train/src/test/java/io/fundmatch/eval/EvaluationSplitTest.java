package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fundmatch.SharedData;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationSplitTest {

    @Test
    void theFrozenSplitIsScoredApartFromCrossValidationInBothDirectionsAndReportedInItsOwnTable(@TempDir Path out)
            throws Exception {
        Path seeds = SharedData.resolve("seeds").orElse(null);
        Path guides = SharedData.resolve("data/guides").orElse(null);
        Path registry = SharedData.resolve("data/enterprises").orElse(null);
        assumeTrue(seeds != null && guides != null && registry != null, "no ../shared here");
        LabelledSet set = LabelledSet.load(registry);
        List<SupportArea> areas = SeedCatalogue.load(List.of(seeds, guides));
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (ProfileInput in : set.profiles()) profiles.add(normalizer.normalize(in));
        List<EnterpriseProfile> pool = new ArrayList<>();
        for (ProfileInput in :
                RegistryRecords.read(registry, set.registryCodes()).records()) pool.add(normalizer.normalize(in));
        int k = 5;
        Evaluation evaluation = new Evaluation(set, areas, profiles, pool, k, LocalDate.parse("2020-01-01"));
        List<Integer> foldsAsked = new ArrayList<>();
        RankerUnderTest bm25 = new RankerUnderTest() {
            public String name() {
                return "bm25";
            }

            public MatchingRecommender forFold(int fold, int folds) {
                foldsAsked.add(fold);
                return Recommenders.create("bm25", null);
            }
        };
        List<Evaluation.QueryResult> results = evaluation.run(bm25);

        assertEquals(List.of(0, 1, 2, 3, 4, 5), foldsAsked, "five folds, then the frozen split as fold k");
        Set<String> frozenIds =
                set.frozenProfiles().stream().map(ProfileInput::id).collect(Collectors.toSet());
        for (Evaluation.QueryResult r : results) {
            if (!r.direction().equals(Evaluation.TO_AREAS)) continue;
            boolean frozen = frozenIds.contains(r.query());
            assertEquals(frozen ? Evaluation.FROZEN : Evaluation.CV, r.split(), r.query());
            assertEquals(frozen, r.fold() == k, r.query());
        }
        List<Evaluation.QueryResult> officer = results.stream()
                .filter(r -> r.direction().equals(Evaluation.TO_ENTERPRISES))
                .toList();
        assertEquals(evaluation.labelledAreas().size(), officer.size(), "each officer area is scored once");
        assertEquals(
                11,
                officer.stream()
                        .filter(r -> r.split().equals(Evaluation.FROZEN))
                        .count());
        assertTrue(officer.stream()
                .filter(r -> r.split().equals(Evaluation.FROZEN))
                .anyMatch(r -> r.query().endsWith("城市公共安全防范")));
        assertTrue(officer.stream()
                .filter(r -> r.split().equals(Evaluation.FROZEN))
                .anyMatch(r -> r.query().endsWith("下一代通信网络")));

        List<Evaluation.Summary> summaries = Evaluation.summarise(results);
        assertEquals(4, summaries.size(), "two splits × two directions");
        java.util.Set<String> registryBuilt = new java.util.HashSet<>();
        LabelledSet.registryProfileRefs().forEach(r -> registryBuilt.add(r.id()));
        ReportWriter.write(out, results, summaries, "header", "verdict", registryBuilt);
        String report = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(report.contains("## Cross-validation"));
        assertTrue(report.contains("## Frozen test split"));
        assertTrue(report.contains("| cross-validation | invented |"), report);
        assertTrue(report.contains("| cross-validation | registry-built |"), report);
        assertFalse(Files.readAllLines(out.resolve("metrics.csv")).stream()
                .filter(l -> l.endsWith(",frozen"))
                .toList()
                .isEmpty());
    }
}
