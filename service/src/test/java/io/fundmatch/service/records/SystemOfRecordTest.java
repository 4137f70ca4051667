package io.fundmatch.service.records;

import static io.fundmatch.service.records.RunningService.ADMIN;
import static io.fundmatch.service.records.RunningService.JSON;
import static io.fundmatch.service.records.RunningService.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database as the system of record, through the API of a whole service on its own data folder: uploads
 * survive a restart with the same ids and the same rankings, the same document under another name is
 * recognised, a changed text under the same title is a new version, withdrawn documents and enterprises
 * leave recommendations at once, and a database outage keeps recommendations up while writes get 503.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemOfRecordTest {

    private static Path dataDir;
    private static RunningService service;
    private static String guideId;
    private static List<String> guideAreas;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("fundmatch-records");
        service = RunningService.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
    }

    @Test
    @Order(1)
    void uploadsSurviveARestartWithTheSameIdsAndRankTheSame() throws Exception {
        var jdbc = service.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        assertThat(jdbc.queryForObject("show fsync", String.class))
                .as("durable commits")
                .isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        int samples =
                service.getJson("/api/v1/admin/documents", ADMIN).get("total").asInt();
        assertThat(samples)
                .as("bundled sample guides loaded into the empty database")
                .isEqualTo(3);

        JsonNode guide = service.uploadJson("/api/v1/guides", "yinzhou_digital_2027.txt", Fixtures.guide());
        guideId = guide.at("/document/id").asText();
        guideAreas = ids(guide.get("areas"), "areaId");
        assertThat(guideAreas).hasSizeGreaterThanOrEqualTo(4);
        JsonNode registry = service.uploadJson(
                "/api/v1/enterprises",
                "yinzhou_registry.tsv",
                Fixtures.registry("宁波甬创机器人有限公司", "宁波明视检测技术有限公司", "宁波织云工业软件有限公司", "宁波守数信息安全有限公司"));
        assertThat(registry.get("profiles")).hasSize(4);

        Snapshot before = Snapshot.of(service, guideAreas);
        assertThat(before.recommended).contains(guideAreas.get(0));
        assertThat(before.enterprises).hasSize(4);

        service.close();
        service = RunningService.start(dataDir);

        Snapshot after = Snapshot.of(service, guideAreas);
        assertThat(after).isEqualTo(before);
        assertThat(service.getJson("/api/v1/admin/documents", ADMIN)
                        .get("total")
                        .asInt())
                .as("samples are not loaded again into a database that has documents")
                .isEqualTo(samples + 1);
    }

    @Test
    @Order(2)
    void theSameDocumentUnderAnotherFileNameIsRecognised() throws Exception {
        int areas = areaTotal(service);
        JsonNode again = service.uploadJson("/api/v1/guides", "鄞州数字经济指南-副本.txt", Fixtures.guide());
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.at("/document/id").asText()).isEqualTo(guideId);
        assertThat(ids(again.get("areas"), "areaId")).isEqualTo(guideAreas);
        assertThat(areaTotal(service)).isEqualTo(areas);

        JsonNode opportunities = recommend(service).get("opportunities");
        List<String> titles = new ArrayList<>();
        opportunities.forEach(o -> titles.add(o.get("title").asText()));
        assertThat(titles).doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void aChangedTextUnderTheSameTitleIsANewVersionThatReplacesTheOld() throws Exception {
        JsonNode revised =
                service.uploadJson("/api/v1/guides", "yinzhou_digital_2027_revised.txt", Fixtures.revisedGuide());
        assertThat(revised.get("duplicate").asBoolean()).isFalse();
        assertThat(revised.get("replaced").asText()).isEqualTo(guideId);
        assertThat(revised.get("areaCount").asInt()).isEqualTo(guideAreas.size() + 1);

        for (String old : guideAreas) {
            assertThat(service.get("/api/v1/areas/" + old, null).statusCode())
                    .as(old)
                    .isEqualTo(404);
        }
        JsonNode versions = service.getJson("/api/v1/admin/documents", ADMIN).get("versions");
        assertThat(versions.get(0).get("documentId").asText())
                .isEqualTo(revised.at("/document/id").asText());
        assertThat(versions.get(0).get("replaces").asLong())
                .isEqualTo(versions.get(1).get("versionId").asLong());
        assertThat(versions.get(1).get("status").asText()).isEqualTo("REPLACED");
        guideId = revised.at("/document/id").asText();
        guideAreas = ids(revised.get("areas"), "areaId");
    }

    @Test
    @Order(4)
    void aWithdrawnDocumentIsNoLongerRecommendedAndStaysWithdrawnAfterARestart() throws Exception {
        assertThat(recommendedAreas(service)).containsAnyElementsOf(guideAreas);
        HttpResponse<String> refused = service.delete("/api/v1/admin/documents/" + guideId, OFFICER);
        assertThat(refused.statusCode()).isEqualTo(403);

        assertThat(service.delete("/api/v1/admin/documents/" + guideId, ADMIN).statusCode())
                .isEqualTo(200);
        assertThat(recommendedAreas(service)).doesNotContainAnyElementsOf(guideAreas);
        assertThat(service.get("/api/v1/areas/" + guideAreas.get(0), null).statusCode())
                .isEqualTo(404);
        assertThat(service.delete("/api/v1/admin/documents/" + guideId, ADMIN).statusCode())
                .isEqualTo(404);

        service.close();
        service = RunningService.start(dataDir);
        assertThat(recommendedAreas(service)).doesNotContainAnyElementsOf(guideAreas);
        JsonNode audit = service.getJson("/api/v1/admin/audit?limit=50", ADMIN);
        List<String> actions = ids(audit, "action");
        assertThat(actions).contains("document.withdraw", "document.upload", "registry.upload");
    }

    @Test
    @Order(5)
    void aWithdrawnEnterpriseLeavesSearchAndRankings() throws Exception {
        JsonNode revised =
                service.uploadJson("/api/v1/guides", "yinzhou_digital_2027_revised.txt", Fixtures.revisedGuide());
        String area = revised.at("/areas/0/areaId").asText();
        List<String> ranked = ids(
                service.getJson("/api/v1/areas/" + area + "/enterprises?top=50&includeIneligible=true", OFFICER)
                        .get("enterprises"),
                "enterprise",
                "id");
        String id = service.getJson("/api/v1/enterprises?q=" + URLEncoder.encode("甬创", StandardCharsets.UTF_8), OFFICER)
                .at("/enterprises/0/id")
                .asText();
        assertThat(ranked).contains(id);

        assertThat(service.delete("/api/v1/admin/enterprises/" + id, ADMIN).statusCode())
                .isEqualTo(200);
        assertThat(service.get("/api/v1/enterprises/" + id, OFFICER).statusCode())
                .isEqualTo(404);
        assertThat(ids(
                        service.getJson("/api/v1/areas/" + area + "/enterprises?top=50&includeIneligible=true", OFFICER)
                                .get("enterprises"),
                        "enterprise",
                        "id"))
                .doesNotContain(id);
        assertThat(ids(
                        service.getJson(
                                        "/api/v1/admin/enterprises?q="
                                                + URLEncoder.encode("宁波", StandardCharsets.UTF_8),
                                        ADMIN)
                                .get("enterprises"),
                        "id"))
                .as("active and withdrawn")
                .contains(id)
                .hasSize(4);
        JsonNode stored = service.getJson(
                "/api/v1/admin/enterprises?status=withdrawn&q=" + URLEncoder.encode("甬创", StandardCharsets.UTF_8),
                ADMIN);
        assertThat(stored.at("/enterprises/0/id").asText()).isEqualTo(id);
        assertThat(stored.at("/enterprises/0/fileName").asText()).isEqualTo("yinzhou_registry.tsv");
        assertThat(stored.at("/enterprises/0/sourceRow").asInt()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void officerExportsAreAuditedAndFeedbackIsKeptInTheDatabaseToo() throws Exception {
        String area = service.getJson("/api/v1/areas?limit=1", null)
                .at("/areas/0/areaId")
                .asText();
        HttpResponse<String> csv = service.get("/api/v1/areas/" + area + "/enterprises?format=csv", OFFICER);
        assertThat(csv.statusCode()).isEqualTo(200);
        JsonNode latest = service.getJson("/api/v1/admin/audit?limit=1", ADMIN).get(0);
        assertThat(latest.get("action").asText()).isEqualTo("officer.export");
        assertThat(latest.get("actor").asText()).isEqualTo("officer");
        assertThat(latest.get("subject").asText()).isEqualTo(area);

        FeedbackRecords feedback = service.context.getBean(FeedbackRecords.class);
        long before = feedback.count();
        HttpResponse<String> sent = service.postJson(
                "/api/v1/feedback",
                "{\"profile\": {\"name\": \"宁波视检智能科技有限公司\"," + " \"businessScope\": \"机器视觉检测设备研发\"}, \"areaId\": \""
                        + area + "\", \"kind\": \"applied\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(feedback.count()).isEqualTo(before + 1);
    }

    @Test
    @Order(7)
    void anAccountCreatedByAnAdministratorSurvivesARestartWithItsJurisdiction() throws Exception {
        HttpResponse<String> created = service.postJson(
                "/api/v1/admin/accounts",
                "{\"username\": \"yz-liaison\"," + " \"password\": \"yinzhou-pass-1\", \"jurisdiction\": \"宁波市鄞州区\"}",
                ADMIN);
        assertThat(created.statusCode()).isEqualTo(201);
        service.close();
        service = RunningService.start(dataDir);
        JsonNode me = service.getJson("/api/v1/me", RunningService.basic("yz-liaison", "yinzhou-pass-1"));
        assertThat(me.get("roles").toString()).contains("OFFICER");
        assertThat(me.get("jurisdiction").asText()).isEqualTo("浙江省宁波市鄞州区");
    }

    @Test
    @Order(8)
    void withTheDatabaseDownRecommendationsKeepWorkingAndWritesAnswer503() throws Exception {
        JsonNode before = recommend(service);
        service.context.getBean(EmbeddedPostgres.class).close();

        HttpResponse<String> recommended = service.postJson("/api/v1/recommendations", Fixtures.YINZHOU_SME);
        assertThat(recommended.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(recommended.body()).get("opportunities")).isEqualTo(before.get("opportunities"));

        HttpResponse<String> upload = service.upload("/api/v1/guides", "another.txt", Fixtures.revisedGuide(), ADMIN);
        assertThat(upload.statusCode()).isEqualTo(503);
        assertThat(upload.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(upload.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(upload.body()).get("detail").asText()).contains("database is unavailable");
        assertThat(service.delete("/api/v1/admin/enterprises/x", ADMIN).statusCode())
                .isEqualTo(503);
    }

    // ---- helpers ----

    /** What a restart must not change: area ids, the ranking of the registry for each area, an SME's list. */
    record Snapshot(
            List<String> areas,
            List<JsonNode> rankings,
            List<String> recommended,
            JsonNode opportunities,
            List<String> enterprises,
            int areaCount) {

        static Snapshot of(RunningService s, List<String> areaIds) throws Exception {
            List<JsonNode> rankings = new ArrayList<>();
            for (String a : areaIds) {
                rankings.add(s.getJson("/api/v1/areas/" + a + "/enterprises?top=20&includeIneligible=true", OFFICER)
                        .get("enterprises"));
            }
            JsonNode rec = recommend(s);
            List<String> present = new ArrayList<>();
            for (String a : areaIds) if (s.get("/api/v1/areas/" + a, null).statusCode() == 200) present.add(a);
            return new Snapshot(
                    present,
                    rankings,
                    ids(rec.get("opportunities"), "areaId"),
                    rec.get("opportunities"),
                    ids(
                            s.getJson(
                                            "/api/v1/enterprises?q=" + URLEncoder.encode("鄞州", StandardCharsets.UTF_8),
                                            OFFICER)
                                    .get("enterprises"),
                            "id"),
                    SystemOfRecordTest.areaTotal(s));
        }
    }

    static int areaTotal(RunningService s) throws Exception {
        return s.getJson("/api/v1/areas?limit=1&includeSuperseded=true", null)
                .get("total")
                .asInt();
    }

    static JsonNode recommend(RunningService s) throws Exception {
        HttpResponse<String> r = s.postJson("/api/v1/recommendations", Fixtures.YINZHOU_SME);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static List<String> recommendedAreas(RunningService s) throws Exception {
        return ids(recommend(s).get("opportunities"), "areaId");
    }

    static List<String> ids(JsonNode array, String... path) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = n;
            for (String p : path) v = v.path(p);
            out.add(v.asText());
        }
        return out;
    }
}
