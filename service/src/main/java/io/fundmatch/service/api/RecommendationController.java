package io.fundmatch.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.RecommendationView;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.service.cache.RecommendationCache;
import io.fundmatch.service.engine.Matching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** SME recommendations for any profile (public), cached by normalised profile, model and catalogue version. */
@RestController
@Tag(name = "recommendations")
public class RecommendationController {

    static final String CACHE_HEADER = "X-Fundmatch-Cache";

    private final Matching matching;
    private final RecommendationCache cache;
    private final ObjectMapper mapper;

    public RecommendationController(Matching matching, RecommendationCache cache, ObjectMapper mapper) {
        this.matching = matching;
        this.cache = cache;
        this.mapper = mapper;
    }

    @Operation(
            summary = "Ranked funding opportunities for an enterprise profile",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(schema = @Schema(implementation = RecommendationView.Answer.class))))
    @PostMapping(
            path = "/api/v1/recommendations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> recommend(@RequestBody RecommendationRequest request) throws JsonProcessingException {
        int top = Requests.top(request.top(), 10, 100);
        boolean ineligible = Boolean.TRUE.equals(request.includeIneligible());
        EnterpriseProfile profile = matching.normalize(Requests.chineseProfile(request.profile()));
        String modelVersion = matching.modelVersion();
        String catalogueVersion = matching.catalogueVersion();
        cache.versions(modelVersion, catalogueVersion);
        String key = cache.key(modelVersion, catalogueVersion, profile, top, ineligible);
        var hit = cache.get(key);
        if (hit.isPresent()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(CACHE_HEADER, hit.get().source().name().toLowerCase(Locale.ROOT))
                    .body(hit.get().json());
        }
        MatchOptions options = MatchOptions.top(top).withIncludeIneligible(ineligible);
        byte[] json = mapper.writeValueAsBytes(
                RecommendationView.of(profile, matching.recommend(profile, options), modelVersion));
        cache.put(key, json);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(CACHE_HEADER, "miss")
                .body(json);
    }
}
