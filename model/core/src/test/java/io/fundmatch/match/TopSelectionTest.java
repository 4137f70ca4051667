package io.fundmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TopSelectionTest {

    private static final Eligibility OK = new Eligibility(EligibilityStatus.ELIGIBLE, List.of());
    private static final Eligibility CHECK = new Eligibility(EligibilityStatus.CHECK, List.of("所在区县未知"));
    private static final Eligibility NO = new Eligibility(EligibilityStatus.INELIGIBLE, List.of("非本区企业"));

    @Test
    void picksWhatJudgingAndSortingEveryCandidateWouldPick() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(400);
            double[] scores = new double[n];
            Eligibility[] judged = new Eligibility[n];
            boolean[] demoted = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(4) == 0 ? Math.round(random.nextDouble() * 10) / 10.0 : random.nextDouble();
                int k = random.nextInt(10);
                judged[i] = k < 6 ? NO : k < 8 ? CHECK : OK;
                demoted[i] = random.nextInt(5) == 0;
            }
            int top = 1 + random.nextInt(30);
            boolean includeRejected = random.nextBoolean();

            List<TopSelection.Candidate> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                TopSelection.Candidate c = new TopSelection.Candidate(
                        i, demoted[i] ? TopSelection.demote(scores[i], 0.5) : scores[i], judged[i]);
                if (!c.rejected() || includeRejected) all.add(c);
            }
            all.sort(TopSelection.ORDER);
            List<TopSelection.Candidate> expected = all.subList(0, Math.min(top, all.size()));

            List<TopSelection.Candidate> actual =
                    TopSelection.select(scores, null, top, includeRejected, i -> judged[i], i -> demoted[i], 0.5);
            assertEquals(expected, actual, "round " + round);
        }
    }

    @Test
    void leavingOutCandidatesKnownToBeRejectedChangesNothing() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(400);
            double[] scores = new double[n];
            Eligibility[] judged = new Eligibility[n];
            List<Integer> admissible = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(4) == 0 ? 0.0 : random.nextDouble();
                int k = random.nextInt(10);
                judged[i] = k < 6 ? NO : k < 8 ? CHECK : OK;
                if (judged[i] != NO || random.nextBoolean()) admissible.add(i);
            }
            int[] subset = admissible.stream().mapToInt(Integer::intValue).toArray();
            int top = 1 + random.nextInt(30);
            boolean includeRejected = random.nextBoolean();
            AtomicInteger judgedOutside = new AtomicInteger();
            List<TopSelection.Candidate> all =
                    TopSelection.select(scores, null, top, includeRejected, i -> judged[i], i -> i % 3 == 0, 0.5);
            List<TopSelection.Candidate> some = TopSelection.select(
                    scores,
                    subset,
                    top,
                    includeRejected,
                    i -> {
                        if (!admissible.contains(i)) judgedOutside.incrementAndGet();
                        return judged[i];
                    },
                    i -> i % 3 == 0,
                    0.5);
            assertEquals(all, some, "round " + round);
            if (!includeRejected) assertEquals(0, judgedOutside.get(), "round " + round);
        }
    }

    @Test
    void judgesOnlyTheCandidatesThatCanReachTheTop() {
        int n = 10_000;
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) scores[i] = 1.0 / (i + 1);
        AtomicInteger judged = new AtomicInteger();
        List<TopSelection.Candidate> top = TopSelection.select(
                scores,
                null,
                10,
                false,
                i -> {
                    judged.incrementAndGet();
                    return i % 2 == 0 ? OK : NO;
                },
                i -> false,
                0.5);
        assertEquals(10, top.size());
        assertEquals(0, top.get(0).index());
        assertTrue(judged.get() <= 21, "judged " + judged.get() + " of " + n);
    }

    @Test
    void rejectedCandidatesComeAfterAllOthersWhenAskedFor() {
        double[] scores = {0.9, 0.8, 0.1};
        Eligibility[] judged = {NO, OK, CHECK};
        List<TopSelection.Candidate> out = TopSelection.select(scores, null, 3, true, i -> judged[i], i -> false, 0.5);
        assertEquals(
                List.of(1, 2, 0),
                out.stream().map(TopSelection.Candidate::index).toList());
    }

    @Test
    void aDemotedCandidateNeverRisesAboveOneWithTheSameNegativeScore() {
        // learned-ranker logits are negative: halving them would raise a demoted candidate above its equals
        double[] scores = {-2.0, -2.0, -3.5};
        Eligibility[] judged = {OK, OK, OK};
        List<TopSelection.Candidate> out =
                TopSelection.select(scores, null, 3, false, i -> judged[i], i -> i == 0, 0.5);
        assertEquals(
                List.of(1, 0, 2),
                out.stream().map(TopSelection.Candidate::index).toList());
        assertTrue(out.get(1).score() < -2.0, "demoted score " + out.get(1).score());
    }

    @Test
    void picksWhatJudgingAndSortingEveryCandidateWouldPickWithNegativeScores() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            double[] scores = new double[n];
            boolean[] demoted = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = -8 + random.nextDouble() * 9; // mostly negative, like logits
                demoted[i] = random.nextInt(4) == 0;
            }
            int top = 1 + random.nextInt(20);
            List<TopSelection.Candidate> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(new TopSelection.Candidate(
                        i, demoted[i] ? TopSelection.demote(scores[i], 0.5) : scores[i], OK));
            }
            all.sort(TopSelection.ORDER);
            List<TopSelection.Candidate> actual =
                    TopSelection.select(scores, null, top, false, i -> OK, i -> demoted[i], 0.5);
            assertEquals(all.subList(0, Math.min(top, n)), actual, "round " + round);
        }
    }
}
