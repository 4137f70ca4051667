package io.fundmatch.generate;

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
    public int run(String[] args) throws Exception {
        Path out = null;
        long enterprises = 10_000;
        int areas = 1_000, districts = 20;
        long seed = 1;
        LocalDate date = LocalDate.now();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = a.startsWith("--") && !a.equals("--help") && i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                case "--out" -> out = Path.of(need(v, a));
                case "--enterprises" -> enterprises = Long.parseLong(need(v, a).replace("_", ""));
                case "--areas" -> areas = Integer.parseInt(need(v, a).replace("_", ""));
                case "--districts" -> districts = Integer.parseInt(need(v, a));
                case "--seed" -> seed = Long.parseLong(need(v, a));
                case "--date" -> date = LocalDate.parse(need(v, a));
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
            i++;
        }
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

    private static String need(String v, String option) {
        if (v == null) throw new IllegalArgumentException(option + " needs a value");
        return v;
    }
}
