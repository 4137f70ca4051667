package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.reference.FunctionalZones;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Join keys on jurisdiction: an enterprise and an area share exactly one key when the area's issuing region
 * may cover the enterprise's registered region (covered, or undecided because the profile lacks a level), and
 * none otherwise. Every pair the {@link JurisdictionRule} does not find INELIGIBLE shares a key, so matching may
 * leave out pairs that share none without judging them: the nightly job joins enterprises to areas on these keys
 * instead of filtering a full cross product, and the recommender looks only at the candidates of a
 * {@link JurisdictionIndex}; {@link EligibilityChecker} then decides each joined pair.
 */
public final class JurisdictionKeys {

    static final String ALL = "ALL";

    private JurisdictionKeys() {}

    /** Keys of an area: those of its document's issuing region (national when the document names none). */
    public static List<String> ofArea(SupportArea area) {
        return ofArea(area.document() == null ? null : area.document().region());
    }

    /** Keys of an area issued by {@code issuer}: its own level, the "somewhere under" keys and ALL. */
    public static List<String> ofArea(Region issuer) {
        Region r = issuer == null ? Region.NATIONAL : issuer;
        if (r.zone() != null) return zoneKeys(r);
        if (hasGap(r)) return List.of("N", ALL); // e.g. a district without its province: joins all, the rule decides
        List<String> keys = new ArrayList<>(4);
        switch (r.level()) {
            case NATIONAL -> keys.add("N");
            case PROVINCE -> keys.add("P|" + r.province());
            case CITY -> {
                keys.add("C|" + r.province() + "|" + r.city());
                keys.add("UP|" + r.province());
            }
            case DISTRICT -> {
                keys.add("D|" + r.province() + "|" + r.city() + "|" + r.district());
                keys.add("UP|" + r.province());
                keys.add("UC|" + r.province() + "|" + r.city());
            }
        }
        keys.add(ALL);
        return keys;
    }

    /**
     * Keys of an area issued by a functional zone: the zone, each division it covers, and the "somewhere under"
     * keys of its province and cities (an enterprise known only that far is CHECK, not INELIGIBLE).
     */
    private static List<String> zoneKeys(Region r) {
        List<String> keys = new ArrayList<>();
        keys.add("Z|" + r.zone());
        Optional<FunctionalZones.Zone> zone = FunctionalZones.shared().zone(r.zone());
        if (zone.isPresent()) {
            for (Region d : zone.get().divisions()) {
                keys.add(
                        d.district() == null
                                ? "C|" + d.province() + "|" + d.city()
                                : "D|" + d.province() + "|" + d.city() + "|" + d.district());
            }
            for (Region c : zone.get().cities()) {
                String k = "UC|" + c.province() + "|" + c.city();
                if (!keys.contains(k)) keys.add(k);
            }
        }
        if (r.province() != null) keys.add("UPZ|" + r.province());
        keys.add(ALL);
        return keys;
    }

    /** A level named below one left blank (a city without its province, a district without its city). */
    private static boolean hasGap(Region r) {
        return (r.province() == null && (r.city() != null || r.district() != null))
                || (r.city() == null && r.district() != null);
    }

    /**
     * Keys of an enterprise registered in {@code at}: every level it names, plus "anything under" the last
     * level it names when a lower level is unknown (those pairs are CHECK, not INELIGIBLE). An enterprise of
     * unknown region joins every area.
     */
    public static List<String> ofEnterprise(Region at) {
        Region r = at == null ? Region.NATIONAL : at;
        if (r.isNational() || r.province() == null) return List.of(ALL);
        List<String> keys = new ArrayList<>(4);
        if (r.zone() != null && r.district() == null) {
            // placed in a zone without a district: "anything under" its province (or city), and the zone itself
            // when no city is known (a zone area's city keys already join one whose city is known)
            keys.add("N");
            keys.add("P|" + r.province());
            if (r.city() != null) {
                keys.add("C|" + r.province() + "|" + r.city());
                keys.add("UC|" + r.province() + "|" + r.city());
            } else {
                keys.add("UP|" + r.province());
                keys.add("Z|" + r.zone());
            }
            return keys;
        }
        keys.add("N");
        keys.add("P|" + r.province());
        if (r.city() == null) {
            keys.add("UP|" + r.province());
            keys.add("UPZ|" + r.province());
            return keys;
        }
        keys.add("C|" + r.province() + "|" + r.city());
        if (r.district() == null) {
            keys.add("UC|" + r.province() + "|" + r.city());
        } else {
            keys.add("D|" + r.province() + "|" + r.city() + "|" + r.district());
        }
        return keys;
    }
}
