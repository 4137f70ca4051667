package io.fundmatch.encoder;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.SupportArea;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingStoreTest {

    @Test
    void aRestartReadsStoredAreaVectorsInsteadOfEmbeddingAgain(@TempDir Path dir) {
        EncoderEmbedder first = new EncoderEmbedder(
                SentenceEncoder.shared(),
                EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE),
                EmbeddingStore.inMemory());
        List<SupportArea> areas = catalogue();
        List<float[]> vectors = areas.stream().map(first::embedArea).toList();
        int distinct = first.store().size();
        assertTrue(distinct >= 4, "one entry per distinct area content: " + distinct);

        EmbeddingStore reopened = EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE);
        assertEquals(distinct, reopened.size());
        for (int i = 0; i < areas.size(); i++) {
            String key = EmbeddingStore.key(SentenceEncoder.shared().id(), EncoderTexts.passages(areas.get(i)));
            assertArrayEquals(vectors.get(i), reopened.get(key).orElseThrow());
        }
    }

    @Test
    void changedTextGetsANewKeyAndAnotherEncoderNeverReadsTheseVectors() {
        SupportArea a = catalogue().get(0);
        SupportArea edited = area(a.id(), XICHENG_CALL, a.title(), a.text() + "新增支持远程会诊。");
        String id = SentenceEncoder.shared().id();
        assertNotEquals(
                EmbeddingStore.key(id, EncoderTexts.passages(a)),
                EmbeddingStore.key(id, EncoderTexts.passages(edited)));
        assertNotEquals(
                EmbeddingStore.key(id, EncoderTexts.passages(a)),
                EmbeddingStore.key("other-encoder@0", EncoderTexts.passages(a)));
    }

    @Test
    void aTornLastRecordIsDroppedAndLaterAppendsStayReadable(@TempDir Path dir) throws IOException {
        EmbeddingStore s = EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE);
        s.put("a", new float[] {1, 2, 3});
        s.put("b", new float[] {4, 5, 6});
        Path f = dir.resolve(EmbeddingStore.AREAS_FILE);
        long size = Files.size(f);
        try (var ch = java.nio.channels.FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(size - 5); // a crash in the middle of writing "b"
        }
        EmbeddingStore repaired = EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE);
        assertEquals(1, repaired.size());
        repaired.put("c", new float[] {7, 8});
        EmbeddingStore again = EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE);
        assertArrayEquals(new float[] {1, 2, 3}, again.get("a").orElseThrow());
        assertArrayEquals(new float[] {7, 8}, again.get("c").orElseThrow());
        assertTrue(again.get("b").isEmpty());
    }

    @Test
    void aFileThatIsNotAStoreIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(EmbeddingStore.AREAS_FILE), "not vectors at all");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE));
        assertTrue(e.getMessage().contains("not an area embedding store"), e.getMessage());
    }
}
