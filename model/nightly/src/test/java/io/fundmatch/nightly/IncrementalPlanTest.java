package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.reference.Region;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plan of an incremental run, on the jurisdiction keys {@link JurisdictionKeys} gives two districts of one
 * city (海淀区, 朝阳区 of 北京市) and a national area, which every enterprise meets.
 */
class IncrementalPlanTest {

    static final Region HAIDIAN_DISTRICT = Region.of("北京市", "北京市", "海淀区");
    static final Region CHAOYANG_DISTRICT = Region.of("北京市", "北京市", "朝阳区");
    static final List<String> HAIDIAN = JurisdictionKeys.ofEnterprise(HAIDIAN_DISTRICT);
    static final List<String> CHAOYANG = JurisdictionKeys.ofEnterprise(CHAOYANG_DISTRICT);
    static final List<String> AREA_HAIDIAN = JurisdictionKeys.ofArea(HAIDIAN_DISTRICT);
    static final List<String> AREA_CHAOYANG = JurisdictionKeys.ofArea(CHAOYANG_DISTRICT);
    static final List<String> NATIONAL = JurisdictionKeys.ofArea(Region.NATIONAL);

    static AreaLine area(String id, String hash, List<String> keys) {
        return new AreaLine(id, "{\"id\":\"" + id + "\"}", hash, keys);
    }

    static StateRow state(String id, String hash, List<String> keys) {
        return new StateRow(id, hash, keys, new float[] {1f, 0f});
    }

    static final List<AreaLine> AREAS = List.of(
            area("a-haidian", "h1", AREA_HAIDIAN),
            area("b-chaoyang", "h2", AREA_CHAOYANG),
            area("c-cn", "h3", NATIONAL));

    static final Map<String, StateRow> SAME_AS_BEFORE = Map.of(
            "a-haidian", state("a-haidian", "h1", AREA_HAIDIAN),
            "b-chaoyang", state("b-chaoyang", "h2", AREA_CHAOYANG),
            "c-cn", state("c-cn", "h3", NATIONAL));

    @Test
    void aFullRunRescoresEveryEnterpriseAndEveryArea() {
        IncrementalPlan plan = IncrementalPlan.full(3);
        assertTrue(plan.isFull());
        assertTrue(plan.rescoresEnterprise(false, HAIDIAN), "even an enterprise that did not change");
        assertArrayEquals(new boolean[] {true, true, true}, plan.areasRescored());
        assertEquals(3, plan.rescoredAreas());
        assertEquals(List.of(), plan.carriedOverAreas(AREAS));
    }

    @Test
    void withoutAPreviousRunEveryAreaIsEmbedded() {
        assertEquals(AREAS, IncrementalPlan.areasToEmbed(AREAS, Map.of()));
    }

    @Test
    void nothingChangedMeansEverythingIsCarriedOver() {
        IncrementalPlan plan = IncrementalPlan.incremental(AREAS, SAME_AS_BEFORE, Set.of());
        assertFalse(plan.isFull());
        assertEquals(List.of(), IncrementalPlan.areasToEmbed(AREAS, SAME_AS_BEFORE));
        assertFalse(plan.rescoresEnterprise(false, HAIDIAN));
        assertFalse(plan.rescoresEnterprise(false, CHAOYANG));
        assertEquals(0, plan.rescoredAreas());
        assertEquals(List.of("a-haidian", "b-chaoyang", "c-cn"), plan.carriedOverAreas(AREAS));
    }

    @Test
    void aChangedEnterpriseIsRescoredItselfAndSoAreTheAreasOfItsJurisdiction() {
        // an enterprise of 海淀 changed: its keys are the changed enterprise keys
        IncrementalPlan plan = IncrementalPlan.incremental(AREAS, SAME_AS_BEFORE, Set.copyOf(HAIDIAN));
        assertTrue(plan.rescoresEnterprise(true, HAIDIAN));
        assertFalse(plan.rescoresEnterprise(false, HAIDIAN), "its unchanged neighbours keep their top K");
        assertArrayEquals(new boolean[] {true, false, true}, plan.areasRescored(), "海淀's area and the national one");
        assertEquals(List.of("b-chaoyang"), plan.carriedOverAreas(AREAS));
    }

    @Test
    void aChangedAreaIsReembeddedAndRescoredAndSoAreTheEnterprisesOfItsJurisdiction() {
        List<AreaLine> edited = List.of(
                area("a-haidian", "h1", AREA_HAIDIAN),
                area("b-chaoyang", "h2-edited", AREA_CHAOYANG),
                area("c-cn", "h3", NATIONAL));
        assertEquals(List.of(edited.get(1)), IncrementalPlan.areasToEmbed(edited, SAME_AS_BEFORE));
        IncrementalPlan plan = IncrementalPlan.incremental(edited, SAME_AS_BEFORE, Set.of());
        assertArrayEquals(new boolean[] {false, true, false}, plan.areasRescored());
        assertTrue(plan.rescoresEnterprise(false, CHAOYANG));
        assertFalse(plan.rescoresEnterprise(false, HAIDIAN));
    }

    @Test
    void aNewAreaIsEmbeddedAndItsEnterprisesRescored() {
        Map<String, StateRow> before = Map.of(
                "a-haidian", state("a-haidian", "h1", AREA_HAIDIAN),
                "c-cn", state("c-cn", "h3", NATIONAL));
        assertEquals(List.of(AREAS.get(1)), IncrementalPlan.areasToEmbed(AREAS, before));
        IncrementalPlan plan = IncrementalPlan.incremental(AREAS, before, Set.of());
        assertArrayEquals(new boolean[] {false, true, false}, plan.areasRescored());
        assertTrue(plan.rescoresEnterprise(false, CHAOYANG));
        assertFalse(plan.rescoresEnterprise(false, HAIDIAN));
    }

    @Test
    void anAreaThatLeftRescoresTheEnterprisesOfItsJurisdiction() {
        List<AreaLine> withoutChaoyang = List.of(AREAS.get(0), AREAS.get(2));
        IncrementalPlan plan = IncrementalPlan.incremental(withoutChaoyang, SAME_AS_BEFORE, Set.of());
        assertTrue(plan.rescoresEnterprise(false, CHAOYANG), "its enterprises lose it from their top K");
        assertFalse(plan.rescoresEnterprise(false, HAIDIAN));
        assertEquals(0, plan.rescoredAreas());
    }

    @Test
    void aNationalAreaThatChangedRescoresEveryEnterprise() {
        List<AreaLine> edited = List.of(AREAS.get(0), AREAS.get(1), area("c-cn", "h3-edited", NATIONAL));
        IncrementalPlan plan = IncrementalPlan.incremental(edited, SAME_AS_BEFORE, Set.of());
        assertTrue(plan.rescoresEnterprise(false, HAIDIAN));
        assertTrue(plan.rescoresEnterprise(false, CHAOYANG));
        assertArrayEquals(new boolean[] {false, false, true}, plan.areasRescored());
    }
}
