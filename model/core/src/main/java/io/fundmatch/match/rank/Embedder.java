package io.fundmatch.match.rank;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;

/** Maps areas and enterprises into one embedding space (the trained towers), plain Java at serving time. */
public interface Embedder {

    String version();

    float[] embedArea(SupportArea area);

    float[] embedEnterprise(EnterpriseProfile enterprise);
}
