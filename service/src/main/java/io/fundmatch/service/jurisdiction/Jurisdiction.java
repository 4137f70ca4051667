package io.fundmatch.service.jurisdiction;

import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Region;
import io.fundmatch.reference.RegionGazetteer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The regions an officer is responsible for: one or several provinces, cities or districts, or all of them.
 * An enterprise is inside when one of the regions covers its registered region; an enterprise whose region
 * is unknown is inside only the jurisdiction "all".
 */
public record Jurisdiction(boolean all, List<Region> regions) {

    public static final Jurisdiction ALL = new Jurisdiction(true, List.of());
    public static final Jurisdiction NONE = new Jurisdiction(false, List.of());

    public Jurisdiction {
        regions = List.copyOf(regions);
    }

    /**
     * Reads a jurisdiction as an administrator writes it: {@code all}, or region names or 6-digit GB/T 2260
     * codes separated by commas, semicolons or 、 ("北京市西城区, 110108", "海淀区"). A part that names no
     * known region is an error, so that a typo never silently widens or empties an officer's view.
     */
    public static Jurisdiction parse(String spec, RegionGazetteer gazetteer) {
        if (spec == null || spec.isBlank())
            throw new IllegalArgumentException("a jurisdiction is required (\"all\" or regions)");
        String trimmed = spec.strip();
        if (trimmed.toLowerCase(Locale.ROOT).equals("all") || trimmed.equals("全部") || trimmed.equals("全国")) return ALL;
        Set<Region> regions = new LinkedHashSet<>();
        for (String part : trimmed.split("[,，;；、\\s]+")) {
            if (part.isBlank()) continue;
            Optional<Region> region = part.matches("\\d{6}") ? gazetteer.byDivisionCode(part) : gazetteer.parse(part);
            if (region.isEmpty() || region.get().isNational()) {
                throw new IllegalArgumentException("unknown region in jurisdiction: '" + part + "'");
            }
            regions.add(region.get());
        }
        if (regions.isEmpty()) throw new IllegalArgumentException("a jurisdiction is required (\"all\" or regions)");
        return new Jurisdiction(false, new ArrayList<>(regions));
    }

    public boolean covers(Region region) {
        if (all) return true;
        if (region == null || region.isNational()) return false;
        for (Region r : regions) {
            if (r.covers(region)) return true;
        }
        return false;
    }

    public boolean covers(EnterpriseProfile enterprise) {
        return enterprise != null && covers(enterprise.region());
    }

    /** How the jurisdiction is written back: "all" or the regions' display names joined by "、". */
    public String spec() {
        if (all) return "all";
        return String.join("、", regions.stream().map(Region::displayName).toList());
    }
}
