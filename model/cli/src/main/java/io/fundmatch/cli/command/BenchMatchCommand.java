package io.fundmatch.cli.command;

import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.RegistryTexts;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.rank.Scorer;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.reference.Region;
import java.io.IOException;
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
 * {@code bin/fundmatch bench-match}: medians of (1) turning one profile into what the rankers read and (2)
 * scoring one profile against N areas, for each ranker. Areas are built from registry business-scope texts
 * (real Chinese text of area length), repeated up to N with distinct ids.
 */
@Command(
        name = "bench-match",
        mixinStandardHelpOptions = true,
        description = "benchmark: embed one profile, score one profile against 10,000 areas (medians)")
public final class BenchMatchCommand implements Callable<Integer> {

    @Option(
            names = "--areas",
            paramLabel = "N",
            defaultValue = "10000",
            converter = WholeNumber.Positive.class,
            description = "catalogue size (default ${DEFAULT-VALUE})")
    int n;

    @Option(
            names = "--rounds",
            paramLabel = "R",
            defaultValue = "300",
            converter = WholeNumber.Positive.class,
            description = "timed profiles (default ${DEFAULT-VALUE}, after 100 warm-up rounds)")
    int rounds;

    @Mixin
    RegistryTexts registry;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "a trained model directory: also time tower embedding and the matrix-vector scoring")
    Path modelDir;

    @Override
    public Integer call() throws Exception {
        List<ProfileInput> rows = registry.rows();
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), rounds + 100); i++)
            profiles.add(normalizer.normalize(rows.get((i * 7) % rows.size())));

        GuideDocument doc = new GuideDocument(
                "bench", "基准测试指南", "bench.txt", Region.NATIONAL, 2026, DocumentType.GUIDE, false, null, null);
        List<Corpus.Entry<SupportArea>> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProfileInput r = rows.get(i % rows.size());
            SupportArea area = new SupportArea(
                    "bench-" + i,
                    doc,
                    List.of("方向" + i),
                    "方向" + i,
                    r.businessScope(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    false);
            entries.add(new Corpus.Entry<>(area.id(), area, MatchText.bag(area), null));
        }
        Corpus<SupportArea> corpus = Corpus.of(entries);
        corpus.terms();
        System.out.printf(
                Locale.ROOT, "bench-match: %,d areas, %d timed profiles (registry texts), 1 thread%n", n, rounds);

        double[] bagMs = new double[rounds];
        List<TermBag> bags = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            long t = System.nanoTime();
            TermBag b = MatchText.bag(profiles.get(i));
            if (i >= 100) bagMs[i - 100] = (System.nanoTime() - t) / 1e6;
            bags.add(b);
        }
        System.out.printf(
                Locale.ROOT, "  profile → term bag (segmentation + bigrams): median %.3f ms%n", median(bagMs));
        for (String name : List.of("bm25", "tfidf")) {
            Scorer s = Recommenders.scorer(name);
            double[] ms = new double[rounds];
            double sink = 0;
            for (int i = 0; i < bags.size(); i++) {
                long t = System.nanoTime();
                double[] scores = s.score(new Probe(bags.get(i), null), corpus);
                if (i >= 100) ms[i - 100] = (System.nanoTime() - t) / 1e6;
                sink += scores[i % scores.length];
            }
            System.out.printf(
                    Locale.ROOT,
                    "  score one profile against %,d areas, %s: median %.3f ms (checksum %.1f)%n",
                    n,
                    name,
                    median(ms),
                    sink);
        }
        endToEnd(profiles, n, rounds);
        if (modelDir != null) {
            io.fundmatch.towers.TowerModel model = io.fundmatch.towers.TowerModel.load(modelDir);
            List<float[]> vectors = new ArrayList<>();
            for (Corpus.Entry<SupportArea> e : entries) vectors.add(model.embedArea(e.item()));
            io.fundmatch.match.rank.EmbeddingMatrix matrix = io.fundmatch.match.rank.EmbeddingMatrix.of(vectors);
            double[] embedMs = new double[rounds];
            double[] scoreMs = new double[rounds];
            double sink = 0;
            for (int i = 0; i < profiles.size(); i++) {
                long t = System.nanoTime();
                float[] v = model.embedEnterprise(profiles.get(i));
                long t2 = System.nanoTime();
                double[] scores = matrix.dot(v);
                long t3 = System.nanoTime();
                if (i >= 100) {
                    embedMs[i - 100] = (t2 - t) / 1e6;
                    scoreMs[i - 100] = (t3 - t2) / 1e6;
                }
                sink += scores[i % scores.length];
            }
            System.out.printf(
                    Locale.ROOT,
                    "  tower %s (dim %d): embed one profile median %.3f ms; score against %,d areas median %.3f ms (checksum %.2f)%n",
                    model.version(),
                    matrix.dim(),
                    median(embedMs),
                    n,
                    median(scoreMs),
                    sink);
        }
        return 0;
    }

    /**
     * What the service does per uncached request: the whole {@code recommend} (scoring, eligibility, top 10,
     * explanations) of one normalised profile against a generated regional catalogue of n areas (documents of
     * 20 districts, their cities, provinces and the nation), with TF-IDF. Profiles are moved into
     * the generated districts so that jurisdiction excludes most areas, as it does in a real regional catalogue.
     */
    private static final int END_TO_END_WARM_PASSES = 10;
    /**
     * The text ranker this benchmark times end to end: the learned default embeds every area with the sentence
     * encoder first, which {@code bench-encoder} measures with a store of vectors.
     */
    static final String TEXT_RANKER = "tfidf";

    private static void endToEnd(List<EnterpriseProfile> profiles, int n, int rounds) throws IOException {
        SyntheticData gen = new SyntheticData(Distributions.load(), 1, 20, LocalDate.of(2026, 1, 1));
        Path file = Files.createTempFile("bench-match-catalogue", ".jsonl");
        try {
            gen.writeCatalogue(file, n);
            List<SupportArea> areas = CatalogueFiles.read(file).areas();
            MatchingRecommender rec = Recommenders.create(TEXT_RANKER, null);
            rec.setAreas(areas);
            List<Region> districts = gen.districts();
            MatchOptions opts = new MatchOptions(10, false, false, LocalDate.of(2026, 1, 1));
            List<EnterpriseProfile> moved = new ArrayList<>();
            for (int i = 0; i < profiles.size(); i++) {
                EnterpriseProfile p = profiles.get(i);
                moved.add(new EnterpriseProfile(
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
                        p.warnings()));
            }
            for (int pass = 0; pass < END_TO_END_WARM_PASSES; pass++) {
                for (EnterpriseProfile p : moved) rec.recommend(p, opts); // brings the JIT to steady state
            }
            double[] ms = new double[rounds];
            long kept = 0;
            for (int i = 0; i < moved.size(); i++) {
                long t = System.nanoTime();
                kept += rec.recommend(moved.get(i), opts).size();
                if (i >= 100) ms[i - 100] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  recommend end to end (%s, eligibility, top 10, explanations) against %,d generated "
                            + "regional areas: median %.3f ms (%d results)%n",
                    TEXT_RANKER,
                    areas.size(),
                    median(ms),
                    kept);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length == 0 ? 0 : c[c.length / 2];
    }
}
