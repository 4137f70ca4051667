package io.fundmatch.eval;

/**
 * One graded judgment, keyed by the document's source file name and the area's title as written (not by area
 * id, so it survives id changes). {@code subject} is a labelled profile id (enterprise→area) or a registry
 * credit code (area→enterprise).
 *
 * @param grade 2 = should apply / should be contacted, 1 = related, 0 = not
 */
public record Judgment(String subject, String source, String title, int grade) {}
