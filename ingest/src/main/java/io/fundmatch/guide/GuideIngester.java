package io.fundmatch.guide;

import io.fundmatch.catalogue.ApplicantRequirement;
import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Reads funding documents (.txt, .pdf, .docx, .doc, .html) into support areas. Never throws for bad
 * input: an unreadable file gives a failed {@link IngestResult} with a one-line reason. Each file is
 * bounded in size, extracted characters, archive expansion and time. Thread-safe.
 */
public final class GuideIngester {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "guide-ingest");
        t.setDaemon(true);
        return t;
    });

    private final IngestLimits limits;

    public GuideIngester() {
        this(IngestLimits.DEFAULT);
    }

    public GuideIngester(IngestLimits limits) {
        this.limits = limits;
    }

    public IngestLimits limits() {
        return limits;
    }

    /** Ingests one file's content, e.g. an upload; {@code fileName} gives its type and becomes its source. */
    public IngestResult ingest(String fileName, byte[] content) {
        String source = fileName == null || fileName.isBlank()
                ? "unnamed.txt"
                : Path.of(fileName).getFileName().toString();
        if (content == null) return IngestResult.failed(source, "no content");
        Future<IngestResult> work = WORKERS.submit(() -> read(source, content));
        try {
            return work.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return IngestResult.failed(
                    source, "took longer than " + limits.timeout().toSeconds() + " s; stopped");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return IngestResult.failed(source, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return IngestResult.failed(source, "needs more memory than allowed; refused");
            }
            return IngestResult.failed(source, "could not be read: " + TextExtractor.oneLine(String.valueOf(cause)));
        }
    }

    /** Ingests a file from disk; a file over the size limit is refused without being read. */
    public IngestResult ingest(Path file) {
        String source = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) return IngestResult.failed(source, "not a readable file");
            long size = Files.size(file);
            if (size > limits.maxFileBytes())
                return IngestResult.failed(source, TextExtractor.tooLarge(size, limits.maxFileBytes()));
            return ingest(source, Files.readAllBytes(file));
        } catch (IOException e) {
            return IngestResult.failed(
                    source, "could not be read: " + TextExtractor.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** Ingests a file, or every file in a folder and its sub-folders in name order (hidden files skipped). */
    public BatchReport ingestAll(Path fileOrFolder, ProgressListener listener) {
        long start = System.nanoTime();
        List<Path> files = filesIn(fileOrFolder);
        ProgressListener l = listener == null ? ProgressListener.NONE : listener;
        l.started(files.size());
        List<IngestResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            IngestResult r = ingest(files.get(i));
            results.add(r);
            l.fileDone(i + 1, files.size(), files.get(i), r);
        }
        return new BatchReport(results, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The files a batch covers, in name order. */
    public static List<Path> filesIn(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) return List.of(fileOrFolder);
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + fileOrFolder + ": " + e.getMessage());
        }
    }

    private IngestResult read(String source, byte[] content) {
        TextExtractor.Extracted extracted;
        try {
            extracted = new TextExtractor(limits).extract(source, content);
        } catch (UnreadableDocumentException e) {
            return IngestResult.failed(source, e.getMessage());
        }
        List<String> paragraphs = TextCleaner.paragraphs(extracted.text());
        if (paragraphs.isEmpty()) {
            String ext = TextExtractor.extension(source);
            return IngestResult.failed(
                    source,
                    ext.equals("pdf")
                            ? "no text layer (a scanned PDF? it needs OCR first)"
                            : "no text in the document");
        }
        List<String> warnings = new ArrayList<>();
        if (extracted.truncated()) warnings.add("text cut at " + limits.maxChars() + " characters");
        DocumentFacts facts = DocumentFacts.detect(source, paragraphs);
        if (!facts.titleFound()) warnings.add("no title found; the file name stands in");
        StructureReader.Reading reading = StructureReader.read(paragraphs, facts);
        warnings.addAll(reading.warnings());
        GuideDocument document = new GuideDocument(
                Ids.documentId(source),
                facts.title(),
                source,
                facts.region(),
                facts.year(),
                facts.type(),
                facts.draft(),
                null,
                null,
                facts.validFrom(),
                facts.validTo());
        List<SupportArea> areas = areas(source, document, facts, reading, String.join("\n", paragraphs));
        return new IngestResult(source, document, areas, reading.structure(), facts.titleFound(), null, warnings);
    }

    private static List<SupportArea> areas(
            String source,
            GuideDocument document,
            DocumentFacts facts,
            StructureReader.Reading reading,
            String wholeText) {
        List<AreaDraft> drafts = reading.areas();
        List<List<String>> terms = KeyTerms.of(drafts);
        boolean guide = facts.type() == DocumentType.GUIDE;
        boolean wholeDocument = reading.structure() == IngestResult.Structure.SINGLE_CALL
                || reading.structure() == IngestResult.Structure.NONE;

        List<EntityType> docApplicants = guide ? ApplicantTypes.named(reading.eligibilityText()) : List.of();
        if (docApplicants.isEmpty() && guide) docApplicants = ApplicantTypes.named(reading.generalText());
        List<QualificationRequirement> docQualifications =
                guide ? QualificationModes.named(reading.eligibilityText(), true) : List.of();
        ApplicationDates.Window docWindow = guide
                ? ApplicationDates.find(reading.timingText().isBlank() ? wholeText : reading.timingText(), facts.year())
                : null;
        if (docWindow == null && guide) docWindow = ApplicationDates.find(wholeText, facts.year());
        SupportAmounts.Amount docAmount = SupportAmounts.find(reading.generalText() + "\n" + reading.eligibilityText());
        List<ApplicantRequirement> docRequirements = guide
                ? ApplicantRequirements.named(
                        reading.eligibilityText() == null
                                        || reading.eligibilityText().isBlank()
                                ? reading.generalText()
                                : reading.eligibilityText())
                : List.of();

        Map<String, Integer> seen = new HashMap<>();
        List<SupportArea> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            AreaDraft d = drafts.get(i);
            String text = d.text();
            // a call's conditions say who may apply; an area's own text only when the call does not
            List<EntityType> applicants =
                    guide && !docApplicants.isEmpty() ? docApplicants : ApplicantTypes.named(text);
            Map<String, QualificationRequirement> quals = new LinkedHashMap<>();
            for (QualificationRequirement q : docQualifications) quals.put(q.qualification(), q);
            for (QualificationRequirement q : QualificationModes.named(text, false))
                quals.putIfAbsent(q.qualification(), q);
            ApplicationDates.Window window = guide && !wholeDocument ? ApplicationDates.find(text, facts.year()) : null;
            if (window == null) window = docWindow;
            SupportAmounts.Amount amount = SupportAmounts.find(text);
            if (amount == null && !wholeDocument) amount = docAmount;
            int occurrence = seen.merge(String.join("\n", d.path()), 1, Integer::sum);
            out.add(new SupportArea(
                    Ids.areaId(source, d.path(), occurrence),
                    document,
                    d.path(),
                    d.title(),
                    text,
                    applicants,
                    List.copyOf(quals.values()),
                    window == null ? null : window.written(),
                    window == null ? null : window.deadline(),
                    amount == null ? null : amount.written(),
                    amount == null ? null : amount.maxWan(),
                    terms.get(i),
                    false,
                    AreaKinds.of(d.title(), text),
                    guide
                            ? ApplicantRequirements.union(docRequirements, ApplicantRequirements.named(text))
                            : List.of()));
        }
        return out;
    }
}
