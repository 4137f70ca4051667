package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.profile.ProfileInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledSetTest {

    private final LabelledSet set = LabelledSet.load();

    @Test
    void theShippedSetHasAtLeastSixtyProfilesWithJudgmentsOnKnownProfilesOnly() {
        assertTrue(set.profiles().size() >= 60, "profiles: " + set.profiles().size());
        Set<String> ids = new HashSet<>();
        for (ProfileInput p : set.profiles()) assertTrue(ids.add(p.id()), "duplicate id " + p.id());
        assertTrue(
                set.judgments().stream().allMatch(j -> ids.contains(j.subject()) && j.grade() >= 0 && j.grade() <= 2));
        long areas = set.registryJudgments().stream()
                .map(j -> j.source() + j.title())
                .distinct()
                .count();
        assertTrue(areas >= 6, "registry-labelled areas: " + areas);
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
