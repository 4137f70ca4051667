package io.fundmatch.generate;

import io.fundmatch.cli.CommandLine;
import io.fundmatch.cli.FundmatchCli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** {@code bin/fundmatch generate}: a synthetic registry and catalogue of any size, deterministic with a seed. */
public final class GenerateCommand implements FundmatchCli.Command {

    static final String USAGE = """
            usage: bin/fundmatch generate --out DIR [--enterprises N] [--areas M] [--districts D] [--seed S] [--date YYYY-MM-DD]
              writes DIR/registry.jsonl (normalised enterprise profiles) and DIR/catalogue.jsonl (support areas)
              defaults: 10000 enterprises, 1000 areas, 20 districts, seed 1, date today (deadlines fall after it)""";

    @Override
    public String summary() {
        return "write a synthetic registry and catalogue of any size (deterministic with --seed)";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(String[] args) throws Exception {
        CommandLine c = CommandLine.parse(args, CommandLine.Spec.options("out", "enterprises", "areas", "districts", "seed", "date"));
        Path out = c.path("out");
        long enterprises = c.whole("enterprises", 10_000);
        int areas = c.integer("areas", 1_000), districts = c.integer("districts", 20);
        long seed = c.whole("seed", 1);
        LocalDate date = c.date("date", LocalDate.now());
        if (out == null) throw new IllegalArgumentException("--out is required\n" + USAGE);
        if (enterprises < 1 || areas < 1 || districts < 1) throw new IllegalArgumentException("sizes must be at least 1");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Distributions dist = Distributions.load();
        SyntheticData data = new SyntheticData(dist, seed, districts, date);
        data.writeCatalogue(out.resolve("catalogue.jsonl"), areas);
        data.writeRegistry(out.resolve("registry.jsonl"), enterprises);
        System.out.printf("generate: %,d enterprises in %d districts, %,d areas (seed %d) in %.1f s → %s%n", enterprises,
                data.districts().size(), areas, seed, (System.nanoTime() - t0) / 1e9, out);
        System.out.println("generate: drawn from " + dist.source());
        return 0;
    }
}
