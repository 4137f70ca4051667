package io.fundmatch.service.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.IngestResult;
import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.records.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the service serves from: the catalogue of support areas, the registry of enterprises and the
 * recommender over both: an in-memory snapshot of the system of record (the database, see
 * {@code io.fundmatch.service.records}), restored from it at start and updated after every stored write, so
 * recommendations keep working while the database is away. The model comes from {@code fundmatch.model} (the
 * shipped model when blank; the sentence encoder's area and enterprise vectors are then kept by content hash in
 * {@code <data-dir>/embeddings}, so a restart embeds nothing it embedded before); uploads are added while
 * serving, without retraining. A facade over three parts:
 * the catalogue ({@link CatalogueSnapshot}, versioned by a digest of its contents), the registry
 * ({@link RegistrySnapshot}) and the officers' rankings ({@link RankingCache}), kept in step with the recommender.
 */
@Component
public class Matching {

    private static final Logger log = LoggerFactory.getLogger(Matching.class);
    private static final int NORMALISED_MEMO = 10_000;
    private static final int RANKINGS_KEPT = 512;

    private final Recommender recommender;
    private final ProfileNormalizer normalizer = new ProfileNormalizer();
    private final Cache<ProfileInput, EnterpriseProfile> normalised =
            Caffeine.newBuilder().maximumSize(NORMALISED_MEMO).build();
    private final RegistrySnapshot registry = new RegistrySnapshot();
    private final RankingCache rankings = new RankingCache(RANKINGS_KEPT);
    private final Object catalogueLock = new Object();
    private volatile CatalogueSnapshot catalogue = CatalogueSnapshot.EMPTY;
    private final ComputeGate gate;

    public Matching(
            FundmatchProperties properties,
            DataFolder data,
            @Value("${fundmatch.compute-threads:0}") int computeThreads)
            throws IOException {
        this.gate = new ComputeGate(computeThreads);
        long t0 = System.nanoTime();
        Path modelDir = properties.model().isBlank() ? null : Path.of(properties.model());
        this.recommender = Recommenders.load(modelDir, modelDir != null ? modelDir : data.embeddings());
        log.info(
                "fundmatch model {} loaded in {} ms", recommender.modelVersion(), (System.nanoTime() - t0) / 1_000_000);
    }

    public String modelVersion() {
        return recommender.modelVersion();
    }

    public String catalogueVersion() {
        return catalogue.version();
    }

    // ---- profiles and recommendations ----

    /** The normalised profile (memoised: normalising is deterministic). */
    public EnterpriseProfile normalize(ProfileInput input) {
        return normalised.get(input, normalizer::normalize);
    }

    public List<Opportunity> recommend(EnterpriseProfile profile, MatchOptions options) {
        return gate.run(() -> recommender.recommend(profile, options));
    }

    /** Registry enterprises ranked for an area, kept until the catalogue or the registry changes ({@link RankingCache}). */
    public List<EnterpriseMatch> enterprisesFor(String areaId, MatchOptions options) {
        return rankings.get(
                areaId,
                options,
                catalogue.version(),
                registry.version(),
                () -> gate.run(() -> recommender.enterprisesFor(areaId, options)));
    }

    // ---- catalogue ----

    public Optional<SupportArea> area(String areaId) {
        return recommender.area(areaId);
    }

    public List<SupportArea> searchAreas(AreaQuery query) {
        return catalogue.areas().stream().filter(query).toList();
    }

    public int areaCount() {
        return catalogue.areas().size();
    }

    /** The documents of the catalogue, with their draft -> final links. */
    public List<io.fundmatch.catalogue.GuideDocument> documents() {
        return catalogue.documents();
    }

    // ---- registry ----

    public Optional<EnterpriseProfile> enterprise(String id) {
        return registry.enterprise(id);
    }

    public int enterpriseCount() {
        return registry.size();
    }

    /** Registry enterprises whose name, credit code, id or region contains every word of {@code q}. */
    public List<EnterpriseProfile> searchEnterprises(String q) {
        return registry.search(q);
    }

    // ---- state from the system of record ----

    /**
     * Replaces the catalogue with the areas of the active document versions the database holds (in upload
     * order; draft -> final links are recomputed). Used at start and after a withdrawal or a replacement.
     */
    public void restoreCatalogue(List<SupportArea> areas) {
        synchronized (catalogueLock) {
            CatalogueSnapshot restored = CatalogueSnapshot.ofAreas(areas);
            recommender.setAreas(restored.areas());
            catalogue = restored;
        }
    }

    /** Replaces the registry with the active enterprises the database holds. Used at start and after withdrawals. */
    public synchronized void restoreRegistry(List<EnterpriseProfile> enterprises) {
        recommender.setEnterprises(enterprises);
        registry.replace(enterprises);
    }

    /**
     * Catalogues documents already ingested (and stored); their areas are matchable at once. Only areas that
     * are new or changed (e.g. a draft now superseded) are embedded.
     */
    public void catalogue(List<IngestResult> results) {
        List<IngestResult> ok = results.stream().filter(IngestResult::ok).toList();
        if (ok.isEmpty()) return;
        synchronized (catalogueLock) {
            CatalogueSnapshot.Change change = catalogue.with(ok);
            if (change.lostAreas()) {
                recommender.setAreas(change.after().areas());
            } else {
                recommender.addAreas(change.changed());
            }
            catalogue = change.after();
        }
    }

    /**
     * Embeds registry enterprises already stored, without registering them: the slow part of a large upload, done
     * before {@link #register} (which then finds their vectors stored).
     */
    public void embedEnterprises(List<EnterpriseProfile> profiles) {
        recommender.embedEnterprises(profiles);
    }

    /** Adds registry enterprises already imported (and stored); they are matchable at once. */
    public synchronized void register(List<EnterpriseProfile> profiles) {
        if (profiles.isEmpty()) return;
        recommender.addEnterprises(profiles);
        registry.add(profiles);
    }
}
