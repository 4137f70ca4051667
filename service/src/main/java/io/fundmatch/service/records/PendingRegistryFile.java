package io.fundmatch.service.records;

import java.time.OffsetDateTime;

/**
 * A stored registry file whose enterprises are being embedded in the background; they are searchable and ranked
 * once that is done.
 *
 * @param fileId      the stored file
 * @param enterprises how many enterprises it brought
 * @param queuedAt    when it was stored
 */
public record PendingRegistryFile(long fileId, String fileName, int enterprises, OffsetDateTime queuedAt) {}
