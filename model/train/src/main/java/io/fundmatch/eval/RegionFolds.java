package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validation folds by region: every labelled profile registered in one region (province, city, district) is
 * scored by models that trained on no profile of that region, and an officer area by the models of the fold that
 * holds its document's region. Profiles of one region are judged against the same documents, so these folds measure
 * how the trained parts carry over to documents whose areas they never saw as positives, which is what a new
 * region's guides are; the default folds deal profiles out in turn and mix regions.
 */
public final class RegionFolds {

    private RegionFolds() {}

    /** Profile id → region key, for {@link LabelledSet#withFoldGroups}. */
    public static Map<String, String> groups(List<EnterpriseProfile> profiles) {
        Map<String, String> out = new HashMap<>();
        for (EnterpriseProfile p : profiles) out.put(p.id(), key(p.region()));
        return out;
    }

    /** The region key of an area: its document's region. */
    public static String key(SupportArea area) {
        return key(area.document() == null ? null : area.document().region());
    }

    static String key(Region r) {
        if (r == null) return "";
        return part(r.province()) + "/" + part(r.city()) + "/" + part(r.district());
    }

    private static String part(String s) {
        return s == null ? "" : s.strip();
    }
}
