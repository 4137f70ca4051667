package io.fundmatch.cli.command;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.SharedFolder;
import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.encoder.student.StudentWeights;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.eval.RegistryProfiles;
import io.fundmatch.eval.RegistryRecords;
import io.fundmatch.eval.SeedCatalogue;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.train.student.EncoderTargets;
import io.fundmatch.train.student.StudentCorpus;
import io.fundmatch.train.student.StudentTrainer;
import io.fundmatch.train.student.StudentVocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch train-student}: distils the sentence encoder into a fast student (Deeplearning4j) and writes
 * {@value StudentWeights#FILE} and {@code student-card.json} into a model directory. Learns from registry
 * enterprises' texts and the areas' passages, with the encoder's vectors of them as targets (kept in a store by
 * content hash, so a second run encodes nothing); never from the labelled set's registry-built profiles or the
 * registry records judged for the evaluation (left out by credit code).
 */
@Command(
        name = "train-student",
        mixinStandardHelpOptions = true,
        description = "distil the sentence encoder into a fast student for bulk runs (writes student-encoder.bin)")
public final class TrainStudentCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "models",
            description = "model directory to write student-encoder.bin into (default ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--registry",
            paramLabel = "PATH",
            split = ",",
            description = "registry extracts (.txt files or folders of ent_*.txt) and/or generated registries "
                    + "(.jsonl of profiles, from `generate`); default ../shared/data/enterprises")
    List<String> registries;

    @Option(
            names = "--documents",
            paramLabel = "PATH",
            split = ",",
            description = "guide folders or catalogue .jsonl files whose areas' passages to learn from; default "
                    + "../shared/seeds and ../shared/data/guides")
    List<String> documents;

    @Option(
            names = "--targets",
            paramLabel = "DIR",
            description = "store of the encoder's vectors of the training texts (default OUT/student-targets)")
    Path targets;

    @Option(
            names = "--epochs",
            defaultValue = "40",
            description = "at most this many epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(
            names = "--max-seconds",
            defaultValue = "1800",
            description = "stop training after this many seconds (default ${DEFAULT-VALUE})")
    int maxSeconds;

    @Option(names = "--word-dim", defaultValue = "96", description = "size of a word vector (default ${DEFAULT-VALUE})")
    int wordDim;

    @Option(names = "--hidden", defaultValue = "512", description = "hidden units (default ${DEFAULT-VALUE})")
    int hidden;

    @Option(
            names = "--vocabulary",
            defaultValue = "30000",
            description = "at most this many terms with their own vector; rarer ones share 2,048 hashed vectors "
                    + "(default ${DEFAULT-VALUE})")
    int vocabulary;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || wordDim < 1 || hidden < 1 || vocabulary < 0 || maxSeconds < 1)
            throw new IllegalArgumentException("--epochs, --word-dim, --hidden and --max-seconds must be positive");
        long t0 = System.nanoTime();
        Set<String> excluded = new HashSet<>();
        for (RegistryProfiles.Ref r : LabelledSet.registryProfileRefs()) excluded.add(r.creditCode());
        excluded.addAll(LabelledSet.load().registryCodes());
        StudentCorpus corpus = new StudentCorpus(excluded);
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<Path> registryPaths = new ArrayList<>();
        if (registries == null || registries.isEmpty())
            registryPaths.add(SharedFolder.resolve(null, "data/enterprises"));
        else for (String r : registries) registryPaths.add(SharedFolder.resolve(r, "data/enterprises"));
        for (Path p : registryPaths) {
            int added = corpus.addEnterprises(enterprises(p, normalizer));
            System.err.printf(Locale.ROOT, "train-student: %s: %d new texts%n", p, added);
        }
        List<Path> docs = new ArrayList<>();
        if (documents == null || documents.isEmpty()) {
            docs.add(SharedFolder.resolve(null, "seeds"));
            io.fundmatch.SharedData.resolve("data/guides").ifPresent(docs::add);
        } else {
            for (String d : documents) docs.add(SharedFolder.resolve(d, "seeds"));
        }
        List<SupportArea> areas = SeedCatalogue.load(docs);
        System.err.printf(
                Locale.ROOT,
                "train-student: %d areas from %s: %d new passages%n",
                areas.size(),
                docs,
                corpus.addAreas(areas));
        List<String> train = corpus.train();
        List<String> held = corpus.heldOut();
        if (train.isEmpty() || held.isEmpty())
            throw new IllegalArgumentException("too few texts to train a student on (" + corpus.describe() + ")");

        SentenceEncoder teacher = SentenceEncoder.shared();
        Path store = targets != null ? targets : out.resolve("student-targets");
        EmbeddingStore cache = EmbeddingStore.open(store, "encoder-targets.bin");
        AtomicInteger encoded = new AtomicInteger();
        long te = System.nanoTime();
        float[][] trainTargets = EncoderTargets.of(teacher, train, cache, encoded);
        float[][] heldTargets = EncoderTargets.of(teacher, held, cache, encoded);
        double encodeSeconds = (System.nanoTime() - te) / 1e9;
        System.err.printf(
                Locale.ROOT,
                "train-student: encoder targets of %d texts (%d encoded now, the rest from %s) in %.1f s%n",
                train.size() + held.size(),
                encoded.get(),
                store,
                encodeSeconds);

        StudentTrainer.Settings s = new StudentTrainer.Settings(
                vocabulary, 2, 2_048, wordDim, hidden, epochs, 64, 0.002, 4, maxSeconds, seed);
        List<String> vocab = StudentVocabulary.build(train, s.maxVocabulary(), s.minTexts());
        long tt = System.nanoTime();
        StudentTrainer.Trained t = StudentTrainer.train(train, trainTargets, held, heldTargets, vocab, s);
        double trainSeconds = (System.nanoTime() - tt) / 1e9;
        Path file = t.weights().save(out);
        StudentEncoder student = new StudentEncoder(t.weights());

        Map<String, Object> card = new LinkedHashMap<>();
        card.put("student", student.id());
        card.put("teacher", teacher.id());
        card.put(
                "architecture",
                "HanLP words + character bigrams → " + vocab.size() + " + " + s.buckets()
                        + " hashed word vectors of " + wordDim + " → weighted mean → tanh(" + hidden + ") → "
                        + SentenceEncoder.DIMENSION + ", unit length");
        card.put("corpus", corpus.describe());
        card.put("excludedCreditCodes", excluded.size());
        card.put("settings", s.describe());
        card.put("epochLoss", t.epochLoss());
        card.put("heldOutCosine", t.heldOutCosine());
        card.put("bestEpoch", t.bestEpoch());
        card.put("encoderSeconds", Math.round(encodeSeconds));
        card.put("trainSeconds", Math.round(trainSeconds));
        card.put("fileBytes", Files.size(file));
        Files.writeString(
                out.resolve("student-card.json"),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(card),
                StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "wrote %s (%s, %.1f MB): %d training texts, %d held out; held-out mean cosine to the encoder %.4f "
                        + "(epoch %d of %d); %.0f s in all%n",
                file,
                student.id(),
                Files.size(file) / 1e6,
                train.size(),
                held.size(),
                t.bestHeldOutCosine(),
                t.bestEpoch(),
                t.epochLoss().size(),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static List<EnterpriseProfile> enterprises(Path p, ProfileNormalizer normalizer) throws IOException {
        List<EnterpriseProfile> out = new ArrayList<>();
        if (Files.isRegularFile(p) && p.toString().endsWith(".jsonl")) {
            int line = 0;
            for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                line++;
                if (l.isBlank()) continue;
                try {
                    out.add(Json.mapper().readValue(l, EnterpriseProfile.class));
                } catch (IOException e) {
                    System.err.printf(Locale.ROOT, "train-student: %s line %d skipped: not a profile%n", p, line);
                }
            }
            return out;
        }
        RegistryRecords.Read read = RegistryRecords.read(p, null);
        if (read.skipped() > 0)
            System.err.printf(Locale.ROOT, "train-student: %s: %d rows skipped (too few columns)%n", p, read.skipped());
        for (ProfileInput in : read.records()) out.add(normalizer.normalize(in));
        return out;
    }
}
