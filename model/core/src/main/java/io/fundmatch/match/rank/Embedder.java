package io.fundmatch.match.rank;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;

/** Maps areas and enterprises into one embedding space (the trained towers), plain Java at serving time. */
public interface Embedder {

    String version();

    float[] embedArea(SupportArea area);

    float[] embedEnterprise(EnterpriseProfile enterprise);

    /**
     * The embedding of an enterprise of the registry (kept for the officer's lists), as against a one-off profile
     * in a request: an embedder may store these by content so a restart does not embed the registry again.
     */
    default float[] embedRegistered(EnterpriseProfile enterprise) {
        return embedEnterprise(enterprise);
    }
}
