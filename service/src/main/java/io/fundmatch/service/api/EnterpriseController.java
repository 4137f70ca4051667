package io.fundmatch.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.RecommendationView;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.service.engine.Matching;
import io.fundmatch.service.jurisdiction.Jurisdiction;
import io.fundmatch.service.jurisdiction.Jurisdictions;
import io.fundmatch.service.nightly.NightlyResultsStore;
import io.fundmatch.service.records.SystemOfRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Registry enterprises (officers) and registry uploads (administrators). */
@RestController
@Tag(name = "enterprises")
public class EnterpriseController {

    private final Matching matching;
    private final NightlyResultsStore nightly;
    private final ObjectMapper mapper;
    private final SystemOfRecord records;

    public EnterpriseController(
            Matching matching, NightlyResultsStore nightly, ObjectMapper mapper, SystemOfRecord records) {
        this.matching = matching;
        this.nightly = nightly;
        this.mapper = mapper;
        this.records = records;
    }

    public record EnterprisePage(int total, List<EnterpriseProfile> enterprises) {}

    @Operation(summary = "Search the registry by name, credit code or district (officers)")
    @GetMapping(path = "/api/v1/enterprises", produces = MediaType.APPLICATION_JSON_VALUE)
    public EnterprisePage search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            Authentication caller) {
        int n = Requests.top(limit, 50, 500);
        Jurisdiction jurisdiction = Jurisdictions.of(caller);
        List<EnterpriseProfile> found = matching.searchEnterprises(q).stream()
                .filter(jurisdiction::covers)
                .toList();
        return new EnterprisePage(found.size(), found.stream().limit(n).toList());
    }

    @Operation(summary = "One registry enterprise, normalised (officers)")
    @GetMapping(path = "/api/v1/enterprises/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public EnterpriseProfile enterprise(@PathVariable String id, Authentication caller) {
        return visible(id, caller);
    }

    @Operation(summary = "A registry enterprise's opportunities: the latest fresh nightly results, else computed now")
    @GetMapping(path = "/api/v1/enterprises/{id}/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode recommendations(
            @PathVariable String id, @RequestParam(required = false) Integer top, Authentication caller) {
        int n = Requests.top(top, 10, 100);
        EnterpriseProfile profile = visible(id, caller);
        var stored = nightly.forEnterprise(id);
        ObjectNode answer;
        if (stored.isPresent()) {
            answer = mapper.createObjectNode();
            answer.set("profile", mapper.valueToTree(profile));
            var opportunities = answer.putArray("opportunities");
            for (int i = 0; i < stored.get().opportunities().size() && i < n; i++) {
                opportunities.add(stored.get().opportunities().get(i));
            }
            answer.put("modelVersion", matching.modelVersion());
            answer.put("source", "nightly");
            answer.put("nightlyVersion", stored.get().version());
            answer.put("computedAt", stored.get().createdAt().toString());
        } else {
            answer = mapper.valueToTree(RecommendationView.of(
                    profile, matching.recommend(profile, MatchOptions.top(n)), matching.modelVersion()));
            answer.put("source", "computed");
        }
        return answer;
    }

    @Operation(
            summary = "Upload a registry file (TSV, CSV, Excel, JSON Lines); answers the row report (administrators)")
    @PostMapping(
            path = "/api/v1/enterprises",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Object upload(@RequestPart("file") MultipartFile file, java.security.Principal who)
            throws java.io.IOException {
        Uploads.require(file, Uploads.REGISTRY_TYPES, "registry");
        return records.uploadRegistry(file.getOriginalFilename(), file.getBytes(), who.getName())
                .report();
    }

    /** The enterprise if it exists and lies inside the caller's jurisdiction; 404 or 403 otherwise. */
    private EnterpriseProfile visible(String id, Authentication caller) {
        EnterpriseProfile profile = matching.enterprise(id).orElseThrow(() -> unknownEnterprise(id));
        if (!Jurisdictions.of(caller).covers(profile)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "该企业不在您的辖区内 (this enterprise is outside your jurisdiction)");
        }
        return profile;
    }

    static ApiException unknownEnterprise(String id) {
        return ApiException.notFound("未找到企业 (no registry enterprise with id '" + AreaController.clip(id) + "')");
    }
}
