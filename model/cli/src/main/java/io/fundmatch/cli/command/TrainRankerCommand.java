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

    @Mixin
    io.fundmatch.cli.option.FeedbackFiles feedback;

    @Option(
            names = "--tower-folds",
            paramLabel = "K",
            defaultValue = "5",
            converter = io.fundmatch.cli.option.WholeNumber.Int.class,
            description = "folds the encoder towers' score is cross-fitted over for the tower features (one tower "
                    + "training of about a minute or two each, kept in -Dfundmatch.towers.cache=DIR when given); "
                    + "0 trains without tower features (default ${DEFAULT-VALUE})")
    int towerFolds;

    @Override
    public Integer call() throws Exception {
        Path seeds = judged.seeds();
        LabelledSet set = LabelledSet.load();
        List<SupportArea> areas = SeedCatalogue.load(feedback.documents(judged.documents()));
        if (areas.isEmpty()) throw new IllegalArgumentException("no support areas in " + seeds);
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        // never the frozen test split (it stays unseen by every shipped model) nor a score-only profile (GUIDELINES.md)
        for (ProfileInput in : set.trainingProfiles()) profiles.add(normalizer.normalize(in));
        if (towerFolds == 1)
            throw new IllegalArgumentException("--tower-folds must be 0 (no tower features) or 2 or more");
        io.fundmatch.train.feedback.FeedbackLabels labels = feedback.labels(areas, set.frozenKeys());
        EncoderRankers rankers = new EncoderRankers(set, areas, profiles, judged.today).withFeedback(labels);
        if (towerFolds > 0)
            rankers.withTowers(new io.fundmatch.eval.EncoderTowerRankers(
                            set,
                            areas,
                            profiles,
                            rankers.embedder(),
                            io.fundmatch.train.encodertowers.EncoderTowerTrainer.Settings.defaults())
                    .withFeedback(labels));
        try {
            String trainedOn = "all " + profiles.size() + " labelled profiles outside the frozen split, "
                    + (labels.enterprises().isEmpty()
                            ? ""
                            : "feedback of " + labels.enterprises().size() + " enterprises (" + labels.labels()
                                    + " labels), ")
                    + areas.size()
                    + " areas of "
                    + judged.documents().stream()
                            .map(d -> d.getFileName().toString())
                            .collect(java.util.stream.Collectors.joining(" + "))
                    + ", "
                    + io.fundmatch.match.MatchOptions.currentDate();
            LinearRanker r = towerFolds == 0
                    ? rankers.train(profiles, trainedOn)
                    : rankers.trainCrossFitted(profiles, set.heldOut(towerFolds, towerFolds), towerFolds, trainedOn);
            r.write(out);
            System.out.println("wrote " + out.resolve(LinearRanker.FILE_NAME) + ": " + r.trainedOn());
        } finally {
            rankers.close();
        }
        return 0;
    }
}
