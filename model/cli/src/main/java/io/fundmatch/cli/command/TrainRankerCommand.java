package io.fundmatch.cli.command;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.JudgedSeeds;
import io.fundmatch.eval.EncoderRankers;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.eval.SeedCatalogue;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.rank.LinearRanker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch train-ranker}: trains the learned ranker (Spark MLlib) on every labelled profile's
 * judgments outside the frozen split against the catalogue {@code evaluate} reads (seeds and further judged
 * guides) and writes {@value LinearRanker#FILE_NAME} into a model directory (the shipped one lives in the model
 * module's resources). Its quality is measured by {@code evaluate}, which trains
 * one per fold instead.
 */
@Command(
        name = "train-ranker",
        mixinStandardHelpOptions = true,
        description = "train the learned ranker (encoder, text and pair features) on the labelled set")
public final class TrainRankerCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "models",
            description = "model directory to write learned-ranker.properties into (default ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    JudgedSeeds judged;

    @Override
    public Integer call() throws Exception {
        Path seeds = judged.seeds();
        LabelledSet set = LabelledSet.load();
        List<SupportArea> areas = SeedCatalogue.load(judged.documents());
        if (areas.isEmpty()) throw new IllegalArgumentException("no support areas in " + seeds);
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        // never the frozen test split: it stays unseen by every shipped model (see GUIDELINES.md)
        for (ProfileInput in : set.crossValidationProfiles()) profiles.add(normalizer.normalize(in));
        EncoderRankers rankers = new EncoderRankers(set, areas, profiles, judged.today);
        try {
            LinearRanker r = rankers.train(
                    profiles,
                    "all " + profiles.size() + " labelled profiles outside the frozen split, " + areas.size()
                            + " areas of "
                            + judged.documents().stream()
                                    .map(d -> d.getFileName().toString())
                                    .collect(java.util.stream.Collectors.joining(" + "))
                            + ", "
                            + io.fundmatch.match.MatchOptions.currentDate());
            r.write(out);
            System.out.println("wrote " + out.resolve(LinearRanker.FILE_NAME) + ": " + r.trainedOn());
        } finally {
            rankers.close();
        }
        return 0;
    }
}
