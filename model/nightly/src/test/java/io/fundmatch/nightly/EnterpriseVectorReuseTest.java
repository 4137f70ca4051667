package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
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
 * The nightly job on its default ranker (the sentence encoder under the learned ranker) embeds an enterprise once
 * per content: the next run, incremental or not, embeds only the enterprises whose text changed, and ranks
 * exactly as a run from scratch.
 */
class EnterpriseVectorReuseTest {

    static final LocalDate DAY1 = LocalDate.of(2026, 12, 1);

    @TempDir
    static Path tmp;

    static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = TestSpark.local("vector-reuse-test");
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) spark.stop();
    }

    @Test
    void onlyChangedEnterprisesAreEmbeddedAgainAndResultsEqualAFreshRun() throws IOException {
        SyntheticData data = new SyntheticData(Distributions.load(), 3, 2, DAY1);
        Path registry = tmp.resolve("registry.jsonl");
        Path catalogue = tmp.resolve("catalogue.jsonl");
        data.writeRegistry(registry, 60);
        data.writeCatalogue(catalogue, 24);
        Path out = tmp.resolve("nightly");

        long e0 = EncoderVectors.ENTERPRISES_EMBEDDED.get();
        long a0 = EncoderVectors.AREAS_EMBEDDED.get();
        NightlyJob.Result first = NightlyJobTest.run(options(registry, catalogue, out, DAY1, false));
        assertEquals(60, EncoderVectors.ENTERPRISES_EMBEDDED.get() - e0, "a first run embeds every enterprise");
        long areasEmbedded = EncoderVectors.AREAS_EMBEDDED.get() - a0;
        assertEquals(first.manifest().areas(), areasEmbedded, "and every area in force");
        assertTrue(
                first.manifest().modelVersion().startsWith("encoder:"),
                first.manifest().modelVersion());

        // three enterprises change their business scope (invented text), one only its registered capital
        List<String> lines = new ArrayList<>(Files.readAllLines(registry));
        for (int i : new int[] {4, 17, 33}) {
            EnterpriseProfile p = Json.mapper().readValue(lines.get(i), EnterpriseProfile.class);
            String scope = (p.businessScope() == null ? "" : p.businessScope()) + "；无人机巡检服务，农田遥感测绘";
            lines.set(i, Json.mapper().writeValueAsString(withScope(p, scope)));
        }
        Files.write(registry, lines);

        long e1 = EncoderVectors.ENTERPRISES_EMBEDDED.get();
        long a1 = EncoderVectors.AREAS_EMBEDDED.get();
        NightlyJob.Result second = NightlyJobTest.run(options(registry, catalogue, out, DAY1.plusDays(1), false));
        assertEquals(3, EncoderVectors.ENTERPRISES_EMBEDDED.get() - e1, "a full run embeds only the changed ones");
        assertEquals(0, EncoderVectors.AREAS_EMBEDDED.get() - a1, "and no unchanged area");

        long e2 = EncoderVectors.ENTERPRISES_EMBEDDED.get();
        NightlyJob.Result third = NightlyJobTest.run(options(registry, catalogue, out, DAY1.plusDays(2), true));
        assertEquals(0, EncoderVectors.ENTERPRISES_EMBEDDED.get() - e2, "nothing changed: nothing embedded");

        NightlyJob.Result fresh =
                NightlyJobTest.run(options(registry, catalogue, tmp.resolve("fresh"), DAY1.plusDays(1), false));
        assertEquals(enterpriseTop(fresh.folder()), enterpriseTop(second.folder()));
        assertEquals(enterpriseTop(fresh.folder()), enterpriseTop(third.folder()));
    }

    /** (enterprise, rank, area, score, status) lines, sorted. */
    static List<String> enterpriseTop(String folder) {
        return enterpriseTop(spark, folder);
    }

    static List<String> enterpriseTop(SparkSession spark, String folder) {
        return spark.read().parquet(folder + "/enterprise-top").collectAsList().stream()
                .map(r -> r.getAs("enterprise_id") + "|" + r.getAs("rank") + "|" + r.getAs("area_id") + "|"
                        + r.getAs("score") + "|" + r.getAs("status"))
                .sorted()
                .toList();
    }

    static EnterpriseProfile withScope(EnterpriseProfile p, String scope) throws IOException {
        var node =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(p);
        node.put("businessScope", scope);
        return Json.mapper().treeToValue(node, EnterpriseProfile.class);
    }

    static NightlyOptions options(Path reg, Path cat, Path out, LocalDate day, boolean incremental) {
        return new NightlyOptions(
                reg.toString(),
                cat.toString(),
                null,
                out.toString(),
                null,
                5,
                10,
                incremental,
                false,
                day,
                "local[2]",
                2,
                null);
    }
}
