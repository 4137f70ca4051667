package io.fundmatch.nightly;

/** How publishing a run to Redis went. */
public record PublishResult(Status status, String version, long enterprises, long alerts, String message) {

    public enum Status {
        PUBLISHED,
        FAILED,
        SKIPPED
    }

    static PublishResult skipped() {
        return new PublishResult(Status.SKIPPED, null, 0, 0, "not published (no --redis)");
    }

    public boolean ok() {
        return status != Status.FAILED;
    }
}
