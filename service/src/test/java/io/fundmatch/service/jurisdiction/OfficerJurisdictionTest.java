package io.fundmatch.service.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.service.ServiceTestBase;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 西城区 liaison officer sees, ranks and exports 西城区's enterprises and never 海淀区's. */
class OfficerJurisdictionTest extends ServiceTestBase {

    private static final String XICHENG = basic("officer-xc", "xicheng-pass-1");

    private void ensureXichengOfficer() throws Exception {
        ensureOfficer("officer-xc", "xicheng-pass-1", "北京市西城区");
    }

    @Test
    void registrySearchShowsOnlyTheOfficersDistrict() throws Exception {
        ensureXichengOfficer();
        JsonNode mine = json(get("/api/v1/enterprises?limit=500", XICHENG, null));
        assertThat(mine.get("total").asInt()).isPositive();
        for (JsonNode e : mine.get("enterprises")) {
            assertThat(e.at("/region/district").asText()).isEqualTo("西城区");
        }
        JsonNode everything = json(get("/api/v1/enterprises?limit=500", ADMIN, null));
        assertThat(everything.get("total").asInt())
                .isGreaterThan(mine.get("total").asInt());
    }

    @Test
    void aHaidianEnterpriseIsForbiddenToTheXichengOfficer() throws Exception {
        ensureXichengOfficer();
        String haidianId = firstInDistrict("海淀区");
        assertThat(get("/api/v1/enterprises/" + haidianId, XICHENG, null).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/enterprises/" + haidianId + "/recommendations", XICHENG, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/enterprises/" + haidianId, OFFICER, null).statusCode())
                .as("the configured officer account has jurisdiction all")
                .isEqualTo(200);
    }

    @Test
    void noRankingOrCsvExportOfAnyAreaShowsAnEnterpriseOutsideTheDistrict() throws Exception {
        ensureXichengOfficer();
        List<String> areaIds = new ArrayList<>();
        json(get("/api/v1/areas?limit=500"))
                .get("areas")
                .forEach(a -> areaIds.add(a.get("areaId").asText()));
        assertThat(areaIds).isNotEmpty();
        int seen = 0;
        for (String areaId : areaIds) {
            JsonNode ranking =
                    json(get("/api/v1/areas/" + areaId + "/enterprises?top=50&includeIneligible=true", XICHENG, null));
            for (JsonNode m : ranking.get("enterprises")) {
                assertThat(m.at("/enterprise/region/district").asText())
                        .as("area " + areaId)
                        .isEqualTo("西城区");
                seen++;
            }
            HttpResponse<String> csv = get(
                    "/api/v1/areas/" + areaId + "/enterprises?format=csv&includeIneligible=true", XICHENG, "text/csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            List<String> rows =
                    csv.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
            for (String row : rows) {
                assertThat(row)
                        .as("area " + areaId + ": province, city, district columns")
                        .contains(",北京市,北京市,西城区,");
            }
        }
        assertThat(seen).as("the district's own enterprises are ranked").isPositive();
    }

    private String firstInDistrict(String district) throws Exception {
        for (JsonNode e :
                json(get("/api/v1/enterprises?limit=500", ADMIN, null)).get("enterprises")) {
            if (district.equals(e.at("/region/district").asText()))
                return e.get("id").asText();
        }
        throw new AssertionError("the bundled registry has no enterprise in " + district);
    }
}
