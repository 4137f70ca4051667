package io.fundmatch.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.towers.FeedbackEvent;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ServiceApiTest extends ServiceTestBase {

    @Test
    void recommendationsAnswerTheFixedShapeWithNormalisedProfileAndEvidence() throws Exception {
        HttpResponse<String> r = postJson("/api/v1/recommendations", BINJIANG_AI_SME, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.fieldNames()).toIterable().contains("profile", "opportunities", "modelVersion");
        assertThat(a.at("/profile/region/district").asText()).isEqualTo("滨江区");
        assertThat(a.at("/profile/inference/regionConfidence").isNumber()).isTrue();
        JsonNode ops = a.get("opportunities");
        assertThat(ops.size()).isBetween(1, 5);
        JsonNode first = ops.get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "rank",
                        "areaId",
                        "title",
                        "path",
                        "document",
                        "score",
                        "eligibility",
                        "explanation",
                        "deadline",
                        "supportAmount");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("document").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("id", "title", "source", "type", "region", "year", "draft");
        assertThat(first.at("/eligibility/status").asText()).isIn("ELIGIBLE", "CHECK");
        assertThat(first.at("/explanation/summary").asText()).isNotBlank();
        // the best match for a Binjiang AI company is an area of the Binjiang guide
        assertThat(first.at("/document/region/district").asText()).isEqualTo("滨江区");
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCache() throws Exception {
        String body = BINJIANG_AI_SME.replace("\"top\": 5", "\"top\": 3");
        HttpResponse<String> first = postJson("/api/v1/recommendations", body, null);
        HttpResponse<String> second = postJson("/api/v1/recommendations", body, null);
        assertThat(first.headers().firstValue("X-Fundmatch-Cache")).hasValue("miss");
        assertThat(second.headers().firstValue("X-Fundmatch-Cache")).hasValue("local");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void catalogueIsPublicAndFiltersByWordDistrictAndType() throws Exception {
        JsonNode all = json(get("/api/v1/areas"));
        assertThat(all.get("total").asInt()).isGreaterThan(5);
        JsonNode chips = json(get("/api/v1/areas?q=" + enc("芯片") + "&district=" + enc("滨江")));
        assertThat(chips.get("total").asInt()).isPositive();
        chips.get("areas")
                .forEach(a ->
                        assertThat(a.at("/document/region/district").asText()).isEqualTo("滨江区"));
        JsonNode plans = json(get("/api/v1/areas?type=PLAN"));
        assertThat(plans.get("total").asInt()).isPositive();
        plans.get("areas")
                .forEach(a -> assertThat(a.at("/document/type").asText()).isEqualTo("PLAN"));

        String id = chips.at("/areas/0/areaId").asText();
        JsonNode one = json(get("/api/v1/areas/" + enc(id)));
        assertThat(one.get("text").asText()).contains("芯片");
        HttpResponse<String> missing = get("/api/v1/areas/no-such-area");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void officerDataNeedsTheOfficerRoleAndRefusalsCarryNoData() throws Exception {
        String areaId =
                json(get("/api/v1/areas?q=" + enc("芯片"))).at("/areas/0/areaId").asText();
        String path = "/api/v1/areas/" + enc(areaId) + "/enterprises?top=5";
        for (String auth : new String[] {null, basic("officer", "wrong")}) {
            HttpResponse<String> r = get(path, auth, null);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).doesNotContain("有限公司").contains("\"status\":401");
        }
        HttpResponse<String> ok = get(path, OFFICER, null);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode ranked = json(ok).get("enterprises");
        assertThat(ranked.size()).isBetween(1, 5);
        assertThat(ranked.get(0).at("/enterprise/name").asText()).contains("有限公司");
        // an officer may not upload
        HttpResponse<String> denied = upload("/api/v1/guides", "g.txt", "测试".getBytes(StandardCharsets.UTF_8), OFFICER);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/feedback").statusCode()).isEqualTo(401);
    }

    @Test
    void officerExportsASpreadsheetReadyCsv() throws Exception {
        String areaId = json(get("/api/v1/areas?q=" + enc("芯片设计")))
                .at("/areas/0/areaId")
                .asText();
        HttpResponse<String> csv = get("/api/v1/areas/" + enc(areaId) + "/enterprises?top=10", OFFICER, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF排名,企业名称,统一社会信用代码");
        assertThat(lines.length).isBetween(2, 11);
        assertThat(lines[1]).startsWith("1,");
    }

    @Test
    void registryEnterpriseRecommendationsAreComputedWithoutNightlyResults() throws Exception {
        JsonNode found = json(get("/api/v1/enterprises?q=" + enc("芯瑞"), OFFICER, null));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        String id = found.at("/enterprises/0/id").asText();
        JsonNode rec = json(get("/api/v1/enterprises/" + enc(id) + "/recommendations?top=3", OFFICER, null));
        assertThat(rec.get("source").asText()).isEqualTo("computed");
        assertThat(rec.get("opportunities").size()).isBetween(1, 3);
        assertThat(get("/api/v1/enterprises/" + enc(id) + "/recommendations").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anUploadedGuideIsSearchableAndRankableAtOnce() throws Exception {
        String guide = """
                2027年度示例市海洋牧场装备研发项目申报指南
                一、支持方向
                （一）深远海养殖工船关键装备
                支持企业研制深远海养殖工船的投饵、起捕和水质监测装备，单个项目最高不超过150万元。
                （二）海洋牧场智能监测浮标
                支持海洋牧场智能监测浮标和水下机器人研发。
                二、申报时间
                2027年1月10日至2027年2月28日。
                """;
        HttpResponse<String> r = upload(
                "/api/v1/guides", "guide_sample_ocean_ranch_2027.txt", guide.getBytes(StandardCharsets.UTF_8), ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("areaCount").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode hits = json(get("/api/v1/areas?q=" + enc("养殖工船")));
        assertThat(hits.get("total").asInt()).isPositive();
        String areaId = hits.at("/areas/0/areaId").asText();
        assertThat(get("/api/v1/areas/" + enc(areaId) + "/enterprises?top=3", OFFICER, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUploadedRegistryIsImportedWithItsRowReport() throws Exception {
        String tsv = "企业名称\t统一社会信用代码\t注册日期\t企业类型\t注册资金\t所在省份\t地区\t经营范围\t注册地址\tsrc_file\n"
                + "杭州蓝海声学科技有限公司\t\t2020-03-03\t有限责任公司\t100(万元人民币)\t浙江\t滨江\t声学传感器研发；软件开发\t浙江省杭州市滨江区江南大道1号\tupload\n"
                + "\t\t\t\t\t\t\t\t\t\n";
        HttpResponse<String> r =
                upload("/api/v1/enterprises", "registry_upload.tsv", tsv.getBytes(StandardCharsets.UTF_8), ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode found = json(get("/api/v1/enterprises?q=" + enc("蓝海声学"), OFFICER, null));
        assertThat(found.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void feedbackIsAppendedAsJsonLinesTheTrainerReads() throws Exception {
        String areaId =
                json(get("/api/v1/areas?q=" + enc("芯片"))).at("/areas/0/areaId").asText();
        String body = "{\"profile\": {\"name\": \"杭州视联智能检测技术有限公司\", \"businessScope\": \"人工智能应用软件开发\"},"
                + " \"areaId\": \"" + areaId + "\", \"kind\": \"applied\"}";
        HttpResponse<String> r = postJson("/api/v1/feedback", body, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("storedIn").asText()).isEqualTo("file");
        List<String> lines = Files.readAllLines(FEEDBACK_FILE);
        FeedbackEvent stored = JSON.readValue(lines.get(lines.size() - 1), FeedbackEvent.class);
        assertThat(stored.areaId()).isEqualTo(areaId);
        assertThat(stored.parsedKind()).hasValue(FeedbackEvent.Kind.APPLIED);
        assertThat(stored.profile().name()).isEqualTo("杭州视联智能检测技术有限公司");
        JsonNode listing = json(get("/api/v1/feedback?limit=5", OFFICER, null));
        assertThat(listing.at("/feedback/0/areaId").asText()).isEqualTo(areaId);
    }

    @Test
    void badInputGetsAClearProblemAndTheServiceKeepsServing() throws Exception {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("malformed", postJson("/api/v1/recommendations", "{\"profile\": {\"name\": ", null));
        answers.put(
                "unknown field",
                postJson("/api/v1/recommendations", "{\"profile\": {\"name\": \"某某科技有限公司\"}, \"topp\": 3}", null));
        answers.put(
                "wrong type",
                postJson(
                        "/api/v1/recommendations", "{\"profile\": {\"name\": \"某某科技有限公司\"}, \"top\": \"many\"}", null));
        answers.put(
                "top 0",
                postJson("/api/v1/recommendations", "{\"profile\": {\"name\": \"某某科技有限公司\"}, \"top\": 0}", null));
        answers.put(
                "top 100000",
                postJson("/api/v1/recommendations", "{\"profile\": {\"name\": \"某某科技有限公司\"}, \"top\": 100000}", null));
        answers.put("officer top 100000", get("/api/v1/areas/x/enterprises?top=100000", OFFICER, null));
        answers.put(
                "10 MB",
                postJson(
                        "/api/v1/recommendations",
                        "{\"profile\": {\"name\": \"" + "啊".repeat(3_500_000) + "\"}}",
                        null));
        answers.put(
                "english",
                postJson(
                        "/api/v1/recommendations",
                        "{\"profile\": {\"name\": \"Acme Robotics Ltd\", \"businessScope\": \"software development\"}}",
                        null));
        answers.put("no profile", postJson("/api/v1/recommendations", "{\"top\": 3}", null));
        answers.put("unsupported upload", upload("/api/v1/guides", "tool.exe", new byte[] {77, 90, 0, 0}, ADMIN));
        answers.put("upload bomb", upload("/api/v1/guides", "bomb.docx", zipBomb(), ADMIN));
        answers.put(
                "feedback kind",
                postJson(
                        "/api/v1/feedback", "{\"enterpriseId\": \"x\", \"areaId\": \"y\", \"kind\": \"liked\"}", null));

        List<String> failures = new ArrayList<>();
        answers.forEach((what, r) -> {
            boolean problem = r.headers().firstValue("Content-Type").orElse("").contains("application/problem+json");
            if (r.statusCode() < 400
                    || r.statusCode() >= 500
                    || !problem
                    || r.body().contains("Exception")
                    || r.body().contains("\tat ")
                    || !r.body().contains("\"detail\"")) {
                failures.add(what + " -> " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
        });
        assertThat(failures).isEmpty();
        assertThat(answers.get("10 MB").statusCode()).isEqualTo(413);
        assertThat(answers.get("unsupported upload").statusCode()).isEqualTo(415);
        assertThat(json(answers.get("unknown field")).get("detail").asText()).contains("topp");
        assertThat(json(answers.get("wrong type")).get("detail").asText()).contains("top");
        assertThat(json(answers.get("english")).get("status").asInt()).isEqualTo(422);
        assertThat(postJson("/api/v1/recommendations", BINJIANG_AI_SME, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthMetricsOpenApiAndTheWebPageAreServed() throws Exception {
        assertThat(json(get("/actuator/health")).get("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus", ADMIN, null).body())
                .contains("http_server_requests_seconds")
                .contains("cache_gets_total{cache=\"recommendations\"");
        JsonNode api = json(get("/v3/api-docs"));
        assertThat(api.at("/info/title").asText()).isEqualTo("fundmatch API");
        assertThat(api.at("/info/version").asText()).isEqualTo("v1");
        assertThat(api.at("/info/description").asText()).contains("RFC 7807");
        assertThat(api.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/recommendations",
                        "/api/v1/areas",
                        "/api/v1/areas/{areaId}/enterprises",
                        "/api/v1/guides",
                        "/api/v1/enterprises",
                        "/api/v1/feedback");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("企业画像", "app.js");
    }

    @Test
    void catalogueFiltersByAreaKindAndRefusesAnUnknownKind() throws Exception {
        JsonNode all = json(get("/api/v1/areas?limit=500"));
        assertThat(all.at("/areas/0/kind").isTextual())
                .as("every ingested area carries its kind")
                .isTrue();
        String kind = all.at("/areas/0/kind").asText();
        JsonNode same = json(get("/api/v1/areas?limit=500&kind=" + kind));
        assertThat(same.get("total").asInt())
                .isPositive()
                .isLessThanOrEqualTo(all.get("total").asInt());
        same.get("areas").forEach(a -> assertThat(a.get("kind").asText()).isEqualTo(kind));
        JsonNode byLabel = json(get("/api/v1/areas?limit=500&kind="
                + enc(same.at("/areas/0/kindLabel").asText())));
        assertThat(byLabel.get("total").asInt()).isEqualTo(same.get("total").asInt());
        assertThat(get("/api/v1/areas?kind=NO_SUCH_KIND").statusCode()).isEqualTo(400);
    }

    /** A .docx whose one entry inflates from ~100 KB to 100 MB. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) zip.write(zeros);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theOfficersListPutsCertainEligibilityFirstAndCertainOnlyKeepsJustThoseRankedAmongThemselves()
            throws Exception {
        int withCheck = 0;
        for (JsonNode a : json(get("/api/v1/areas?limit=40")).get("areas")) {
            String path = "/api/v1/areas/" + enc(a.get("areaId").asText()) + "/enterprises?top=30";
            JsonNode all = json(get(path, OFFICER, null)).get("enterprises");
            JsonNode certain =
                    json(get(path + "&certainOnly=true", OFFICER, null)).get("enterprises");
            java.util.List<String> eligible = new java.util.ArrayList<>();
            boolean seenCheck = false;
            for (JsonNode m : all) {
                String status = m.at("/eligibility/status").asText();
                if (status.equals("ELIGIBLE")) {
                    assertThat(seenCheck).as("ELIGIBLE after CHECK in " + path).isFalse();
                    eligible.add(m.at("/enterprise/id").asText());
                } else {
                    seenCheck = true;
                }
            }
            if (seenCheck) withCheck++;
            java.util.List<String> certainIds = new java.util.ArrayList<>();
            for (int i = 0; i < certain.size(); i++) {
                assertThat(certain.get(i).at("/eligibility/status").asText()).isEqualTo("ELIGIBLE");
                assertThat(certain.get(i).get("rank").asInt()).isEqualTo(i + 1);
                certainIds.add(certain.get(i).at("/enterprise/id").asText());
            }
            assertThat(certainIds).as(path).isEqualTo(eligible);
        }
        assertThat(withCheck).as("areas whose list holds enterprises to check").isPositive();
    }

    @Test
    void theServiceRanksWithTheLearnedDefaultAndKeepsTheEncoderVectorsInItsDataFolder() throws Exception {
        String body = "{\"profile\":{\"name\":\"某某公司\"},\"top\":3}";
        HttpResponse<String> r = postJson("/api/v1/recommendations", body, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("modelVersion").asText())
                .matches("encoder:bge-small-zh-v1\\.5-q@[0-9a-f]{16}\\+learned-.+");
        java.nio.file.Path areas =
                DATA_DIR.resolve("embeddings").resolve(io.fundmatch.encoder.EmbeddingStore.AREAS_FILE);
        java.nio.file.Path enterprises =
                DATA_DIR.resolve("embeddings").resolve(io.fundmatch.encoder.EmbeddingStore.ENTERPRISES_FILE);
        assertThat(Files.size(areas)).isGreaterThan(512 * 4);
        assertThat(Files.size(enterprises)).isGreaterThan(512 * 4);
    }
}
