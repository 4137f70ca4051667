package io.fundmatch.cli.option;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.train.feedback.FeedbackLabels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The feedback options of the trainers read the service's log against a registry file, as an operator has them. */
class FeedbackFilesTest {

    private static final List<SupportArea> AREAS = List.of(
            area("pay", XICHENG_CALL, "金融科技创新应用", "支持移动支付、聚合收单和商户清分对账系统研发与应用。"),
            area("health", XICHENG_CALL, "智慧医疗", "支持电子病历、医学影像归档和远程诊疗平台建设。"));

    private static FeedbackFiles parse(String... args) {
        FeedbackFiles f = new FeedbackFiles();
        new CommandLine(f).parseArgs(args);
        return f;
    }

    @Test
    void idsAreFoundByRegistryIdOrCreditCodeAndABadLineIsSkippedNotFatal(@TempDir Path dir) throws Exception {
        EnterpriseProfile imaging = profile("医信", XICHENG, EntityType.ENTERPRISE, "电子病历与医学影像归档系统");
        EnterpriseProfile coded = new EnterpriseProfile(
                "reg-17",
                "付通支付科技有限公司",
                "91110102MA01ABCD2X",
                XICHENG,
                null,
                EntityType.ENTERPRISE,
                null,
                List.of(),
                null,
                "聚合支付、收单外包与商户对账清分",
                null,
                null,
                null,
                null,
                null);
        Path registry = dir.resolve("registry.jsonl");
        Files.writeString(
                registry,
                Json.mapper().writeValueAsString(imaging) + "\n" + Json.mapper().writeValueAsString(coded) + "\n",
                StandardCharsets.UTF_8);
        Path log = dir.resolve("feedback.jsonl");
        Files.writeString(
                log,
                String.join(
                                "\n",
                                "{\"enterpriseId\":\"" + imaging.id() + "\",\"areaId\":\"health\",\"kind\":\"applied\","
                                        + "\"time\":\"2026-11-30T08:00:00Z\"}",
                                "{\"enterpriseId\":\"91110102MA01ABCD2X\",\"areaId\":\"pay\",\"kind\":\"awarded\"}",
                                "{\"enterpriseId\":\"91110102MA01ABCD2X\",\"areaId\":\"health\",\"kind\":\"not_relevant\"}",
                                "this line is not JSON",
                                "{\"enterpriseId\":\"unknown\",\"areaId\":\"pay\",\"kind\":\"applied\"}")
                        + "\n",
                StandardCharsets.UTF_8);
        FeedbackFiles files = parse("--feedback", log.toString(), "--feedback-registry", registry.toString());
        assertTrue(files.given());
        FeedbackLabels labels = files.labels(AREAS, Set.of());
        assertEquals(1, labels.skipped(), "the unknown enterprise; the bad line never became an event");
        assertEquals(
                List.of(imaging.id(), "91110102MA01ABCD2X"),
                labels.enterprises().stream()
                        .map(FeedbackLabels.Enterprise::key)
                        .toList(),
                "keyed as the events name them");
        FeedbackLabels.Enterprise payments = labels.enterprises().get(1);
        assertEquals("reg-17", payments.profile().id());
        assertArrayEquals(new int[] {2, 0}, payments.grades(2));
    }

    @Test
    void withoutFeedbackTheCatalogueIsTheJudgedDocumentsAndThereAreNoLabels() {
        FeedbackFiles none = parse("--feedback-catalogue", "/somewhere/guides");
        assertFalse(none.given());
        assertEquals(List.of(Path.of("/seeds")), none.documents(List.of(Path.of("/seeds"))));
        assertSame(FeedbackLabels.NONE, none.labels(AREAS, Set.of()));
        FeedbackFiles some = parse("--feedback", "/logs/feedback.jsonl", "--feedback-catalogue", "/a,/b");
        assertEquals(
                List.of(Path.of("/seeds"), Path.of("/a"), Path.of("/b")), some.documents(List.of(Path.of("/seeds"))));
    }
}
