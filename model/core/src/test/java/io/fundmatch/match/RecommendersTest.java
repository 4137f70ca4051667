package io.fundmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendersTest {

    @Test
    void aModelDirectoryNamesItsRankerAndAMissingOneGivesTheDefault(@TempDir Path dir) throws Exception {
        assertEquals(Recommenders.DEFAULT_RANKER, Recommenders.configuredRanker(dir));
        Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=bm25\n");
        MatchingRecommender r = Recommenders.load(dir);
        assertEquals("bm25", r.scorer().name());
        assertTrue(r.modelVersion().contains("bm25"));
    }

    @Test
    void anUnknownRankerIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=magic\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Recommenders.load(dir));
        assertTrue(e.getMessage().contains("magic"));
    }

    @Test
    void aTowerRankerWithoutATrainedModelFallsBackToTheDefault() {
        assertEquals(
                Recommenders.DEFAULT_RANKER,
                Recommenders.create("tower", null).scorer().name());
    }
}
