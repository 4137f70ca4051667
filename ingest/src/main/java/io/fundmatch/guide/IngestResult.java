package io.fundmatch.guide;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import java.util.List;

/**
 * What ingesting one file gave: its document and support areas, or a one-line reason it could not be read.
 *
 * @param source     the file name the document came from
 * @param document   the document, null on failure
 * @param areas      its support areas in document order, empty on failure
 * @param structure  the layout the areas were read from (NONE when unrecognised or failed)
 * @param titleFound whether a title was found in the text (otherwise the title is the file name)
 * @param failure    one-line reason on failure, else null
 * @param warnings   one-line remarks on a document that was read (e.g. no recognisable structure)
 */
public record IngestResult(
        String source,
        GuideDocument document,
        List<SupportArea> areas,
        Structure structure,
        boolean titleFound,
        String failure,
        List<String> warnings) {

    public IngestResult {
        areas = areas == null ? List.of() : List.copyOf(areas);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        structure = structure == null ? Structure.NONE : structure;
    }

    public static IngestResult failed(String source, String reason) {
        return new IngestResult(source, null, List.of(), Structure.NONE, false, reason, List.of());
    }

    public boolean ok() {
        return failure == null;
    }

    /** The layout a document's support areas were read from. */
    public enum Structure {
        /** a table of directions: rows of cells, or flattened to text (group headings, 板块, 征集方向, 征集内容简介) */
        TABLE,
        /** 专栏 boxes of a plan, with the plan's support sections */
        BOXES,
        /** numbered outline (一、/（一）/1./（1）/①, 第X章/节/条) */
        OUTLINE,
        /** unnumbered paragraphs each led by a short measure sentence */
        PARAGRAPHS,
        /** a call whose sections only describe one support line (conditions, materials, dates) */
        SINGLE_CALL,
        /** nothing recognisable: the whole text is kept as one area */
        NONE
    }
}
