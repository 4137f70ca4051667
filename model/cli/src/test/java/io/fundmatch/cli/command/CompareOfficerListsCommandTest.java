package io.fundmatch.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.cli.FundmatchCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code compare-officer-lists} on a nightly run over one district whose lists hold every enterprise (N above the
 * registry's size) and whose profiles the encoder itself embedded, as the service's are: the run's officer lists
 * agree with the service's answers, and far more than the first stage's order does.
 */
class CompareOfficerListsCommandTest {

    static final String DATE = "2026-12-01";

    @TempDir
    Path dir;

    @Test
    void officerListsOfARunAgreeWithTheServiceWhereTheListsHoldTheWholeJurisdiction() throws Exception {
        Path gen = dir.resolve("gen");
        assertEquals(
                0,
                FundmatchCli.run(
                        "generate",
                        "--out",
                        gen.toString(),
                        "--enterprises",
                        "60",
                        "--areas",
                        "40",
                        "--districts",
                        "1",
                        "--seed",
                        "3",
                        "--date",
                        DATE));
        String registry = gen.resolve("registry.jsonl").toString();
        String catalogue = gen.resolve("catalogue.jsonl").toString();
        assertEquals(
                0,
                FundmatchCli.run(
                        "nightly",
                        "--registry",
                        registry,
                        "--catalogue",
                        catalogue,
                        "--out",
                        dir.resolve("out").toString(),
                        "--date",
                        DATE,
                        "--master",
                        "local[2]",
                        "--top-n",
                        "60",
                        "--enterprise-encoder",
                        "encoder",
                        "--no-explain"));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = FundmatchCli.run(
                    "compare-officer-lists",
                    "--run",
                    dir.resolve("out").resolve(DATE).toString(),
                    "--registry",
                    registry,
                    "--catalogue",
                    catalogue,
                    "--k",
                    "10");
        } finally {
            System.setOut(console);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        double run = overlap(out, "run's officer lists");
        double firstStage = overlap(out, "first stage's order");
        System.out.print(out);
        assertTrue(run >= 0.9, "the run's lists are the service's where they hold every enterprise:\n" + out);
        assertTrue(run > firstStage, out);
    }

    @Test
    void aFolderThatIsNoRunIsAOneLineError() {
        StringWriter err = new StringWriter();
        CommandLine cli = FundmatchCli.commandLine().setErr(new PrintWriter(err, true));
        int code = cli.execute(
                "compare-officer-lists",
                "--run",
                dir.toString(),
                "--registry",
                dir.toString(),
                "--catalogue",
                dir.toString());
        assertEquals(FundmatchCli.USAGE_ERROR, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("is not a file"), err.toString());
    }

    private static double overlap(String out, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ":\\s+overlap@\\d+ ([0-9.]+)")
                .matcher(out);
        assertTrue(m.find(), label + " missing from:\n" + out);
        return Double.parseDouble(m.group(1));
    }
}
