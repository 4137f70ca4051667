package io.fundmatch.cli.command;

import io.fundmatch.SharedData;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.guide.eval.IngestEvaluation;
import io.fundmatch.guide.eval.ReferenceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch ingest-eval [--reference DIR] [--shared DIR] [--verbose]}: ingests every document that has a
 * hand-made reference and prints per document the precision, recall and F1 of its support areas and every wrong
 * fact (year, region, type, validity); with --verbose also the areas missed and the unexpected ones.
 */
@Command(
        name = "ingest-eval",
        mixinStandardHelpOptions = true,
        description = "score guide ingestion against the hand-made reference (area P/R/F1, wrong year/region/type)")
public final class IngestEvalCommand implements Callable<Integer> {

    @Option(
            names = "--reference",
            paramLabel = "DIR",
            defaultValue = "ingest/src/test/resources/ingest-eval",
            description = "folder of reference files (default ${DEFAULT-VALUE})")
    Path reference;

    @Option(names = "--shared", paramLabel = "DIR", description = "the shared documents folder (default ../shared)")
    Path shared;

    @Option(names = "--verbose", description = "list the areas missed and the unexpected areas of each document")
    boolean verbose;

    @Override
    public Integer call() {
        Path documents = shared != null
                ? shared
                : SharedData.folder()
                        .orElseThrow(() -> new IllegalArgumentException("../shared is absent; give --shared DIR"));
        List<ReferenceDocument> references = ReferenceDocument.readAll(reference);
        List<IngestEvaluation.DocumentScore> scores =
                IngestEvaluation.scoreAll(references, documents, new GuideIngester());
        System.out.printf(
                Locale.ROOT,
                "%-66s %4s %4s %4s %6s %6s %6s  %s%n",
                "document",
                "ref",
                "read",
                "hit",
                "P",
                "R",
                "F1",
                "facts");
        int expected = 0, found = 0, matched = 0, wrongDocs = 0;
        for (IngestEvaluation.DocumentScore s : scores) {
            System.out.printf(
                    Locale.ROOT,
                    "%-66s %4d %4d %4d %6.3f %6.3f %6.3f  %s%n",
                    s.source(),
                    s.expected(),
                    s.found(),
                    s.matched(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.wrongFacts().isEmpty() ? "ok" : String.join("; ", s.wrongFacts()));
            if (verbose) {
                s.missed().forEach(m -> System.out.println("    missed     " + m));
                s.unexpected().forEach(u -> System.out.println("    unexpected " + u));
            }
            expected += s.expected();
            found += s.found();
            matched += s.matched();
            if (!s.wrongFacts().isEmpty()) wrongDocs++;
        }
        double p = found == 0 ? 0 : (double) matched / found, r = expected == 0 ? 0 : (double) matched / expected;
        System.out.printf(
                Locale.ROOT,
                "all %d documents: %d reference areas, %d read, %d matched; P %.3f R %.3f F1 %.3f; "
                        + "%d document(s) with a wrong fact%n",
                scores.size(),
                expected,
                found,
                matched,
                p,
                r,
                p + r == 0 ? 0 : 2 * p * r / (p + r),
                wrongDocs);
        return 0;
    }
}
