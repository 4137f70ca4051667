package io.fundmatch.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.SharedData;
import io.fundmatch.cli.FundmatchCli;
import io.fundmatch.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback loop of the default ranker: what enterprises told the service (applied for this area, that one is not
 * relevant) reaches the towers and the learned ranker retrained with {@code --feedback}, and the retrained model
 * ranks the areas they applied for higher for them. Reads the seed documents (skipped without ../shared).
 */
class FeedbackRetrainingTest {

    /** Invented SMEs of the seed documents' districts, as the web form sends them. */
    private static final List<String> PROFILES = List.of(
            "{\"id\":\"fb-light\",\"name\":\"京西智联照明科技有限公司\",\"region\":{\"province\":\"北京市\",\"city\":\"北京市\","
                    + "\"district\":\"西城区\"},\"specialization\":\"商业照明智能控制系统与楼宇节能照明改造\","
                    + "\"qualifications\":[\"科技型中小企业\"]}",
            "{\"id\":\"fb-sense\",\"name\":\"海岚传感技术有限公司\",\"region\":{\"province\":\"北京市\",\"city\":\"北京市\","
                    + "\"district\":\"海淀区\"},\"specialization\":\"压力与温湿度传感器模组研发，工业物联网数据采集终端\","
                    + "\"qualifications\":[\"高新技术企业\"]}",
            "{\"id\":\"fb-survey\",\"name\":\"天山遥测信息技术有限公司\",\"region\":{\"province\":\"新疆维吾尔自治区\","
                    + "\"city\":\"乌鲁木齐市\",\"district\":\"水磨沟区\"},\"specialization\":\"无人机航测与地理信息数据处理服务\"}",
            "{\"id\":\"fb-print\",\"name\":\"西城文印数码科技有限公司\",\"region\":{\"province\":\"北京市\",\"city\":\"北京市\","
                    + "\"district\":\"西城区\"},\"specialization\":\"数字印刷与出版物排版设计服务\"}");

    private static final String TODAY = "2020-06-01";

    @Test
    void theAreasEnterprisesAppliedForRankHigherForThemOnceTheDefaultIsRetrainedWithTheirFeedback(@TempDir Path dir)
            throws Exception {
        Path seeds = SharedData.resolve("seeds").orElse(null);
        Assumptions.assumeTrue(seeds != null, "../shared/seeds is not here");
        Path profiles = dir.resolve("profiles.jsonl");
        Files.writeString(profiles, String.join("\n", PROFILES) + "\n", StandardCharsets.UTF_8);

        Path before = dir.resolve("before.jsonl");
        assertEquals(0, recommend(seeds, profiles, null, before));
        // each enterprise applied for the area the default ranked 4th for it, and called its 2nd not relevant
        List<String> events = new ArrayList<>();
        Map<String, String> applied = new HashMap<>();
        Map<String, String> dismissed = new HashMap<>();
        for (JsonNode answer : answers(before)) {
            JsonNode profile = answer.get("profile");
            String id = profile.get("id").asText();
            applied.put(id, areaAt(answer, 4));
            dismissed.put(id, areaAt(answer, 2));
            events.add(event(profile, applied.get(id), "applied"));
            events.add(event(profile, dismissed.get(id), "not_relevant"));
        }
        assertEquals(PROFILES.size(), applied.size(), "every profile has at least 4 areas");
        Path feedback = dir.resolve("feedback.jsonl");
        Files.writeString(feedback, String.join("\n", events) + "\n", StandardCharsets.UTF_8);

        Path model = dir.resolve("model");
        String[] common = {
            "--out",
            model.toString(),
            "--seeds",
            seeds.toString(),
            "--guides",
            "none",
            "--feedback",
            feedback.toString()
        };
        assertEquals(0, FundmatchCli.run(concat(new String[] {"train-encoder-tower"}, common)));
        assertEquals(0, FundmatchCli.run(concat(new String[] {"train-ranker", "--tower-folds", "2"}, common)));
        String card = Files.readString(model.resolve("learned-ranker.properties"), StandardCharsets.UTF_8);
        assertTrue(card.contains("feedback of 4 enterprises (8 labels)"), card);

        Path after = dir.resolve("after.jsonl");
        assertEquals(0, recommend(seeds, profiles, model, after));
        Map<String, Map<String, Integer>> rankBefore = ranks(before);
        Map<String, Map<String, Integer>> rankAfter = ranks(after);
        int appliedBefore = 0, appliedAfter = 0, dismissedBefore = 0, dismissedAfter = 0;
        for (String id : applied.keySet()) {
            appliedBefore += rankBefore.get(id).get(applied.get(id));
            appliedAfter += rankAfter.get(id).getOrDefault(applied.get(id), 41);
            dismissedBefore += rankBefore.get(id).get(dismissed.get(id));
            dismissedAfter += rankAfter.get(id).getOrDefault(dismissed.get(id), 41);
        }
        System.out.printf(
                "feedback retraining: ranks of the applied areas %d -> %d, of the dismissed ones %d -> %d (sums over %d)%n",
                appliedBefore, appliedAfter, dismissedBefore, dismissedAfter, applied.size());
        assertTrue(appliedAfter < appliedBefore, "applied areas: ranks " + appliedBefore + " -> " + appliedAfter);
        assertTrue(
                dismissedAfter >= dismissedBefore,
                "dismissed areas: ranks " + dismissedBefore + " -> " + dismissedAfter);
    }

    private static int recommend(Path seeds, Path profiles, Path model, Path out) {
        List<String> args = new ArrayList<>(List.of(
                "recommend",
                "--profiles",
                profiles.toString(),
                "--catalogue",
                seeds.toString(),
                "--today",
                TODAY,
                "--top",
                "40",
                "--out",
                out.toString()));
        if (model != null) args.addAll(List.of("--model", model.toString()));
        return FundmatchCli.run(args.toArray(String[]::new));
    }

    private static List<JsonNode> answers(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8))
            if (!line.isBlank()) out.add(Json.mapper().readTree(line));
        return out;
    }

    private static String areaAt(JsonNode answer, int rank) {
        for (JsonNode o : answer.get("opportunities"))
            if (o.get("rank").asInt() == rank) return o.get("areaId").asText();
        throw new AssertionError("no area at rank " + rank + " in " + answer);
    }

    private static Map<String, Map<String, Integer>> ranks(Path file) throws Exception {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (JsonNode answer : answers(file)) {
            Map<String, Integer> r = new HashMap<>();
            for (JsonNode o : answer.get("opportunities"))
                r.put(o.get("areaId").asText(), o.get("rank").asInt());
            out.put(answer.get("profile").get("id").asText(), r);
        }
        return out;
    }

    private static String event(JsonNode profile, String area, String kind) throws Exception {
        ObjectNode e = Json.mapper().createObjectNode();
        e.set("profile", profile);
        e.put("areaId", area);
        e.put("kind", kind);
        e.put("time", "2026-11-30T08:00:00Z");
        return Json.mapper().writeValueAsString(e);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
