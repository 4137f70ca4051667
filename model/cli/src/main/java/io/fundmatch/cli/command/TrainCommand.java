package io.fundmatch.cli.command;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.spark.LocalSpark;
import io.fundmatch.towers.FeedbackEvent;
import io.fundmatch.towers.Judgment;
import io.fundmatch.train.JsonLinesReader;
import io.fundmatch.train.ModelTrainer;
import io.fundmatch.train.TrainingInput;
import io.fundmatch.train.features.FeatureFitter;
import io.fundmatch.train.features.Taxonomies;
import io.fundmatch.train.towers.TowerTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch train}: trains the matcher from a catalogue, a registry, taxonomies, labelled
 * judgments and feedback, and writes a versioned model directory into --out (and names it in --out/LATEST).
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "train the matcher (text features + two towers) and write a model directory")
public final class TrainCommand implements Callable<Integer> {

    @Option(
            names = "--catalogue",
            required = true,
            paramLabel = "catalogue.jsonl",
            description = "support areas, one JSON object a line (bin/fundmatch ingest writes it)")
    Path cataloguePath;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder of models; the new one is written as model-<date>-<hash>/ and named in LATEST")
    Path out;

    @Option(
            names = "--registry",
            paramLabel = "registry.jsonl",
            description =
                    "enterprise profiles, one a line (bin/fundmatch import writes it); their business scopes train the text features")
    Path registryPath;

    @Option(
            names = "--taxonomies",
            paramLabel = "DIR",
            description = "folder of classification tables / reference texts (e.g. ../shared/data/taxonomies)")
    Path taxonomiesDir;

    @Option(
            names = "--labels",
            paramLabel = "builtin|judgments.jsonl",
            description = "'builtin' (the labelled set shipped with fundmatch) or graded judgments, one a line: "
                    + "{\"profile\":{…},\"areaId\":\"…\",\"grade\":0|1|2}")
    String labelsSource;

    @Option(
            names = "--feedback",
            paramLabel = "feedback.jsonl",
            description = "events the service records, one a line: {\"enterpriseId\"|\"profile\",\"areaId\","
                    + "\"kind\":applied|awarded|saved|not_relevant,\"time\"}")
    Path feedbackPath;

    @Option(
            names = "--exclude-profiles",
            paramLabel = "ID,ID,...",
            split = ",",
            description = "labelled/feedback profile ids left out of training (cross-validation)")
    List<String> excludeProfiles = new ArrayList<>();

    @Option(
            names = "--epochs",
            paramLabel = "N",
            converter = WholeNumber.Positive.class,
            description = "tower training epochs")
    Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "X", description = "tower learning rate")
    Double learningRate;

    @Option(
            names = "--vocabulary",
            paramLabel = "N",
            converter = WholeNumber.Positive.class,
            description = "text feature vocabulary size")
    Integer vocabulary;

    @Option(names = "--seed", paramLabel = "N", description = "random seed of features and towers")
    Long seedOption;

    @Override
    public Integer call() throws Exception {
        List<SupportArea> catalogue = JsonLinesReader.read(cataloguePath, SupportArea.class, "catalogue");
        catalogue = catalogue.stream().filter(a -> a.id() != null).toList();
        if (catalogue.isEmpty())
            throw new IllegalArgumentException("catalogue " + cataloguePath + " has no support areas");
        List<EnterpriseProfile> registry = registryPath != null
                ? JsonLinesReader.read(registryPath, EnterpriseProfile.class, "registry")
                : List.of();
        Taxonomies taxonomies = taxonomiesDir != null ? Taxonomies.read(taxonomiesDir) : Taxonomies.NONE;
        List<Judgment> labels = labelsSource == null
                ? List.of()
                : labelsSource.equals("builtin")
                        ? builtinJudgments(catalogue)
                        : JsonLinesReader.read(Path.of(labelsSource), Judgment.class, "labels");
        List<FeedbackEvent> feedback =
                feedbackPath != null ? JsonLinesReader.read(feedbackPath, FeedbackEvent.class, "feedback") : List.of();
        Set<String> exclude = new LinkedHashSet<>();
        for (String id : excludeProfiles) if (!id.isBlank()) exclude.add(id.strip());
        ModelTrainer.Settings d = ModelTrainer.Settings.defaults();
        FeatureFitter.Settings f = d.features();
        TowerTrainer.Settings t = d.towers();
        long seed = seedOption != null ? seedOption : t.seed();
        f = new FeatureFitter.Settings(
                vocabulary != null ? vocabulary : f.vocabularySize(),
                f.minDocFreq(),
                f.dimension(),
                f.iterations(),
                seed);
        double lr = learningRate != null ? learningRate : t.learningRate();
        t = new TowerTrainer.Settings(
                t.hidden(),
                epochs != null ? epochs : t.epochs(),
                t.batchSize(),
                lr,
                t.scale(),
                t.negativeWeight(),
                t.negativeMargin(),
                seed);
        ModelTrainer.Settings settings =
                new ModelTrainer.Settings(f, t, d.passagesPerArea(), d.paraphraseTerms(), d.heldOutEvery());

        System.err.printf(
                Locale.ROOT,
                "train: %d areas, %d registry profiles, %d taxonomy texts, %d judgments, %d feedback events%n",
                catalogue.size(),
                registry.size(),
                taxonomies.descriptions().size(),
                labels.size(),
                feedback.size());
        SparkSession spark = LocalSpark.forTraining();
        try {
            ModelTrainer.Result r = ModelTrainer.train(
                    spark,
                    new TrainingInput(catalogue, registry, taxonomies, labels, feedback, exclude),
                    settings,
                    out);
            System.out.println(r.directory());
            System.err.printf(
                    Locale.ROOT,
                    "train: wrote %s in %.1f s (held-out passage MRR: text only %s, towers %s)%n",
                    r.manifest().version(),
                    r.millis() / 1000.0,
                    r.manifest().metrics().get("heldOutMrrTextOnly"),
                    r.manifest().metrics().get("heldOutMrrTowers"));
        } finally {
            spark.stop();
        }
        return 0;
    }

    /** The labelled set shipped with fundmatch: every graded (1, 2) pair of a labelled profile with an area of the catalogue. */
    static List<Judgment> builtinJudgments(List<SupportArea> catalogue) {
        LabelledSet set = LabelledSet.load();
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<Judgment> out = new ArrayList<>();
        for (ProfileInput in : set.trainingProfiles()) { // the frozen test split stays unseen, score-only ones too
            EnterpriseProfile p = normalizer.normalize(in);
            set.positives(in.id(), catalogue)
                    .forEach((i, grade) ->
                            out.add(new Judgment(p, catalogue.get(i).id(), grade)));
        }
        return out;
    }
}
