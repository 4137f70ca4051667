package io.fundmatch.guide;

import java.time.Duration;
import java.util.List;

/** The results of ingesting a file or folder, one per file in name order, and the time it took. */
public record BatchReport(List<IngestResult> results, Duration elapsed) {

    public BatchReport {
        results = List.copyOf(results);
    }

    public List<IngestResult> succeeded() {
        return results.stream().filter(IngestResult::ok).toList();
    }

    public List<IngestResult> failed() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    public int areaCount() {
        return results.stream().mapToInt(r -> r.areas().size()).sum();
    }
}
