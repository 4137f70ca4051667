package io.fundmatch.service.api;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.RecommendationView;
import io.fundmatch.service.audit.AuditTrail;
import io.fundmatch.service.engine.AreaQuery;
import io.fundmatch.service.engine.Matching;
import io.fundmatch.service.jurisdiction.Jurisdictions;
import io.fundmatch.service.jurisdiction.ScopedRankings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue (public) and, for officers, the registry ranked for one area. */
@RestController
@Tag(name = "areas")
public class AreaController {

    private final Matching matching;
    private final ScopedRankings rankings;
    private final AuditTrail audit;

    public AreaController(Matching matching, ScopedRankings rankings, AuditTrail audit) {
        this.matching = matching;
        this.rankings = rankings;
        this.audit = audit;
    }

    public record AreaPage(int total, int offset, List<AreaSummary> areas) {}

    @Operation(summary = "Browse and search the catalogue of support areas")
    @GetMapping(path = "/api/v1/areas", produces = MediaType.APPLICATION_JSON_VALUE)
    public AreaPage areas(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            @RequestParam(defaultValue = "false") boolean includeSuperseded,
            @RequestParam(required = false) String kind) {
        int lim = Requests.top(limit, 50, 500);
        int off = offset == null ? 0 : offset;
        if (off < 0) throw ApiException.badRequest("offset 不能为负 (offset must be 0 or more)");
        AreaQuery query;
        try {
            query = AreaQuery.of(q, source, district, type, includeSuperseded, kind);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("未知的方向类别 (" + e.getMessage() + ")");
        }
        List<SupportArea> found = matching.searchAreas(query);
        List<AreaSummary> page =
                found.stream().skip(off).limit(lim).map(AreaSummary::of).toList();
        return new AreaPage(found.size(), off, page);
    }

    @Operation(summary = "One support area in full")
    @GetMapping(path = "/api/v1/areas/{areaId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public SupportArea area(@PathVariable String areaId) {
        return matching.area(areaId).orElseThrow(() -> unknownArea(areaId));
    }

    @Operation(
            summary =
                    "Registry enterprises of the caller's jurisdiction ranked for one area (officers); Accept: text/csv for a spreadsheet")
    @GetMapping(
            path = "/api/v1/areas/{areaId}/enterprises",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    public ResponseEntity<?> enterprises(
            @PathVariable String areaId,
            @RequestParam(required = false) Integer top,
            @RequestParam(defaultValue = "false") boolean includeIneligible,
            @RequestParam(defaultValue = "false") boolean certainOnly,
            @RequestParam(required = false) String format,
            @org.springframework.web.bind.annotation.RequestHeader(value = HttpHeaders.ACCEPT, required = false)
                    String accept,
            Authentication caller,
            HttpServletRequest request) {
        int n = Requests.top(top, 50, 1000);
        SupportArea area = matching.area(areaId).orElseThrow(() -> unknownArea(areaId));
        List<EnterpriseMatch> matches = rankings.enterprisesFor(
                areaId, MatchOptions.top(n).withIncludeIneligible(includeIneligible), Jurisdictions.of(caller));
        if (certainOnly) matches = CertainEligibility.only(matches);
        boolean csv = "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
        if (csv) {
            byte[] body = EnterpriseCsv.write(area, matches).getBytes(StandardCharsets.UTF_8);
            audit.record(
                    caller == null ? "anonymous" : caller.getName(),
                    request.getRemoteAddr(),
                    "officer.export",
                    areaId,
                    java.util.Map.of("rows", matches.size(), "format", "csv"));
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, EnterpriseCsv.disposition(area))
                    .body(body);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(RecommendationView.of(area, matches, matching.modelVersion()));
    }

    static ApiException unknownArea(String areaId) {
        return ApiException.notFound("未找到支持方向 (no support area with id '" + clip(areaId) + "')");
    }

    static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
