package io.fundmatch.match.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void exclusionClausesOfABusinessScopeDoNotCountAsBusiness() {
        String scope = "因特网信息服务业务（除新闻、出版、教育、医疗保健、药品、医疗器械以外的内容）；设计、制作广告。" + "（依法须经批准的项目，经相关部门批准后依批准的内容开展经营活动。）";
        String kept = MatchText.withoutExclusions(scope);
        assertFalse(kept.contains("医疗保健"), kept);
        assertTrue(kept.contains("因特网信息服务业务") && kept.contains("设计、制作广告"), kept);
    }

    @Test
    void bagsHoldWordsAndMarkedCharacterBigrams() {
        TermBag bag = MatchText.bag("智慧医疗建设");
        assertTrue(bag.words().contains("智慧医疗"), bag.words()::toString);
        assertEquals(1, bag.counts().get(TermBag.BIGRAM_MARK + "医疗"));
        assertEquals(TermBag.EMPTY, MatchText.bag("   "));
    }

    @Test
    void sentencesSplitAtChinesePunctuationAndLineBreaks() {
        assertEquals(3, MatchText.sentences("推进智慧医院建设。加强数据应用；\n完善信息平台").size());
    }
}
