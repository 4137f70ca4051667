package io.fundmatch.service.engine;

import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.IngestResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The catalogue the service matches against and its version: a digest of the catalogue's contents, so it is
 * the same after a restart on the same guides and changes with every upload. Immutable; a change makes a new one.
 */
record CatalogueSnapshot(Catalogue catalogue, String version) {

    static final CatalogueSnapshot EMPTY = new CatalogueSnapshot(Catalogue.empty(), "empty");

    static CatalogueSnapshot of(Catalogue catalogue) {
        return new CatalogueSnapshot(catalogue, digest(catalogue.areas()));
    }

    static CatalogueSnapshot ofAreas(List<SupportArea> areas) {
        return of(Catalogue.ofAreas(areas));
    }

    /** This catalogue with the documents added, and the areas that are new or changed by them. */
    Change with(List<IngestResult> results) {
        CatalogueSnapshot after = of(catalogue.with(results));
        List<SupportArea> changed = after.areas().stream()
                .filter(a -> !catalogue.area(a.id()).map(a::equals).orElse(false))
                .toList();
        long added =
                changed.stream().filter(a -> catalogue.area(a.id()).isEmpty()).count();
        return new Change(after, changed, after.catalogue.size() < catalogue.size() + added);
    }

    /**
     * A catalogue change: the new snapshot, the areas to (re-)embed, and whether areas were lost (a document
     * uploaded again with fewer areas), in which case the recommender must take the whole catalogue.
     */
    record Change(CatalogueSnapshot after, List<SupportArea> changed, boolean lostAreas) {}

    List<SupportArea> areas() {
        return catalogue.areas();
    }

    List<GuideDocument> documents() {
        return catalogue.documents();
    }

    private static String digest(Collection<SupportArea> areas) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            areas.stream().sorted(Comparator.comparing(SupportArea::id)).forEach(a -> {
                md.update(a.id().getBytes(StandardCharsets.UTF_8));
                md.update((byte) (a.superseded() ? 1 : 0));
                md.update(Integer.toString(a.text().hashCode()).getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
