package io.fundmatch.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code bin/fundmatch}: dispatches to one command. Every command prints a clear
 * one-line error and exits non-zero on bad input; none prints a stack trace unless FUNDMATCH_DEBUG is set.
 */
public final class FundmatchCli {

    /** A command of the command line. */
    public interface Command {
        String summary();

        /** The command's help text, printed for {@code --help} or {@code -h}. */
        String usage();

        /** @return the process exit code */
        int run(String[] args) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        // each feature registers its command here, in the order of the help text
        COMMANDS.put("ingest", new io.fundmatch.catalogue.cli.IngestCommand());
        COMMANDS.put("ingest-bench", new io.fundmatch.catalogue.cli.IngestBenchCommand());
        COMMANDS.put("import", new io.fundmatch.profile.cli.ImportCommand());
        COMMANDS.put("sector-eval", new io.fundmatch.profile.cli.SectorEvalCommand());
        COMMANDS.put("train", new io.fundmatch.train.TrainCommand());
        COMMANDS.put("bench-towers", new io.fundmatch.train.BenchTowersCommand());
        COMMANDS.put("evaluate", new io.fundmatch.eval.cli.EvaluateCommand());
        COMMANDS.put("train-ranker", new io.fundmatch.eval.cli.TrainRankerCommand());
        COMMANDS.put("bench-encoder", new io.fundmatch.eval.cli.BenchEncoderCommand());
        COMMANDS.put("recommend", new io.fundmatch.eval.cli.RecommendCommand());
        COMMANDS.put("bench-match", new io.fundmatch.eval.cli.BenchMatchCommand());
        COMMANDS.put("nightly", new io.fundmatch.nightly.NightlyCommand());
        COMMANDS.put("generate", new io.fundmatch.generate.GenerateCommand());
        COMMANDS.put("bench-nightly", new io.fundmatch.bench.BenchNightlyCommand());
        COMMANDS.put("export", new io.fundmatch.export.ExportCommand());
    }

    private FundmatchCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            printHelp();
            return 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            System.err.println("fundmatch: unknown command '" + args[0] + "' (bin/fundmatch help lists them)");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (CommandLine.wantsHelp(rest)) {
            System.out.println(command.usage());
            return 0;
        }
        try {
            return command.run(rest);
        } catch (IllegalArgumentException e) {
            System.err.println("fundmatch " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("fundmatch " + args[0] + ": failed: " + e);
            if (System.getenv("FUNDMATCH_DEBUG") != null) e.printStackTrace();
            return 1;
        }
    }

    private static void printHelp() {
        System.out.println("usage: bin/fundmatch COMMAND [options]   (bin/fundmatch COMMAND --help for its options)");
        System.out.println("  serve        start the web service (http://localhost:8080)");
        COMMANDS.forEach((name, c) -> System.out.printf("  %-12s %s%n", name, c.summary()));
    }
}
