package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default ranker with enterprise vectors from the encoder's student ({@code --enterprise-encoder student}):
 * profiles are embedded by the student and stored under the student's content key, areas keep the encoder's; a
 * switch to the encoder (or back) is a new model version and finds none of the other encoder's vectors under its
 * keys, so every enterprise is embedded again and the lists equal a run from scratch with that encoder.
 */
class StudentProfileVectorsTest {

    static final LocalDate DAY1 = LocalDate.of(2026, 12, 1);

    @TempDir
    static Path tmp;

    static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = TestSpark.local("student-profiles-test");
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) spark.stop();
    }

    @Test
    void studentProfileVectorsAreKeyedByTheStudentAndASwitchOfEncoderNeverReadsTheOthersVectors() throws IOException {
        SyntheticData data = new SyntheticData(Distributions.load(), 11, 2, DAY1);
        Path registry = tmp.resolve("registry.jsonl");
        Path catalogue = tmp.resolve("catalogue.jsonl");
        data.writeRegistry(registry, 40);
        data.writeCatalogue(catalogue, 16);
        Path out = tmp.resolve("nightly");
        StudentEncoder student = StudentEncoder.shipped().orElseThrow();

        long e0 = EncoderVectors.ENTERPRISES_EMBEDDED.get();
        NightlyJob.Result first = NightlyJobTest.run(options(registry, catalogue, out, DAY1, "student"));
        assertEquals(40, EncoderVectors.ENTERPRISES_EMBEDDED.get() - e0, "every enterprise embedded by the student");
        assertTrue(
                first.manifest().vectors().endsWith("|profiles:" + student.id()),
                first.manifest().vectors());
        assertTrue(first.manifest().modelVersion().contains("|profiles:" + student.id()));
        Map<String, float[]> stored = stored(first.folder());
        assertEquals(40, stored.size());
        for (String l : Files.readAllLines(registry)) {
            EnterpriseProfile p = Json.mapper().readValue(l, EnterpriseProfile.class);
            String text = EncoderTexts.of(p);
            float[] v = stored.get(EmbeddingStore.key(student.id(), List.of(text)));
            assertArrayEquals(student.embed(text), v, "the student's vector under the student's key: " + p.id());
        }
        assertEquals(
                first.manifest().areas(),
                EncoderVectors.readAreas(spark, first.folder()).size(),
                "areas keep the encoder's vectors, stored as before");

        // the same registry with the encoder: a new model version, nothing of the student's read
        long e1 = EncoderVectors.ENTERPRISES_EMBEDDED.get();
        NightlyJob.Result second =
                NightlyJobTest.run(options(registry, catalogue, out, DAY1.plusDays(1), "encoder", true));
        assertEquals(40, EncoderVectors.ENTERPRISES_EMBEDDED.get() - e1, "every enterprise embedded by the encoder");
        assertFalse(second.manifest().incremental(), "another encoder of profiles: scored from scratch");
        assertEquals(
                "encoder:" + SentenceEncoder.shared().id(), second.manifest().vectors());
        NightlyJob.Result freshEncoder = NightlyJobTest.run(
                options(registry, catalogue, tmp.resolve("fresh-encoder"), DAY1.plusDays(1), "encoder"));
        assertEquals(
                EnterpriseVectorReuseTest.enterpriseTop(spark, freshEncoder.folder()),
                EnterpriseVectorReuseTest.enterpriseTop(spark, second.folder()));

        // and back to the student: its vectors are not in the encoder run's table either
        long e2 = EncoderVectors.ENTERPRISES_EMBEDDED.get();
        NightlyJob.Result third =
                NightlyJobTest.run(options(registry, catalogue, out, DAY1.plusDays(2), "student", true));
        assertEquals(40, EncoderVectors.ENTERPRISES_EMBEDDED.get() - e2);
        NightlyJob.Result freshStudent = NightlyJobTest.run(
                options(registry, catalogue, tmp.resolve("fresh-student"), DAY1.plusDays(2), "student"));
        assertEquals(
                EnterpriseVectorReuseTest.enterpriseTop(spark, freshStudent.folder()),
                EnterpriseVectorReuseTest.enterpriseTop(spark, third.folder()),
                "the student's lists again");
    }

    @Test
    void anUnknownEnterpriseEncoderIsAClearError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> options(tmp.resolve("r"), tmp.resolve("c"), tmp.resolve("o"), DAY1, "bert"));
        assertTrue(e.getMessage().contains("--enterprise-encoder must be one of encoder, student"), e.getMessage());
    }

    private static Map<String, float[]> stored(String folder) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        EncoderVectors.read(spark, folder, EncoderVectors.ENTERPRISES).collect().forEach(t -> out.put(t._1(), t._2()));
        return out;
    }

    static NightlyOptions options(Path reg, Path cat, Path out, LocalDate day, String encoder) {
        return options(reg, cat, out, day, encoder, false);
    }

    static NightlyOptions options(Path reg, Path cat, Path out, LocalDate day, String encoder, boolean incremental) {
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
                null,
                encoder);
    }
}
