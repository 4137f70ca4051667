package io.fundmatch.results;

/**
 * The Redis key layout of the nightly results, written by the nightly job's publisher and read by the service:
 * <pre>
 * fundmatch:nightly:current                            the live version id (switched last, atomically)
 * fundmatch:nightly:&lt;version&gt;:meta                   version, createdAt, model and catalogue versions, counts
 * fundmatch:nightly:&lt;version&gt;:enterprise:&lt;id&gt;       JSON array of the enterprise's opportunities, best first
 * fundmatch:nightly:&lt;version&gt;:alerts-pushed          set once a version's alerts were pushed (retries skip them)
 * fundmatch:alerts:&lt;id&gt;                              list of new-opportunity alerts, newest first
 * </pre>
 */
public final class NightlyKeys {

    /** The key naming the live version. */
    public static final String CURRENT = "fundmatch:nightly:current";

    private NightlyKeys() {}

    /** Every key of one version starts with this (for expiring a previous version). */
    public static String versionPrefix(String version) {
        return "fundmatch:nightly:" + version + ":";
    }

    public static String meta(String version) {
        return versionPrefix(version) + "meta";
    }

    public static String enterprise(String version, String enterpriseId) {
        return versionPrefix(version) + "enterprise:" + enterpriseId;
    }

    public static String alertsPushed(String version) {
        return versionPrefix(version) + "alerts-pushed";
    }

    public static String alerts(String enterpriseId) {
        return "fundmatch:alerts:" + enterpriseId;
    }
}
