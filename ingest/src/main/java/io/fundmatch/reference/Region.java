package io.fundmatch.reference;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An administrative region: province, city, district, each the full official name
 * ("北京市", "北京市", "西城区"). For the four municipalities the city equals the province.
 * Absent levels are {@code null}; a region with all three absent is national.
 * <p>{@code zone} names a functional zone beyond the division table (a state-level new area such as 雄安新区,
 * a national high-tech or economic-development zone) when the region is that zone or lies in it; the divisions
 * a zone covers come from {@link FunctionalZones}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Region(String province, String city, String district, String zone) {

    public static final Region NATIONAL = new Region(null, null, null);

    public Region {
        province = blankToNull(province);
        city = blankToNull(city);
        district = blankToNull(district);
        zone = blankToNull(zone);
    }

    /** A region of the division table, in no functional zone. */
    public Region(String province, String city, String district) {
        this(province, city, district, null);
    }

    /** This region placed in the functional zone {@code zoneName}. */
    public Region inZone(String zoneName) {
        return new Region(province, city, district, zoneName);
    }

    public static Region of(String province, String city, String district) {
        return new Region(province, city, district);
    }

    @JsonIgnore
    public boolean isNational() {
        return province == null && city == null && district == null && zone == null;
    }

    /** The most specific level named: DISTRICT, CITY, PROVINCE or NATIONAL. */
    @JsonIgnore
    public Level level() {
        if (district != null) return Level.DISTRICT;
        if (city != null) return Level.CITY;
        if (province != null) return Level.PROVINCE;
        return Level.NATIONAL;
    }

    /**
     * Whether an applicant located in {@code other} falls within this region's jurisdiction.
     * A national region covers everything; otherwise every level this region names must match.
     */
    public boolean covers(Region other) {
        if (isNational()) return true;
        if (other == null) return false;
        if (zone != null)
            return zone.equals(other.zone) || FunctionalZones.shared().covers(zone, other);
        return matches(province, other.province) && matches(city, other.city) && matches(district, other.district);
    }

    private static boolean matches(String required, String actual) {
        return required == null || required.equals(actual);
    }

    /** "北京市西城区", "新疆维吾尔自治区乌鲁木齐市水磨沟区", "全国" for national. */
    @JsonIgnore
    public String displayName() {
        if (isNational()) return "全国";
        StringBuilder sb = new StringBuilder();
        if (province != null) sb.append(province);
        if (city != null && !city.equals(province)) sb.append(city);
        if (district != null) sb.append(district);
        if (zone != null && !sb.toString().endsWith(zone)) sb.append(sb.length() > 0 ? "（" + zone + "）" : zone);
        return sb.toString();
    }

    @Override
    public String toString() {
        return displayName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public enum Level {
        NATIONAL,
        PROVINCE,
        CITY,
        DISTRICT
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r
                && Objects.equals(province, r.province)
                && Objects.equals(city, r.city)
                && Objects.equals(district, r.district)
                && Objects.equals(zone, r.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(province, city, district, zone);
    }
}
