package io.fundmatch.service.api;

import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.service.engine.Matching;
import io.fundmatch.service.feedback.FeedbackStore;
import io.fundmatch.service.jurisdiction.Jurisdiction;
import io.fundmatch.service.jurisdiction.Jurisdictions;
import io.fundmatch.towers.FeedbackEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Feedback on opportunities (anyone may give it; officers list it); the trainer reads what is stored. */
@RestController
@Tag(name = "feedback")
public class FeedbackController {

    static final Set<String> KINDS = Set.of("applied", "awarded", "not_relevant", "saved");

    private final Matching matching;
    private final FeedbackStore store;

    public FeedbackController(Matching matching, FeedbackStore store) {
        this.matching = matching;
        this.store = store;
    }

    /** Body of {@code POST /api/v1/feedback}: an enterprise id or a profile, the area, and what happened. */
    public record FeedbackRequest(String enterpriseId, ProfileInput profile, String areaId, String kind) {}

    public record Stored(String storedIn, FeedbackEvent event) {}

    public record FeedbackPage(int count, List<FeedbackEvent> feedback) {}

    @Operation(summary = "Record feedback: applied, awarded, not_relevant or saved")
    @PostMapping(
            path = "/api/v1/feedback",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Stored add(@RequestBody FeedbackRequest request) {
        String kind = request.kind() == null ? "" : request.kind().strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw ApiException.badRequest("kind 须为 applied、awarded、not_relevant 或 saved (kind must be one of "
                    + "applied, awarded, not_relevant, saved)");
        }
        if (request.areaId() == null || matching.area(request.areaId()).isEmpty()) {
            throw ApiException.badRequest("areaId 无效 (areaId must name a support area of the catalogue)");
        }
        boolean hasId =
                request.enterpriseId() != null && !request.enterpriseId().isBlank();
        if (hasId == (request.profile() != null)) {
            throw ApiException.badRequest(
                    "请给出 enterpriseId 或 profile 之一 (give exactly one of enterpriseId and profile)");
        }
        EnterpriseProfile profile = null;
        if (hasId) {
            if (matching.enterprise(request.enterpriseId()).isEmpty()) {
                throw EnterpriseController.unknownEnterprise(request.enterpriseId());
            }
        } else {
            profile = matching.normalize(Requests.chineseProfile(request.profile()));
        }
        FeedbackEvent event = new FeedbackEvent(
                hasId ? request.enterpriseId() : null, profile, request.areaId(), kind, Instant.now());
        try {
            return new Stored(store.add(event), event);
        } catch (FeedbackStore.StoreFullException full) {
            throw new ApiException(
                    HttpStatus.INSUFFICIENT_STORAGE,
                    "反馈存储已满，暂不接收新反馈 (" + full.getMessage()
                            + "; nothing was stored — an administrator must archive feedback first)");
        }
    }

    @Operation(
            summary = "The most recent feedback on enterprises of the caller's jurisdiction, newest first (officers)")
    @GetMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    public FeedbackPage recent(@RequestParam(required = false) Integer limit, Authentication caller) {
        Jurisdiction jurisdiction = Jurisdictions.of(caller);
        List<FeedbackEvent> events = store.recent(Requests.top(limit, 100, 1000)).stream()
                .filter(e -> jurisdiction.all()
                        || jurisdiction.covers(
                                e.enterpriseId() != null
                                        ? matching.enterprise(e.enterpriseId()).orElse(null)
                                        : e.profile()))
                .toList();
        return new FeedbackPage(events.size(), events);
    }
}
