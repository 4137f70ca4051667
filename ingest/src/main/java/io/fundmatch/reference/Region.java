package io.fundmatch.reference;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * An administrative region: province, city, district, each the full official name
 * ("北京市", "北京市", "西城区"). For the four municipalities the city equals the province.
 * Absent levels are {@code null}; a region with all three absent is national.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Region(String province, String city, String district) {

    public static final Region NATIONAL = new Region(null, null, null);

    public Region {
        province = blankToNull(province);
        city = blankToNull(city);
        district = blankToNull(district);
    }

    public static Region of(String province, String city, String district) {
        return new Region(province, city, district);
    }

    @JsonIgnore
    public boolean isNational() {
        return province == null && city == null && district == null;
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
        return sb.toString();
    }

    @Override
    public String toString() {
        return displayName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public enum Level { NATIONAL, PROVINCE, CITY, DISTRICT }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && Objects.equals(province, r.province)
                && Objects.equals(city, r.city) && Objects.equals(district, r.district);
    }

    @Override
    public int hashCode() {
        return Objects.hash(province, city, district);
    }
}
