package io.fundmatch.nightly;

import java.io.Serializable;
import java.util.List;

/**
 * One registry row on its way through the job: the profile as a JSON line (normalised
 * {@link io.fundmatch.profile.EnterpriseProfile}), its content hash, its embedding, its jurisdiction keys, and whether it
 * changed since the previous run (always true in a full run).
 */
public record EnterpriseRow(String id, String json, String hash, List<String> keys, float[] embedding, boolean changed)
        implements Serializable {}
