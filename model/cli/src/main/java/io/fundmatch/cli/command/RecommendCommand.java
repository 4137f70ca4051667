package io.fundmatch.cli.command;

import io.fundmatch.SharedData;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.json.Json;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.RecommendationView;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch recommend --profiles FILE --top K}: one JSON line per profile in the service's answer
 * shape ({@link RecommendationView}). A bad profile line is reported on stderr and the others go through.
 */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        description = "rank support areas for profiles (JSON Lines in, the service's answer shape out)")
public final class RecommendCommand implements Callable<Integer> {

    @Option(
            names = "--profiles",
            required = true,
            paramLabel = "FILE",
            description = "JSON Lines of profiles (fields of the API's ProfileInput; name required)")
    Path profiles;

    @Option(
            names = "--top",
            paramLabel = "K",
            defaultValue = "10",
            converter = WholeNumber.Positive.class,
            description = "results per profile (default ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--catalogue",
            paramLabel = "FILE|DIR",
            description = "support areas as JSON Lines, or a folder of guides to ingest (default ../shared/seeds)")
    Path catalogueOption;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path outFile;

    @Option(
            names = "--ranker",
            paramLabel = "NAME",
            defaultValue = Recommenders.DEFAULT_RANKER,
            description =
                    "bm25, tfidf, encoder, encoder+bm25, learned or learned-all (default ${DEFAULT-VALUE}, the best "
                            + "measured ranker: the learned ranker over the sentence encoder, on pruned candidates)")
    String ranker;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "a model directory: its ranker.properties and trained model decide the ranking")
    Path model;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "date application windows are judged against (default today)")
    LocalDate today = MatchOptions.currentDate();

    @Option(
            names = "--include-ineligible",
            arity = "0..1",
            paramLabel = "true|false",
            description = "also list areas the profile is not eligible for")
    boolean includeIneligible;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(profiles)) throw new IllegalArgumentException(profiles + " is not a file");
        Path catalogue = catalogueOption != null
                ? catalogueOption
                : SharedData.resolve("seeds")
                        .orElseThrow(() ->
                                new IllegalArgumentException("--catalogue is required (no ../shared/seeds here)"));
        MatchOptions options = new MatchOptions(top, includeIneligible, false, today);

        List<SupportArea> areas = io.fundmatch.eval.SeedCatalogue.load(catalogue);
        if (areas.isEmpty())
            System.err.println("recommend: the catalogue " + catalogue + " has no support areas; answers are empty");
        MatchingRecommender recommender = model != null ? Recommenders.load(model) : Recommenders.create(ranker, null);
        recommender.setAreas(areas);
        ProfileNormalizer normalizer = new ProfileNormalizer();

        int ok = 0;
        int bad = 0;
        PrintStream console = System.out;
        try (BufferedWriter w = outFile == null
                ? new BufferedWriter(new OutputStreamWriter(console, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line : Files.readAllLines(profiles, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) continue;
                try {
                    ProfileInput in = Json.mapper().readValue(line, ProfileInput.class);
                    EnterpriseProfile p = normalizer.normalize(in);
                    var answer =
                            RecommendationView.of(p, recommender.recommend(p, options), recommender.modelVersion());
                    w.write(Json.mapper().writeValueAsString(answer));
                    w.newLine();
                    ok++;
                } catch (IOException | IllegalArgumentException e) {
                    bad++;
                    System.err.println(
                            "recommend: " + profiles.getFileName() + ":" + n + ": skipped: " + oneLine(e.getMessage()));
                }
            }
        }
        System.err.printf(
                Locale.ROOT,
                "recommend: %d profiles answered, %d skipped, %d areas, model %s%n",
                ok,
                bad,
                areas.size(),
                recommender.modelVersion());
        return ok == 0 && bad > 0 ? 1 : 0;
    }

    private static String oneLine(String s) {
        if (s == null) return "unreadable";
        String t = s.replace('\n', ' ');
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
