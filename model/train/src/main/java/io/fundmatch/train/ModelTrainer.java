package io.fundmatch.train;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.features.TextVectors;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.text.Segmenter;
import io.fundmatch.towers.ModelManifest;
import io.fundmatch.towers.ModelSource;
import io.fundmatch.towers.Tower;
import io.fundmatch.towers.TowerInputs;
import io.fundmatch.train.features.DomainDictionary;
import io.fundmatch.train.features.FeatureFitter;
import io.fundmatch.train.towers.TowerTrainer;
import io.fundmatch.train.towers.TrainingQueries;
import io.fundmatch.train.towers.TrainingQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Trains a complete model — domain dictionary, Spark MLlib text features, DL4J towers — and writes it as a
 * versioned model directory {@code model-<date>-<hash>} that {@link io.fundmatch.towers.TowerModel} loads.
 */
public final class ModelTrainer {

    /**
     * @param passagesPerArea self-supervised passages taken from each area
     * @param paraphraseTerms key terms in each area's enterprise-like paraphrase
     * @param heldOutEvery    every n-th passage is held out to measure the model (0: none)
     */
    public record Settings(
            FeatureFitter.Settings features,
            TowerTrainer.Settings towers,
            int passagesPerArea,
            int paraphraseTerms,
            int heldOutEvery) {
        public static Settings defaults() {
            return new Settings(FeatureFitter.Settings.defaults(), TowerTrainer.Settings.defaults(), 12, 6, 10);
        }
    }

    /** A trained model on disk, and how long training took. */
    public record Result(Path directory, ModelManifest manifest, long millis) {}

    private ModelTrainer() {}

    public static Result train(SparkSession spark, TrainingInput in, Settings s, Path outFolder) throws IOException {
        long t0 = System.nanoTime();
        List<SupportArea> candidates =
                in.catalogue().stream().filter(a -> !a.superseded()).toList();
        if (candidates.isEmpty()) throw new IllegalArgumentException("the catalogue has no current areas to train on");

        Segmenter segmenter = Segmenter.shared();
        List<String> domainTerms = DomainDictionary.build(in.catalogue(), in.taxonomies());
        segmenter.addTerms(domainTerms);

        List<List<String>> corpus = new ArrayList<>();
        for (SupportArea a : in.catalogue()) corpus.add(segmenter.words(TowerInputs.areaText(a)));
        for (EnterpriseProfile p : in.registry()) corpus.add(segmenter.words(TowerInputs.enterpriseText(p)));
        for (String d : in.taxonomies().descriptions()) corpus.add(segmenter.words(d));
        corpus.removeIf(List::isEmpty);
        FeatureFitter.Fitted fitted = FeatureFitter.fit(spark, corpus, s.features());
        TextVectors text = fitted.vectors();
        long tFeatures = System.nanoTime();

        TrainingQueries builder = new TrainingQueries(segmenter, text, candidates);
        List<TrainingQuery> passages = builder.passages(s.passagesPerArea(), 2);
        List<TrainingQuery> train = new ArrayList<>();
        List<TrainingQuery> heldOut = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (s.heldOutEvery() > 0 && i % s.heldOutEvery() == s.heldOutEvery() - 1) heldOut.add(passages.get(i));
            else train.add(passages.get(i));
        }
        List<TrainingQuery> paraphrases = builder.paraphrases(s.paraphraseTerms());
        train.addAll(paraphrases);
        int[] unknownAreas = {0};
        List<TrainingQuery> labelled = builder.judgments(in.judgments(), in.excludeProfiles(), unknownAreas);
        train.addAll(labelled);
        Map<String, EnterpriseProfile> byId = new LinkedHashMap<>();
        for (EnterpriseProfile p : in.registry()) if (p.id() != null) byId.putIfAbsent(p.id(), p);
        for (var j : in.judgments())
            if (j.profile() != null && j.profile().id() != null)
                byId.putIfAbsent(j.profile().id(), j.profile());
        int[] skippedFeedback = {0};
        List<TrainingQuery> feedback = builder.feedback(in.feedback(), byId, in.excludeProfiles(), skippedFeedback);
        train.addAll(feedback);

        float[][] areaText = new float[candidates.size()][];
        float[][] areaSide = new float[candidates.size()][];
        for (int j = 0; j < candidates.size(); j++) {
            areaText[j] = text.weightedVector(segmenter.words(TowerInputs.areaText(candidates.get(j))));
            areaSide[j] = TowerInputs.areaSide(candidates.get(j));
        }
        TowerTrainer.Trained towers = TowerTrainer.train(
                train,
                areaText,
                areaSide,
                text.dimension(),
                s.towers(),
                heldOut.isEmpty() ? null : (e, a) -> mrr(heldOut, areaText, e, a, areaSide));
        long tTowers = System.nanoTime();

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("heldOutPassages", heldOut.size());
        metrics.put("heldOutMrrTextOnly", round(mrr(heldOut, areaText, null, null, areaSide)));
        metrics.put("heldOutMrrTowers", round(mrr(heldOut, areaText, towers.enterprise(), towers.area(), areaSide)));
        metrics.put("keptEpoch", towers.bestEpoch());
        metrics.put(
                "heldOutMrrByEpoch",
                towers.validation().stream().map(ModelTrainer::round).toList());
        metrics.put(
                "trainLossFirstEpoch",
                towers.epochLoss().isEmpty() ? null : round(towers.epochLoss().get(0)));
        metrics.put(
                "trainLossLastEpoch",
                towers.epochLoss().isEmpty()
                        ? null
                        : round(towers.epochLoss().get(towers.epochLoss().size() - 1)));

        Map<String, Object> training = new LinkedHashMap<>();
        training.put("catalogueAreas", in.catalogue().size());
        training.put("candidateAreas", candidates.size());
        training.put("registryProfiles", in.registry().size());
        training.put("taxonomyDescriptions", in.taxonomies().descriptions().size());
        training.put("corpusDocuments", corpus.size());
        training.put("domainTerms", domainTerms.size());
        training.put("passageQueries", passages.size() - heldOut.size());
        training.put("paraphraseQueries", paraphrases.size());
        training.put("labelledProfiles", labelled.size());
        training.put("judgmentsOnUnknownAreas", unknownAreas[0]);
        training.put("excludedProfiles", in.excludeProfiles().size());
        training.put("feedbackEnterprises", feedback.size());
        training.put("feedbackEventsSkipped", skippedFeedback[0]);
        training.put("featureSeconds", round((tFeatures - t0) / 1e9));
        training.put("towerSeconds", round((tTowers - tFeatures) / 1e9));

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("vocabularySize", s.features().vocabularySize());
        parameters.put("minDocFreq", s.features().minDocFreq());
        parameters.put("word2vecIterations", s.features().iterations());
        parameters.put("word2vecSeed", s.features().seed());
        parameters.put("passagesPerArea", s.passagesPerArea());
        parameters.put("paraphraseTerms", s.paraphraseTerms());
        parameters.put("towers", s.towers().describe());

        return write(
                outFolder,
                text,
                towers.enterprise(),
                towers.area(),
                domainTerms,
                parameters,
                training,
                metrics,
                s.towers().hidden(),
                t0);
    }

    private static Result write(
            Path outFolder,
            TextVectors text,
            Tower enterprise,
            Tower area,
            List<String> terms,
            Map<String, Object> parameters,
            Map<String, Object> training,
            Map<String, Object> metrics,
            int hidden,
            long t0)
            throws IOException {
        Files.createDirectories(outFolder);
        Path tmp = Files.createTempDirectory(outFolder, ".training-");
        text.write(tmp);
        ModelSource.writeFloats(tmp.resolve(ModelManifest.TOWERS), concat(enterprise, area));
        Files.writeString(
                tmp.resolve(ModelManifest.DOMAIN_TERMS), String.join("\n", terms) + "\n", StandardCharsets.UTF_8);
        String hash = hash(
                tmp,
                TextVectors.VOCABULARY,
                TextVectors.IDF,
                TextVectors.WORD_VECTORS,
                ModelManifest.TOWERS,
                ModelManifest.DOMAIN_TERMS);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String version = "model-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + hash;
        ModelManifest manifest = new ModelManifest(
                1,
                version,
                today.toString(),
                text.dimension(),
                hidden,
                text.vocabularySize(),
                TowerInputs.ENTERPRISE_SIDE,
                TowerInputs.AREA_SIDE,
                parameters,
                training,
                metrics);
        Json.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(tmp.resolve(ModelManifest.FILE).toFile(), manifest);
        Files.writeString(tmp.resolve(ModelManifest.CARD), ModelCard.markdown(manifest), StandardCharsets.UTF_8);
        Path dir = outFolder.resolve(version);
        if (Files.exists(dir)) deleteTree(dir);
        Files.move(tmp, dir);
        Files.writeString(outFolder.resolve(ModelManifest.LATEST), version + "\n", StandardCharsets.UTF_8);
        return new Result(dir, manifest, (System.nanoTime() - t0) / 1_000_000);
    }

    private static float[] concat(Tower e, Tower a) {
        List<float[]> parts = List.of(e.w1(), e.b1(), e.w2(), e.b2(), a.w1(), a.b1(), a.w2(), a.b2());
        int n = parts.stream().mapToInt(p -> p.length).sum();
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Mean reciprocal rank of each held-out passage's own area; text only when the towers are null. */
    static double mrr(
            List<TrainingQuery> queries, float[][] areaText, Tower enterprise, Tower area, float[][] areaSide) {
        if (queries.isEmpty()) return 0;
        float[][] areas = new float[areaText.length][];
        for (int j = 0; j < areas.length; j++)
            areas[j] = area == null ? areaText[j] : area.embed(areaText[j], areaSide[j]);
        double sum = 0;
        for (TrainingQuery q : queries) {
            float[] e = enterprise == null ? q.text() : enterprise.embed(q.text(), q.side());
            int target = q.positives().keySet().iterator().next();
            float mine = dot(e, areas[target]);
            int rank = 1;
            for (int j = 0; j < areas.length; j++) if (j != target && dot(e, areas[j]) > mine) rank++;
            sum += 1.0 / rank;
        }
        return sum / queries.size();
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String hash(Path dir, String... files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : files) md.update(Files.readAllBytes(dir.resolve(f)));
            return HexFormat.of().formatHex(md.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
