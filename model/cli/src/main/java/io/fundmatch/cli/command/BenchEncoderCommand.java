package io.fundmatch.cli.command;

import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.RegistryTexts;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.reference.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch bench-encoder}: what the sentence encoder costs. One profile embedded (median over
 * registry texts, one thread); a catalogue of N generated areas loaded into the default recommender with the area
 * store in a folder (cold when the folder is empty), then loaded again as a restart would (store read, nothing
 * embedded); then {@code recommend} end to end with the default ranker (median).
 */
@Command(
        name = "bench-encoder",
        mixinStandardHelpOptions = true,
        description = "benchmark: sentence encoder per profile, cold and restarted catalogue load, recommend (medians)")
public final class BenchEncoderCommand implements Callable<Integer> {

    @Option(
            names = "--areas",
            paramLabel = "N",
            defaultValue = "10000",
            converter = WholeNumber.Positive.class,
            description = "generated catalogue size (default ${DEFAULT-VALUE})")
    int n;

    @Option(
            names = "--rounds",
            paramLabel = "R",
            defaultValue = "200",
            converter = WholeNumber.Positive.class,
            description = "timed profiles (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "folder of the stored area embeddings (default a new temporary folder: a cold start)")
    Path storeDir;

    @Mixin
    RegistryTexts registry;

    @Option(
            names = "--compare-options",
            arity = "0..1",
            paramLabel = "true|false",
            description = "also time one profile under each ONNX graph optimisation level and profile length cap")
    boolean compareOptions;

    @Option(
            names = "--compare-unpruned",
            paramLabel = "R",
            defaultValue = "0",
            converter = WholeNumber.Int.class,
            description =
                    "also time R recommends with the unpruned learned ranker (learned-all; default ${DEFAULT-VALUE})")
    int unprunedRounds;

    @Override
    public Integer call() throws Exception {
        if (unprunedRounds < 0) throw new IllegalArgumentException("--compare-unpruned must be 0 or more");
        Path store = storeDir == null ? Files.createTempDirectory("fundmatch-embeddings") : storeDir;
        List<ProfileInput> rows = registry.rows();
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (int i = 0; i < rounds + 20; i++) profiles.add(normalizer.normalize(rows.get((i * 7) % rows.size())));

        SentenceEncoder enc = SentenceEncoder.shared();
        double[] ms = new double[rounds];
        for (int i = 0; i < profiles.size(); i++) {
            String text = EncoderTexts.of(profiles.get(i));
            long t = System.nanoTime();
            enc.embed(text);
            if (i >= 20) ms[i - 20] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(
                Locale.ROOT,
                "bench-encoder: %s, %d intra-op thread(s)%n",
                enc.id(),
                Integer.getInteger(SentenceEncoder.THREADS_PROPERTY, 1));
        System.out.printf(
                Locale.ROOT,
                "  embed one profile (registry texts, %d timed after 20 warm): median %.2f ms, p90 %.2f ms%n",
                rounds,
                pct(ms, 0.5),
                pct(ms, 0.9));

        if (compareOptions) compareOptions(profiles);

        SyntheticData gen = new SyntheticData(Distributions.load(), 1, 20, LocalDate.of(2026, 1, 1));
        Path file = Files.createTempFile("bench-encoder-catalogue", ".jsonl");
        List<SupportArea> areas;
        try {
            gen.writeCatalogue(file, n);
            areas = CatalogueFiles.read(file).areas();
        } finally {
            Files.deleteIfExists(file);
        }
        long passages =
                areas.stream().mapToLong(x -> EncoderTexts.passages(x).size()).sum();
        long t0 = System.nanoTime();
        MatchingRecommender first =
                Recommenders.learned(io.fundmatch.rank.LinearRanker.shipped(), Recommenders.encoder(store));
        first.setAreas(areas);
        double firstS = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  first load of %,d areas (%,d passages) with the store in %s: %.1f s%n",
                areas.size(),
                passages,
                store,
                firstS);
        t0 = System.nanoTime();
        MatchingRecommender restarted =
                Recommenders.learned(io.fundmatch.rank.LinearRanker.shipped(), Recommenders.encoder(store));
        restarted.setAreas(areas);
        System.out.printf(
                Locale.ROOT,
                "  restart: store read and %,d areas loaded again: %.1f s%n",
                areas.size(),
                (System.nanoTime() - t0) / 1e9);

        List<Region> districts = gen.districts();
        MatchOptions opts = new MatchOptions(10, false, false, LocalDate.of(2026, 1, 1));
        double[] rec = new double[rounds];
        for (int i = 0; i < profiles.size(); i++) {
            EnterpriseProfile p = profiles.get(i);
            EnterpriseProfile moved = new EnterpriseProfile(
                    p.id(),
                    p.name(),
                    p.creditCode(),
                    districts.get(i % districts.size()),
                    p.address(),
                    p.entityType(),
                    p.industryCode(),
                    p.qualifications(),
                    p.specialization(),
                    p.businessScope(),
                    p.employees(),
                    p.annualRevenue(),
                    p.foundedYear(),
                    p.inference(),
                    p.warnings());
            long t = System.nanoTime();
            restarted.recommend(moved, opts);
            if (i >= 20) rec[i - 20] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(
                Locale.ROOT,
                "  recommend end to end (%s: encoder + features, eligibility, top 10, explanations) against %,d "
                        + "regional areas: median %.2f ms, p90 %.2f ms%n",
                restarted.scorer().name(),
                areas.size(),
                pct(rec, 0.5),
                pct(rec, 0.9));
        if (unprunedRounds > 0) {
            MatchingRecommender whole =
                    Recommenders.learned(io.fundmatch.rank.LinearRanker.shipped(), Recommenders.encoder(store), 0);
            whole.setAreas(areas);
            double[] all = new double[unprunedRounds];
            for (int i = 0; i < unprunedRounds; i++) {
                EnterpriseProfile p = profiles.get(i % profiles.size());
                long t = System.nanoTime();
                whole.recommend(p, opts);
                all[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  the same with every admissible area scored (learned-all), %d profiles: median %.2f ms, p90 %.2f ms%n",
                    unprunedRounds,
                    pct(all, 0.5),
                    pct(all, 0.9));
        }
        return 0;
    }

    /** One profile embedded under each graph optimisation level and profile length cap (one thread each). */
    private void compareOptions(List<EnterpriseProfile> profiles) {
        int[] caps = {EncoderTexts.PROFILE_CHARS, 256, 128};
        for (ai.onnxruntime.OrtSession.SessionOptions.OptLevel level :
                ai.onnxruntime.OrtSession.SessionOptions.OptLevel.values()) {
            SentenceEncoder enc = SentenceEncoder.withOptions(1, level);
            for (int cap : caps) {
                double[] ms = new double[rounds];
                for (int i = 0; i < profiles.size(); i++) {
                    String text = EncoderTexts.of(profiles.get(i));
                    if (text.length() > cap) text = text.substring(0, cap);
                    long t = System.nanoTime();
                    enc.embed(text);
                    if (i >= 20) ms[i - 20] = (System.nanoTime() - t) / 1e6;
                }
                System.out.printf(
                        Locale.ROOT,
                        "  embed one profile, optimisation %s, at most %d characters: median %.2f ms, p90 %.2f ms%n",
                        level,
                        cap,
                        pct(ms, 0.5),
                        pct(ms, 0.9));
            }
        }
    }

    private static double pct(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1)))];
    }
}
