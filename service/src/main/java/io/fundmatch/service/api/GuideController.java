package io.fundmatch.service.api;

import io.fundmatch.guide.IngestResult;
import io.fundmatch.match.RecommendationView;
import io.fundmatch.service.engine.Matching;
import io.fundmatch.service.records.SystemOfRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Guide uploads (administrators): ingested, catalogued and matchable at once, without retraining. */
@RestController
@Tag(name = "guides")
public class GuideController {

    private final Matching matching;
    private final SystemOfRecord records;

    public GuideController(Matching matching, SystemOfRecord records) {
        this.matching = matching;
        this.records = records;
    }

    /**
     * The ingestion report of one uploaded document.
     *
     * @param versionId the stored version of the document
     * @param duplicate true when these bytes were already catalogued (under any file name): nothing changed
     * @param replaced  the document whose active version this upload replaced, or null
     */
    public record GuideReport(
            String source,
            RecommendationView.DocumentView document,
            String structure,
            int areaCount,
            List<AreaSummary> areas,
            List<String> warnings,
            String catalogueVersion,
            long versionId,
            boolean duplicate,
            String replaced) {}

    @Operation(summary = "Upload one guide or plan (txt, pdf, docx, doc, html); answers the areas found")
    @PostMapping(
            path = "/api/v1/guides",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public GuideReport upload(@RequestPart("file") MultipartFile file, Principal who) throws IOException {
        Uploads.require(file, Uploads.GUIDE_TYPES, "guide");
        return report(records.uploadGuide(file.getOriginalFilename(), file.getBytes(), who.getName()));
    }

    GuideReport report(SystemOfRecord.GuideUpload upload) {
        IngestResult result = upload.result();
        if (!result.ok()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "无法读取该文件 (" + result.failure() + ")");
        }
        return new GuideReport(
                result.source(),
                RecommendationView.document(result.document()),
                result.structure().name(),
                result.areas().size(),
                result.areas().stream().map(AreaSummary::of).toList(),
                result.warnings(),
                matching.catalogueVersion(),
                upload.versionId(),
                upload.duplicate(),
                upload.replaced());
    }
}
