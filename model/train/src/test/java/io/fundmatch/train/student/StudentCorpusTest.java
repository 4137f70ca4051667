package io.fundmatch.train.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudentCorpusTest {

    private static EnterpriseProfile profile(int i, String code) {
        return new EnterpriseProfile(
                "E" + i,
                "云杉" + i + "号信息技术有限公司",
                code,
                Region.of("北京市", "北京市", "海淀区"),
                null,
                null,
                null,
                List.of(),
                null,
                "软件开发；数据处理服务；第" + i + "类技术咨询",
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void excludedRecordsNeverReachTheTrainingOrHeldOutTexts() {
        List<EnterpriseProfile> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) all.add(profile(i, String.format("91110108MA%08d", i)));
        Set<String> excluded = Set.of("91110108MA00000007", "91110108MA00000042", "E99");
        StudentCorpus corpus = new StudentCorpus(excluded);
        corpus.addEnterprises(all);
        Set<String> seen = new HashSet<>(corpus.train());
        seen.addAll(corpus.heldOut());
        for (int i : new int[] {7, 42, 99}) assertFalse(seen.contains(EncoderTexts.of(all.get(i))), "record " + i);
        assertEquals(197, seen.size());
        assertEquals(3, corpus.describe().get("excludedEnterprises"));
    }

    @Test
    void theHeldOutSplitDependsOnTheTextNotOnItsPosition() {
        List<EnterpriseProfile> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) all.add(profile(i, null));
        StudentCorpus forward = new StudentCorpus(Set.of());
        forward.addEnterprises(all);
        List<EnterpriseProfile> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        StudentCorpus backward = new StudentCorpus(Set.of());
        backward.addEnterprises(reversed);
        assertEquals(new HashSet<>(forward.heldOut()), new HashSet<>(backward.heldOut()));
        int held = forward.heldOut().size();
        assertTrue(held > 10 && held < 60, "about a tenth held out: " + held);
        assertTrue(forward.train().stream().noneMatch(forward.heldOut()::contains));
    }
}
