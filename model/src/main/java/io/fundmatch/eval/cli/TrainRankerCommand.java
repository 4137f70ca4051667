package io.fundmatch.eval.cli;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.CommandLine;
import io.fundmatch.cli.FundmatchCli;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.eval.SeedCatalogue;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.rank.LinearRanker;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/fundmatch train-ranker}: trains the learned ranker (Spark MLlib) on every labelled profile's
 * judgments against the seed catalogue and writes {@value LinearRanker#FILE_NAME} into a model directory (the
 * shipped one lives in the model module's resources). Its quality is measured by {@code evaluate}, which trains
 * one per fold instead.
 */
public final class TrainRankerCommand implements FundmatchCli.Command {

    static final String USAGE = """
            usage: bin/fundmatch train-ranker [--out DIR] [--seeds DIR] [--today YYYY-MM-DD]
              --out    model directory to write learned-ranker.properties into (default models)
              --seeds  the judged documents (default ../shared/seeds)
              --today  date the application windows are judged against (default 2020-01-01, as evaluate)""";

    @Override
    public String summary() {
        return "train the learned ranker (encoder, text and pair features) on the labelled set";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(String[] args) throws Exception {
        CommandLine a = CommandLine.parse(args, CommandLine.Spec.options("out", "seeds", "today"));
        Path out = Path.of(a.get("out", "models"));
        LocalDate today = a.date("today", LocalDate.of(2020, 1, 1));
        Path seeds = EvaluateCommand.folder(a.get("seeds"), "seeds");
        LabelledSet set = LabelledSet.load();
        List<SupportArea> areas = SeedCatalogue.load(seeds);
        if (areas.isEmpty()) throw new IllegalArgumentException("no support areas in " + seeds);
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (ProfileInput in : set.profiles()) profiles.add(normalizer.normalize(in));
        EncoderRankers rankers = new EncoderRankers(set, areas, profiles, today);
        try {
            LinearRanker r = rankers.train(profiles, "all " + profiles.size() + " labelled profiles, " + areas.size()
                    + " areas of " + seeds.getFileName() + ", " + LocalDate.now());
            r.write(out);
            System.out.println("wrote " + out.resolve(LinearRanker.FILE_NAME) + ": " + r.trainedOn());
        } finally {
            rankers.close();
        }
        return 0;
    }
}
