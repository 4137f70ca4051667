package io.fundmatch.guide;

import java.time.Duration;

/**
 * Bounds on the work one file may cost: its size on disk, the characters kept from it, how far a
 * compressed container (.docx) may expand, and the wall-clock time to extract and parse it.
 */
public record IngestLimits(long maxFileBytes, int maxChars, long maxExpandedBytes, Duration timeout) {

    /** 20 MB per file, 2 million characters, 200 MB expanded, 60 s. */
    public static final IngestLimits DEFAULT =
            new IngestLimits(20L * 1024 * 1024, 2_000_000, 200L * 1024 * 1024, Duration.ofSeconds(60));

    public IngestLimits {
        if (maxFileBytes <= 0 || maxChars <= 0 || maxExpandedBytes <= 0 || timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("ingest limits must be positive");
        }
    }
}
