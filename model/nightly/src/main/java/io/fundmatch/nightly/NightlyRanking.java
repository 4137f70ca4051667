package io.fundmatch.nightly;

import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.rank.Scorer;
import io.fundmatch.rank.LinearRanker;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the nightly job ranks: the ranker a model directory names in its {@code ranker.properties}, else
 * {@value #DEFAULT}. Rankers over vectors score the areas of an enterprise's jurisdiction by dot product
 * ({@code tower}: the trained towers; {@code encoder}: the sentence encoder, best passage); {@code learned}
 * keeps the {@link #candidates()} best areas by encoder similarity and orders them with the learned ranker's
 * pair features and weights; every other ranker ({@code tfidf}, {@code bm25}, the blends) scores the whole
 * catalogue with the service's own {@link Scorer}. Shipped to every task (small: the ranker's weights).
 *
 * @param ranker     the ranker's name (one of {@link Recommenders#rankerNames()})
 * @param candidates areas per enterprise the learned ranker orders (the encoder's best)
 * @param weights    the learned ranker's weights, or null for other rankers
 * @param intercept  the learned ranker's intercept
 * @param towersDir  the model directory whose {@code encoder-towers.bin} the learned ranker's tower features read
 *                   (a local path every task can read), or null for the towers shipped in the jar
 * @param profileEncoder   what embeds the enterprises for rankers over the encoder's space ({@link ProfileEncoders})
 * @param profileEncoderId its id (part of the stored vectors' keys and of the version)
 * @param modelLocation    the model directory the student is read from (empty: the shipped one)
 */
public record NightlyRanking(
        String ranker,
        int candidates,
        double[] weights,
        double intercept,
        String towersDir,
        String profileEncoder,
        String profileEncoderId,
        String modelLocation)
        implements Serializable {

    /** The nightly job's ranker when the model directory names none: the learned ranker over the encoder. */
    public static final String DEFAULT = "learned";
    /** Areas per enterprise the learned ranker orders, unless {@value #CANDIDATES_PROPERTY} says otherwise. */
    public static final int DEFAULT_CANDIDATES = 100;
    /** System property: areas per enterprise the learned ranker orders. */
    public static final String CANDIDATES_PROPERTY = "fundmatch.nightly.candidates";

    public NightlyRanking {
        Recommenders.scorer(ranker); // fails clearly on an unknown name
        if (candidates < 1) throw new IllegalArgumentException("the learned ranker needs at least 1 candidate");
        weights = weights == null ? null : weights.clone();
        profileEncoder = ProfileEncoders.checked(profileEncoder);
        if (modelLocation == null) modelLocation = "";
    }

    /** Profiles embedded by the sentence encoder itself. */
    public NightlyRanking(String ranker, int candidates, double[] weights, double intercept) {
        this(ranker, candidates, weights, intercept, null);
    }

    /** Profiles embedded by the sentence encoder itself, the tower features read from {@code towersDir}. */
    public NightlyRanking(String ranker, int candidates, double[] weights, double intercept, String towersDir) {
        this(ranker, candidates, weights, intercept, towersDir, ProfileEncoders.ENCODER, null, "");
    }

    /**
     * The ranking a model location asks for ({@code ranker.properties}, {@code learned-ranker.properties}), profiles
     * embedded by the encoder itself.
     *
     * @param modelLocation a model directory (path or file: URI), or empty/null for the shipped models
     */
    public static NightlyRanking configured(String modelLocation) {
        return configured(modelLocation, ProfileEncoders.ENCODER);
    }

    /**
     * The ranking a model location asks for, its profiles embedded by {@code profileEncoder} ({@link
     * ProfileEncoders}; null: {@link ProfileEncoders#DEFAULT}) when the ranker reads the encoder's space.
     */
    public static NightlyRanking configured(String modelLocation, String profileEncoder) {
        NightlyRanking r = configuredRanker(modelLocation);
        if (!r.encoder()) return r;
        String name = ProfileEncoders.checked(profileEncoder);
        String id = name.equals(ProfileEncoders.ENCODER)
                ? null
                : ProfileEncoders.get(name, modelLocation).id();
        return new NightlyRanking(r.ranker, r.candidates, r.weights, r.intercept, r.towersDir, name, id, modelLocation);
    }

    private static NightlyRanking configuredRanker(String modelLocation) {
        Path dir = localDirectory(modelLocation);
        String name = dir != null && Files.isRegularFile(dir.resolve(Recommenders.CONFIG_FILE))
                ? Recommenders.configuredRanker(dir)
                : DEFAULT;
        int candidates = Integer.getInteger(CANDIDATES_PROPERTY, DEFAULT_CANDIDATES);
        if (!name.equals("learned")) return new NightlyRanking(name, candidates, null, 0);
        LinearRanker r = LinearRanker.load(dir);
        boolean ownTowers =
                dir != null && Files.isRegularFile(dir.resolve(io.fundmatch.encoder.towers.EncoderTowers.FILE));
        return new NightlyRanking(
                name,
                candidates,
                r.weights(),
                r.intercept(),
                ownTowers ? dir.toAbsolutePath().toString() : null);
    }

    /** Whether areas and enterprises are embedded with the trained towers ({@code tower}, {@code tower+bm25}). */
    public boolean towers() {
        return ranker.startsWith("tower");
    }

    /** Whether areas and enterprises are embedded with the sentence encoder. */
    public boolean encoder() {
        return Recommenders.usesEncoder(ranker);
    }

    /** Whether the ranker reads vectors at all (else areas and enterprises carry empty ones). */
    public boolean vectors() {
        return towers() || encoder();
    }

    public boolean learned() {
        return ranker.equals("learned");
    }

    /** Whether candidates are scored by the dot product of the vectors alone (the fast path: no full scan). */
    public boolean dotProduct() {
        return ranker.equals("tower") || ranker.equals("encoder") || learned();
    }

    /** The service's scorer for rankers scored over the whole catalogue (text rankers and blends). */
    public Scorer scorer() {
        return Recommenders.scorer(ranker);
    }

    /** Areas kept per enterprise by the first stage (the learned ranker orders more than it keeps). */
    public int firstStage(int topK) {
        return learned() ? Math.max(topK, candidates) : topK;
    }

    /** The learned ranker's weights as the serving code reads them. */
    public LinearRanker linearRanker() {
        if (weights == null) throw new IllegalStateException("ranker " + ranker + " has no learned weights");
        return new LinearRanker(weights, intercept, "");
    }

    /**
     * The version of what ranks, for the manifest (an incremental run needs the previous run's): the trained
     * model's for towers, the encoder's id and the ranker (with its weights' digest) for the encoder, the text
     * ranker's name otherwise.
     */
    public String version(String towerVersion) {
        if (towers()) return ranker.equals("tower") ? towerVersion : towerVersion + "+" + ranker;
        if (encoder()) {
            String v = "encoder:" + SentenceEncoder.shared().id() + "+" + ranker;
            if (!learned()) return v + profilesSuffix();
            LinearRanker r = linearRanker();
            return v + "-" + r.digest()
                    + (r.usesTowers() ? "+towers-" + towerSignal().digest() : "") + profilesSuffix();
        }
        return "fundmatch-" + ranker + "-1";
    }

    /**
     * The towers the learned ranker's tower features read ({@link #towersDir}, else the shipped ones), one per JVM
     * and directory, so every task of an executor shares their mapped area vectors.
     */
    public io.fundmatch.rank.TowerSignal towerSignal() {
        if (towersDir == null) return io.fundmatch.rank.TowerSignal.shipped();
        return TOWERS.computeIfAbsent(towersDir, d -> io.fundmatch.rank.TowerSignal.load(Path.of(d)));
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, io.fundmatch.rank.TowerSignal> TOWERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Vector dimension of the ranker's space (0 when it reads none). */
    public int dimension(int towerDimension) {
        return towers() ? towerDimension : encoder() ? SentenceEncoder.DIMENSION : 0;
    }

    static Path localDirectory(String location) {
        if (location == null || location.isBlank()) return null;
        return location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
    }

    /** Whether the enterprises are embedded by the student rather than the encoder itself. */
    public boolean studentProfiles() {
        return encoder() && profileEncoder.equals(ProfileEncoders.STUDENT);
    }

    /** The id of what embeds the profiles: the encoder's, or the student's. */
    public String profileEncoderId() {
        return studentProfiles() ? profileEncoderId : SentenceEncoder.shared().id();
    }

    /** {@code "|profiles:<student id>"} when the student embeds the profiles, else empty. */
    public String profilesSuffix() {
        return studentProfiles() ? "|profiles:" + profileEncoderId : "";
    }
}
