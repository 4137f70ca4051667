package io.fundmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FundmatchCliTest {

    /** Runs a command line and returns its exit code, what it printed and what it reported as an error. */
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli =
                FundmatchCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void numbersMayBeWrittenWithSeparatorsAndDatesAreIsoDates() {
        CommandLine cli = FundmatchCli.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs(
                "generate", "--out", "x", "--enterprises", "1_000", "--areas", "2,000", "--date", "2026-03-01");
        CommandLine.Model.CommandSpec spec = parsed.subcommand().commandSpec();
        assertEquals(1000L, (long) spec.findOption("--enterprises").getValue());
        assertEquals(2000, (int) spec.findOption("--areas").getValue());
        assertEquals(LocalDate.of(2026, 3, 1), spec.findOption("--date").getValue());
    }

    @Test
    void everyMistakeIsOneLineNamingTheOptionAndExitsWithTheUsageCode() {
        Run unknown = run("nightly", "--outt", "x");
        assertEquals(FundmatchCli.USAGE_ERROR, unknown.code());
        assertTrue(
                unknown.err().startsWith("fundmatch nightly: Unknown option")
                        && unknown.err().contains("'--outt'"),
                unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());

        Run missingValue = run("nightly", "--out");
        assertEquals(FundmatchCli.USAGE_ERROR, missingValue.code());
        assertTrue(missingValue.err().contains("--out"), missingValue.err());

        Run word = run("nightly", "--top-k", "ten");
        assertTrue(word.err().contains("must be a whole number, not 'ten'"), word.err());
        Run zero = run("nightly", "--top-k", "0");
        assertTrue(zero.err().contains("must be at least 1, not 0"), zero.err());
        Run date = run("nightly", "--date", "2026-13-01");
        assertTrue(date.err().contains("must be a date YYYY-MM-DD, not '2026-13-01'"), date.err());
        Run required = run("generate");
        assertEquals(FundmatchCli.USAGE_ERROR, required.code());
        assertTrue(required.err().contains("Missing required option: '--out=DIR'"), required.err());
        Run stray = run("generate", "--out", "x", "stray");
        assertTrue(stray.err().contains("'stray'"), stray.err());
    }

    @Test
    void aMissingInputIsAOneLineErrorWithoutAStackTrace(@TempDir Path dir) {
        Run r = run("ingest", dir.resolve("nowhere").toString(), "--out", dir.toString(), "--no-parquet");
        assertEquals(FundmatchCli.USAGE_ERROR, r.code());
        assertEquals(
                "fundmatch ingest: no such file or folder: " + dir.resolve("nowhere"),
                r.err().strip());
        assertTrue(Files.notExists(dir.resolve("catalogue.jsonl")));
    }

    @Test
    void helpListsEveryCommandAndEachCommandsHelpListsItsOptions() {
        Run help = run("help");
        assertEquals(0, help.code());
        for (String name : FundmatchCli.commandLine().getSubcommands().keySet()) {
            assertTrue(help.out().contains("  " + name + " "), name + " missing from:\n" + help.out());
        }
        assertTrue(help.out().contains("serve"));
        Run nightly = run("nightly", "--help");
        assertEquals(0, nightly.code());
        assertTrue(
                nightly.out().contains("--top-k=N") && nightly.out().contains("areas kept per enterprise (default 20)"),
                nightly.out());
    }
}
