package io.fundmatch.train.feedback;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.towers.FeedbackEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service's feedback log read as labels: what an enterprise said last about an area, and what is left out. */
class FeedbackLabelsTest {

    private static final List<SupportArea> AREAS = List.of(
            area("pay", XICHENG_CALL, "金融科技创新应用", "支持移动支付、聚合收单和商户清分对账系统研发与应用。"),
            area("health", XICHENG_CALL, "智慧医疗", "支持电子病历、医学影像归档和远程诊疗平台建设。"),
            area("chip", XICHENG_CALL, "集成电路设计", "支持芯片设计企业研发高端芯片。"));

    private static final EnterpriseProfile PAYMENTS = profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分");
    private static final EnterpriseProfile IMAGING = profile("医信", XICHENG, EntityType.ENTERPRISE, "电子病历与医学影像归档系统");

    private static FeedbackEvent byId(String id, String area, String kind) {
        return new FeedbackEvent(id, null, area, kind, Instant.parse("2026-11-30T08:00:00Z"));
    }

    private static FeedbackEvent withProfile(EnterpriseProfile p, String area, String kind) {
        return new FeedbackEvent(null, p, area, kind, Instant.parse("2026-11-30T08:00:00Z"));
    }

    private static FeedbackLabels twoApplications(Set<String> exclude) {
        return FeedbackLabels.of(
                List.of(withProfile(PAYMENTS, "pay", "applied"), withProfile(IMAGING, "health", "applied")),
                AREAS,
                Map.of(),
                exclude);
    }

    @Test
    void aLaterEventOfTheOtherSignOverridesAnEarlierOneAndTwoPositivesKeepTheStronger() {
        FeedbackLabels labels = FeedbackLabels.of(
                List.of(
                        withProfile(PAYMENTS, "pay", "saved"),
                        withProfile(PAYMENTS, "pay", "applied"),
                        withProfile(PAYMENTS, "pay", "saved"), // weaker than applied: applied stays
                        withProfile(PAYMENTS, "health", "applied"),
                        withProfile(PAYMENTS, "health", "not_relevant"), // changed its mind
                        withProfile(PAYMENTS, "chip", "not-relevant"),
                        withProfile(PAYMENTS, "chip", "saved")), // and back
                AREAS,
                Map.of(),
                Set.of());
        assertEquals(0, labels.skipped());
        FeedbackLabels.Enterprise e = labels.enterprises().get(0);
        assertEquals(Map.of(0, 1f, 2, 0.3f), e.positives());
        assertEquals(List.of(0, 2), List.copyOf(e.positives().keySet()), "areas in the order of their first event");
        assertEquals(Set.of(1), e.negatives());
        assertArrayEquals(new int[] {2, 0, 1}, e.grades(3), "applied 2, not relevant 0, saved 1");
        assertArrayEquals(new int[] {2, 0, 1, -1}, e.grades(4), "an area it never named has no label");
        assertEquals(3, labels.labels());
    }

    @Test
    void anIdIsLookedUpInTheRegistryAndWhatCannotBeResolvedIsCountedNotGuessed() {
        FeedbackLabels labels = FeedbackLabels.of(
                List.of(
                        byId(IMAGING.id(), "health", "awarded"),
                        byId("no-such-enterprise", "health", "applied"),
                        withProfile(PAYMENTS, "area-of-another-catalogue", "applied"),
                        withProfile(PAYMENTS, "pay", "liked"),
                        byId(null, "pay", "applied"),
                        withProfile(PAYMENTS, "pay", "applied")),
                AREAS,
                Map.of(IMAGING.id(), IMAGING),
                Set.of());
        assertEquals(4, labels.skipped());
        assertEquals(
                List.of(IMAGING.id(), PAYMENTS.id()),
                labels.enterprises().stream()
                        .map(FeedbackLabels.Enterprise::key)
                        .toList());
        assertSame(IMAGING, labels.enterprises().get(0).profile());
        assertEquals(Map.of(1, 1f), labels.enterprises().get(0).positives());
    }

    @Test
    void anExcludedEnterpriseNeverBecomesALabel() {
        FeedbackLabels labels = twoApplications(Set.of(IMAGING.id()));
        assertEquals(1, labels.skipped());
        assertEquals(
                List.of(PAYMENTS.id()),
                labels.enterprises().stream()
                        .map(FeedbackLabels.Enterprise::key)
                        .toList());
    }

    @Test
    void everyEnterpriseFallsInExactlyOneCrossFittingFoldWhateverTheRun() {
        FeedbackLabels labels = twoApplications(Set.of());
        int total = 0;
        for (int f = 0; f < 5; f++) total += labels.fold(f, 5).size();
        assertEquals(2, total);
        assertEquals(Math.floorMod(PAYMENTS.id().hashCode(), 5), FeedbackLabels.foldOf(PAYMENTS.id(), 5));
    }
}
