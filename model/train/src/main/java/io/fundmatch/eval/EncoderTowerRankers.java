package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.towers.EncoderTowers;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerInputs;
import io.fundmatch.train.encodertowers.EncoderTowerTrainer;
import io.fundmatch.train.encodertowers.TowerCatalogue;
import io.fundmatch.train.encodertowers.TowerCommittee;
import io.fundmatch.train.encodertowers.TowerExample;
import io.fundmatch.train.feedback.FeedbackLabels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained encoder towers under cross-validation ({@code encoder-tower}): for fold k the towers train on the
 * labelled profiles of the other folds and on slices of every area's own text as queries for that area
 * (self-supervised, from the catalogue alone), {@value #MEMBERS} times, each member holding out a different one in
 * {@value #HELD_OUT} of those profiles for its early stopping, and the members are averaged ({@link TowerCommittee}).
 * The registry judgments the area→enterprise direction is scored on are never trained on. A member whose towers do
 * not beat the identity on its held-out profiles keeps the identity (the zero-shot encoder).
 */
public final class EncoderTowerRankers {

    private static final Logger log = LoggerFactory.getLogger(EncoderTowerRankers.class);

    /** Every this-many-th training profile is held out for a member's early stopping. */
    public static final int HELD_OUT = 5;
    /**
     * Trainings averaged into the towers, one per held-out part: member m holds out the training profiles at
     * positions p with {@code p % HELD_OUT == m}, so every profile trains all members but one.
     */
    public static final int MEMBERS = HELD_OUT;
    /** How much a self-supervised text slice counts against a labelled profile. */
    public static final float SLICE_WEIGHT = 0.3f;
    /** Characters in a self-supervised text slice, at least. */
    private static final int SLICE_CHARS = 60;

    private final LabelledSet set;
    private final List<SupportArea> areas;
    private final List<EnterpriseProfile> profiles;
    private final EncoderEmbedder embedder;
    private final EncoderTowerTrainer.Settings settings;
    private final Map<Integer, TowerCommittee> trained = new HashMap<>();
    private final Map<Integer, Double> seconds = new HashMap<>();
    // towers by the set of profiles they must not see (shared by encoder-tower and the learned ranker's cross-fitting)
    private final Map<Set<String>, TowerCommittee> byExclusion = new HashMap<>();
    private TowerCatalogue catalogue;
    private List<TowerExample> slices;
    private Map<String, TowerExample> labelled;
    private FeedbackLabels feedback = FeedbackLabels.NONE;
    private Map<String, TowerExample> fromFeedback; // enterprise key -> its feedback as a query

    /**
     * The towers also train on the service's feedback: one query per enterprise with a positive label, toward the
     * areas it applied for, was awarded or saved, weighted by the kind ({@link FeedbackLabels}); an enterprise's
     * not-relevant labels add nothing (every area a query does not name counts against it already). Call before the
     * first training.
     */
    public synchronized EncoderTowerRankers withFeedback(FeedbackLabels labels) {
        if (catalogue != null) throw new IllegalStateException("the towers' inputs are already prepared");
        this.feedback = labels;
        return this;
    }

    /** The key in an exclusion set ({@link #excluding}) that keeps one feedback enterprise out of the towers. */
    public static String feedbackKey(String enterpriseKey) {
        return "feedback:" + enterpriseKey;
    }

    public EncoderTowerRankers(
            LabelledSet set,
            List<SupportArea> areas,
            List<EnterpriseProfile> profiles,
            EncoderEmbedder embedder,
            EncoderTowerTrainer.Settings settings) {
        this.set = set;
        this.areas = areas;
        this.profiles = profiles;
        this.embedder = embedder;
        this.settings = settings;
    }

    public RankerUnderTest ranker(String name) {
        return new RankerUnderTest() {
            public String name() {
                return name;
            }

            public MatchingRecommender forFold(int fold, int folds) {
                return Recommenders.encoderTowers(model(fold, folds).towers(), embedder);
            }

            public String note() {
                return EncoderTowerRankers.this.note();
            }
        };
    }

    /** The towers of one fold (trained on first use). */
    public synchronized TowerCommittee model(int fold, int folds) {
        return trained.computeIfAbsent(fold, f -> {
            Set<String> excluded = set.heldOut(f, folds);
            TowerCommittee t = excluding(excluded, "fold " + f + " of " + folds);
            seconds.put(f, secondsOf.getOrDefault(excluded, 0.0));
            return t;
        });
    }

    private final Map<Set<String>, Double> secondsOf = new HashMap<>();

    /**
     * Towers that never saw the profiles in {@code excluded} (nor the frozen split, which {@code excluded} must hold):
     * trained on first use, then kept, so the same set asked for twice (a fold's towers, the cross-fitting of the
     * learned ranker) trains once. With the system property {@value #CACHE_PROPERTY} naming a folder, they are also
     * kept there by a digest of the catalogue, the training profiles and the settings (training is deterministic).
     */
    public synchronized TowerCommittee excluding(Set<String> excluded, String label) {
        Set<String> key = Set.copyOf(excluded);
        TowerCommittee t = byExclusion.get(key);
        if (t == null) {
            t = cachedOrTrained(key, label);
            byExclusion.put(key, t);
        }
        return t;
    }

    /** System property: a folder where trained towers are kept across runs (see {@link #excluding}). */
    public static final String CACHE_PROPERTY = "fundmatch.towers.cache";

    private TowerCommittee cachedOrTrained(Set<String> excluded, String label) {
        String dir = System.getProperty(CACHE_PROPERTY, "");
        java.nio.file.Path folder = null;
        if (!dir.isBlank()) {
            folder = java.nio.file.Path.of(dir).resolve(cacheKey(excluded));
            java.util.Optional<EncoderTowers> kept = EncoderTowers.load(folder);
            if (kept.isPresent()) {
                log.info("encoder towers, {}: read from {}", label, folder);
                return TowerCommittee.read(kept.get(), card(folder));
            }
        }
        TowerCommittee t = train(excluded, label);
        if (folder != null) {
            try {
                t.towers().save(folder);
                try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(
                        folder.resolve(CARD), java.nio.charset.StandardCharsets.UTF_8)) {
                    t.card().store(w, "the committee's members");
                }
            } catch (java.io.IOException e) {
                log.warn("could not keep the towers in {}: {}", folder, e.getMessage());
            }
        }
        return t;
    }

    private static final String CARD = "towers-card.properties";

    private static java.util.Properties card(java.nio.file.Path folder) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r =
                java.nio.file.Files.newBufferedReader(folder.resolve(CARD), java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (java.io.IOException | RuntimeException e) {
            // a card is a note: without it the towers are still what was kept
        }
        return p;
    }

    private String cacheKey(Set<String> excluded) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            java.util.function.Consumer<String> add =
                    x -> md.update((x + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            add.accept(embedder.version());
            add.accept(settings.describe().toString());
            add.accept("members=" + MEMBERS);
            for (SupportArea a : areas) add.accept(a.id() + "\t" + a.title() + "\t" + a.text());
            for (EnterpriseProfile p : profiles) {
                if (excluded.contains(p.id())) continue;
                add.accept(p.id() + "\t" + set.positives(p.id(), areas));
            }
            // feedback enters the key only when there is some, so the keys of towers without it stay as they were
            for (FeedbackLabels.Enterprise e : feedback.enterprises()) {
                if (e.positives().isEmpty() || excluded.contains(feedbackKey(e.key()))) continue;
                add.accept("feedback\t" + e.key() + "\t" + new java.util.TreeMap<>(e.positives()) + "\t"
                        + TowerInputs.enterpriseText(e.profile()) + "\t"
                        + Arrays.toString(TowerInputs.enterpriseSide(e.profile())));
            }
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 24);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Towers trained on every labelled profile (each member holding out 1 in {@value #HELD_OUT} of them). */
    public TowerCommittee trainAll() {
        return excluding(set.heldOut(-1, 1), "all cross-validation profiles");
    }

    private TowerCommittee train(Set<String> excluded, String label) {
        List<EncoderTowerTrainer.Trained> members = new ArrayList<>();
        double seconds = 0;
        for (int m = 0; m < MEMBERS; m++) {
            long t0 = System.nanoTime();
            members.add(trainMember(excluded, label + ", member " + m, m));
            seconds += (System.nanoTime() - t0) / 1e9;
        }
        secondsOf.put(excluded, seconds);
        return TowerCommittee.of(members);
    }

    /** One member: trained without the profiles at positions {@code p % HELD_OUT == heldOutAt}, kept for its epoch. */
    private EncoderTowerTrainer.Trained trainMember(Set<String> excluded, String label, int heldOutAt) {
        prepare();
        Set<String> test = new HashSet<>(excluded); // the test profiles and the frozen split
        List<TowerExample> examples = new ArrayList<>(slices);
        List<EnterpriseProfile> heldOut = new ArrayList<>();
        int seen = 0;
        for (EnterpriseProfile p : profiles) {
            if (test.contains(p.id())) continue;
            if (seen++ % HELD_OUT == heldOutAt) heldOut.add(p);
            else if (labelled.containsKey(p.id())) examples.add(labelled.get(p.id()));
        }
        List<TowerExample> feedbackQueries = feedbackExamples(excluded);
        examples.addAll(feedbackQueries);
        long t0 = System.nanoTime();
        EncoderTowerTrainer.Trained t =
                EncoderTowerTrainer.train(examples, catalogue, settings, towers -> heldOutNdcg(towers, heldOut));
        double s = (System.nanoTime() - t0) / 1e9;
        log.info(
                "encoder towers, {}: {} queries ({} labelled, {} from feedback), {} held out; kept epoch {} "
                        + "(held-out nDCG@10 by epoch {}), {} s",
                label,
                examples.size(),
                examples.size() - slices.size() - feedbackQueries.size(),
                feedbackQueries.size(),
                heldOut.size(),
                t.bestEpoch(),
                format(t.validation()),
                String.format(Locale.ROOT, "%.1f", s));
        return t;
    }

    /** The feedback queries of the enterprises {@code excluded} does not name, in the labels' order. */
    private List<TowerExample> feedbackExamples(Set<String> excluded) {
        prepare();
        List<TowerExample> out = new ArrayList<>();
        fromFeedback.forEach((key, e) -> {
            if (!excluded.contains(feedbackKey(key))) out.add(e);
        });
        return out;
    }

    /** Mean nDCG@10 over the held-out profiles with a relevant area, all areas ranked by the towers (no filter). */
    double heldOutNdcg(EncoderTowers towers, List<EnterpriseProfile> heldOut) {
        float[][] mapped = new float[catalogue.passages().length][];
        for (int p = 0; p < mapped.length; p++)
            mapped[p] = towers.area().apply(catalogue.passages()[p], catalogue.side()[p]);
        double sum = 0;
        int n = 0;
        for (EnterpriseProfile p : heldOut) {
            int[] grades = set.grades(p.id(), areas);
            if (!Metrics.hasRelevant(grades)) continue;
            TowerExample e = labelled.get(p.id());
            float[] q = towers.enterprise().apply(e.vector(), e.side());
            double[] s = catalogue.areaScores(q, mapped);
            Integer[] order = new Integer[s.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
            int[] ranked = new int[order.length];
            for (int i = 0; i < order.length; i++) ranked[i] = grades[order[i]];
            sum += Metrics.ndcg(ranked, grades, 10);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Encoder vectors of every passage, every labelled profile and the self-supervised slices, computed once. */
    private synchronized void prepare() {
        if (catalogue != null) return;
        int dim = SentenceEncoder.DIMENSION;
        List<float[]> passages = new ArrayList<>();
        List<Integer> areaOf = new ArrayList<>();
        List<float[]> side = new ArrayList<>();
        slices = new ArrayList<>();
        float[] noSide = new float[TowerInputs.ENTERPRISE_SIDE];
        for (int a = 0; a < areas.size(); a++) {
            SupportArea area = areas.get(a);
            float[] all = embedder.embedArea(area);
            float[] s = TowerInputs.areaSide(area);
            for (int p = 0; p + dim <= all.length; p += dim) {
                passages.add(Arrays.copyOfRange(all, p, p + dim));
                areaOf.add(a);
                side.add(s);
            }
            String slice = slice(area.text());
            if (slice != null)
                slices.add(new TowerExample(embedder.encoder().embed(slice), noSide, Map.of(a, 1f), SLICE_WEIGHT));
        }
        catalogue = new TowerCatalogue(
                passages.toArray(float[][]::new),
                areaOf.stream().mapToInt(Integer::intValue).toArray(),
                side.toArray(float[][]::new),
                areas.size());
        labelled = new LinkedHashMap<>();
        for (EnterpriseProfile p : profiles) {
            Map<Integer, Float> positives = new LinkedHashMap<>();
            set.positives(p.id(), areas).forEach((i, g) -> positives.put(i, (float) g));
            if (positives.isEmpty()) continue;
            labelled.put(
                    p.id(),
                    new TowerExample(embedder.embedEnterprise(p), TowerInputs.enterpriseSide(p), positives, 1f));
        }
        fromFeedback = new LinkedHashMap<>();
        for (FeedbackLabels.Enterprise e : feedback.enterprises()) {
            if (e.positives().isEmpty()) continue;
            fromFeedback.put(
                    e.key(),
                    new TowerExample(
                            embedder.embedEnterprise(e.profile()),
                            TowerInputs.enterpriseSide(e.profile()),
                            e.positives(),
                            1f));
        }
    }

    /** A slice of an area's text from its middle (what an enterprise might write about that subject), or null. */
    static String slice(String text) {
        List<String> sentences = MatchText.sentences(text == null ? "" : text);
        StringBuilder sb = new StringBuilder();
        for (int i = sentences.size() / 2; i < sentences.size() && sb.length() < SLICE_CHARS; i++)
            sb.append(sentences.get(i));
        for (int i = sentences.size() / 2 - 1; i >= 0 && sb.length() < SLICE_CHARS; i--) sb.insert(0, sentences.get(i));
        return sb.length() < SLICE_CHARS / 2 ? null : sb.toString();
    }

    String note() {
        StringBuilder sb = new StringBuilder(
                "one pair of towers per fold (DL4J, identity + rank-" + settings.rank() + " correction, L2 "
                        + settings.l2() + " to the identity), trained on the other folds' labelled profiles and one "
                        + "text slice per area, the average of " + MEMBERS + " trainings each early-stopped on a "
                        + "different 1 in " + HELD_OUT + " of those profiles");
        List<Integer> folds = new ArrayList<>(trained.keySet());
        java.util.Collections.sort(folds);
        for (int f : folds) {
            TowerCommittee t = trained.get(f);
            sb.append(String.format(
                    Locale.ROOT,
                    "; fold %d: %s%s, %.0f s",
                    f,
                    t.summary(),
                    t.isIdentity() ? " (identity = zero-shot encoder)" : "",
                    seconds.getOrDefault(f, 0.0)));
        }
        return sb.toString();
    }

    private static String format(List<Double> v) {
        StringBuilder sb = new StringBuilder("[");
        for (double d : v) sb.append(sb.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "%.3f", d));
        return sb.append(']').toString();
    }
}
