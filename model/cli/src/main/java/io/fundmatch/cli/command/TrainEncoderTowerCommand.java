package io.fundmatch.cli.command;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.towers.EncoderTowers;
import io.fundmatch.eval.EncoderTowerRankers;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.eval.SeedCatalogue;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.train.encodertowers.EncoderTowerTrainer;
import io.fundmatch.train.encodertowers.TowerCommittee;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch train-encoder-tower}: trains the towers over the sentence encoder (DL4J) on every labelled
 * profile and one text slice per seed area ({@value EncoderTowerRankers#MEMBERS} trainings, each early-stopped on a
 * different part of the profiles, averaged), and writes {@value EncoderTowers#FILE} into a model directory, which
 * serves them with {@code ranker=encoder-tower}. When no training beats the identity on its held-out profiles nothing
 * is written: the identity towers (the zero-shot encoder) are what a directory without the file serves. Whether
 * the towers beat the encoder is measured by {@code evaluate --rankers encoder,encoder-tower}.
 */
@Command(
        name = "train-encoder-tower",
        mixinStandardHelpOptions = true,
        description = "train the towers over the sentence encoder (writes encoder-towers.bin)")
public final class TrainEncoderTowerCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "models",
            description = "model directory to write encoder-towers.bin into (default ${DEFAULT-VALUE})")
    Path out;

    @picocli.CommandLine.Mixin
    io.fundmatch.cli.option.JudgedSeeds judged;

    @picocli.CommandLine.Mixin
    io.fundmatch.cli.option.FeedbackFiles feedback;

    @Override
    public Integer call() throws Exception {
        Path seeds = judged.seeds();
        LabelledSet set = LabelledSet.load();
        // the catalogue train-ranker and evaluate read (seeds + judged guides)
        List<SupportArea> areas = SeedCatalogue.load(feedback.documents(judged.documents()));
        if (areas.isEmpty()) throw new IllegalArgumentException("no support areas in " + seeds);
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        // never the frozen test split nor a score-only profile
        for (ProfileInput in : set.trainingProfiles()) profiles.add(normalizer.normalize(in));
        TowerCommittee t = new EncoderTowerRankers(
                        set, areas, profiles, Recommenders.encoder(null), EncoderTowerTrainer.Settings.defaults())
                .withFeedback(feedback.labels(areas, set.frozenKeys()))
                .trainAll();
        if (t.isIdentity()) {
            System.out.println("no member beat the identity on its held-out profiles (" + t.summary()
                    + "): nothing written, the zero-shot encoder stays");
            return 0;
        }
        t.towers().save(out);
        System.out.println("wrote " + out.resolve(EncoderTowers.FILE) + ": " + t.summary()
                + "; serve with ranker=encoder-tower in " + out.resolve(Recommenders.CONFIG_FILE));
        return 0;
    }
}
