package io.fundmatch.guide;

import io.fundmatch.catalogue.DocumentType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a document's support areas from its layout, trying in turn: tables of directions (rows kept, cells
 * tab-separated, as HTML and Word tables are extracted); a flattened table of directions;
 * 专栏 boxes and support sections (plans); numbered outline items (calls, and plans without boxes);
 * unnumbered paragraphs led by a short measure sentence; a call whose sections are all conditions and
 * procedure (one area: the call); and, when nothing is recognisable, the whole text as one flagged area.
 * It also collects the general sections (introduction, conditions, timing) that areas inherit from.
 */
final class StructureReader {

    private static final String BOX_PLACEHOLDER = "\u0000box:";
    private static final Pattern LEAD_SENTENCE = Pattern.compile("^([^。；！？]{4,30})。(.{10,})$", Pattern.DOTALL);

    private StructureReader() {
    }

    /** The areas read, the layout they came from, and the document-level text areas inherit from. */
    record Reading(List<AreaDraft> areas, IngestResult.Structure structure, List<String> warnings,
                   String generalText, String eligibilityText, String timingText) {
    }

    static Reading read(List<String> paragraphs, DocumentFacts facts) {
        List<String> rest = new ArrayList<>();
        List<Boxes.Box> boxes = Boxes.extract(paragraphs, rest, BOX_PLACEHOLDER);
        Outline.Node root = Outline.parse(rest);
        List<AreaDraft> boxAreas = boxAreas(root, boxes);
        stripPlaceholders(root);
        String general = String.join("\n", root.body);
        String eligibility = sectionText(root, true);
        String timing = sectionText(root, false);

        List<AreaDraft> grid = GridTable.read(paragraphs);
        if (grid.size() >= 2) {
            return new Reading(grid, IngestResult.Structure.TABLE, List.of(), general, eligibility, timing);
        }
        int header = TableLayout.headerAt(paragraphs);
        if (header >= 0) {
            List<AreaDraft> table = TableLayout.read(paragraphs, header);
            if (!table.isEmpty()) {
                String intro = String.join("\n", paragraphs.subList(0, header));
                return new Reading(table, IngestResult.Structure.TABLE, List.of(), intro, eligibility, timing);
            }
        }
        boolean long_ = root.descendants().stream()
                .anyMatch(n -> n.kind == Outline.Kind.CHAPTER || n.kind == Outline.Kind.SECTION);
        if (!boxAreas.isEmpty() || (facts.type() == DocumentType.PLAN && long_)) {
            List<AreaDraft> areas = new ArrayList<>(boxAreas);
            List<AreaDraft> sections = new ArrayList<>();
            for (Outline.Node n : root.children) supportSections(n, sections);
            areas.addAll(sections);
            if (!areas.isEmpty()) {
                return new Reading(areas, IngestResult.Structure.BOXES, List.of(), general, eligibility, timing);
            }
        }
        List<AreaDraft> items = new ArrayList<>();
        boolean anyHeading = !root.children.isEmpty() && root.children.stream().anyMatch(c -> c.kind != Outline.Kind.PLAIN)
                || root.descendants().stream().anyMatch(c -> c.kind != Outline.Kind.PLAIN);
        if (anyHeading) {
            for (Outline.Node n : root.children) outlineItems(n, items, root.children.size() > 1);
            if (!items.isEmpty()) {
                return new Reading(items, IngestResult.Structure.OUTLINE, List.of(), general, eligibility, timing);
            }
        }
        List<AreaDraft> measures = anyHeading ? List.of() : leadParagraphs(rest);
        if (measures.size() >= 2) {
            return new Reading(measures, IngestResult.Structure.PARAGRAPHS, List.of(), general, eligibility, timing);
        }
        String whole = String.join("\n", paragraphs).strip();
        List<String> path = List.of(facts.title());
        AreaDraft single = new AreaDraft(path, facts.title(), whole);
        if (anyHeading) {
            return new Reading(List.of(single), IngestResult.Structure.SINGLE_CALL, List.of(), general, eligibility, timing);
        }
        return new Reading(List.of(single), IngestResult.Structure.NONE,
                List.of("no recognisable structure (no headings, table, 专栏 or measure paragraphs): whole text kept as one area"),
                general, eligibility, timing);
    }

    /** Each box field, its path the sections holding the box, then the box heading, then the field name. */
    private static List<AreaDraft> boxAreas(Outline.Node root, List<Boxes.Box> boxes) {
        List<AreaDraft> areas = new ArrayList<>();
        if (boxes.isEmpty()) return areas;
        List<Outline.Node> all = new ArrayList<>();
        all.add(root);
        all.addAll(root.descendants());
        for (Boxes.Box box : boxes) {
            List<String> parentPath = List.of();
            for (Outline.Node n : all) {
                if (n.body.contains(BOX_PLACEHOLDER + box.at())) parentPath = n.path();
            }
            for (String[] field : box.fields()) {
                List<String> path = new ArrayList<>(parentPath);
                path.add(box.heading());
                path.add(field[0]);
                areas.add(new AreaDraft(path, field[0], field[1]));
            }
        }
        return areas;
    }

    private static void stripPlaceholders(Outline.Node node) {
        node.body.removeIf(b -> b.startsWith(BOX_PLACEHOLDER));
        node.children.forEach(StructureReader::stripPlaceholders);
    }

    /** Plan sections about an industry or kind of enterprise: one area per numbered sub-section. */
    private static void supportSections(Outline.Node node, List<AreaDraft> out) {
        if (Sections.isSupportSection(node.title) && !node.children.isEmpty()) {
            for (Outline.Node child : node.children) {
                boolean deeper = child.children.stream().anyMatch(c -> !c.children.isEmpty() || c.kind == Outline.Kind.SECTION);
                if (deeper || child.kind == Outline.Kind.SECTION && !child.children.isEmpty()) {
                    supportSections(child, out);
                } else if (child.kind != Outline.Kind.PLAIN) {
                    out.add(new AreaDraft(child.path(), child.title, child.fullText()));
                }
            }
            return;
        }
        for (Outline.Node child : node.children) supportSections(child, out);
    }

    /** Outline leaves (or items carrying their own text) outside the procedural sections. */
    private static void outlineItems(Outline.Node node, List<AreaDraft> out, boolean hasSiblings) {
        boolean top = node.parent != null && node.parent.isRoot();
        if (!node.item && Sections.isProcedural(node.title)) return;
        if (top && hasSiblings && !node.item && node.children.isEmpty()
                && (Sections.isOverview(node.title) || Sections.isTerms(node.title))) return;
        if (node.children.isEmpty() || node.item) {
            if (node.kind == Outline.Kind.PLAIN) return; // an unnumbered line is too weak a sign of an area
            out.add(new AreaDraft(node.path(), node.title, node.fullText()));
            return;
        }
        for (Outline.Node child : node.children) outlineItems(child, out, true);
    }

    /** Paragraphs opening with a short sentence that names a measure (支持智能制造功能平台建设。…). */
    private static List<AreaDraft> leadParagraphs(List<String> paragraphs) {
        List<AreaDraft> out = new ArrayList<>();
        for (String p : paragraphs) {
            var m = LEAD_SENTENCE.matcher(p);
            if (m.matches() && !m.group(1).contains("，")) {
                out.add(new AreaDraft(List.of(m.group(1)), m.group(1), p));
            }
        }
        return out;
    }

    /** The text of the eligibility (or timing) sections, wherever they are. */
    private static String sectionText(Outline.Node root, boolean eligibility) {
        StringBuilder sb = new StringBuilder();
        for (Outline.Node n : root.descendants()) {
            if (n.item) continue;
            boolean match = eligibility ? Sections.isEligibility(n.title) || Sections.isTerms(n.title) && n.children.isEmpty()
                    : Sections.isTiming(n.title);
            if (match) sb.append(n.fullText()).append('\n');
        }
        return sb.toString();
    }
}
