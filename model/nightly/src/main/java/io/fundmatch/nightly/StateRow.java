package io.fundmatch.nightly;

import java.io.Serializable;
import java.util.List;

/** What a run keeps of each enterprise or area for the next incremental run: content hash, keys, embedding. */
public record StateRow(String id, String hash, List<String> keys, float[] embedding) implements Serializable {}
