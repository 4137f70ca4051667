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
            assertEquals(cv.size(), test.size() + train.size());
            assertTrue(test.stream().noneMatch(train::contains));
            assertTrue(train.stream().noneMatch(p -> set.frozen(p.id())));
            assertTrue(set.heldOut(f, k)
                    .containsAll(
                            set.frozenProfiles().stream().map(ProfileInput::id).toList()));
            total += test.size();
        }
        assertEquals(cv.size(), total);
        assertEquals(set.frozenProfiles(), set.testProfiles(k, k));
        assertEquals(cv, set.trainProfiles(k, k));
        for (ProfileInput p : set.frozenProfiles()) assertEquals(k, set.foldOf(p.id(), k));
    }
}
