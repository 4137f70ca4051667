package io.fundmatch.guide;

import io.fundmatch.catalogue.DocumentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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

    private StructureReader() {}

    /** The areas read, the layout they came from, and the document-level text areas inherit from. */
    record Reading(
            List<AreaDraft> areas,
            IngestResult.Structure structure,
            List<String> warnings,
            String generalText,
            String eligibilityText,
            String timingText) {}

    static Reading read(List<String> given, DocumentFacts facts) {
        List<String> paragraphs = FusedHeadings.split(given);
        List<String> rest = new ArrayList<>();
        List<Boxes.Box> boxes = Boxes.extract(paragraphs, rest, BOX_PLACEHOLDER);
        Outline.Node root = Outline.parse(rest);
        List<AreaDraft> boxAreas = boxAreas(root, boxes);
        Set<Outline.Node> boxHolders = boxHolders(root);
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
        List<String> leftOut = new ArrayList<>();
        if (!boxAreas.isEmpty() || (facts.type() == DocumentType.PLAN && long_)) {
            List<AreaDraft> areas = new ArrayList<>(boxAreas);
            List<AreaDraft> sections = new ArrayList<>();
            planAreas(root, sections, leftOut, boxHolders);
            areas.addAll(sections);
            if (!areas.isEmpty()) {
                return new Reading(
                        NamedDirections.added(areas),
                        IngestResult.Structure.BOXES,
                        leftOutNote(leftOut),
                        general,
                        eligibility,
                        timing);
            }
        }
        List<AreaDraft> items = new ArrayList<>();
        boolean anyHeading =
                !root.children.isEmpty() && root.children.stream().anyMatch(c -> c.kind != Outline.Kind.PLAIN)
                        || root.descendants().stream().anyMatch(c -> c.kind != Outline.Kind.PLAIN);
        if (anyHeading) {
            if (facts.type() == DocumentType.PLAN) {
                planAreas(root, items, leftOut, boxHolders);
            } else {
                for (Outline.Node n : root.children) outlineItems(n, items, root.children.size() > 1, leftOut);
            }
            if (!items.isEmpty()) {
                return new Reading(
                        NamedDirections.added(items),
                        IngestResult.Structure.OUTLINE,
                        leftOutNote(leftOut),
                        general,
                        eligibility,
                        timing);
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
            return new Reading(
                    List.of(single), IngestResult.Structure.SINGLE_CALL, List.of(), general, eligibility, timing);
        }
        return new Reading(
                List.of(single),
                IngestResult.Structure.NONE,
                List.of(
                        "no recognisable structure (no headings, table, 专栏 or measure paragraphs): whole text kept as one area"),
                general,
                eligibility,
                timing);
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
                if (field[0] == null) {
                    // a box that is one programme (专栏3 工业大数据能力提升工程 and its paragraph)
                    areas.add(new AreaDraft(path, box.heading(), field[1]));
                    continue;
                }
                path.add(field[0]);
                areas.add(new AreaDraft(path, field[0], field[1]));
            }
        }
        return areas;
    }

    /** The sections holding a 专栏 of supported fields: the box is their support (labelling rule, step 3). */
    private static Set<Outline.Node> boxHolders(Outline.Node root) {
        Set<Outline.Node> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Outline.Node n : root.descendants()) {
            if (n.body.stream().anyMatch(b -> b.startsWith(BOX_PLACEHOLDER))) holders.add(n);
        }
        return holders;
    }

    /** A section's own text without its heading: what follows the title on the heading line, then the rest. */
    private static String ownText(Outline.Node node) {
        String full = node.fullText();
        if (node.line == null) return full;
        int at = node.line.indexOf(node.title);
        String rest = at < 0 ? "" : node.line.substring(at + node.title.length());
        return (rest + "\n"
                        + full.substring(
                                Math.min(full.length(), node.line.strip().length())))
                .strip();
    }

    private static void stripPlaceholders(Outline.Node node) {
        node.body.removeIf(b -> b.startsWith(BOX_PLACEHOLDER));
        node.children.forEach(StructureReader::stripPlaceholders);
    }

    /**
     * Outline leaves (or items carrying their own text) outside the procedural sections; an item whose numbered
     * children are named measures of their own (（一）落户补贴。…) gives those measures, the item their path. An
     * article about the document itself (its purpose, definitions, interpretation, entry into force) is no area.
     */
    private static void outlineItems(
            Outline.Node node, List<AreaDraft> out, boolean hasSiblings, List<String> leftOut) {
        boolean top = node.parent != null && node.parent.isRoot();
        if (!node.item && Sections.isProcedural(node.title)) return;
        if (top
                && hasSiblings
                && !node.item
                && node.children.isEmpty()
                && (Sections.isOverview(node.title) || Sections.isTerms(node.title))) return;
        if (node.item && node.title.strip().length() <= 10 && Sections.isProcedural(node.title)) {
            leftOut.add(node.heading + "（conditions or procedure）"); // 第五条 资金拨付。…
            return;
        }
        if (node.children.isEmpty() || node.item && !measuresInside(node)) {
            if (node.kind == Outline.Kind.PLAIN) return; // an unnumbered line is too weak a sign of an area
            if (aboutTheDocument(node)) {
                leftOut.add(node.heading + "（procedure or interpretation of the document itself）");
                return;
            }
            out.add(new AreaDraft(node.path(), node.title, node.fullText()));
            return;
        }
        for (Outline.Node child : node.children) outlineItems(child, out, true, leftOut);
    }

    /**
     * Areas of a plan or policy chosen by what each numbered section says, not by its heading's words: a
     * section is followed down to its finest numbered sub-sections, and one is an area when its own text backs
     * applicants; sections of the government's own work are left out with the reason (collected in {@code leftOut}).
     */
    private static void planAreas(
            Outline.Node node, List<AreaDraft> out, List<String> leftOut, Set<Outline.Node> boxHolders) {
        for (Outline.Node child : node.children) {
            boolean headings = child.children.stream().anyMatch(c -> c.kind != Outline.Kind.PLAIN);
            if (child.kind == Outline.Kind.PLAIN && !headings) continue;
            String own = GovernmentWork.ownWork(List.of(child.title));
            if (own != null && headings && !GovernmentWork.implementation(child.title)) {
                // a mechanism section (建立…工作机制) may still hold a measure for applicants: judge each item
                planAreas(child, out, leftOut, boxHolders);
                continue;
            }
            PlanSectionRule.Count count = PlanSectionRule.count(ownText(child));
            if (own != null) {
                leftOut.add(child.heading + "（the government's own work: " + own + "）");
                continue;
            }
            if (!child.item && Sections.isProcedural(child.title)) {
                leftOut.add(child.heading + "（conditions or procedure）");
                continue;
            }
            if (headings && (!child.item || measuresInside(child))) {
                planAreas(child, out, leftOut, boxHolders);
            } else if (aboutTheDocument(child)) {
                leftOut.add(child.heading + "（procedure or interpretation of the document itself）");
            } else if (boxHolders.contains(child)
                    || count.isArea()
                    || PlanSectionRule.offeringHeading(child.title)
                    || inMeasureList(child)) {
                out.add(new AreaDraft(child.path(), child.title, child.fullText()));
            } else if (PublicServices.provided(child.fullText()) != null) {
                leftOut.add(child.heading + "（public services or works the government provides: "
                        + PublicServices.provided(child.fullText()) + "; " + count.shown() + "）");
            } else {
                leftOut.add(child.heading + "（no applicant in view: " + count.shown() + "）");
            }
        }
    }

    /**
     * An item of a fine-grained numbered list (1﹒…, table rows) most of whose items back applicants: a task list
     * of an action plan, where one short item is as much a measure as its neighbours.
     */
    private static boolean inMeasureList(Outline.Node node) {
        if (node.kind != Outline.Kind.ARABIC
                && node.kind != Outline.Kind.ROW
                && node.kind != Outline.Kind.PAREN_ARABIC) {
            return false;
        }
        if (node.parent == null) return false;
        // the whole list: the items of this kind under the heading above this item's group (1﹒–24﹒ across 行动 groups)
        Outline.Node top = node.parent.parent != null && !node.parent.isRoot() ? node.parent.parent : node.parent;
        List<Outline.Node> siblings = top.descendants();
        int same = 0, backing = 0;
        for (Outline.Node s : siblings) {
            if (s.kind != node.kind) continue;
            same++;
            if (GovernmentWork.backsApplicants(s.fullText())) backing++;
        }
        return same >= 2 && backing * 2 > same;
    }

    /** Numbered children that are measures of their own: a short name closed by 。 and then their terms. */
    private static boolean measuresInside(Outline.Node node) {
        int named = 0;
        for (Outline.Node c : node.children) {
            if (c.kind == Outline.Kind.PLAIN) continue;
            String t = c.title.strip();
            if (c.item && t.length() >= 2 && t.length() <= 12 && c.line != null && c.line.contains(t + "。")) named++;
        }
        return named >= 2;
    }

    private static final Pattern SELF_REFERENCE = Pattern.compile("本(?:办法|措施|政策|意见|规定|细则|通知|方案)");
    private static final Pattern PURPOSE = Pattern.compile("^(?:为|根据|依据)[^。]{0,120}(?:制定|特制定|制订)");
    private static final Pattern GRANTED_AMOUNT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:万|亿)?元");

    /** An article about the document itself: its purpose, definitions, overlaps, interpretation or validity. */
    private static boolean aboutTheDocument(Outline.Node node) {
        String all = node.fullText();
        int stop = all.indexOf('。');
        String first = stop < 0 ? all : all.substring(0, stop + 1);
        String body = first.replaceFirst("^\\s*第\\s*[0-9一二三四五六七八九十百零〇\\s]+\\s*条\\s*", "");
        if (GRANTED_AMOUNT.matcher(body).find()) return false;
        return PURPOSE.matcher(body).find() || SELF_REFERENCE.matcher(body).find();
    }

    /** One note naming the sections left out and why, or none. */
    private static List<String> leftOutNote(List<String> leftOut) {
        if (leftOut.isEmpty()) return List.of();
        return List.of("left out " + leftOut.size() + " section(s): " + String.join("; ", leftOut));
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
            boolean match = eligibility
                    ? Sections.isEligibility(n.title) || Sections.isTerms(n.title) && n.children.isEmpty()
                    : Sections.isTiming(n.title);
            if (match) sb.append(n.fullText()).append('\n');
        }
        return sb.toString();
    }
}
