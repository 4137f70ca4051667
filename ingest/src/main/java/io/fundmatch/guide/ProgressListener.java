package io.fundmatch.guide;

import java.nio.file.Path;

/** Told about each file of a batch as it is ingested. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {};

    default void started(int total) {}

    default void fileDone(int index, int total, Path file, IngestResult result) {}
}
