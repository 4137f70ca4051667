package io.fundmatch.catalogue;

import io.fundmatch.reference.Region;
import java.time.LocalDate;

/**
 * One funding document as catalogued.
 *
 * @param id           stable id derived from the source file name
 * @param title        the document's title as written
 * @param source       the file name it was read from
 * @param region       issuing region; national when all levels are null
 * @param year         the year the document is for or was issued, when stated
 * @param type         GUIDE or PLAN
 * @param draft        true for 征求意见稿 and other drafts
 * @param supersedes   id of the document this one replaces (the final replacing its draft), or null
 * @param supersededBy id of the document that replaces this one, or null
 * @param validFrom    first day its measures apply (施行/执行 date, start of a stated period), or null
 * @param validTo      last day its measures apply (有效期至, end of a stated period), or null
 */
public record GuideDocument(
        String id,
        String title,
        String source,
        Region region,
        Integer year,
        DocumentType type,
        boolean draft,
        String supersedes,
        String supersededBy,
        LocalDate validFrom,
        LocalDate validTo) {

    /** A document that states no validity period. */
    public GuideDocument(
            String id,
            String title,
            String source,
            Region region,
            Integer year,
            DocumentType type,
            boolean draft,
            String supersedes,
            String supersededBy) {
        this(id, title, source, region, year, type, draft, supersedes, supersededBy, null, null);
    }

    public GuideDocument withSupersedes(String otherId) {
        return new GuideDocument(
                id, title, source, region, year, type, draft, otherId, supersededBy, validFrom, validTo);
    }

    public GuideDocument withSupersededBy(String otherId) {
        return new GuideDocument(id, title, source, region, year, type, draft, supersedes, otherId, validFrom, validTo);
    }

    /** Whether its stated validity ended before {@code day}. */
    public boolean expiredOn(LocalDate day) {
        return validTo != null && day != null && validTo.isBefore(day);
    }
}
