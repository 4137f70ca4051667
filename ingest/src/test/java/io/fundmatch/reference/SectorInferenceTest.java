package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.profile.SectorGuess;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorInferenceTest {

    private static final SectorInference S = SectorInference.shared();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "应用软件开发；计算机系统集成；数据处理；销售计算机软硬件|I65",
                "中餐制售；冷热饮品制售；酒水零售|H62",
                "生产、销售：塑料薄膜、塑料管材；销售：五金交电|C29",
                "批发：日用百货、针纺织品、服装鞋帽、化妆品、文具用品|F51",
                "普通货物道路运输；货物仓储；搬运装卸|G54",
                "物业管理；房屋租赁；停车场服务|K70"
            })
    void theMainBusinessGivesTheDivision(String scope, String division) {
        List<SectorGuess> top = S.infer(null, scope, null, 3).divisions();
        assertEquals(division, top.get(0).code(), top::toString);
    }

    @Test
    void constructionWorkIsConstruction() {
        SectorInference.Prediction p = S.infer(null, "房屋建筑工程施工总承包；市政公用工程施工；室内外装饰装修", null, 3);
        assertEquals("E", p.sections().get(0).code(), p::toString);
    }

    @Test
    void theFirstItemWeighsMoreThanGenericTrailingItems() {
        String scope = "医疗器械研发、生产；技术咨询；技术服务；销售电子产品；货物进出口；会议服务";
        SectorInference.Prediction p = S.infer(null, scope, null, 3);
        assertEquals("C", p.sections().get(0).code(), p::toString);
        assertEquals("C35", p.divisions().get(0).code(), p::toString);
    }

    @Test
    void confidencesAreSharesBestFirst() {
        SectorInference.Prediction p = S.infer("青禾软件", "应用软件开发；信息系统集成服务", "企业管理软件", 3);
        double sum = p.divisions().stream().mapToDouble(SectorGuess::confidence).sum();
        assertTrue(sum <= 1.0001 && sum > 0, p::toString);
        for (int i = 1; i < p.divisions().size(); i++) {
            assertTrue(p.divisions().get(i - 1).confidence()
                    >= p.divisions().get(i).confidence());
        }
    }

    @Test
    void aPageLongItemIsReadWithoutExhaustingTheStack() {
        String scope = "技术咨询、".repeat(50_000);
        assertTrue(S.infer(null, scope, null, 3).sections().stream()
                .anyMatch(g -> g.code().equals("M")));
    }

    @Test
    void nothingReadableGivesNoGuess() {
        assertTrue(S.infer(null, "；；。（无）", null, 3).isEmpty());
        assertTrue(S.infer(null, null, null, 3).isEmpty());
    }
}
