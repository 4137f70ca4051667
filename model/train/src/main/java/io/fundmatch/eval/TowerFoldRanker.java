package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.Judgment;
import io.fundmatch.towers.TowerModel;
import io.fundmatch.train.ModelTrainer;
import io.fundmatch.train.TrainingInput;
import io.fundmatch.train.features.Taxonomies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained model under cross-validation: for fold k a model is trained on the catalogue, the registry
 * texts given and the judgments of the labelled profiles of every other fold (the profiles of fold k are
 * excluded), then ranks with the tower score alone ({@code tower}) or blended with BM25 ({@code tower+bm25}).
 * One model per fold serves every ranker name asked for.
 */
public final class TowerFoldRanker {

    private static final Logger log = LoggerFactory.getLogger(TowerFoldRanker.class);

    private final LabelledSet set;
    private final List<SupportArea> areas;
    private final List<EnterpriseProfile> profiles;
    private final List<EnterpriseProfile> registry;
    private final Taxonomies taxonomies;
    private final Path folder;
    private final Map<Integer, TowerModel> models = new HashMap<>();
    private SparkSession spark;

    public TowerFoldRanker(
            LabelledSet set,
            List<SupportArea> areas,
            List<EnterpriseProfile> profiles,
            List<EnterpriseProfile> registry,
            Taxonomies taxonomies,
            Path folder) {
        this.set = set;
        this.areas = areas;
        this.profiles = profiles;
        this.registry = registry;
        this.taxonomies = taxonomies;
        this.folder = folder;
    }

    public RankerUnderTest ranker(String name) {
        return new RankerUnderTest() {
            public String name() {
                return name;
            }

            public MatchingRecommender forFold(int fold, int folds) {
                return Recommenders.create(name, Recommenders.embedder(model(fold, folds)));
            }

            public String note() {
                return "one model per fold, trained on the judgments of the other folds' profiles, the catalogue"
                        + (registry.isEmpty() ? "" : ", " + registry.size() + " registry texts")
                        + (taxonomies.descriptions().isEmpty() ? "" : " and the taxonomies")
                        + " (settings: ModelTrainer defaults)";
            }
        };
    }

    synchronized TowerModel model(int fold, int folds) {
        return models.computeIfAbsent(fold, f -> train(f, folds));
    }

    private TowerModel train(int fold, int folds) {
        if (spark == null) spark = io.fundmatch.spark.LocalSpark.forTraining();
        Set<String> test = new HashSet<>();
        test.addAll(set.heldOut(fold, folds));
        List<Judgment> judgments = new ArrayList<>();
        for (EnterpriseProfile p : profiles) {
            if (test.contains(p.id())) continue;
            set.positives(p.id(), areas)
                    .forEach(
                            (i, g) -> judgments.add(new Judgment(p, areas.get(i).id(), g)));
        }
        try {
            Path out = Files.createDirectories(folder.resolve("fold-" + fold));
            long t0 = System.nanoTime();
            ModelTrainer.Result r = ModelTrainer.train(
                    spark,
                    new TrainingInput(areas, registry, taxonomies, judgments, List.of(), test),
                    ModelTrainer.Settings.defaults(),
                    out);
            log.info(
                    "evaluate: fold {} model trained in {} s on {} judgments ({} test profiles left out)",
                    fold,
                    Math.round((System.nanoTime() - t0) / 1e9),
                    judgments.size(),
                    test.size());
            return TowerModel.load(r.directory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void close() {
        if (spark != null) spark.stop();
    }
}
