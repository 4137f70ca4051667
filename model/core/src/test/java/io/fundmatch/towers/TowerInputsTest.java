package io.fundmatch.towers;

import static io.fundmatch.match.Fixtures.XICHENG_CALL;
import static io.fundmatch.match.Fixtures.area;
import static io.fundmatch.match.Fixtures.withQualification;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fundmatch.catalogue.QualificationRequirement.Mode;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.Qualifications;
import org.junit.jupiter.api.Test;

class TowerInputsTest {

    @Test
    void anAlternativeRequirementReadsAsARequirementSoTrainedModelsStayValid() {
        SupportArea plain = area("a", XICHENG_CALL, "智慧医疗", "推进智慧医院建设。");
        float[] required = TowerInputs.areaSide(withQualification(plain, Qualifications.HIGH_TECH, Mode.REQUIRED));
        float[] oneOf = TowerInputs.areaSide(withQualification(plain, Qualifications.HIGH_TECH, Mode.ONE_OF));
        assertArrayEquals(required, oneOf);
        assertFalse(java.util.Arrays.equals(required, TowerInputs.areaSide(plain)));
    }
}
