package io.fundmatch.match.rank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.match.text.MatchText;
import io.fundmatch.match.text.TermBag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generic words (科技, 技术, 创新, 服务, 开发, 咨询, 推广 …) cannot decide a rank alone: two enterprises whose scopes share
 * only such words with a fintech area, however many, rank below one that shares a specific term (区块链) with it, in
 * BM25 and in TF-IDF, in the officer's direction (the area is the query) and in the enterprise's (the scope is).
 */
class GenericWordsTest {

    private static final String AREA = "金融科技创新服务：支持科技企业开展技术创新、技术开发与技术推广，推动区块链技术在供应链金融中的创新应用，提供科技咨询服务。";
    private static final List<String> ENTERPRISES = List.of(
            // only generic words shared, and many of them
            "科技创新服务；技术开发、技术推广、技术服务、技术咨询；科技咨询服务；创新创业服务。",
            "技术开发、技术咨询、技术服务、技术推广；科技企业孵化服务；创新服务；开发推广应用。",
            // one specific term shared
            "区块链底层平台研发；电子存证；数据安全。",
            // background: other trades
            "餐饮管理；销售日用品、五金交电。",
            "房屋租赁；物业管理；停车场管理。",
            "旅游信息咨询；票务代理；会议服务。",
            "销售服装、鞋帽；零售图书。",
            "道路货物运输；仓储服务；装卸搬运。");

    @ParameterizedTest
    @ValueSource(strings = {"bm25", "tfidf"})
    void sharingOnlyGenericWordsDoesNotOutrankSharingOneSpecificTermWhenTheAreaAsks(String ranker) {
        List<TermBag> bags = ENTERPRISES.stream().map(MatchText::bag).toList();
        TermIndex index = TermIndex.build(bags);
        TermBag area = MatchText.bag(AREA);
        double[] s = ranker.equals("bm25") ? index.bm25(area) : index.cosine(area);
        assertTrue(s[2] > s[0] && s[2] > s[1], ranker + " scores " + java.util.Arrays.toString(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm25", "tfidf"})
    void sharingOnlyGenericWordsDoesNotOutrankSharingOneSpecificTermWhenTheEnterpriseAsks(String ranker) {
        List<String> areas = new ArrayList<>(List.of(
                "支持科技型企业开展技术创新、技术开发和科技成果推广，提供创新服务与技术咨询服务。", // generic only
                "推动区块链在电子存证和司法存证中的应用。", // the specific term
                "支持餐饮业转型升级，发展特色餐饮。",
                "推进老旧小区物业管理提升。",
                "发展文化旅游，打造精品旅游线路。"));
        TermIndex index = TermIndex.build(areas.stream().map(MatchText::bag).toList());
        TermBag scope = MatchText.bag("技术开发、技术咨询、技术服务、技术推广；科技创新服务；区块链存证软件开发。");
        double[] s = ranker.equals("bm25") ? index.bm25(scope) : index.cosine(scope);
        int best = IntStream.range(0, s.length)
                .reduce((a, b) -> s[a] >= s[b] ? a : b)
                .orElseThrow();
        assertTrue(best == 1, ranker + " scores " + java.util.Arrays.toString(s));
    }
}
