package io.fundmatch.catalogue;

import io.fundmatch.guide.DocumentFacts;
import io.fundmatch.guide.IngestResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue: every support area with its document, immutable. Versions of one document are linked:
 * a final supersedes its draft (征求意见稿, 草案 …) when both have the same title once draft markers are
 * stripped, the same region and type — or, when the final carries no title of its own, when most of the
 * draft's area headings reappear in it (it then takes the draft's title). The draft's areas stay in the
 * catalogue marked superseded, so recommendations can leave them out by default.
 */
public final class Catalogue {

    private static final Pattern QUOTED = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern DRAFT_MARK = Pattern.compile("[（(]?(?:征求意见稿|草案|讨论稿|送审稿)[）)]?");

    private final List<GuideDocument> documents;
    private final List<SupportArea> areas;
    private final Map<String, SupportArea> areasById = new LinkedHashMap<>();
    private final Map<String, GuideDocument> documentsById = new LinkedHashMap<>();

    private Catalogue(List<GuideDocument> documents, List<SupportArea> areas) {
        this.documents = List.copyOf(documents);
        this.areas = List.copyOf(areas);
        documents.forEach(d -> documentsById.put(d.id(), d));
        areas.forEach(a -> areasById.put(a.id(), a));
    }

    public static Catalogue empty() {
        return new Catalogue(List.of(), List.of());
    }

    /** A catalogue of the documents read without failure, with draft/final versions linked. */
    public static Catalogue of(List<IngestResult> results) {
        return empty().with(results);
    }

    /** A catalogue of areas already read (e.g. from a file); versions are linked again. */
    public static Catalogue ofAreas(Collection<SupportArea> areas) {
        Map<String, GuideDocument> docs = new LinkedHashMap<>();
        for (SupportArea a : areas) docs.putIfAbsent(a.document().id(), a.document());
        return link(new ArrayList<>(docs.values()), new ArrayList<>(areas));
    }

    /** This catalogue plus the given results; a document read again from the same source replaces the old one. */
    public Catalogue with(List<IngestResult> results) {
        Set<String> replaced = new HashSet<>();
        List<GuideDocument> docs = new ArrayList<>();
        List<SupportArea> all = new ArrayList<>();
        for (IngestResult r : results) if (r.ok()) replaced.add(r.document().id());
        for (GuideDocument d : documents) if (!replaced.contains(d.id())) docs.add(d);
        for (SupportArea a : areas) if (!replaced.contains(a.document().id())) all.add(a);
        for (IngestResult r : results) {
            if (!r.ok()) continue;
            docs.removeIf(d -> d.id().equals(r.document().id()));
            all.removeIf(a -> a.document().id().equals(r.document().id()));
            docs.add(r.document());
            all.addAll(r.areas());
        }
        return link(docs, all);
    }

    public Catalogue with(IngestResult result) {
        return with(List.of(result));
    }

    public List<GuideDocument> documents() {
        return documents;
    }

    /** Every area, superseded ones included, in document order. */
    public List<SupportArea> areas() {
        return areas;
    }

    /** The areas of documents that no later version replaces. */
    public List<SupportArea> currentAreas() {
        return areas.stream().filter(a -> !a.superseded()).toList();
    }

    public Optional<SupportArea> area(String id) {
        return Optional.ofNullable(areasById.get(id));
    }

    public Optional<GuideDocument> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    public List<SupportArea> areasOf(String documentId) {
        return areas.stream().filter(a -> a.document().id().equals(documentId)).toList();
    }

    public int size() {
        return areas.size();
    }

    /** Recomputes the draft → final links of all documents and rewrites their areas to match. */
    private static Catalogue link(List<GuideDocument> docs, List<SupportArea> areas) {
        Map<String, GuideDocument> linked = new LinkedHashMap<>();
        for (GuideDocument d : docs) linked.put(d.id(), d.withSupersedes(null).withSupersededBy(null));
        Map<String, List<SupportArea>> byDoc = new LinkedHashMap<>();
        for (SupportArea a : areas)
            byDoc.computeIfAbsent(a.document().id(), k -> new ArrayList<>()).add(a);

        for (GuideDocument draft : docs) {
            if (!draft.draft()) continue;
            GuideDocument best = null;
            double bestScore = 0;
            for (GuideDocument f : docs) {
                if (f.draft() || f.id().equals(draft.id()) || !sameScope(draft, f)) continue;
                if (linked.get(f.id()).supersedes() != null) continue;
                double score = versionScore(draft, f, byDoc);
                if (score > bestScore) {
                    best = f;
                    bestScore = score;
                }
            }
            if (best == null) continue;
            GuideDocument fin = linked.get(best.id());
            if (!hasOwnTitle(fin)) fin = retitled(fin, finalTitle(draft.title()));
            linked.put(fin.id(), fin.withSupersedes(draft.id()));
            linked.put(draft.id(), linked.get(draft.id()).withSupersededBy(fin.id()));
        }
        List<SupportArea> out = new ArrayList<>();
        for (SupportArea a : areas) {
            GuideDocument d = linked.get(a.document().id());
            out.add(a.withDocument(d, d.supersededBy() != null));
        }
        return new Catalogue(new ArrayList<>(linked.values()), out);
    }

    private static boolean sameScope(GuideDocument a, GuideDocument b) {
        return a.type() == b.type() && java.util.Objects.equals(a.region(), b.region());
    }

    /** 1 for the same plain title; else, for an untitled final, the share of the draft's headings it repeats. */
    private static double versionScore(GuideDocument draft, GuideDocument fin, Map<String, List<SupportArea>> byDoc) {
        String d = DocumentFacts.plainTitle(draft.title());
        if (hasOwnTitle(fin)) {
            return !d.isEmpty() && d.equals(DocumentFacts.plainTitle(fin.title())) ? 1.0 : 0.0;
        }
        Set<String> draftHeads = headings(byDoc.getOrDefault(draft.id(), List.of()));
        Set<String> finalHeads = headings(byDoc.getOrDefault(fin.id(), List.of()));
        if (draftHeads.size() < 3) return 0;
        long shared = draftHeads.stream().filter(finalHeads::contains).count();
        double share = (double) shared / draftHeads.size();
        return share >= 0.5 ? share : 0.0;
    }

    private static Set<String> headings(List<SupportArea> areas) {
        Set<String> out = new HashSet<>();
        for (SupportArea a : areas) {
            for (String p : a.path()) out.add(p.replaceAll("[\\s\\p{Punct}（）“”：、，。]", ""));
        }
        return out;
    }

    /** A document whose title was found in its text, rather than standing in from the file name. */
    private static boolean hasOwnTitle(GuideDocument d) {
        String source = d.source() == null ? "" : d.source();
        int dot = source.lastIndexOf('.');
        String stem = dot > 0 ? source.substring(0, dot) : source;
        return d.title() != null && !d.title().equals(stem) && !d.title().equals(source);
    }

    /** The draft's title as the final's: the quoted plan name of a comment notice, draft markers removed. */
    static String finalTitle(String draftTitle) {
        Matcher m = QUOTED.matcher(draftTitle);
        String t = m.find() ? m.group(1) : draftTitle;
        return DRAFT_MARK.matcher(t).replaceAll("").strip();
    }

    private static GuideDocument retitled(GuideDocument d, String title) {
        return new GuideDocument(
                d.id(),
                title,
                d.source(),
                d.region(),
                d.year(),
                d.type(),
                d.draft(),
                d.supersedes(),
                d.supersededBy(),
                d.validFrom(),
                d.validTo());
    }
}
