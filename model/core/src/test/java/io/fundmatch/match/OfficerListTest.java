package io.fundmatch.match;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficerListTest {

    private static final Region BEIJING_DISTRICT_UNKNOWN = Region.of("北京市", "北京市", null);
    private final MatchOptions options = new MatchOptions(10, false, false, TODAY);

    private MatchingRecommender recommender() {
        MatchingRecommender r = Recommenders.bm25();
        r.setAreas(catalogue());
        // the closest text belongs to a company whose district is unknown (CHECK for a 西城区 call)
        r.setEnterprises(List.of(
                profile(
                        "unknown-district",
                        BEIJING_DISTRICT_UNKNOWN,
                        EntityType.ENTERPRISE,
                        "智慧医院建设、电子病历系统、医学影像系统、人口健康信息大数据应用"),
                profile("xicheng-partial", XICHENG, EntityType.ENTERPRISE, "医院信息系统运维"),
                profile("haidian", HAIDIAN, EntityType.ENTERPRISE, "智慧医院建设、电子病历系统")));
        return r;
    }

    @Test
    void enterprisesWhoseEligibilityIsCertainComeBeforeCheckOnes() {
        List<EnterpriseMatch> out = recommender().enterprisesFor("xc-health", options);
        assertEquals(
                List.of("xicheng-partial", "unknown-district"),
                out.stream().map(m -> m.enterprise().id()).toList());
        assertEquals(EligibilityStatus.ELIGIBLE, out.get(0).eligibility().status());
        assertEquals(EligibilityStatus.CHECK, out.get(1).eligibility().status());
    }

    @Test
    void theListCanBeFilteredToCertainOnesAndIneligibleOnesComeLastWhenAskedFor() {
        MatchingRecommender r = recommender();
        assertEquals(
                List.of("xicheng-partial"),
                r.enterprisesFor("xc-health", options, true).stream()
                        .map(m -> m.enterprise().id())
                        .toList());
        List<EnterpriseMatch> all = r.enterprisesFor("xc-health", options.withIncludeIneligible(true));
        assertEquals(
                List.of("xicheng-partial", "unknown-district", "haidian"),
                all.stream().map(m -> m.enterprise().id()).toList());
        assertEquals(EligibilityStatus.INELIGIBLE, all.get(2).eligibility().status());
        assertEquals(List.of(1, 2, 3), all.stream().map(EnterpriseMatch::rank).toList());
    }
}
