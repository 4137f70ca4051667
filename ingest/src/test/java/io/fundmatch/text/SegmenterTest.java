package io.fundmatch.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void addedTermsStayWhole() {
        Segmenter.shared().addTerms(List.of("低空经济"));
        assertTrue(Segmenter.shared().words("发展低空经济产业").contains("低空经济"));
    }
}
