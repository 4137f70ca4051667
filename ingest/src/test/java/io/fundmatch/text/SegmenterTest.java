package io.fundmatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void domainTermsStayWhole() {
        List<String> words = Segmenter.shared().words("支持区块链、智慧医疗和专精特新企业发展人工智能芯片");
        assertTrue(words.contains("区块链"), words::toString);
        assertTrue(words.contains("智慧医疗"), words::toString);
        assertTrue(words.contains("专精特新"), words::toString);
    }

    @Test
    void stopWordsPunctuationAndNumbersAreDropped() {
        List<String> words = Segmenter.shared().words("进一步加强，2021年推进大数据应用。");
        assertFalse(words.contains("进一步"), words::toString);
        assertFalse(words.contains("，"), words::toString);
        assertFalse(words.stream().anyMatch(w -> w.chars().allMatch(Character::isDigit)), words::toString);
        assertTrue(words.contains("大数据"), words::toString);
    }

    @Test
    void concurrentSegmentationGivesTheSameWordsAsOneThread() throws Exception {
        List<String> texts = List.of(
                "集成电路设计；人工智能应用软件开发；技术服务",
                "第二类医疗器械生产、销售；智慧医疗信息系统集成",
                "区块链技术开发与金融科技服务平台运营",
                "农产品冷链储藏、运输和深加工技术推广",
                "工业互联网平台开发；工业机器人制造");
        List<List<String>> expected =
                texts.stream().map(Segmenter.shared()::words).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        int i = round % texts.size();
                        if (!Segmenter.shared().words(texts.get(i)).equals(expected.get(i))) return false;
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) assertTrue(r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void addedTermsStayWhole() {
        Segmenter.shared().addTerms(List.of("低空经济"));
        assertTrue(Segmenter.shared().words("发展低空经济产业").contains("低空经济"));
    }

    @Test
    void aShortTextSeenBeforeGivesTheSameWordsInAListOfItsOwn() {
        List<String> first = Segmenter.shared().words("计算机软硬件技术开发");
        List<String> asSegmented = List.copyOf(first);
        first.add("被调用方改过");
        assertEquals(asSegmented, Segmenter.shared().words("计算机软硬件技术开发"));
        assertTrue(asSegmented.contains("计算机"), asSegmented::toString);
    }

    @Test
    void aTermAddedAfterAShortTextWasSegmentedChangesItsWords() {
        String text = "建设云栖算力港项目";
        assertFalse(Segmenter.shared().words(text).contains("云栖算力港"));
        Segmenter.shared().addTerms(List.of("云栖算力港"));
        assertTrue(
                Segmenter.shared().words(text).contains("云栖算力港"),
                () -> Segmenter.shared().words(text).toString());
    }
}
