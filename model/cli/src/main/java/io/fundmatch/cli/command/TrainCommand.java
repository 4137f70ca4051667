package io.fundmatch.train;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.CommandLine;
import io.fundmatch.cli.FundmatchCli;
import io.fundmatch.features.FeatureFitter;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.features.Taxonomies;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.FeedbackEvent;
import io.fundmatch.towers.Judgment;
import io.fundmatch.towers.TowerTrainer;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code bin/fundmatch train}: trains the matcher from a catalogue, a registry, taxonomies, labelled
 * judgments and feedback, and writes a versioned model directory into --out (and names it in --out/LATEST).
 */
public final class TrainCommand implements FundmatchCli.Command {

    private static final String USAGE = """
            usage: bin/fundmatch train --catalogue catalogue.jsonl --out DIR [--registry registry.jsonl]
                   [--taxonomies DIR] [--labels judgments.jsonl] [--feedback feedback.jsonl]
                   [--exclude-profiles ID,ID,...] [--epochs N] [--learning-rate X] [--vocabulary N] [--seed N]
              catalogue   support areas, one JSON object a line (bin/fundmatch ingest writes it)
              registry    enterprise profiles, one a line (bin/fundmatch import writes it); their business scopes train the text features
              taxonomies  folder of classification tables / reference texts (e.g. ../shared/data/taxonomies)
              labels      'builtin' (the labelled set shipped with fundmatch) or graded judgments, one a line: {"profile":{…},"areaId":"…","grade":0|1|2}
              feedback    events the service records, one a line: {"enterpriseId"|"profile","areaId","kind":applied|awarded|saved|not_relevant,"time"}
              exclude-profiles  labelled/feedback profile ids left out of training (cross-validation)
              out         folder of models; the new one is written as model-<date>-<hash>/ and named in LATEST""";

    @Override
    public String summary() {
        return "train the matcher (text features + two towers) and write a model directory";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(String[] args) throws Exception {
        CommandLine o = CommandLine.parse(args, CommandLine.Spec.options("catalogue", "registry", "taxonomies", "labels",
                "feedback", "exclude-profiles", "seed", "vocabulary", "learning-rate", "epochs", "out"));
        if (!o.has("catalogue") || !o.has("out")) throw new IllegalArgumentException("--catalogue and --out are required\n" + USAGE);
        List<SupportArea> catalogue = JsonLinesReader.read(Path.of(o.get("catalogue")), SupportArea.class, "catalogue");
        catalogue = catalogue.stream().filter(a -> a.id() != null).toList();
        if (catalogue.isEmpty()) throw new IllegalArgumentException("catalogue " + o.get("catalogue") + " has no support areas");
        List<EnterpriseProfile> registry = o.has("registry")
                ? JsonLinesReader.read(Path.of(o.get("registry")), EnterpriseProfile.class, "registry") : List.of();
        Taxonomies taxonomies = o.has("taxonomies") ? Taxonomies.read(Path.of(o.get("taxonomies"))) : Taxonomies.NONE;
        List<Judgment> labels = !o.has("labels") ? List.of()
                : o.get("labels").equals("builtin") ? builtinJudgments(catalogue)
                : JsonLinesReader.read(Path.of(o.get("labels")), Judgment.class, "labels");
        List<FeedbackEvent> feedback = o.has("feedback")
                ? JsonLinesReader.read(Path.of(o.get("feedback")), FeedbackEvent.class, "feedback") : List.of();
        Set<String> exclude = new LinkedHashSet<>();
        if (o.has("exclude-profiles")) {
            for (String id : o.get("exclude-profiles").split(",")) if (!id.isBlank()) exclude.add(id.strip());
        }
        ModelTrainer.Settings d = ModelTrainer.Settings.defaults();
        FeatureFitter.Settings f = d.features();
        TowerTrainer.Settings t = d.towers();
        long seed = o.whole("seed", t.seed());
        f = new FeatureFitter.Settings(o.positive("vocabulary", f.vocabularySize()), f.minDocFreq(), f.dimension(), f.iterations(), seed);
        double lr = o.decimal("learning-rate", t.learningRate());
        t = new TowerTrainer.Settings(t.hidden(), o.positive("epochs", t.epochs()), t.batchSize(), lr, t.scale(),
                t.negativeWeight(), t.negativeMargin(), seed);
        ModelTrainer.Settings settings = new ModelTrainer.Settings(f, t, d.passagesPerArea(), d.paraphraseTerms(), d.heldOutEvery());

        System.err.printf("train: %d areas, %d registry profiles, %d taxonomy texts, %d judgments, %d feedback events%n",
                catalogue.size(), registry.size(), taxonomies.descriptions().size(), labels.size(), feedback.size());
        SparkSession spark = localSpark();
        try {
            ModelTrainer.Result r = ModelTrainer.train(spark,
                    new TrainingInput(catalogue, registry, taxonomies, labels, feedback, exclude), settings, Path.of(o.get("out")));
            System.out.println(r.directory());
            System.err.printf("train: wrote %s in %.1f s (held-out passage MRR: text only %s, towers %s)%n", r.manifest().version(),
                    r.millis() / 1000.0, r.manifest().metrics().get("heldOutMrrTextOnly"), r.manifest().metrics().get("heldOutMrrTowers"));
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
        for (ProfileInput in : set.profiles()) {
            EnterpriseProfile p = normalizer.normalize(in);
            set.positives(in.id(), catalogue).forEach((i, grade) -> out.add(new Judgment(p, catalogue.get(i).id(), grade)));
        }
        return out;
    }

    /** A single-threaded local Spark session: the same data always gives the same model. */
    public static SparkSession localSpark() {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("fundmatch-train")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }


}
