package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fundmatch.SharedData;
import io.fundmatch.profile.ProfileInput;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledSetTest {

    private final LabelledSet set = LabelledSet.load();

    @Test
    void theShippedSetHasJudgmentsOnKnownProfilesOnlyAndThirteenOfficerAreasOverThreeRegistryPools() {
        Set<String> ids = new HashSet<>();
        for (ProfileInput p : set.profiles()) assertTrue(ids.add(p.id()), "duplicate id " + p.id());
        LabelledSet.registryProfileRefs().forEach(r -> ids.add(r.id()));
        assertTrue(
                set.judgments().stream().allMatch(j -> ids.contains(j.subject()) && j.grade() >= 0 && j.grade() <= 2));
        long areas = set.registryJudgments().stream()
                .map(j -> j.source() + j.title())
                .distinct()
                .count();
        assertTrue(areas >= 12, "registry-labelled areas: " + areas);
        long pools = set.registryJudgments().stream()
                .map(Judgment::source)
                .distinct()
                .count();
        assertTrue(pools >= 3, "registry pools (documents of three districts): " + pools);
        assertTrue(set.registryJudgments().stream().allMatch(j -> j.grade() >= 0 && j.grade() <= 2));
    }

    @Test
    void atLeastTwentyInventedProfilesComeFromRegionsWithNoSeedDocument() {
        Set<String> seedDistricts = Set.of("西城区", "海淀区", "水磨沟区");
        long beyond = set.profiles().stream()
                .filter(p -> p.creditCode() == null && p.region() != null)
                .filter(p -> !"北京市".equals(p.region().province())
                        && !"新疆维吾尔自治区".equals(p.region().province()))
                .filter(p -> p.region().district() == null
                        || !seedDistricts.contains(p.region().district()))
                .count();
        assertTrue(beyond >= 20, "invented profiles beyond the seed regions: " + beyond);
    }

    @Test
    void registryBuiltProfilesAreReadFromTheSharedRegistryWithNameScopeAndRegionAsOfficersHoldThem() {
        Path registry = SharedData.resolve("data/enterprises").orElse(null);
        assumeTrue(registry != null, "no ../shared/data/enterprises here");
        List<RegistryProfiles.Ref> wanted = LabelledSet.registryProfileRefs();
        assertTrue(wanted.size() >= 40, "registry-built profiles named: " + wanted.size());
        LabelledSet withRegistry = LabelledSet.load(registry);
        List<ProfileInput> built = withRegistry.profiles().stream()
                .filter(p -> wanted.stream().anyMatch(r -> r.id().equals(p.id())))
                .toList();
        assertEquals(wanted.size(), built.size(), "every named credit code is found in its registry file");
        for (ProfileInput p : built) {
            assertFalse(p.name().isBlank(), p.id());
            assertFalse(p.businessScope().isBlank(), p.id());
            assertTrue(p.region() != null && p.region().district() != null, p.id() + " has its registry region");
            assertTrue(p.qualifications().isEmpty() && p.specialization() == null, "only what the registry holds");
        }
        assertTrue(
                withRegistry.profiles().size() >= 150,
                "labelled profiles: " + withRegistry.profiles().size());
    }

    @Test
    void withoutTheSharedRegistryTheRegistryBuiltProfilesAreSkippedAndTheRestStillSplits() {
        LabelledSet without = LabelledSet.load(null);
        Set<String> registryIds = new HashSet<>();
        LabelledSet.registryProfileRefs().forEach(r -> registryIds.add(r.id()));
        assertTrue(without.profiles().stream().noneMatch(p -> registryIds.contains(p.id())));
        assertTrue(
                without.profiles().size() >= 90,
                "invented profiles: " + without.profiles().size());
        assertEquals(
                without.profiles().size(),
                without.crossValidationProfiles().size()
                        + without.frozenProfiles().size());
        assertFalse(without.frozenProfiles().isEmpty());
    }

    @Test
    void foldsPartitionTheCrossValidationProfilesAndNoModelEverTrainsOnAFrozenProfile() {
        int k = 5;
        int total = 0;
        List<ProfileInput> cv = set.crossValidationProfiles();
        for (int f = 0; f < k; f++) {
            List<ProfileInput> test = set.testProfiles(f, k);
            List<ProfileInput> train = set.trainProfiles(f, k);
            long scoreOnlyElsewhere = cv.stream()
                    .filter(p -> !test.contains(p) && LabelledSet.scoreOnly().contains(p.id()))
                    .count();
            assertEquals(cv.size(), test.size() + train.size() + scoreOnlyElsewhere);
            assertTrue(test.stream().noneMatch(train::contains));
            assertTrue(train.stream().noneMatch(p -> set.frozen(p.id())));
            assertTrue(train.stream().noneMatch(p -> LabelledSet.scoreOnly().contains(p.id())));
            assertTrue(set.heldOut(f, k)
                    .containsAll(
                            set.frozenProfiles().stream().map(ProfileInput::id).toList()));
            total += test.size();
        }
        assertEquals(cv.size(), total);
        assertEquals(set.frozenProfiles(), set.testProfiles(k, k));
        assertEquals(set.trainingProfiles(), set.trainProfiles(k, k));
        for (ProfileInput p : set.frozenProfiles()) assertEquals(k, set.foldOf(p.id(), k));
    }

    @Test
    void regionFoldsKeepEveryProfileOfARegionInOneFoldAndLeaveTheFrozenSplitAlone() {
        java.util.Map<String, String> groups = new java.util.HashMap<>();
        for (ProfileInput p : set.profiles())
            if (p.region() != null && p.region().district() != null)
                groups.put(p.id(), p.region().district());
        LabelledSet byRegion = set.withFoldGroups(groups);
        int k = 5;
        java.util.Map<String, Integer> foldOfGroup = new java.util.HashMap<>();
        int total = 0;
        for (int f = 0; f < k; f++) {
            List<ProfileInput> test = byRegion.testProfiles(f, k);
            List<ProfileInput> train = byRegion.trainProfiles(f, k);
            assertTrue(test.stream().noneMatch(train::contains));
            assertTrue(byRegion.trainingProfiles().containsAll(train));
            for (ProfileInput p : test) {
                String g = groups.get(p.id());
                if (g == null) continue;
                Integer before = foldOfGroup.putIfAbsent(g, f);
                assertEquals(before == null ? f : before, f, "region " + g + " split over folds");
                assertEquals(f, byRegion.foldOfGroup(g, k));
            }
            assertFalse(test.isEmpty(), "fold " + f + " is empty");
            total += test.size();
        }
        assertEquals(byRegion.crossValidationProfiles().size(), total);
        assertTrue(foldOfGroup.size() >= k, "regions: " + foldOfGroup);
        assertEquals(-1, byRegion.foldOfGroup("no such region", k));
        assertEquals(set.frozenProfiles(), byRegion.testProfiles(k, k));
        // the same set without groups deals the profiles out in turn, as before
        assertEquals(
                set.crossValidationProfiles().get(6).id(),
                set.testProfiles(1, k).get(1).id());
    }

    @Test
    void scoreOnlyProfilesAreScoredInTheirFoldButNoModelTrainsOnThem() {
        java.util.Set<String> scoreOnly = LabelledSet.scoreOnly();
        assertTrue(
                scoreOnly.contains("R57") && scoreOnly.contains("R92") && !scoreOnly.contains("R56"), "" + scoreOnly);
        assumeTrue(set.profiles().stream().anyMatch(p -> p.id().equals("R57")), "../shared/data/enterprises absent");
        int k = 5;
        int fold = set.foldOf("R57", k);
        assertTrue(set.testProfiles(fold, k).stream().anyMatch(p -> p.id().equals("R57")));
        for (int f = 0; f <= k; f++) assertTrue(set.heldOut(f, k).containsAll(scoreOnly), "fold " + f);
        assertTrue(set.trainingProfiles().stream().noneMatch(p -> scoreOnly.contains(p.id())));
        assertTrue(set.trainingProfiles().stream().anyMatch(p -> p.id().equals("R56")));
    }

    @Test
    void aRegistryProfileLineIsTrainedOnScoreOnlyOrRejectedWhenItsFourthFieldIsUnknown() {
        assertFalse(LabelledSet.registryProfileRef("R01\t91110102750123819C\tent.txt")
                .scoreOnly());
        assertTrue(LabelledSet.registryProfileRef("R57\t9111010274156783XN\tent.txt\tscore-only")
                .scoreOnly());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class,
                () -> LabelledSet.registryProfileRef("R57\t9111010274156783XN\tent.txt\tscoreonly"));
        assertTrue(e.getMessage().contains("score-only"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> LabelledSet.registryProfileRef("R57\t9111010274156783XN"));
    }
}
