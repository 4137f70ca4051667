package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.QualificationRequirement.Mode;
import io.fundmatch.reference.Qualifications;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualificationModesTest {

    @Test
    void aKindOfOrganisationInTheListOfApplicantsIsNotARequiredQualification() {
        List<QualificationRequirement> q = QualificationModes.named("在本区依法登记注册、具有独立法人资格的企业、高等院校、科研院所和新型研发机构。", true);
        assertTrue(q.isEmpty(), q::toString);
    }

    @Test
    void qualificationsTheConditionsOfferAsAlternativesAreOneOf() {
        List<QualificationRequirement> q = QualificationModes.named("申报单位须为国家高新技术企业或新型研发机构。", true);
        assertEquals(
                List.of(
                        new QualificationRequirement(Qualifications.HIGH_TECH, Mode.ONE_OF),
                        new QualificationRequirement(Qualifications.NEW_RD_INSTITUTION, Mode.ONE_OF)),
                q);
        List<QualificationRequirement> either =
                QualificationModes.named("原则上须为国家高新技术企业或者科技型中小企业；项目负责人年龄不超过55周岁。", true);
        assertEquals(
                List.of(
                        new QualificationRequirement(Qualifications.HIGH_TECH, Mode.ONE_OF),
                        new QualificationRequirement(Qualifications.TECH_SME, Mode.ONE_OF)),
                either);
    }

    @Test
    void qualificationsRequiredInSeparateClausesAreEachRequired() {
        List<QualificationRequirement> q = QualificationModes.named("申报单位须为国家高新技术企业；须具有科技型中小企业入库编号。", true);
        assertEquals(
                List.of(
                        new QualificationRequirement(Qualifications.HIGH_TECH, Mode.REQUIRED),
                        new QualificationRequirement(Qualifications.TECH_SME, Mode.REQUIRED)),
                q);
    }

    @Test
    void buildingALaboratoryIsCultivationNotARequirement() {
        List<QualificationRequirement> q = QualificationModes.named("支持企业与高校联合组建重点实验室。", false);
        assertEquals(List.of(new QualificationRequirement(Qualifications.KEY_LAB, Mode.CULTIVATE)), q);
    }
}
