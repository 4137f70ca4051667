package io.fundmatch.service.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.DocumentFacts;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.guide.IngestResult;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ImportReport;
import io.fundmatch.profile.ProfileImporter;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.service.engine.Matching;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write to the catalogue and the registry: stored first, in one transaction with its audit event, then
 * applied to the in-memory {@link Matching} snapshot. A crash before the commit leaves nothing; the snapshot
 * only ever shows what was committed. Writes are serialised, so the snapshot sees them in commit order.
 * <p>
 * Documents are recognised by their bytes (SHA-256): the same document under another file name is the same
 * document. A document with the file name (hence the id) of an active one, or with the same title, region,
 * type and draft status, is a new version of it: the old version is marked REPLACED and leaves the catalogue.
 */
@Service
public class SystemOfRecord {

    private static final Logger log = LoggerFactory.getLogger(SystemOfRecord.class);
    private static final ObjectMapper JSON = Json.mapper();

    private final GuideRecords guides;
    private final RegistryRecords registry;
    private final AuditLog audit;
    private final Matching matching;
    private final TransactionTemplate tx;
    private final GuideIngester ingester = new GuideIngester();
    private final ProfileImporter importer = new ProfileImporter(new ProfileNormalizer());
    /** False during the start-up import: the snapshot is restored once, after it. */
    private volatile boolean live;
    /** Registry files of at least this many enterprises are embedded after the upload has answered. */
    private final int backgroundRows;

    private final BackgroundRegistration background = new BackgroundRegistration();

    /**
     * @param backgroundRows registry files with at least this many enterprises are stored, answered and then
     *                       embedded in the background ({@code fundmatch.registry.background-rows}, default 500: about
     *                       2–4 s of encoder time on two cores); smaller ones are matchable when the upload answers
     */
    public SystemOfRecord(
            GuideRecords guides,
            RegistryRecords registry,
            AuditLog audit,
            Matching matching,
            TransactionTemplate tx,
            @Value("${fundmatch.registry.background-rows:500}") int backgroundRows) {
        this.guides = guides;
        this.registry = registry;
        this.audit = audit;
        this.matching = matching;
        this.tx = tx;
        this.backgroundRows = Math.max(1, backgroundRows);
    }

    /** Stops embedding in the background; the next start registers what it had not. */
    @jakarta.annotation.PreDestroy
    void close() {
        background.close();
    }

    /**
     * What a document upload did.
     *
     * @param result     the ingestion report (for a duplicate, the stored document's)
     * @param versionId  the stored version, 0 when the document could not be read
     * @param duplicate  the same bytes were already catalogued: nothing changed
     * @param replaced   the document id whose active version this one replaced, or null
     */
    public record GuideUpload(IngestResult result, long versionId, boolean duplicate, String replaced) {}

    /** Reads, stores and catalogues one document; see the class comment for duplicates and versions. */
    public synchronized GuideUpload uploadGuide(String fileName, byte[] content, String by) {
        return storeGuide(fileName, content, by, null);
    }

    /** Stores a document as the new version of {@code documentId}, whatever its file name or title. */
    public synchronized Optional<GuideUpload> replaceGuide(
            String documentId, String fileName, byte[] content, String by) {
        if (guides.active(documentId).isEmpty()) return Optional.empty();
        return Optional.of(storeGuide(fileName, content, by, documentId));
    }

    /** Withdraws the active version of a document; its areas leave the catalogue at once. */
    public synchronized boolean withdrawGuide(String documentId, String by) {
        Boolean done = tx.execute(s -> {
            if (!guides.retire(documentId, "WITHDRAWN", by)) return false;
            audit.record(by, "document.withdraw", documentId, Map.of());
            return true;
        });
        if (Boolean.TRUE.equals(done) && live) matching.restoreCatalogue(guides.activeAreas());
        return Boolean.TRUE.equals(done);
    }

    private GuideUpload storeGuide(String fileName, byte[] content, String by, String replacing) {
        String sha = sha256(content);
        Optional<GuideRecords.GuideVersion> same = guides.activeWithContent(sha);
        if (same.isPresent()) {
            audit.record(by, "document.upload.duplicate", same.get().documentId(), Map.of("file", fileName));
            return new GuideUpload(storedResult(same.get()), same.get().versionId(), true, null);
        }
        IngestResult result = ingester.ingest(fileName, content);
        if (!result.ok()) {
            audit.record(by, "document.upload.refused", fileName, Map.of("reason", result.failure()));
            return new GuideUpload(result, 0, false, null);
        }
        String id0 = result.document().id();
        String replaced =
                replacing != null ? replacing : guides.active(id0).isPresent() ? id0 : earlierVersionOf(result);
        boolean otherId = replaced != null && !replaced.equals(result.document().id());
        long id = Objects.requireNonNull(tx.execute(s -> {
            Long previous = null;
            if (replaced != null) {
                previous = guides.active(replaced)
                        .map(GuideRecords.GuideVersion::versionId)
                        .orElse(null);
                guides.retire(replaced, "REPLACED", by);
            }
            // a version of another document that had this file name before is replaced too (ids come from names)
            if (otherId) guides.retire(result.document().id(), "REPLACED", by);
            long v = guides.insert(
                    result.document().id(),
                    result.document().title(),
                    fileName,
                    content,
                    sha,
                    previous,
                    report(result),
                    by,
                    result.areas());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("file", fileName);
            detail.put("sha256", sha);
            detail.put("areas", result.areas().size());
            if (replaced != null) detail.put("replaces", replaced);
            audit.record(by, "document.upload", result.document().id(), detail);
            return v;
        }));
        if (!live) return new GuideUpload(result, id, false, replaced);
        if (otherId) {
            matching.restoreCatalogue(guides.activeAreas());
        } else {
            matching.catalogue(List.of(result));
        }
        return new GuideUpload(result, id, false, replaced);
    }

    /**
     * Stores the areas of a catalogue file already ingested (JSON Lines, as {@code bin/fundmatch generate} writes),
     * one version per document, each recognised by its lines' bytes. The snapshot is not updated: callers
     * {@link #restore()} after the start-up import.
     */
    synchronized int storeCatalogued(String fileName, List<SupportArea> areas, String by) {
        Map<String, List<SupportArea>> byDocument = new LinkedHashMap<>();
        for (SupportArea a : areas)
            byDocument
                    .computeIfAbsent(a.document().id(), k -> new ArrayList<>())
                    .add(a);
        int stored = 0;
        for (var e : byDocument.entrySet()) {
            StringBuilder lines = new StringBuilder();
            for (SupportArea a : e.getValue())
                lines.append(JSON.valueToTree(a).toString()).append('\n');
            byte[] content = lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String sha = sha256(content);
            if (guides.activeWithContent(sha).isPresent()) continue;
            GuideDocument d = e.getValue().get(0).document();
            ObjectNode report = JSON.createObjectNode()
                    .put("source", fileName)
                    .put("structure", "NONE")
                    .put("titleFound", true)
                    .put("catalogueFile", true);
            report.putArray("warnings");
            tx.executeWithoutResult(s -> {
                Long previous = guides.active(d.id())
                        .map(GuideRecords.GuideVersion::versionId)
                        .orElse(null);
                guides.retire(d.id(), "REPLACED", by);
                guides.insert(d.id(), d.title(), fileName, content, sha, previous, report, by, e.getValue());
                audit.record(
                        by,
                        "document.upload",
                        d.id(),
                        Map.of("file", fileName, "areas", e.getValue().size()));
            });
            stored++;
        }
        return stored;
    }

    /** The active document this one is a new version of: same title (found in the text), region, type and draft status. */
    private String earlierVersionOf(IngestResult r) {
        if (!r.titleFound()) return null;
        GuideDocument d = r.document();
        String title = DocumentFacts.plainTitle(d.title());
        if (title.isBlank()) return null;
        for (GuideDocument other : matching.documents()) {
            if (other.id().equals(d.id())
                    || other.draft() != d.draft()
                    || other.type() != d.type()
                    || !Objects.equals(other.region(), d.region())) continue;
            if (title.equals(DocumentFacts.plainTitle(other.title()))) return other.id();
        }
        return null;
    }

    /** A stored version's report, with its areas as the catalogue now holds them. */
    private IngestResult storedResult(GuideRecords.GuideVersion v) {
        List<SupportArea> areas = guides.areasOf(v.versionId()).stream()
                .map(a -> matching.area(a.id()).orElse(a))
                .toList();
        GuideDocument doc = matching.documents().stream()
                .filter(d -> d.id().equals(v.documentId()))
                .findFirst()
                .orElse(areas.isEmpty() ? null : areas.get(0).document());
        List<String> warnings = new ArrayList<>();
        v.report().path("warnings").forEach(w -> warnings.add(w.asText()));
        IngestResult.Structure structure =
                IngestResult.Structure.valueOf(v.report().path("structure").asText("NONE"));
        return new IngestResult(
                v.fileName(),
                doc,
                areas,
                structure,
                v.report().path("titleFound").asBoolean(),
                null,
                warnings);
    }

    private static ObjectNode report(IngestResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", r.source());
        n.put("structure", r.structure().name());
        n.put("titleFound", r.titleFound());
        ArrayNode w = n.putArray("warnings");
        r.warnings().forEach(w::add);
        return n;
    }

    // ---- registry ----

    /**
     * What a registry upload did.
     *
     * @param report    the row report, with {@code registration}: {@code MATCHABLE} (its enterprises are searchable and
     *                  ranked now) or {@code EMBEDDING} (stored; they are embedded in the background and listed by
     *                  {@link #pendingRegistryFiles()} until then); for a duplicate, the stored report with the profiles
     *                  the file brought
     * @param fileId    the stored file, 0 when nothing was imported
     * @param duplicate the same bytes were imported before: nothing changed
     */
    public record RegistryUpload(Object report, long fileId, boolean duplicate) {}

    /** Imports, stores and registers one registry file (all its profiles or none). */
    public synchronized RegistryUpload uploadRegistry(String fileName, byte[] content, String by) {
        String sha = sha256(content);
        Optional<RegistryRecords.RegistryFile> same = registry.fileWithContent(sha);
        if (same.isPresent()) {
            ObjectNode stored = same.get().report().deepCopy();
            stored.set(
                    "profiles", JSON.valueToTree(registry.profilesOf(same.get().fileId())));
            stored.put("duplicateOf", same.get().fileName());
            audit.record(by, "registry.upload.duplicate", same.get().fileName(), Map.of("file", fileName));
            return new RegistryUpload(stored, same.get().fileId(), true);
        }
        ImportReport report;
        try {
            report = importer.importBytes(content, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storeRegistry(fileName, content, sha, report, report.profiles(), by);
    }

    /** Stores profiles already normalised (a JSON Lines registry as {@code bin/fundmatch generate} writes). */
    synchronized RegistryUpload storeNormalised(
            String fileName, byte[] content, List<EnterpriseProfile> profiles, String by) {
        String sha = sha256(content);
        if (registry.fileWithContent(sha).isPresent()) return new RegistryUpload(null, 0, true);
        ImportReport report = new ImportReport(
                fileName,
                "normalised JSON Lines",
                "UTF-8",
                List.of(),
                List.of(),
                profiles.size(),
                profiles.size(),
                0,
                0,
                0);
        return storeRegistry(fileName, content, sha, report, profiles, by);
    }

    private RegistryUpload storeRegistry(
            String fileName,
            byte[] content,
            String sha,
            ImportReport report,
            List<EnterpriseProfile> profiles,
            String by) {
        if (profiles.isEmpty()) {
            audit.record(by, "registry.upload.refused", fileName, Map.of("reason", report.summary()));
            return new RegistryUpload(report, 0, false);
        }
        ObjectNode stored = JSON.valueToTree(report);
        stored.remove("profiles");
        long fileId = Objects.requireNonNull(tx.execute(s -> {
            long f = registry.insertFile(fileName, content, sha, stored, by, profiles);
            audit.record(
                    by,
                    "registry.upload",
                    fileName,
                    Map.of("sha256", sha, "profiles", profiles.size(), "rejected", report.rejected()));
            return f;
        }));
        if (!live) return new RegistryUpload(report, fileId, false); // the start restores the registry once
        ObjectNode answer = JSON.valueToTree(report);
        if (profiles.size() < backgroundRows) {
            matching.register(profiles);
            answer.put("registration", "MATCHABLE");
        } else {
            background.submit(
                    new PendingRegistryFile(
                            fileId, fileName, profiles.size(), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)),
                    profiles,
                    matching::embedEnterprises,
                    () -> registerEmbedded(fileId));
            answer.put("registration", "EMBEDDING");
        }
        return new RegistryUpload(answer, fileId, false);
    }

    /** Registers the stored file's enterprises that are still active and still its own, once they are embedded. */
    private synchronized void registerEmbedded(long fileId) {
        try {
            matching.register(registry.profilesOf(fileId));
        } finally {
            background.finished(fileId);
        }
    }

    /** Registry files whose enterprises are being embedded in the background, oldest first. */
    public List<PendingRegistryFile> pendingRegistryFiles() {
        return background.pending();
    }

    /** The active enterprises, without those of files still embedded in the background (they are added after). */
    private List<EnterpriseProfile> activeRegistered() {
        java.util.Set<Long> pending = background.pendingFiles();
        return pending.isEmpty() ? registry.active() : registry.activeExcept(pending);
    }

    /** Withdraws a registry enterprise; it leaves rankings and search at once. */
    public synchronized boolean withdrawEnterprise(String id, String by) {
        Boolean done = tx.execute(s -> {
            if (!registry.withdraw(id, by)) return false;
            audit.record(by, "enterprise.withdraw", id, Map.of());
            return true;
        });
        if (Boolean.TRUE.equals(done) && live) matching.restoreRegistry(activeRegistered());
        return Boolean.TRUE.equals(done);
    }

    /** Loads the in-memory snapshot from the database. */
    public synchronized void restore() {
        long t0 = System.nanoTime();
        matching.restoreCatalogue(guides.activeAreas());
        matching.restoreRegistry(registry.active());
        live = true;
        log.info(
                "Restored from the database in {} ms: {} areas, {} enterprises",
                (System.nanoTime() - t0) / 1_000_000,
                matching.areaCount(),
                matching.enterpriseCount());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
