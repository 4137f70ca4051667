package io.fundmatch.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Functional zones that are not divisions of the table but are the jurisdiction of many calls — state-level new
 * areas (雄安新区, 两江新区 …), national high-tech and economic-development zones, pilot areas — each with the
 * divisions it covers, from {@code /io/fundmatch/reference/functional-zones.tsv} (sources stated there).
 * A zone's call reaches enterprises registered in a covered division, and a text naming the zone resolves to it.
 * Thread-safe and immutable.
 */
public final class FunctionalZones {

    private static final String TABLE = "/io/fundmatch/reference/functional-zones.tsv";

    /** One zone: its name, province, and the divisions (a district, or a whole city with district null) it covers. */
    public record Zone(String name, String kind, String province, List<Region> divisions) {

        /** Whether an enterprise registered in {@code at} lies in this zone's divisions. */
        public boolean covers(Region at) {
            if (at == null) return false;
            if (name.equals(at.zone())) return true;
            for (Region d : divisions) {
                if (at.district() == null) continue;
                if (d.province().equals(at.province())
                        && d.city().equals(at.city())
                        && (d.district() == null || d.district().equals(at.district()))) {
                    return true;
                }
            }
            return false;
        }

        /** The cities the zone spans, as city-level regions. */
        public List<Region> cities() {
            List<Region> out = new ArrayList<>();
            for (Region d : divisions) {
                Region c = Region.of(d.province(), d.city(), null);
                if (!out.contains(c)) out.add(c);
            }
            return out;
        }
    }

    private final Map<String, Zone> byName = new LinkedHashMap<>();
    /** every name a zone is written with (full name and other names) → its zone, longest first when matching. */
    private final Map<String, Zone> byWritten = new HashMap<>();

    private final List<String> writtenByLength;

    private FunctionalZones() {
        for (String[] row : ReferenceTables.rows(TABLE, false)) {
            if (row.length < 5) throw new IllegalStateException("bad row in " + TABLE + ": " + String.join("\t", row));
            List<Region> divisions = new ArrayList<>();
            for (String d : row[4].split(";")) {
                String[] parts = d.strip().split("/");
                divisions.add(Region.of(row[3], parts[0], parts.length > 1 ? parts[1] : null));
            }
            Zone z = new Zone(row[0], row[2], row[3], List.copyOf(divisions));
            byName.put(z.name(), z);
            byWritten.put(z.name(), z);
            for (String other : row[1].split("\\|")) if (!other.isBlank()) byWritten.put(other.strip(), z);
        }
        List<String> names = new ArrayList<>(byWritten.keySet());
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        writtenByLength = Collections.unmodifiableList(names);
    }

    private static final class Holder {
        static final FunctionalZones SHARED = new FunctionalZones();
    }

    /** The zones of the product's reference data. */
    public static FunctionalZones shared() {
        return Holder.SHARED;
    }

    public Optional<Zone> zone(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public List<Zone> all() {
        return List.copyOf(byName.values());
    }

    /** Whether the zone named {@code zoneName} covers an enterprise registered in {@code at}. */
    public boolean covers(String zoneName, Region at) {
        Zone z = byName.get(zoneName);
        return z != null && z.covers(at);
    }

    /** The zones whose divisions include {@code at} (a district-level region), in table order. */
    public List<Zone> covering(Region at) {
        List<Zone> out = new ArrayList<>();
        if (at == null) return out;
        for (Zone z : byName.values()) if (z.covers(at)) out.add(z);
        return out;
    }

    /** The zone a text names (the earliest mention; the longest name at one position), if any. */
    public Optional<Zone> named(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        Zone best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String w : writtenByLength) {
            int at = text.indexOf(w);
            if (at >= 0 && at < bestAt) {
                best = byWritten.get(w);
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The text with every zone name blanked out, so a zone's name is not read as a division (雄安新区 ≠ 安新县). */
    public String masked(String text) {
        if (text == null) return null;
        String t = text;
        for (String w : writtenByLength) {
            if (t.contains(w)) t = t.replace(w, " ".repeat(w.length()));
        }
        return t;
    }

    /**
     * {@code found} (the divisions a text names, possibly none) placed in the zone the text names: a zone
     * mention with no division under the zone gives the zone at its province level.
     */
    public Region place(Region found, String text) {
        Optional<Zone> z = named(text);
        if (z.isEmpty()) return found;
        Zone zone = z.get();
        Region base = found == null ? Region.NATIONAL : found;
        boolean inside = base.district() != null && zone.covers(base);
        if (inside) return base.inZone(zone.name());
        if (zone.divisions().size() == 1) return zone.divisions().get(0).inZone(zone.name());
        // a zone over several divisions is its own jurisdiction under its province (a municipality's city too)
        List<Region> cities = zone.cities();
        String city = cities.size() == 1 && cities.get(0).city().equals(zone.province()) ? zone.province() : null;
        return new Region(zone.province(), city, null, zone.name());
    }
}
