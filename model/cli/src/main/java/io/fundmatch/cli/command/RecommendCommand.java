package io.fundmatch.eval.cli;

import io.fundmatch.SharedData;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.CommandLine;
import io.fundmatch.cli.FundmatchCli;
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

/**
 * {@code bin/fundmatch recommend --profiles FILE --top K}: one JSON line per profile in the service's answer
 * shape ({@link RecommendationView}). A bad profile line is reported on stderr and the others go through.
 */
public final class RecommendCommand implements FundmatchCli.Command {

    static final String USAGE = """
            usage: bin/fundmatch recommend --profiles FILE [--top K] [--catalogue FILE|DIR] [--out FILE]
                                           [--ranker NAME | --model DIR] [--today YYYY-MM-DD] [--include-ineligible true]
              --profiles   JSON Lines of profiles (fields of the API's ProfileInput; name required)
              --top        results per profile (default 10)
              --catalogue  support areas as JSON Lines, or a folder of guides to ingest (default ../shared/seeds)
              --out        output file (default: standard output)
              --ranker     bm25 or tfidf (default tfidf, the best measured text ranker)
              --model      a model directory: its ranker.properties and trained model decide the ranking
              --today      date application windows are judged against (default today)""";

    @Override
    public String summary() {
        return "rank support areas for profiles (JSON Lines in, the service's answer shape out)";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(String[] args) throws Exception {
        CommandLine a = CommandLine.parse(args, CommandLine.Spec.options("profiles", "top", "catalogue", "out", "ranker", "today", "include-ineligible", "model"));
        Path profiles = Path.of(a.required("profiles"));
        if (!Files.isRegularFile(profiles)) throw new IllegalArgumentException(profiles + " is not a file");
        int top = a.positive("top", 10);
        Path catalogue = a.get("catalogue") != null ? Path.of(a.get("catalogue"))
                : SharedData.resolve("seeds").orElseThrow(() -> new IllegalArgumentException(
                "--catalogue is required (no ../shared/seeds here)"));
        LocalDate today = a.date("today", LocalDate.now());
        MatchOptions options = new MatchOptions(top, Boolean.parseBoolean(a.get("include-ineligible", "false")), false, today);

        List<SupportArea> areas = io.fundmatch.eval.SeedCatalogue.load(catalogue);
        if (areas.isEmpty()) System.err.println("recommend: the catalogue " + catalogue + " has no support areas; answers are empty");
        MatchingRecommender recommender = a.get("model") != null ? Recommenders.load(Path.of(a.get("model")))
                : Recommenders.create(a.get("ranker", Recommenders.DEFAULT_RANKER), null);
        recommender.setAreas(areas);
        ProfileNormalizer normalizer = new ProfileNormalizer();

        int ok = 0;
        int bad = 0;
        PrintStream console = System.out;
        try (BufferedWriter w = a.get("out") == null
                ? new BufferedWriter(new OutputStreamWriter(console, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(a.get("out")), StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line : Files.readAllLines(profiles, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) continue;
                try {
                    ProfileInput in = Json.mapper().readValue(line, ProfileInput.class);
                    EnterpriseProfile p = normalizer.normalize(in);
                    var answer = RecommendationView.of(p, recommender.recommend(p, options), recommender.modelVersion());
                    w.write(Json.mapper().writeValueAsString(answer));
                    w.newLine();
                    ok++;
                } catch (IOException | IllegalArgumentException e) {
                    bad++;
                    System.err.println("recommend: " + profiles.getFileName() + ":" + n + ": skipped: " + oneLine(e.getMessage()));
                }
            }
        }
        System.err.printf("recommend: %d profiles answered, %d skipped, %d areas, model %s%n", ok, bad, areas.size(),
                recommender.modelVersion());
        return ok == 0 && bad > 0 ? 1 : 0;
    }

    private static String oneLine(String s) {
        if (s == null) return "unreadable";
        String t = s.replace('\n', ' ');
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
