package io.fundmatch.catalogue;

import io.fundmatch.reference.EntityType;
import java.time.LocalDate;
import java.util.List;

/**
 * A support area: one 征集方向, outline item, 专栏 field or support section of a funding document.
 *
 * @param id                stable: same document and heading path give the same id on every run
 * @param document          the document it belongs to
 * @param path              headings from the document root down to this area, as written
 * @param title             its own heading as written
 * @param text              its full description, line breaks rejoined and page numbers removed
 * @param applicantTypes    who may apply, when the area or its document names it; empty means not stated
 * @param qualifications    qualifications required, preferred or cultivated
 * @param applicationWindow the application period as written, or null
 * @param deadline          the last day to apply, when stated, or null
 * @param supportAmount     the support amount as written (e.g. "最高不超过100万元"), or null
 * @param maxSupportWan     the largest amount stated, in 万元, or null
 * @param keyTerms          distinctive terms of the area, most important first
 * @param superseded        true when its document has been replaced by a later version
 * @param kind              what it offers (industry field, platform, talent …), or null when not read
 * @param requirements      conditions on the applicant itself (独立法人资格, registration in the issuing region) that
 *                          the area or its call states; empty when none is stated
 */
public record SupportArea(
        String id,
        GuideDocument document,
        List<String> path,
        String title,
        String text,
        List<EntityType> applicantTypes,
        List<QualificationRequirement> qualifications,
        String applicationWindow,
        LocalDate deadline,
        String supportAmount,
        Double maxSupportWan,
        List<String> keyTerms,
        boolean superseded,
        AreaKind kind,
        List<ApplicantRequirement> requirements) {

    /** An area whose applicant requirements were not read. */
    public SupportArea(
            String id,
            GuideDocument document,
            List<String> path,
            String title,
            String text,
            List<EntityType> applicantTypes,
            List<QualificationRequirement> qualifications,
            String applicationWindow,
            LocalDate deadline,
            String supportAmount,
            Double maxSupportWan,
            List<String> keyTerms,
            boolean superseded,
            AreaKind kind) {
        this(
                id,
                document,
                path,
                title,
                text,
                applicantTypes,
                qualifications,
                applicationWindow,
                deadline,
                supportAmount,
                maxSupportWan,
                keyTerms,
                superseded,
                kind,
                List.of());
    }

    /** An area whose kind was not read. */
    public SupportArea(
            String id,
            GuideDocument document,
            List<String> path,
            String title,
            String text,
            List<EntityType> applicantTypes,
            List<QualificationRequirement> qualifications,
            String applicationWindow,
            LocalDate deadline,
            String supportAmount,
            Double maxSupportWan,
            List<String> keyTerms,
            boolean superseded) {
        this(
                id,
                document,
                path,
                title,
                text,
                applicantTypes,
                qualifications,
                applicationWindow,
                deadline,
                supportAmount,
                maxSupportWan,
                keyTerms,
                superseded,
                null);
    }

    public SupportArea {
        path = path == null ? List.of() : List.copyOf(path);
        applicantTypes = applicantTypes == null ? List.of() : List.copyOf(applicantTypes);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        keyTerms = keyTerms == null ? List.of() : List.copyOf(keyTerms);
        text = text == null ? "" : text;
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public SupportArea withDocument(GuideDocument doc, boolean isSuperseded) {
        return new SupportArea(
                id,
                doc,
                path,
                title,
                text,
                applicantTypes,
                qualifications,
                applicationWindow,
                deadline,
                supportAmount,
                maxSupportWan,
                keyTerms,
                isSuperseded,
                kind,
                requirements);
    }
}
