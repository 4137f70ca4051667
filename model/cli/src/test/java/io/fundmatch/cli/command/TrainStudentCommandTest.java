package io.fundmatch.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.cli.FundmatchCli;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainStudentCommandTest {

    @Test
    void trainsASmallStudentFromAGeneratedRegistryAndCatalogueAndWritesItsCard(@TempDir Path dir) throws Exception {
        SyntheticData gen = new SyntheticData(Distributions.load(), 3, 2, LocalDate.of(2026, 12, 2));
        Path registry = dir.resolve("registry.jsonl");
        Path catalogue = dir.resolve("catalogue.jsonl");
        gen.writeRegistry(registry, 80);
        gen.writeCatalogue(catalogue, 25);
        Path out = dir.resolve("model");
        int code = FundmatchCli.run(
                "train-student",
                "--registry",
                registry.toString(),
                "--documents",
                catalogue.toString(),
                "--out",
                out.toString(),
                "--epochs",
                "2",
                "--word-dim",
                "8",
                "--hidden",
                "16",
                "--vocabulary",
                "300");
        assertEquals(0, code);
        StudentEncoder student = StudentEncoder.load(out).orElseThrow();
        assertEquals(SentenceEncoder.DIMENSION, student.dimension());
        String card = Files.readString(out.resolve("student-card.json"), StandardCharsets.UTF_8);
        assertTrue(card.contains("\"heldOutCosine\"") && card.contains(student.id()), card);
        assertTrue(Files.size(out.resolve("student-targets").resolve("encoder-targets.bin")) > 0, "targets cached");
    }

    @Test
    void aMissingRegistryIsAOneLineError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = FundmatchCli.commandLine().setErr(new PrintWriter(err, true));
        assertEquals(
                FundmatchCli.USAGE_ERROR,
                cli.execute(
                        "train-student", "--registry", dir.resolve("nope.txt").toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
