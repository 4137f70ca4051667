package io.fundmatch.cli;

import io.fundmatch.cli.command.BenchEncoderCommand;
import io.fundmatch.cli.command.BenchMatchCommand;
import io.fundmatch.cli.command.BenchNightlyCommand;
import io.fundmatch.cli.command.BenchTowersCommand;
import io.fundmatch.cli.command.CompareOfficerListsCommand;
import io.fundmatch.cli.command.EvaluateCommand;
import io.fundmatch.cli.command.ExportCommand;
import io.fundmatch.cli.command.GenerateCommand;
import io.fundmatch.cli.command.ImportCommand;
import io.fundmatch.cli.command.IngestBenchCommand;
import io.fundmatch.cli.command.IngestCommand;
import io.fundmatch.cli.command.IngestEvalCommand;
import io.fundmatch.cli.command.NightlyCommand;
import io.fundmatch.cli.command.RecommendCommand;
import io.fundmatch.cli.command.SectorEvalCommand;
import io.fundmatch.cli.command.TrainCommand;
import io.fundmatch.cli.command.TrainRankerCommand;
import io.fundmatch.cli.option.IsoDate;
import io.fundmatch.cli.option.WholeNumber;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code bin/fundmatch}: one picocli subcommand per verb. Options are annotated fields of the
 * commands, so the help (and {@code docs/cli.md}) is generated from them. Every command prints a clear
 * one-line error and exits non-zero on bad input (2 for a usage mistake, 1 for a failure); none prints a
 * stack trace unless FUNDMATCH_DEBUG is set.
 */
@Command(
        name = "fundmatch",
        mixinStandardHelpOptions = true,
        version = "fundmatch 0.1.0",
        synopsisSubcommandLabel = "COMMAND",
        description = "Matches enterprises with the support areas of funding guides and plans.",
        commandListHeading = "%nCommands (bin/fundmatch COMMAND --help for the options of one):%n"
                + "  serve                  start the web service (http://localhost:8080)%n",
        subcommands = {
            IngestCommand.class,
            IngestBenchCommand.class,
            IngestEvalCommand.class,
            ImportCommand.class,
            SectorEvalCommand.class,
            TrainCommand.class,
            TrainRankerCommand.class,
            BenchTowersCommand.class,
            EvaluateCommand.class,
            RecommendCommand.class,
            BenchMatchCommand.class,
            BenchEncoderCommand.class,
            NightlyCommand.class,
            GenerateCommand.class,
            BenchNightlyCommand.class,
            CompareOfficerListsCommand.class,
            ExportCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class FundmatchCli implements Runnable {

    /** Exit code of a usage mistake (unknown option, malformed value, missing file). */
    public static final int USAGE_ERROR = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns the process exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its converters and error handling, as {@code bin/fundmatch} runs it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FundmatchCli());
        cl.addSubcommand(new io.fundmatch.cli.command.TrainEncoderTowerCommand());
        cl.addSubcommand(new io.fundmatch.cli.command.TrainStudentCommand());
        cl.addSubcommand(new io.fundmatch.cli.command.BenchStudentCommand());
        cl.registerConverter(Long.class, new WholeNumber());
        cl.registerConverter(Long.TYPE, new WholeNumber());
        cl.registerConverter(Integer.class, new WholeNumber.Int());
        cl.registerConverter(Integer.TYPE, new WholeNumber.Int());
        cl.registerConverter(LocalDate.class, new IsoDate());
        cl.setUsageHelpWidth(110);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            String name = e.getCommandLine().getCommandSpec().qualifiedName(" ");
            err.println(name + ": " + e.getMessage() + " (bin/" + name + " --help lists the options)");
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter err = commandLine.getErr();
            String name = commandLine.getCommandSpec().qualifiedName(" ");
            if (e instanceof IllegalArgumentException) {
                err.println(name + ": " + e.getMessage());
                return USAGE_ERROR;
            }
            err.println(name + ": failed: " + e);
            if (System.getenv("FUNDMATCH_DEBUG") != null) e.printStackTrace(err);
            return 1;
        });
        return cl;
    }
}
