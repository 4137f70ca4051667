package io.fundmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md is the help of every command as picocli prints it. When an option changes, regenerate it with
 * {@code mvn -B -o -q -pl model/cli -am test -Dtest=CliReferenceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfundmatch.writeCliDoc=true}.
 */
class CliReferenceTest {

    static String reference() {
        CommandLine cli = FundmatchCli.commandLine();
        StringBuilder md = new StringBuilder("""
                # Command line reference

                Generated from the picocli annotations of `model/cli` (`io.fundmatch.cli.CliReferenceTest` checks that this
                file matches them). `bin/fundmatch COMMAND --help` prints the same text.

                ```
                """);
        md.append(cli.getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n");
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || e.getKey().equals("generate-completion")) continue;
            md.append("\n## ")
                    .append(e.getKey())
                    .append("\n\n```\n")
                    .append(e.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .append("```\n");
        }
        return md.toString().replaceAll("[ \\t]+\\n", "\n");
    }

    @Test
    void docsCliMdIsTheGeneratedHelpOfEveryCommand() throws IOException {
        Path root = Path.of(System.getProperty("fundmatch.root", "../.."));
        Path doc = root.resolve("docs/cli.md");
        String expected = reference();
        if (Boolean.getBoolean("fundmatch.writeCliDoc")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("model/cli")), "not run from the project");
        assertEquals(
                expected,
                Files.readString(doc, StandardCharsets.UTF_8),
                "docs/cli.md is out of date: regenerate it (see this test's Javadoc)");
    }
}
