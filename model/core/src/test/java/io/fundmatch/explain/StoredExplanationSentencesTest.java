package io.fundmatch.explain;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentences an explanation may quote are embedded when their area arrives and kept in the embedding folder, so
 * an answer — also after a restart — embeds none of them, and quotes the same evidence as before the restart.
 */
class StoredExplanationSentencesTest {

    @Test
    void anAreasSentencesAreStoredOnArrivalAndAnAnswerAfterARestartEmbedsNone(@TempDir Path dir) {
        List<SupportArea> areas = catalogue();
        long sentences = areas.stream()
                .flatMap(a -> MatchText.sentences(a.text()).stream().limit(EvidenceByMeaning.MAX_SENTENCES))
                .distinct()
                .count();
        EnterpriseProfile clinicIt = profile("clinic-it", XICHENG, EntityType.ENTERPRISE, "电子病历与医学影像归档系统的研发和实施");

        MatchingRecommender first = Recommenders.load(null, dir);
        first.setAreas(areas);
        assertEquals(sentences, stored(dir), "every area's sentences, once each, on arrival");
        List<List<String>> before = evidence(first.recommend(clinicIt, new MatchOptions(5, false, false, TODAY)));

        MatchingRecommender restarted = Recommenders.load(null, dir);
        restarted.setAreas(areas);
        List<List<String>> after = evidence(restarted.recommend(clinicIt, new MatchOptions(5, false, false, TODAY)));
        assertEquals(sentences, stored(dir), "nothing new embedded by the restart or the answer");
        assertFalse(after.isEmpty());
        assertTrue(after.stream().allMatch(e -> !e.isEmpty()), "every listed area quotes its text: " + after);
        assertEquals(before, after);
    }

    private static long stored(Path dir) {
        return EmbeddingStore.open(dir, EmbeddingStore.SENTENCES_FILE).size();
    }

    private static List<List<String>> evidence(List<Opportunity> answer) {
        return answer.stream().map(o -> o.explanation().evidence()).toList();
    }
}
