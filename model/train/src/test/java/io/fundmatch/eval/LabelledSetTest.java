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
    void foldsPartitionTheProfilesWithoutOverlap() {
        int k = 5;
        int total = 0;
        for (int f = 0; f < k; f++) {
            List<ProfileInput> test = set.testProfiles(f, k);
            List<ProfileInput> train = set.trainProfiles(f, k);
            assertEquals(set.profiles().size(), test.size() + train.size());
            assertTrue(test.stream().noneMatch(train::contains));
            total += test.size();
        }
        assertEquals(set.profiles().size(), total);
    }
}
