package io.fundmatch.service.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fundmatch.catalogue.Catalogue;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the service serves from: the catalogue of support areas, the registry of enterprises and the
 * recommender over both: an in-memory snapshot of the system of record (the database, see
 * {@code io.fundmatch.service.records}), restored from it at start and updated after every stored write, so
 * recommendations keep working while the database is away. The model comes from {@code fundmatch.model} (the
 * shipped model when blank); uploads are added while serving, without retraining. The catalogue version is a
 * digest of the catalogue's contents, so it is the same after a restart on the same guides and changes with every upload.
 */
@Component
public class Matching {

    private static final Logger log = LoggerFactory.getLogger(Matching.class);
    private static final int NORMALISED_MEMO = 10_000;
    private static final int RANKINGS_KEPT = 512;

    private final Recommender recommender;
    private volatile Catalogue catalogue = Catalogue.empty();
    private final ProfileNormalizer normalizer = new ProfileNormalizer();
    private final Map<String, EnterpriseProfile> registry = new ConcurrentHashMap<>();
    private final Cache<ProfileInput, EnterpriseProfile> normalised = Caffeine.newBuilder().maximumSize(NORMALISED_MEMO).build();
    private final Cache<String, CompletableFuture<List<EnterpriseMatch>>> rankings =
            Caffeine.newBuilder().maximumSize(RANKINGS_KEPT).build();
    private final Object catalogueLock = new Object();
    private volatile long registryVersion;
    private volatile String catalogueVersion = "empty";

    public Matching(FundmatchProperties properties) throws IOException {
        long t0 = System.nanoTime();
        Path modelDir = properties.model().isBlank() ? null : Path.of(properties.model());
        this.recommender = Recommenders.load(modelDir);
        log.info("fundmatch model {} loaded in {} ms", recommender.modelVersion(), (System.nanoTime() - t0) / 1_000_000);
    }

    public String modelVersion() {
        return recommender.modelVersion();
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    // ---- profiles and recommendations ----

    /** The normalised profile (memoised: normalising is deterministic). */
    public EnterpriseProfile normalize(ProfileInput input) {
        return normalised.get(input, normalizer::normalize);
    }

    public List<Opportunity> recommend(EnterpriseProfile profile, MatchOptions options) {
        return recommender.recommend(profile, options);
    }

    /**
     * Registry enterprises ranked for an area. Rankings are kept until the catalogue or the registry changes,
     * and concurrent requests for the same ranking share one computation: ranking a large registry is the
     * most expensive thing the service does.
     */
    public List<EnterpriseMatch> enterprisesFor(String areaId, MatchOptions options) {
        String key = areaId + "|" + options.top() + "|" + options.includeIneligible() + "|" + options.today() + "|"
                + catalogueVersion + "|" + registryVersion;
        CompletableFuture<List<EnterpriseMatch>> mine = new CompletableFuture<>();
        CompletableFuture<List<EnterpriseMatch>> known;
        known = rankings.asMap().putIfAbsent(key, mine);
        if (known != null) return known.join();
        try {
            mine.complete(List.copyOf(recommender.enterprisesFor(areaId, options)));
        } catch (RuntimeException e) {
            rankings.invalidate(key);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
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

    // ---- registry ----

    public Optional<EnterpriseProfile> enterprise(String id) {
        return Optional.ofNullable(registry.get(id));
    }

    public int enterpriseCount() {
        return registry.size();
    }

    /** Registry enterprises whose name, credit code, id or region contains every word of {@code q}. */
    public List<EnterpriseProfile> searchEnterprises(String q) {
        List<String> words = q == null ? List.of()
                : Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isBlank()).toList();
        Stream<EnterpriseProfile> all = registry.values().stream();
        for (String w : words) {
            all = all.filter(e -> contains(e.name(), w) || contains(e.creditCode(), w) || w.equals(e.id())
                    || contains(e.region().displayName(), w));
        }
        return all.sorted(Comparator.comparing(EnterpriseProfile::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Adds documents; only areas that are new or changed (e.g. a draft now superseded) are embedded. */
    private void addToCatalogue(List<IngestResult> results) {
        if (results.isEmpty()) return;
        synchronized (catalogueLock) {
            Catalogue before = catalogue;
            Catalogue after = before.with(results);
            List<SupportArea> changed = after.areas().stream()
                    .filter(a -> !before.area(a.id()).map(a::equals).orElse(false)).toList();
            if (after.size() < before.size() + changed.stream().filter(a -> before.area(a.id()).isEmpty()).count()) {
                recommender.setAreas(after.areas()); // a re-uploaded document lost areas
            } else {
                recommender.addAreas(changed);
            }
            catalogue = after;
            catalogueVersion = digest(after.areas());
        }
    }

    private synchronized void addEnterprises(List<EnterpriseProfile> profiles) {
        if (profiles.isEmpty()) return;
        recommender.addEnterprises(profiles);
        profiles.forEach(p -> registry.put(p.id(), p));
        registryVersion++;
    }

    private static String digest(Collection<SupportArea> areas) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            areas.stream().sorted(Comparator.comparing(SupportArea::id)).forEach(a -> {
                md.update(a.id().getBytes(StandardCharsets.UTF_8));
                md.update((byte) (a.superseded() ? 1 : 0));
                md.update(Integer.toString(a.text().hashCode()).getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(String s, String part) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    // ---- state from the system of record ----

    /**
     * Replaces the catalogue with the areas of the active document versions the database holds (in upload
     * order; draft -> final links are recomputed). Used at start and after a withdrawal or a replacement.
     */
    public void restoreCatalogue(List<SupportArea> areas) {
        synchronized (catalogueLock) {
            catalogue = Catalogue.ofAreas(areas);
            recommender.setAreas(catalogue.areas());
            catalogueVersion = digest(catalogue.areas());
        }
    }

    /** Replaces the registry with the active enterprises the database holds. Used at start and after withdrawals. */
    public synchronized void restoreRegistry(List<EnterpriseProfile> enterprises) {
        recommender.setEnterprises(enterprises);
        registry.clear();
        enterprises.forEach(p -> registry.put(p.id(), p));
        registryVersion++;
    }

    /** Catalogues documents already ingested (and stored); their areas are matchable at once. */
    public void catalogue(List<IngestResult> results) {
        addToCatalogue(results.stream().filter(IngestResult::ok).toList());
    }

    /** Adds registry enterprises already imported (and stored); they are matchable at once. */
    public void register(List<EnterpriseProfile> profiles) {
        addEnterprises(profiles);
    }

    /** The documents of the catalogue, with their draft -> final links. */
    public List<io.fundmatch.catalogue.GuideDocument> documents() {
        return catalogue.documents();
    }
}
