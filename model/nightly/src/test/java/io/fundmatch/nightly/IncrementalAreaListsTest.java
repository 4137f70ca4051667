package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental nights whose work follows what changed: each area keeps a margin of extra candidates, an unchanged
 * area merges its previous list with the changed enterprises' scores, and an area runs out of margin only when
 * too many of its listed enterprises changed — and after two such nights (enterprises changed, arrived and left;
 * areas edited, published and withdrawn) both officer and enterprise lists equal those of runs from scratch.
 */
class IncrementalAreaListsTest {

    static final LocalDate DAY1 = LocalDate.of(2026, 12, 1);
    static final int K = 5;
    static final int N = 10;

    @TempDir
    static Path tmp;

    static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = TestSpark.local("incremental-area-lists-test");
        // a margin of 3 over N = 10: small enough that a few changed enterprises exhaust some areas' margins
        System.setProperty(AreaLists.MARGIN_PROPERTY, "3");
    }

    @AfterAll
    static void tearDown() {
        System.clearProperty(AreaLists.MARGIN_PROPERTY);
        if (spark != null) spark.stop();
    }

    @Test
    void incrementalNightsMergeAreaListsAndEqualRunsFromScratch() throws IOException {
        SyntheticData data = new SyntheticData(Distributions.load(), 5, 2, DAY1);
        Path registry1 = tmp.resolve("registry-1.jsonl");
        Path catalogue1 = tmp.resolve("catalogue-1.jsonl");
        data.writeRegistry(registry1, 160);
        data.writeCatalogue(catalogue1, 30);
        Path out = tmp.resolve("nightly");
        NightlyJobTest.run(options(registry1, catalogue1, out, DAY1, false));

        // night 2: 6 enterprises change their business scope, 2 leave, 3 arrive; no area changes
        List<String> reg = new ArrayList<>(Files.readAllLines(registry1));
        for (int i : new int[] {3, 21, 40, 77, 90, 133})
            reg.set(i, withField(reg.get(i), "businessScope", "无人机巡检服务，农田遥感测绘"));
        String arrivalTemplate = reg.get(50);
        reg.remove(60);
        reg.remove(10);
        for (int i = 0; i < 3; i++)
            reg.add(withField(withField(arrivalTemplate, "id", "NEW-" + i), "businessScope", "工业机器人系统集成；智能制造装备" + i));
        Path registry2 = tmp.resolve("registry-2.jsonl");
        Files.write(registry2, reg);
        NightlyJob.Result night2 = NightlyJobTest.run(options(registry2, catalogue1, out, DAY1.plusDays(1), true));
        NightlyJob.Result scratch2 =
                NightlyJobTest.run(options(registry2, catalogue1, tmp.resolve("scratch-2"), DAY1.plusDays(1), false));
        assertTrue(night2.manifest().incremental());
        assertTrue(
                night2.manifest().rescoredEnterprises() <= 9,
                "only the 6 changed and 3 arrived enterprises are rescored: "
                        + night2.manifest().rescoredEnterprises());
        assertTrue(
                night2.manifest().mergedAreas() > 0,
                "unchanged areas merge their lists: " + night2.manifest().mergedAreas());
        assertEquals(areaTop(scratch2.folder()), areaTop(night2.folder()));
        assertEquals(enterpriseTop(scratch2.folder()), enterpriseTop(night2.folder()));

        // night 3 (on top of night 2's merged lists): 30 enterprises change, an area is edited, one withdrawn, one
        // published
        for (int i = 0; i < reg.size(); i += 5) reg.set(i, withField(reg.get(i), "businessScope", "跨境电商平台运营" + i));
        // and one enterprise moves to the other district: it leaves its old district's lists
        String from = reg.get(1);
        String elsewhere = null;
        for (String l : reg) if (elsewhere == null && !district(l).equals(district(from))) elsewhere = l;
        ObjectNode moved = (ObjectNode) Json.mapper().readTree(from);
        moved.set("region", Json.mapper().readTree(elsewhere).get("region"));
        reg.set(1, Json.mapper().writeValueAsString(moved));
        Path registry3 = tmp.resolve("registry-3.jsonl");
        Files.write(registry3, reg);
        List<String> cat = new ArrayList<>(Files.readAllLines(catalogue1));
        cat.set(2, withField(cat.get(2), "text", "支持工业机器人系统集成与智能制造装备的研发应用。"));
        String published = withField(
                cat.get(7), "id", Json.mapper().readTree(cat.get(7)).get("id").asText() + "-new");
        cat.remove(12);
        cat.add(withField(published, "text", "支持跨境电商平台运营与数字贸易服务。"));
        Path catalogue3 = tmp.resolve("catalogue-3.jsonl");
        Files.write(catalogue3, cat);
        NightlyJob.Result night3 = NightlyJobTest.run(options(registry3, catalogue3, out, DAY1.plusDays(2), true));
        NightlyJob.Result scratch3 =
                NightlyJobTest.run(options(registry3, catalogue3, tmp.resolve("scratch-3"), DAY1.plusDays(2), false));
        assertTrue(night3.manifest().incremental());
        assertTrue(
                night3.manifest().rescoredAreas() > night3.manifest().mergedAreas(),
                "the edited and published areas, and those out of margin, are scored against all their enterprises");
        assertEquals(areaTop(scratch3.folder()), areaTop(night3.folder()));
        assertEquals(enterpriseTop(scratch3.folder()), enterpriseTop(night3.folder()));
    }

    /** (area, rank, enterprise, score, status) lines, sorted: an officer's lists. */
    static List<String> areaTop(String folder) {
        return spark.read().parquet(folder + "/area-top").collectAsList().stream()
                .map(r -> r.getAs("area_id") + "|" + r.getAs("rank") + "|" + r.getAs("enterprise_id") + "|"
                        + r.getAs("score") + "|" + r.getAs("status"))
                .sorted()
                .toList();
    }

    static List<String> enterpriseTop(String folder) {
        return EnterpriseVectorReuseTest.enterpriseTop(spark, folder);
    }

    static String district(String json) throws IOException {
        return Json.mapper().readTree(json).path("region").path("district").asText();
    }

    static String withField(String json, String field, String value) throws IOException {
        ObjectNode node = (ObjectNode) Json.mapper().readTree(json);
        node.put(field, value);
        return Json.mapper().writeValueAsString(node);
    }

    static NightlyOptions options(Path reg, Path cat, Path out, LocalDate day, boolean incremental) {
        return new NightlyOptions(
                reg.toString(),
                cat.toString(),
                null,
                out.toString(),
                null,
                K,
                N,
                incremental,
                false,
                day,
                "local[2]",
                2,
                null);
    }
}
