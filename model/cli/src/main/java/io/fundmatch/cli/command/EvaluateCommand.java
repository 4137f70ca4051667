package io.fundmatch.cli.command;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.JudgedSeeds;
import io.fundmatch.cli.option.SharedFolder;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.eval.EncoderRankers;
import io.fundmatch.eval.Evaluation;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.eval.RankerUnderTest;
import io.fundmatch.eval.RegistryRecords;
import io.fundmatch.eval.ReportWriter;
import io.fundmatch.eval.SeedCatalogue;
import io.fundmatch.eval.TowerFoldRanker;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.train.features.Taxonomies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch evaluate}: cross-validated enterprise→area and area→enterprise metrics of the trained
 * model and the BM25 and TF-IDF baselines on the labelled set, with eligibility violations in every top 10.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "cross-validated metrics of the model and the BM25 / TF-IDF baselines on the labelled set")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "eval-report",
            description = "folder for report.md, metrics.csv, per-query.csv (default ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--folds",
            paramLabel = "K",
            defaultValue = "5",
            description = "cross-validation folds over the labelled profiles (default ${DEFAULT-VALUE})")
    int folds;

    @Mixin
    JudgedSeeds judged;

    @Option(
            names = "--registry",
            paramLabel = "DIR",
            description = "registry extracts holding the judged records (default ../shared/data/enterprises)")
    String registryDir;

    @Option(
            names = "--rankers",
            paramLabel = "NAME,...",
            split = ",",
            defaultValue = "bm25,tfidf,encoder,tower,learned",
            description =
                    "which rankers (default ${DEFAULT-VALUE}; tower, encoder-tower and learned train one per fold; also "
                            + "tower+bm25, encoder+bm25, learned-all, learned-no-towers, student, student-both, learned-student (student profile vectors, the fold's learned "
                            + "weights), learned-student-trained (weights trained on student cosines))")
    List<String> names;

    @Option(
            names = "--taxonomies",
            paramLabel = "DIR",
            description = "folder of taxonomies the fold models also train their text features on")
    Path taxonomiesDir;

    @Option(
            names = "--train-registry",
            arity = "0..1",
            paramLabel = "true|false",
            description = "the fold models also train their text features on the registry texts (slower)")
    boolean trainOnRegistry;

    @Option(
            names = "--candidates",
            paramLabel = "K",
            defaultValue = "50",
            converter = WholeNumber.Int.class,
            description =
                    "learned: candidates kept per first-stage signal (encoder, BM25, TF-IDF) before pair features "
                            + "(default ${DEFAULT-VALUE}; learned-all scores every admissible item)")
    int candidates;

    @Option(
            names = "--fold-groups",
            paramLabel = "none|region",
            defaultValue = "none",
            description =
                    "none: profiles dealt out to the folds in turn (default); region: every profile of one region "
                            + "in the same fold, and each officer area scored with its region's fold, so the trained parts are "
                            + "measured on documents they never saw positives of")
    String foldGroups;

    @Option(
            names = "--student",
            paramLabel = "DIR",
            description = "model directory with the student encoder the student rankers use (default: the one "
                    + "shipped in the jar)")
    Path studentDir;

    @Override
    public Integer call() throws Exception {
        if (candidates < 0) throw new IllegalArgumentException("--candidates must be 0 (all) or more");
        if (folds < 2) throw new IllegalArgumentException("--folds must be at least 2");
        Path seeds = judged.seeds();
        LocalDate today = judged.today;
        Path registry = SharedFolder.resolve(registryDir, "data/enterprises");

        long t0 = System.nanoTime();
        LabelledSet set = LabelledSet.load(registry);
        Path guides = judged.guides();
        List<SupportArea> areas = SeedCatalogue.load(judged.documents());
        if (areas.isEmpty()) throw new IllegalArgumentException("no support areas in " + seeds);
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (ProfileInput in : set.profiles()) profiles.add(normalizer.normalize(in));
        RegistryRecords.Read read = RegistryRecords.read(registry, set.registryCodes());
        List<EnterpriseProfile> pool = new ArrayList<>();
        for (ProfileInput in : read.records()) pool.add(normalizer.normalize(in));
        set = switch (foldGroups) {
            case "none" -> set;
            case "region" -> set.withFoldGroups(io.fundmatch.eval.RegionFolds.groups(profiles));
            default -> throw new IllegalArgumentException("--fold-groups must be none or region, not " + foldGroups);
        };
        Evaluation evaluation = new Evaluation(set, areas, profiles, pool, folds, today);
        System.err.printf(
                Locale.ROOT,
                "evaluate: %d areas, %d labelled profiles, %d judged registry records for %d areas%n",
                areas.size(),
                profiles.size(),
                pool.size(),
                evaluation.labelledAreas().size());

        List<io.fundmatch.eval.Judgment> unmatched = set.unmatched(areas);
        for (io.fundmatch.eval.Judgment j : unmatched) {
            System.err.println("evaluate: judgment names no area: " + j.subject() + " " + j.source() + " " + j.title());
        }
        TowerFoldRanker towers = null;
        EncoderRankers encoderRankers = new EncoderRankers(set, areas, profiles, today).withCandidates(candidates);
        // one set of fold towers for encoder-tower and the learned ranker's tower features (trained once each)
        io.fundmatch.eval.EncoderTowerRankers encoderTowers = new io.fundmatch.eval.EncoderTowerRankers(
                set,
                areas,
                profiles,
                encoderRankers.embedder(),
                io.fundmatch.train.encodertowers.EncoderTowerTrainer.Settings.defaults());
        encoderRankers.withTowers(encoderTowers);
        List<RankerUnderTest> rankers = new ArrayList<>();
        io.fundmatch.eval.LearnedStudentRankers learnedStudent = null;
        for (String n : names) {
            String name = n.strip();
            if (name.equals("encoder-tower")) {
                rankers.add(encoderTowers.ranker(name));
            } else if (io.fundmatch.eval.LearnedStudentRankers.handles(name)) {
                if (learnedStudent == null)
                    learnedStudent = new io.fundmatch.eval.LearnedStudentRankers(
                            set,
                            areas,
                            profiles,
                            today,
                            encoderRankers,
                            io.fundmatch.encoder.student.StudentEncoder.loadOrShipped(studentDir),
                            candidates);
                rankers.add(learnedStudent.ranker(name));
            } else if (io.fundmatch.eval.StudentRankers.handles(name)) {
                rankers.add(new io.fundmatch.eval.StudentRankers(
                                io.fundmatch.encoder.student.StudentEncoder.loadOrShipped(studentDir),
                                encoderRankers.embedder())
                        .ranker(name));
            } else if (Recommenders.usesEncoder(name)) {
                rankers.add(encoderRankers.ranker(name));
            } else if (Recommenders.scorer(name).needsEmbeddings()) {
                if (towers == null) {
                    List<EnterpriseProfile> trainRegistry = new ArrayList<>();
                    if (trainOnRegistry) {
                        for (ProfileInput in :
                                RegistryRecords.read(registry, null).records())
                            trainRegistry.add(normalizer.normalize(in));
                    }
                    Taxonomies tax = taxonomiesDir == null ? Taxonomies.NONE : Taxonomies.read(taxonomiesDir);
                    towers = new TowerFoldRanker(
                            set,
                            areas,
                            profiles,
                            trainRegistry,
                            tax,
                            Files.createTempDirectory("fundmatch-eval-models"));
                }
                rankers.add(towers.ranker(name));
            } else {
                rankers.add(baseline(name));
            }
        }
        List<Evaluation.QueryResult> results = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        for (RankerUnderTest r : rankers) {
            System.err.println("evaluate: ranking with " + r.name());
            results.addAll(evaluation.run(r));
            if (!r.note().isEmpty())
                notes.append("- ")
                        .append(r.name())
                        .append(": ")
                        .append(r.note())
                        .append('\n');
        }
        if (towers != null) towers.close();
        if (learnedStudent != null) learnedStudent.close();
        encoderRankers.close();
        List<Evaluation.Summary> summaries = Evaluation.summarise(results);
        String header = String.format(
                Locale.ROOT,
                "Command: `bin/fundmatch evaluate --folds %d --fold-groups %s --today %s --rankers %s --candidates %d`. %d areas from %s; "
                        + "%d labelled profiles: %d in %d cross-validation folds (%s), %d in the frozen test "
                        + "split (scored by models trained on all cross-validation profiles); area→enterprise re-ranks the judged "
                        + "registry pool (%d records) of %d areas (%d of them frozen). Metrics average the queries that have at least one relevant "
                        + "item (grade ≥ 1); violations count INELIGIBLE pairs in every top 10 over all queries.%n%n%s",
                folds,
                foldGroups,
                today,
                String.join(",", names),
                candidates,
                areas.size(),
                seeds.getFileName() + (guides == null ? "" : " + " + guides.getFileName()),
                profiles.size(),
                set.crossValidationProfiles().size(),
                folds,
                set.foldGroups().isEmpty()
                        ? "profile i in fold i % " + folds
                        : "every profile of a region in one fold, each officer area scored with its region's fold",
                set.frozenProfiles().size(),
                pool.size(),
                evaluation.labelledAreas().size(),
                evaluation.frozenAreas().size(),
                notes);
        String best = bestRanker(summaries);
        String verdict = verdict(summaries, results)
                + io.fundmatch.eval.StudentRankers.keptShare(summaries)
                + io.fundmatch.eval.LearnedStudentRankers.keptShare(summaries)
                + rankedAbove(best, summaries, results)
                + "- default ranker by this evaluation: " + best + " (written to "
                + Recommenders.CONFIG_FILE + "; copy it into a model directory to serve it)\n";
        Files.createDirectories(out);
        Files.writeString(
                out.resolve(Recommenders.CONFIG_FILE),
                "# chosen by bin/fundmatch evaluate on " + MatchOptions.currentDate()
                        + ": mean nDCG@10 over both directions; a trained ranker only when it beats bm25 in both\nranker="
                        + best + "\n");
        java.util.Set<String> registryBuilt = new java.util.HashSet<>();
        LabelledSet.registryProfileRefs().forEach(r -> registryBuilt.add(r.id()));
        ReportWriter.write(out, results, summaries, header, verdict, registryBuilt);
        System.out.println(Files.readString(out.resolve("report.md")));
        System.err.printf(Locale.ROOT, "evaluate: wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    static String verdict(List<Evaluation.Summary> all, List<Evaluation.QueryResult> results) {
        StringBuilder sb = new StringBuilder();
        for (String split : List.of(Evaluation.CV, Evaluation.FROZEN)) {
            List<Evaluation.Summary> summaries =
                    all.stream().filter(s -> s.split().equals(split)).toList();
            if (summaries.isEmpty()) continue;
            sb.append("\n").append(split).append(":\n");
            verdict(summaries, results, split, sb);
        }
        int violations = all.stream().mapToInt(Evaluation.Summary::violations).sum();
        sb.append("- eligibility violations in all top-10 lists (both splits): ")
                .append(violations)
                .append('\n');
        return sb.toString();
    }

    private static void verdict(
            List<Evaluation.Summary> summaries, List<Evaluation.QueryResult> results, String split, StringBuilder sb) {
        for (String trained : List.of("tower", "tower+bm25", "encoder", "encoder+bm25", "learned", "learned-all")) {
            boolean present = summaries.stream().anyMatch(s -> s.ranker().equals(trained));
            if (!present) continue;
            boolean beats = true;
            for (String d : List.of(Evaluation.TO_AREAS, Evaluation.TO_ENTERPRISES)) {
                double m = ndcg10(summaries, trained, d);
                double b = ndcg10(summaries, "bm25", d);
                io.fundmatch.eval.PairedBootstrap.Interval ci =
                        io.fundmatch.eval.PairedBootstrap.ndcg10(results, trained, "bm25", d, split);
                sb.append(String.format(
                        Locale.ROOT,
                        "- %s vs bm25, %s: nDCG@10 %.4f vs %.4f (%+.4f%s)%n",
                        trained,
                        d,
                        m,
                        b,
                        m - b,
                        ci == null ? "" : "; " + ci.describe()));
                if (!(m > b)) beats = false;
            }
            sb.append(
                    beats
                            ? "- " + trained + " beats BM25 in both directions.\n"
                            : "- " + trained + " does NOT beat BM25 in both directions.\n");
        }
    }

    /**
     * Every ranker that scores a higher nDCG@10 than {@code best} in some split and direction, with the 95 % paired
     * bootstrap interval of its lead: whether "the default is the best" fails by more than the spread of the queries.
     */
    static String rankedAbove(String best, List<Evaluation.Summary> all, List<Evaluation.QueryResult> results) {
        StringBuilder sb = new StringBuilder();
        for (String split : List.of(Evaluation.CV, Evaluation.FROZEN)) {
            List<Evaluation.Summary> summaries =
                    all.stream().filter(s -> s.split().equals(split)).toList();
            for (String d : List.of(Evaluation.TO_AREAS, Evaluation.TO_ENTERPRISES)) {
                if (summaries.stream()
                        .noneMatch(s -> s.ranker().equals(best) && s.direction().equals(d))) continue;
                double own = ndcg10(summaries, best, d);
                for (Evaluation.Summary s : summaries) {
                    if (!s.direction().equals(d) || s.ranker().equals(best) || !(s.ndcg10() > own)) continue;
                    io.fundmatch.eval.PairedBootstrap.Interval ci =
                            io.fundmatch.eval.PairedBootstrap.ndcg10(results, s.ranker(), best, d, split);
                    sb.append(String.format(
                            Locale.ROOT,
                            "- above %s, %s, %s: %s nDCG@10 %.4f vs %.4f (%+.4f%s)%n",
                            best,
                            split,
                            d,
                            s.ranker(),
                            s.ndcg10(),
                            own,
                            s.ndcg10() - own,
                            ci == null ? "" : "; " + ci.describe()));
                }
            }
        }
        return sb.toString();
    }

    /**
     * The trained ranker when it beats BM25 on nDCG@10 in both directions, else the best text ranker; chosen on
     * cross-validation only (nothing is tuned on the frozen split).
     */
    static String bestRanker(List<Evaluation.Summary> all) {
        List<Evaluation.Summary> summaries =
                all.stream().filter(s -> s.split().equals(Evaluation.CV)).toList();
        String best = Recommenders.DEFAULT_RANKER;
        double bestScore = -1;
        for (Evaluation.Summary s : summaries) {
            String r = s.ranker();
            if (io.fundmatch.eval.StudentRankers.handles(r)) continue; // for bulk runs, not a serving ranker
            if (io.fundmatch.eval.LearnedStudentRankers.handles(r)) continue; // likewise
            // a variant of learned (its weights file, without tower weights, is what would serve it)
            if (r.equals(io.fundmatch.eval.EncoderRankers.WITHOUT_TOWERS)) continue;
            double both =
                    (ndcg10(summaries, r, Evaluation.TO_AREAS) + ndcg10(summaries, r, Evaluation.TO_ENTERPRISES)) / 2;
            boolean trained = Recommenders.scorer(r).needsEmbeddings();
            if (trained
                    && !(ndcg10(summaries, r, Evaluation.TO_AREAS) > ndcg10(summaries, "bm25", Evaluation.TO_AREAS)
                            && ndcg10(summaries, r, Evaluation.TO_ENTERPRISES)
                                    > ndcg10(summaries, "bm25", Evaluation.TO_ENTERPRISES))) {
                continue;
            }
            if (both > bestScore) {
                bestScore = both;
                best = r;
            }
        }
        return best;
    }

    private static double ndcg10(List<Evaluation.Summary> s, String ranker, String direction) {
        return s.stream()
                .filter(x -> x.ranker().equals(ranker) && x.direction().equals(direction))
                .mapToDouble(Evaluation.Summary::ndcg10)
                .findFirst()
                .orElse(Double.NaN);
    }

    static RankerUnderTest baseline(String name) {
        return new RankerUnderTest() {
            public String name() {
                return name;
            }

            public MatchingRecommender forFold(int fold, int k) {
                return Recommenders.create(name, null);
            }
        };
    }
}
