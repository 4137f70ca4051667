package io.fundmatch.eval;

import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.BatchReport;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.guide.IngestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue a command ranks: a catalogue JSON Lines file, or every guide of a folder ingested (drafts
 * linked to their finals and marked superseded). Files that fail to ingest are reported on stderr.
 */
public final class SeedCatalogue {

    private static final Logger log = LoggerFactory.getLogger(SeedCatalogue.class);

    private SeedCatalogue() {}

    public static List<SupportArea> load(Path path) throws IOException {
        if (!Files.exists(path)) throw new IllegalArgumentException(path + " does not exist");
        if (Files.isRegularFile(path) && path.toString().endsWith(".jsonl"))
            return CatalogueFiles.read(path).areas();
        BatchReport report = new GuideIngester().ingestAll(path, null);
        for (IngestResult failed : report.failed()) {
            log.warn("catalogue: {} skipped: {}", failed.source(), failed.failure());
        }
        return Catalogue.of(report.results()).areas();
    }

    /**
     * Every guide of several folders ingested into one catalogue (drafts linked to their finals across folders);
     * a catalogue {@code .jsonl} among them is read as it is and appended.
     */
    public static List<SupportArea> load(List<Path> folders) throws IOException {
        List<IngestResult> results = new java.util.ArrayList<>();
        List<SupportArea> read = new java.util.ArrayList<>();
        for (Path path : folders) {
            if (!Files.exists(path)) throw new IllegalArgumentException(path + " does not exist");
            if (Files.isRegularFile(path) && path.toString().endsWith(".jsonl")) {
                read.addAll(CatalogueFiles.read(path).areas());
                continue;
            }
            BatchReport report = new GuideIngester().ingestAll(path, null);
            for (IngestResult failed : report.failed()) {
                log.warn("catalogue: {} skipped: {}", failed.source(), failed.failure());
            }
            results.addAll(report.results());
        }
        List<SupportArea> out = new java.util.ArrayList<>(Catalogue.of(results).areas());
        out.addAll(read);
        return out;
    }
}
