package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.catalogue.ApplicantRequirement;
import io.fundmatch.catalogue.SupportArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicantRequirementsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "（一）申报单位须在本区注册、纳税，具有独立法人资格。|LEGAL_PERSON LOCAL_REGISTRATION",
                "（一）已在江州市办理工商、税务登记，具有健全的财务管理制度。|LOCAL_REGISTRATION",
                "1.在江南省内（不含滨海市）注册的企业。|LOCAL_REGISTRATION",
                "申报单位注册地须在临江区，且具备承担项目的能力。|LOCAL_REGISTRATION",
                "申报企业应为辖区内注册登记的科技型中小企业。|LOCAL_REGISTRATION",
                "申报单位为具有独立承担民事责任能力的企事业单位。|LEGAL_PERSON",
                "申报单位须为在中国境内注册的企业。|''",
                "请先在申报系统注册账号后填报。|''",
                "企业注册资本不低于100万元，上年度营业收入增长10%以上。|''",
                "支持人工智能、区块链在金融领域的应用。|''"
            })
    void conditionsOnTheApplicantAreRead(String text, String expected) {
        List<ApplicantRequirement> want = expected.isBlank()
                ? List.of()
                : java.util.Arrays.stream(expected.split(" "))
                        .map(ApplicantRequirement::valueOf)
                        .toList();
        assertEquals(want, ApplicantRequirements.named(text), text);
    }

    @Test
    void everyAreaOfACallCarriesTheConditionsOfItsConditionsSectionAndPlansCarryNone() {
        IngestResult call = Fixtures.ingest("outline_call.txt");
        assertEquals(false, call.areas().isEmpty());
        for (SupportArea a : call.areas()) {
            assertEquals(
                    List.of(ApplicantRequirement.LEGAL_PERSON, ApplicantRequirement.LOCAL_REGISTRATION),
                    a.requirements(),
                    a.title());
        }
        for (SupportArea a : Fixtures.ingest("plan_draft.txt").areas())
            assertEquals(List.of(), a.requirements(), a.title());
    }
}
