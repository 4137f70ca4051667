package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FrozenSplitTest {

    @Test
    void theRuleIsAFixedHashOfTheIdSoTheSameProfilesAreFrozenOnEveryMachineAndRun() {
        // CRC-32 of the UTF-8 id divisible by 4: these ids were computed once when the rule was committed
        for (String id : List.of("G02", "G09", "G14", "R05", "R07", "R11"))
            assertTrue(FrozenSplit.isFrozenProfile(id), id);
        for (String id : List.of("G01", "G03", "R01", "R06")) assertFalse(FrozenSplit.isFrozenProfile(id), id);
    }

    @Test
    void everyProfileOfABatchDeclaredFrozenIsFrozenWhateverItsHash() {
        for (String id : List.of("F01", "F02", "F03", "F18", "H01", "H05", "H12"))
            assertTrue(FrozenSplit.isFrozenProfile(id), id);
        assertFalse(FrozenSplit.isFrozenProfile("FX1"));
        assertFalse(FrozenSplit.isFrozenProfile("HX2"));
    }

    @Test
    void theSixtyFourProfilesTunedOnBeforeTheSplitExistedAreNeverFrozen() {
        for (int i = 1; i <= 64; i++)
            assertFalse(FrozenSplit.isFrozenProfile(String.format(java.util.Locale.ROOT, "L%02d", i)));
    }

    @Test
    void aboutAQuarterOfNewIdsAreFrozen() {
        long frozen = IntStream.rangeClosed(1, 400)
                .mapToObj(i -> String.format(java.util.Locale.ROOT, "N%03d", i))
                .filter(FrozenSplit::isFrozenProfile)
                .count();
        assertTrue(frozen > 70 && frozen < 130, "frozen of 400: " + frozen);
    }

    @Test
    void theFrozenOfficerAreasAreFoundByDocumentAndTitleWhateverTheNumbering() {
        FrozenSplit split = FrozenSplit.load();
        assertEquals(11, split.frozenAreas());
        assertTrue(split.isFrozenArea("004_b6b9542b42d2c03f.txt", "（二）下一代通信网络"));
        assertFalse(split.isFrozenArea("004_b6b9542b42d2c03f.txt", "大数据和区块链"));
        assertTrue(split.isFrozenArea("000_5fcebd2f7b364613.txt", "（3）城市公共安全防范"));
        assertFalse(split.isFrozenArea("000_5fcebd2f7b364613.txt", "推进智慧医疗建设"));
        assertFalse(split.isFrozenArea("003_31f46474a63c2081.txt", "城市公共安全防范"));
    }
}
