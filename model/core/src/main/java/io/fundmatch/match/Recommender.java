package io.fundmatch.match;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Ranks support areas for an enterprise and enterprises for a support area, eligibility rules first.
 * Holds the areas and enterprises it was given, embedded once; new ones are embedded on arrival without
 * retraining. Implementations are safe for concurrent reads while areas or enterprises are added.
 */
public interface Recommender {

    /** Identifies the model that produced the scores (e.g. "fundmatch-2026.11.23-1a2b3c"). */
    String modelVersion();

    /** Replaces every area. */
    void setAreas(Collection<SupportArea> areas);

    /** Adds areas (an uploaded guide); an area with an id already present replaces it. */
    void addAreas(Collection<SupportArea> areas);

    /** Replaces every enterprise of the registry. */
    void setEnterprises(Collection<EnterpriseProfile> enterprises);

    /** Adds enterprises; one with an id already present replaces it. */
    void addEnterprises(Collection<EnterpriseProfile> enterprises);

    /**
     * Embeds (and stores, where the model keeps a store) what {@link #addEnterprises} would embed for these
     * enterprises, without changing what is served: a caller can do the slow part of a large registry in the
     * background and add the enterprises afterwards at the cost of a store lookup each. Runs on the calling thread
     * alone, so a background caller leaves the other cores to the requests.
     */
    void embedEnterprises(Collection<EnterpriseProfile> enterprises);

    Optional<SupportArea> area(String areaId);

    Optional<EnterpriseProfile> enterprise(String enterpriseId);

    /** Ranked opportunities for any profile (it need not be in the registry). */
    List<Opportunity> recommend(EnterpriseProfile profile, MatchOptions options);

    /** Ranked registry enterprises for one area; empty when the area is unknown. */
    List<EnterpriseMatch> enterprisesFor(String areaId, MatchOptions options);
}
