package io.fundmatch.match;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.EligibilityChecker;
import io.fundmatch.eligibility.JurisdictionIndex;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.eligibility.QualificationRule;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.explain.Explainer;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Embedder;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.rank.Scorer;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.LegalPersonality;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recommender: eligibility rules first, then a {@link Scorer} ranks what is left, then each result is
 * explained. Areas and enterprises are segmented (and embedded, when a trained model is present) once, on
 * arrival; reads work on an immutable snapshot, writers publish a new one (copy-on-write), so reads never
 * block and never see a half-added batch.
 *
 * <p>Ranking order: ELIGIBLE and CHECK results by score; INELIGIBLE ones (only when asked for) after all of
 * them. An enterprise that already holds a qualification the area aims to cultivate gets half its score.
 */
public final class MatchingRecommender implements Recommender {

    /** Score factor for a holder of a qualification the area cultivates (it targets non-holders). */
    public static final double CULTIVATED_HOLDER_FACTOR = 0.5;

    /** A cultivated-qualification holder's score, lowered whatever its sign (learned scores are logits). */
    public static double demoteCultivatedHolder(double score) {
        return TopSelection.demote(score, CULTIVATED_HOLDER_FACTOR);
    }

    /** Both sides, each with its jurisdiction index (who can be a candidate for whom). */
    private record Snapshot(
            Corpus<SupportArea> areas,
            JurisdictionIndex areaJurisdictions,
            Corpus<EnterpriseProfile> enterprises,
            JurisdictionIndex enterpriseJurisdictions) {

        static final Snapshot EMPTY = new Snapshot(
                Corpus.empty(),
                JurisdictionIndex.ofIssuers(List.of()),
                Corpus.empty(),
                JurisdictionIndex.ofRegistered(List.of()));

        Snapshot withAreas(Corpus<SupportArea> a) {
            return new Snapshot(a, JurisdictionIndex.ofAreas(a.items()), enterprises, enterpriseJurisdictions);
        }

        Snapshot withEnterprises(Corpus<EnterpriseProfile> e) {
            List<Region> regions =
                    e.items().stream().map(EnterpriseProfile::region).toList();
            return new Snapshot(areas, areaJurisdictions, e, JurisdictionIndex.ofRegistered(regions));
        }
    }

    private final Scorer scorer;
    private final Embedder embedder;
    private final String version;
    private final EligibilityChecker eligibility = EligibilityChecker.standard();
    private final Explainer explainer;
    private final Object writeLock = new Object();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    /**
     * @param scorer   how to rank
     * @param embedder the trained model's towers, or null when the scorer needs none
     * @param version  the model version reported with every answer
     */
    public MatchingRecommender(Scorer scorer, Embedder embedder, String version) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        if (scorer.needsEmbeddings() && embedder == null) {
            throw new IllegalArgumentException("ranker '" + scorer.name() + "' needs a trained model");
        }
        this.embedder = embedder;
        this.version = version;
        // with the sentence encoder, explanations quote the sentences closest in meaning to the profile
        this.explainer = embedder instanceof EncoderEmbedder e ? new Explainer(e.sentenceVectors()) : new Explainer();
    }

    public Scorer scorer() {
        return scorer;
    }

    @Override
    public String modelVersion() {
        return version;
    }

    @Override
    public void setAreas(Collection<SupportArea> areas) {
        List<Corpus.Entry<SupportArea>> entries = areaEntries(areas);
        synchronized (writeLock) {
            snapshot = snapshot.withAreas(prepared(Corpus.of(entries)));
        }
    }

    @Override
    public void addAreas(Collection<SupportArea> areas) {
        List<Corpus.Entry<SupportArea>> entries = areaEntries(areas);
        synchronized (writeLock) {
            snapshot = snapshot.withAreas(prepared(snapshot.areas().plus(entries)));
        }
    }

    @Override
    public void setEnterprises(Collection<EnterpriseProfile> enterprises) {
        List<Corpus.Entry<EnterpriseProfile>> entries = enterpriseEntries(enterprises);
        synchronized (writeLock) {
            snapshot = snapshot.withEnterprises(prepared(Corpus.of(entries)));
        }
    }

    @Override
    public void addEnterprises(Collection<EnterpriseProfile> enterprises) {
        List<Corpus.Entry<EnterpriseProfile>> entries = enterpriseEntries(enterprises);
        synchronized (writeLock) {
            snapshot = snapshot.withEnterprises(prepared(snapshot.enterprises().plus(entries)));
        }
    }

    @Override
    public void embedEnterprises(Collection<EnterpriseProfile> enterprises) {
        if (enterprises == null) return;
        for (EnterpriseProfile p : enterprises) { // on this thread only: the embedder keeps them by content hash
            if (p != null && p.id() != null) embedRegistered(p);
        }
    }

    /** A new snapshot, after the scorer computed what it reads from every item (e.g. the tower vectors). */
    private <T> Corpus<T> prepared(Corpus<T> corpus) {
        scorer.prepare(corpus);
        return corpus;
    }

    @Override
    public Optional<SupportArea> area(String areaId) {
        Corpus<SupportArea> areas = snapshot.areas();
        return areaId == null ? Optional.empty() : areas.position(areaId).map(areas::item);
    }

    @Override
    public Optional<EnterpriseProfile> enterprise(String enterpriseId) {
        Corpus<EnterpriseProfile> ents = snapshot.enterprises();
        return enterpriseId == null
                ? Optional.empty()
                : ents.position(enterpriseId).map(ents::item);
    }

    public int areaCount() {
        return snapshot.areas().size();
    }

    public int enterpriseCount() {
        return snapshot.enterprises().size();
    }

    @Override
    public List<Opportunity> recommend(EnterpriseProfile profile, MatchOptions options) {
        Objects.requireNonNull(profile, "profile");
        MatchOptions opts = normalise(options);
        Snapshot snap = snapshot;
        Corpus<SupportArea> areas = snap.areas();
        if (areas.size() == 0) return List.of();
        TermBag bag = MatchText.bag(profile);
        float[] vector = embed(profile);
        int[] admissible = opts.includeIneligible()
                ? null
                : snap.areaJurisdictions().candidates(JurisdictionKeys.ofEnterprise(profile.region()));
        double[] scores = scorer.score(new Probe(bag, vector, profile), areas, admissible);
        List<TopSelection.Candidate> picked = TopSelection.select(
                scores,
                admissible,
                opts.top(),
                opts.includeIneligible(),
                i -> eligibility.check(profile, areas.item(i), opts),
                i -> QualificationRule.holdsCultivated(profile, areas.item(i)),
                CULTIVATED_HOLDER_FACTOR);
        List<Opportunity> out = new ArrayList<>();
        for (TopSelection.Candidate c : picked) {
            Corpus.Entry<SupportArea> a = areas.entry(c.index());
            Explanation why =
                    explainer.explain(profile, bag, vector, a.item(), a.bag(), areas.terms(), c.eligibility());
            out.add(new Opportunity(out.size() + 1, a.item(), round(c.score()), c.eligibility(), why));
        }
        return out;
    }

    /**
     * The officer's list: enterprises whose eligibility is certain (ELIGIBLE) first, by score, then those whose
     * district, entity type or qualification is unknown (CHECK), by score, with branches and representative offices
     * (no independent legal personality, always CHECK at best) after the rest of them; INELIGIBLE ones last when
     * asked for.
     */
    @Override
    public List<EnterpriseMatch> enterprisesFor(String areaId, MatchOptions options) {
        return enterprisesFor(areaId, options, false);
    }

    /** As {@link #enterprisesFor(String, MatchOptions)}; with {@code certainOnly}, the ELIGIBLE enterprises alone. */
    public List<EnterpriseMatch> enterprisesFor(String areaId, MatchOptions options, boolean certainOnly) {
        MatchOptions opts = normalise(options);
        Snapshot snap = snapshot;
        Optional<Integer> at = areaId == null ? Optional.empty() : snap.areas().position(areaId);
        if (at.isEmpty()) return List.of();
        Corpus.Entry<SupportArea> area = snap.areas().entry(at.get());
        Corpus<EnterpriseProfile> ents = snap.enterprises();
        if (ents.size() == 0) return List.of();
        int[] admissible = opts.includeIneligible()
                ? null
                : snap.enterpriseJurisdictions().candidates(JurisdictionKeys.ofArea(area.item()));
        double[] scores = scorer.score(new Probe(area.bag(), area.embedding(), area.item()), ents, admissible);
        java.util.function.IntFunction<Eligibility> judge = i -> eligibility.check(ents.item(i), area.item(), opts);
        java.util.function.IntPredicate demoted = i -> QualificationRule.holdsCultivated(ents.item(i), area.item());
        List<TopSelection.Candidate> picked = new ArrayList<>(TopSelection.select(
                scores,
                admissible == null ? null : admissible.clone(),
                opts.top(),
                false,
                i -> only(judge.apply(i), EligibilityStatus.ELIGIBLE),
                demoted,
                CULTIVATED_HOLDER_FACTOR));
        if (!certainOnly && picked.size() < opts.top()) {
            // CHECK: those that may apply in their own name first, then branches and representative offices
            java.util.function.IntPredicate branch = i -> ents.item(i).legalPersonality() == LegalPersonality.BRANCH;
            for (boolean branches : new boolean[] {false, true}) {
                if (picked.size() >= opts.top()) break;
                picked.addAll(TopSelection.select(
                        scores,
                        admissible == null ? null : admissible.clone(),
                        opts.top() - picked.size(),
                        false,
                        i -> branch.test(i) == branches
                                ? only(judge.apply(i), EligibilityStatus.CHECK)
                                : new Eligibility(EligibilityStatus.INELIGIBLE, List.of()),
                        demoted,
                        CULTIVATED_HOLDER_FACTOR));
            }
            if (opts.includeIneligible() && picked.size() < opts.top()) {
                List<TopSelection.Candidate> ineligible = TopSelection.select(
                        scores,
                        null,
                        opts.top() - picked.size(),
                        false,
                        i -> {
                            Eligibility e = judge.apply(i); // this pass admits exactly the INELIGIBLE ones
                            return new Eligibility(
                                    e.status() == EligibilityStatus.INELIGIBLE
                                            ? EligibilityStatus.ELIGIBLE
                                            : EligibilityStatus.INELIGIBLE,
                                    e.reasons());
                        },
                        demoted,
                        CULTIVATED_HOLDER_FACTOR);
                for (TopSelection.Candidate c : ineligible) {
                    picked.add(new TopSelection.Candidate(c.index(), c.score(), judge.apply(c.index())));
                }
            }
        }
        List<EnterpriseMatch> out = new ArrayList<>();
        for (TopSelection.Candidate c : picked) {
            Corpus.Entry<EnterpriseProfile> p = ents.entry(c.index());
            Explanation why = explainer.explain(
                    p.item(),
                    p.bag(),
                    p.embedding(),
                    area.item(),
                    area.bag(),
                    snap.areas().terms(),
                    c.eligibility());
            out.add(new EnterpriseMatch(out.size() + 1, p.item(), round(c.score()), c.eligibility(), why));
        }
        return out;
    }

    /** The eligibility as judged when its status is {@code wanted}, else a rejection (for one pass of the officer's list). */
    private static Eligibility only(Eligibility e, EligibilityStatus wanted) {
        return e.status() == wanted ? e : new Eligibility(EligibilityStatus.INELIGIBLE, e.reasons());
    }

    private static MatchOptions normalise(MatchOptions o) {
        if (o == null) return MatchOptions.top(10);
        int top = Math.max(1, o.top());
        return new MatchOptions(
                top,
                o.includeIneligible(),
                o.includeSuperseded(),
                o.today() == null ? MatchOptions.currentDate() : o.today());
    }

    private static double round(double s) {
        return Math.round(s * 10000) / 10000.0;
    }

    private List<Corpus.Entry<SupportArea>> areaEntries(Collection<SupportArea> areas) {
        if (areas == null) return new ArrayList<>();
        List<SupportArea> valid =
                areas.stream().filter(a -> a != null && a.id() != null).toList();
        return inParallel(valid, a -> {
            float[] v = embedArea(a);
            prepareExplanations(a);
            return new Corpus.Entry<>(a.id(), a, MatchText.bag(a), v);
        });
    }

    private List<Corpus.Entry<EnterpriseProfile>> enterpriseEntries(Collection<EnterpriseProfile> enterprises) {
        if (enterprises == null) return new ArrayList<>();
        List<EnterpriseProfile> valid =
                enterprises.stream().filter(p -> p != null && p.id() != null).toList();
        return inParallel(valid, p -> new Corpus.Entry<>(p.id(), p, MatchText.bag(p), embedRegistered(p)));
    }

    /**
     * The entries of a batch, in order; on all cores when the items are embedded (the encoder uses one thread per
     * call, so a first start with thousands of areas or enterprises embeds them on every core).
     */
    private <T> List<Corpus.Entry<T>> inParallel(List<T> items, java.util.function.Function<T, Corpus.Entry<T>> entry) {
        java.util.stream.Stream<T> s = embedder != null && items.size() > 1 ? items.parallelStream() : items.stream();
        return new ArrayList<>(s.map(entry).toList());
    }

    private float[] embedArea(SupportArea a) {
        if (embedder == null) return null;
        try {
            return embedder.embedArea(a);
        } catch (RuntimeException e) {
            return null; // an area the model cannot embed still ranks by the other signals
        }
    }

    /** Embeds the sentences explanations may quote from the area now, so that answers quoting them embed nothing. */
    private void prepareExplanations(SupportArea a) {
        try {
            explainer.prepare(a);
        } catch (RuntimeException e) {
            // an answer quoting the area embeds them then, or quotes by shared words
        }
    }

    private float[] embedRegistered(EnterpriseProfile p) {
        if (embedder == null) return null;
        try {
            return embedder.embedRegistered(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private float[] embed(EnterpriseProfile p) {
        if (embedder == null) return null;
        try {
            return embedder.embedEnterprise(p);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
