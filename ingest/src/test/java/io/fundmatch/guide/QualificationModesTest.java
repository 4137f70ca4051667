package io.fundmatch.guide;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.QualificationRequirement.Mode;
import io.fundmatch.reference.Qualifications;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualificationModesTest {

    @Test
    void aKindOfOrganisationInTheListOfApplicantsIsNotARequiredQualification() {
        List<QualificationRequirement> q = QualificationModes.named(
                "在本区依法登记注册、具有独立法人资格的企业、高等院校、科研院所和新型研发机构。", true);
        assertTrue(q.isEmpty(), q::toString);
    }

    @Test
    void aQualificationTheConditionsNameIsRequired() {
        List<QualificationRequirement> q = QualificationModes.named("申报单位须为国家高新技术企业或新型研发机构。", true);
        assertEquals(List.of(new QualificationRequirement(Qualifications.HIGH_TECH, Mode.REQUIRED),
                new QualificationRequirement(Qualifications.NEW_RD_INSTITUTION, Mode.REQUIRED)), q);
    }

    @Test
    void buildingALaboratoryIsCultivationNotARequirement() {
        List<QualificationRequirement> q = QualificationModes.named("支持企业与高校联合组建重点实验室。", false);
        assertEquals(List.of(new QualificationRequirement(Qualifications.KEY_LAB, Mode.CULTIVATE)), q);
    }
}
