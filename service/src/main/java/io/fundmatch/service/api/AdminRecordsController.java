package io.fundmatch.service.api;

import io.fundmatch.service.records.AuditLog;
import io.fundmatch.service.records.GuideRecords;
import io.fundmatch.service.records.PendingRegistryFile;
import io.fundmatch.service.records.RegistryRecords;
import io.fundmatch.service.records.SystemOfRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Catalogue and registry management (administrators): every stored document version and registry enterprise,
 * replacing a document with a new version, withdrawing documents and enterprises (they leave recommendations
 * at once), and the audit log.
 */
@RestController
@Tag(name = "admin")
public class AdminRecordsController {

    private static final Set<String> STATUSES = Set.of("ACTIVE", "WITHDRAWN");

    private final SystemOfRecord records;
    private final GuideRecords guides;
    private final RegistryRecords registry;
    private final AuditLog audit;
    private final GuideController guideReports;

    public AdminRecordsController(
            SystemOfRecord records,
            GuideRecords guides,
            RegistryRecords registry,
            AuditLog audit,
            GuideController guideReports) {
        this.records = records;
        this.guides = guides;
        this.registry = registry;
        this.audit = audit;
        this.guideReports = guideReports;
    }

    public record DocumentPage(int total, List<GuideRecords.GuideVersion> versions) {}

    public record EnterpriseRecordPage(int count, List<RegistryRecords.StoredEnterprise> enterprises) {}

    public record Withdrawn(String id, String status) {}

    @Operation(summary = "Every stored document version, newest first: status, hash, uploader, report (administrators)")
    @GetMapping(path = "/api/v1/admin/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    public DocumentPage documents() {
        List<GuideRecords.GuideVersion> all = guides.all();
        return new DocumentPage(all.size(), all);
    }

    @Operation(summary = "Upload a new version of a document; the active version is replaced (administrators)")
    @PostMapping(
            path = "/api/v1/admin/documents/{documentId}/versions",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public GuideController.GuideReport replace(
            @PathVariable String documentId, @RequestPart("file") MultipartFile file, Principal who)
            throws IOException {
        Uploads.require(file, Uploads.GUIDE_TYPES, "guide");
        return guideReports.report(
                records.replaceGuide(documentId, file.getOriginalFilename(), file.getBytes(), who.getName())
                        .orElseThrow(() -> unknownDocument(documentId)));
    }

    @Operation(summary = "Withdraw a document: its areas are no longer catalogued or recommended (administrators)")
    @DeleteMapping(path = "/api/v1/admin/documents/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Withdrawn withdrawDocument(@PathVariable String documentId, Principal who) {
        if (!records.withdrawGuide(documentId, who.getName())) throw unknownDocument(documentId);
        return new Withdrawn(documentId, "WITHDRAWN");
    }

    @Operation(
            summary =
                    "Stored registry enterprises, active and withdrawn, with their source file and row (administrators)")
    @GetMapping(path = "/api/v1/admin/enterprises", produces = MediaType.APPLICATION_JSON_VALUE)
    public EnterpriseRecordPage enterprises(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit) {
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !STATUSES.contains(s)) {
            throw ApiException.badRequest("参数 status 无效 (parameter 'status' must be ACTIVE or WITHDRAWN)");
        }
        List<RegistryRecords.StoredEnterprise> found = registry.list(q, s, Requests.top(limit, 100, 1000));
        return new EnterpriseRecordPage(found.size(), found);
    }

    @Operation(
            summary = "Registry files stored but still being embedded in the background, oldest first; their "
                    + "enterprises are searchable and ranked when a file leaves this list (administrators)")
    @GetMapping(path = "/api/v1/admin/registry-files/pending", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<PendingRegistryFile> pendingRegistryFiles() {
        return records.pendingRegistryFiles();
    }

    @Operation(summary = "Withdraw a registry enterprise: it leaves search, rankings and exports (administrators)")
    @DeleteMapping(path = "/api/v1/admin/enterprises/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Withdrawn withdrawEnterprise(@PathVariable String id, Principal who) {
        if (!records.withdrawEnterprise(id, who.getName())) throw EnterpriseController.unknownEnterprise(id);
        return new Withdrawn(id, "WITHDRAWN");
    }

    @Operation(summary = "The latest audit events, newest first (administrators)")
    @GetMapping(path = "/api/v1/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AuditLog.AuditEvent> audit(@RequestParam(required = false) Integer limit) {
        return audit.latest(Requests.top(limit, 100, 1000));
    }

    private static ApiException unknownDocument(String id) {
        return ApiException.notFound("未找到文件 (no active document with id '" + AreaController.clip(id) + "')");
    }
}
