package io.fundmatch.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The guide fixtures under src/test/resources/io/fundmatch/guide, written in the layouts real guides use. */
final class Fixtures {

    private static final GuideIngester INGESTER = new GuideIngester();

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/fundmatch/guide/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IngestResult ingest(String name) {
        return INGESTER.ingest(name, bytes(name));
    }

    /** The titles of the areas read, in order. */
    static java.util.List<String> titles(IngestResult r) {
        return r.areas().stream().map(io.fundmatch.catalogue.SupportArea::title).toList();
    }

    /** The summary's "left out …" note, or "" when nothing was left out. */
    static String leftOutNote(IngestResult r) {
        return r.warnings().stream()
                .filter(w -> w.startsWith("left out"))
                .findFirst()
                .orElse("");
    }
}
