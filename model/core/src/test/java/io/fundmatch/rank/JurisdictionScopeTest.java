package io.fundmatch.rank;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned ranker reads its signals over what the probe's jurisdiction admits, not over the whole catalogue. */
class JurisdictionScopeTest {

    private static final GuideDocument SHUIMOGOU_CALL = new GuideDocument(
            "doc-smg", "2026年度水磨沟区科技计划项目申报指南", "smg.txt", SHUIMOGOU, 2026, DocumentType.GUIDE, false, null, null);

    /** Another district's calls on the very subjects of the fixture's (invented text): strong rivals, never admissible. */
    private static List<SupportArea> withAnotherDistrictsCalls() {
        List<SupportArea> areas = new ArrayList<>(catalogue());
        areas.add(area("smg-pay", SHUIMOGOU_CALL, "金融科技创新应用", "支持移动支付、聚合收单和商户清分对账系统研发与应用。"));
        areas.add(area("smg-health", SHUIMOGOU_CALL, "智慧医疗", "支持电子病历、医学影像归档和远程诊疗平台建设。"));
        areas.add(area("smg-ai", SHUIMOGOU_CALL, "人工智能", "支持智能芯片、机器学习框架研发和医疗影像辅助诊断应用。"));
        return areas;
    }

    @Test
    void anEnterprisesAnswerHardlyMovesWhenTheCatalogueGainsOtherDistrictsCallsOnItsSubjects() {
        MatchingRecommender own = Recommenders.create(Recommenders.DEFAULT_RANKER, null);
        MatchingRecommender wider = Recommenders.create(Recommenders.DEFAULT_RANKER, null);
        own.setAreas(catalogue());
        wider.setAreas(withAnotherDistrictsCalls());
        MatchOptions options = new MatchOptions(10, false, false, TODAY);
        for (EnterpriseProfile p : List.of(
                profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分"),
                profile("医信", XICHENG, EntityType.ENTERPRISE, "电子病历与医学影像归档系统"),
                profile("芯算", HAIDIAN, EntityType.ENTERPRISE, "人工智能芯片与机器学习框架"))) {
            List<Opportunity> a = own.recommend(p, options);
            List<Opportunity> b = wider.recommend(p, options);
            assertFalse(a.isEmpty(), p.id());
            assertEquals(
                    a.stream().map(o -> o.area().id()).toList(),
                    b.stream().map(o -> o.area().id()).toList(),
                    p.id());
            // equal but for BM25 and TF-IDF, whose document frequencies and mean length count every document
            for (int i = 0; i < a.size(); i++)
                assertEquals(a.get(i).score(), b.get(i).score(), 0.02, p.id() + " #" + i);
        }
    }

    @Test
    void trainingPairsAreTheAdmissibleAreasWithTheFeaturesTheRecommenderScoresThemBy() {
        var encoder = Recommenders.encoder(null);
        var corpus = TrainingPairs.corpus(withAnotherDistrictsCalls(), encoder);
        EnterpriseProfile payments = profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分");
        int[] grades = new int[corpus.size()];
        TrainingPairs pairs = TrainingPairs.of(
                List.of(payments), p -> grades, corpus, encoder, new MatchOptions(10, false, false, TODAY));
        TrainingPairs narrow = TrainingPairs.of(
                List.of(payments),
                p -> new int[catalogue().size()],
                TrainingPairs.corpus(catalogue(), encoder),
                encoder,
                new MatchOptions(10, false, false, TODAY));
        assertEquals(narrow.x().size(), pairs.x().size(), "the other district's calls are no pairs");
        for (int i = 0; i < pairs.x().size(); i++)
            assertArrayEquals(narrow.x().get(i), pairs.x().get(i), "pair " + i);
    }
}
