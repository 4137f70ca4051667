package io.fundmatch.profile;

import io.fundmatch.reference.CreditCode;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.EntityTypes;
import io.fundmatch.reference.FunctionalZones;
import io.fundmatch.reference.IndustryClassification;
import io.fundmatch.reference.LegalPersonalities;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import io.fundmatch.reference.RegionGazetteer;
import io.fundmatch.reference.SectorInference;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a {@link ProfileInput} (a form, an API call, a row of an officer's list) into a clean
 * {@link EnterpriseProfile}: control characters stripped, region resolved to full official names, entity
 * type, qualifications and credit code checked, the GB/T 4754-2017 sector inferred when not given.
 *
 * <p>Never throws on bad data: every problem becomes a warning on the profile and the rest goes through.
 * The one exception is a missing name, which throws {@code IllegalArgumentException("name is required")}.
 * A 经营范围 longer than {@value #MAX_SCOPE_CHARS} characters is stored truncated (with a warning); the
 * sector inference reads its first {@value SectorInference#MAX_CHARS} characters. Thread-safe.
 */
public final class ProfileNormalizer {

    /** Longest 经营范围 / specialization kept; real ones are well under 2,000 characters. */
    public static final int MAX_SCOPE_CHARS = 10_000;
    /** Longest name, address or other short field kept. */
    public static final int MAX_SHORT_CHARS = 500;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]|\\uFFFD");
    private static final int TOP_CANDIDATES = 3;

    private final RegionGazetteer gazetteer;
    private final SectorInference sectors;
    private final IndustryClassification industries;

    public ProfileNormalizer() {
        this(RegionGazetteer.shared(), SectorInference.shared(), IndustryClassification.shared());
    }

    ProfileNormalizer(RegionGazetteer gazetteer, SectorInference sectors, IndustryClassification industries) {
        this.gazetteer = gazetteer;
        this.sectors = sectors;
        this.industries = industries;
    }

    /**
     * The normalised profile.
     *
     * @throws IllegalArgumentException "name is required" when the name is missing or blank
     */
    public EnterpriseProfile normalize(ProfileInput in) {
        if (in == null) throw new IllegalArgumentException("name is required");
        List<String> warnings = new ArrayList<>();
        String name = clean(in.name(), "name", MAX_SHORT_CHARS, warnings);
        if (name == null) throw new IllegalArgumentException("name is required");
        name = name.replace('\n', ' ');
        String address = oneLine(clean(in.address(), "address", MAX_SHORT_CHARS, warnings));
        String scope = clean(in.businessScope(), "businessScope", MAX_SCOPE_CHARS, warnings);
        String specialization = clean(in.specialization(), "specialization", MAX_SCOPE_CHARS, warnings);

        CreditCode.Check code = CreditCode.check(clean(in.creditCode(), "creditCode", 64, warnings));
        if (code.problem() != null) warnings.add(code.problem());
        String creditCode = code.code();

        RegionReading region = inZone(region(in.region(), address, code, name, warnings), address);
        TypeReading type = entityType(in.entityType(), name, code, warnings);
        List<String> qualifications = qualifications(in.qualifications(), warnings);
        SectorReading sector = sector(in.industryCode(), name, scope, specialization, warnings);

        Integer employees = nonNegative(in.employees(), "employees", warnings);
        Double revenue = in.annualRevenue();
        if (revenue != null && (revenue.isNaN() || revenue.isInfinite() || revenue < 0)) {
            warnings.add("annualRevenue " + revenue + " is not a non-negative amount (万元); dropped");
            revenue = null;
        }
        Integer founded = in.foundedYear();
        if (founded != null
                && (founded < 1800 || founded > Year.now(ZoneOffset.UTC).getValue() + 1)) {
            warnings.add("foundedYear " + founded + " is not a plausible year; dropped");
            founded = null;
        }

        String id = oneLine(clean(in.id(), "id", 128, warnings));
        if (id == null) id = code.valid() ? creditCode : stableId(name, region.region);

        ProfileInference inference = new ProfileInference(
                region.source, region.confidence, type.source, type.confidence, sector.source, sector.candidates);
        return new EnterpriseProfile(
                id,
                name,
                creditCode,
                region.region,
                address,
                type.type,
                sector.code,
                qualifications,
                specialization,
                scope,
                employees,
                revenue,
                founded,
                inference,
                warnings,
                LegalPersonalities.of(name, in.entityType()));
    }

    // ------------------------------------------------------------------------------------------------ region

    private record RegionReading(Region region, String source, double confidence) {}

    private RegionReading region(
            Region given, String address, CreditCode.Check code, String name, List<String> warnings) {
        Region fromGiven = null;
        if (given != null && !given.isNational()) {
            Region r = gazetteer.resolve(given.province(), given.city(), given.district());
            if (r.isNational()) {
                warnings.add("region '" + given.displayName() + "' names no known region");
            } else {
                fromGiven = r;
                if (given.district() != null && r.district() == null || given.city() != null && r.city() == null) {
                    warnings.add("region '" + given.displayName() + "' read only as far as " + r.displayName()
                            + " (unknown or ambiguous part)");
                }
            }
        }
        Region fromAddress = address == null
                ? null
                : gazetteer.find(FunctionalZones.shared().masked(address)).orElse(null);
        Region fromCode = CreditCode.divisionCode(code.code())
                .flatMap(gazetteer::byDivisionCode)
                .orElse(null);

        if (fromGiven != null) {
            if (fromAddress != null && refines(fromGiven, fromAddress)) {
                return new RegionReading(fromAddress, "given", 0.95);
            }
            if (fromAddress != null && !fromGiven.covers(fromAddress) && !fromAddress.covers(fromGiven)) {
                warnings.add("address lies in " + fromAddress.displayName() + ", region given as "
                        + fromGiven.displayName() + "; kept the given region");
            }
            if (fromCode != null && refines(fromGiven, fromCode) && code.valid()) {
                return new RegionReading(fromCode, "given", 0.9);
            }
            return new RegionReading(fromGiven, "given", 1.0);
        }
        if (fromAddress != null) {
            if (fromCode != null && refines(fromAddress, fromCode) && code.valid()) {
                return new RegionReading(fromCode, "address", 0.85);
            }
            return new RegionReading(fromAddress, "address", fromAddress.level() == Region.Level.DISTRICT ? 0.9 : 0.8);
        }
        if (fromCode != null) {
            return new RegionReading(fromCode, "creditCode", code.valid() ? 0.7 : 0.4);
        }
        // "乌鲁木齐云杉信息技术有限公司": the registering city is usually in the name
        Optional<Region> fromName = gazetteer.find(name);
        if (fromName.isPresent()) {
            warnings.add("region read from the name only: " + fromName.get().displayName());
            return new RegionReading(fromName.get(), "name", 0.5);
        }
        warnings.add("region could not be determined (no region, address, division code or place in the name)");
        return new RegionReading(Region.NATIONAL, "unknown", 0.0);
    }

    /**
     * The reading placed in the functional zone (雄安新区, a high-tech zone …) its address names, when the zone
     * lies in the region read and the address names no district (one it covers is matched through its divisions);
     * an address naming only the zone gives the zone.
     */
    private static RegionReading inZone(RegionReading reading, String address) {
        if (address == null) return reading;
        Optional<FunctionalZones.Zone> zone = FunctionalZones.shared().named(address);
        if (zone.isEmpty()) return reading;
        Region r = reading.region();
        if (r.province() != null && !r.province().equals(zone.get().province())) return reading;
        if (r.district() != null) return reading; // a district the zone covers is matched through the zone's divisions
        Region placed = FunctionalZones.shared().place(r.isNational() ? null : r, address);
        return new RegionReading(
                placed,
                reading.source().equals("unknown") ? "address" : reading.source(),
                Math.max(reading.confidence(), 0.8));
    }

    /** Whether {@code detail} lies inside {@code coarse} and is more specific. */
    private static boolean refines(Region coarse, Region detail) {
        return coarse.covers(detail)
                && detail.level().ordinal() > coarse.level().ordinal();
    }

    // ------------------------------------------------------------------------------------------ entity type

    private record TypeReading(EntityType type, String source, double confidence) {}

    private TypeReading entityType(String given, String name, CreditCode.Check code, List<String> warnings) {
        String g = oneLine(clean(given, "entityType", MAX_SHORT_CHARS, warnings));
        if (g != null) {
            Optional<EntityType> label = EntityTypes.parse(g);
            if (label.isPresent()) return new TypeReading(label.get(), "given", 1.0);
            Optional<EntityType> legalForm = EntityTypes.fromRegistryType(g);
            if (legalForm.isPresent()) return new TypeReading(legalForm.get(), "registryType", 0.95);
            if (!g.equalsIgnoreCase("N/A")) warnings.add("entity type '" + g + "' not recognised; inferred instead");
        }
        Optional<EntityType> byName = EntityTypes.fromName(name);
        if (byName.isPresent()) return new TypeReading(byName.get(), "name", 0.9);
        Optional<EntityType> byCode = CreditCode.entityType(code.code());
        if (byCode.isPresent()) return new TypeReading(byCode.get(), "creditCode", 0.8);
        return new TypeReading(EntityType.ENTERPRISE, "default", 0.5);
    }

    // ------------------------------------------------------------------------------------- qualifications

    private static List<String> qualifications(List<String> given, List<String> warnings) {
        Set<String> out = new LinkedHashSet<>();
        for (String q : given) {
            String c = oneLine(clean(q, "qualification", MAX_SHORT_CHARS, warnings));
            if (c != null) out.add(Qualifications.normalise(c));
        }
        return List.copyOf(out);
    }

    // ----------------------------------------------------------------------------------------------- sector

    private record SectorReading(String code, String source, List<SectorGuess> candidates) {}

    private SectorReading sector(
            String given, String name, String scope, String specialization, List<String> warnings) {
        String g = given == null ? null : given.strip();
        if (g != null && !g.isEmpty()) {
            Optional<IndustryClassification.Industry> known = industries.find(g);
            if (known.isPresent()) {
                var k = known.get();
                return new SectorReading(k.code(), "given", List.of(new SectorGuess(k.code(), k.name(), 1.0)));
            }
            warnings.add("industry code '" + g + "' is not a GB/T 4754-2017 code; inferred instead");
        }
        SectorInference.Prediction p = sectors.infer(name, scope, specialization, TOP_CANDIDATES);
        if (p.isEmpty()) {
            if (scope != null || specialization != null)
                warnings.add("sector could not be inferred from the business scope");
            return new SectorReading(null, "unknown", List.of());
        }
        return new SectorReading(p.divisions().get(0).code(), "inferred", p.divisions());
    }

    // ------------------------------------------------------------------------------------------------ text

    /** Control characters removed, whitespace trimmed, null when blank, truncated with a warning when too long. */
    static String clean(String s, String field, int max, List<String> warnings) {
        if (s == null) return null;
        String t = CONTROL.matcher(s.replace('\r', '\n').replace('\t', ' ')).replaceAll("");
        if (containsControl(s)) {
            warnings.add(field + ": control characters removed");
        }
        t = t.replace('\u3000', ' ').strip();
        if (t.isEmpty() || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("null")) return null;
        if (t.length() > max) {
            warnings.add(field + " truncated from " + t.length() + " to " + max + " characters");
            t = t.substring(0, max);
        }
        return t;
    }

    private static boolean containsControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') continue;
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\uFFFD') return true;
        }
        return false;
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ");
    }

    private static Integer nonNegative(Integer v, String field, List<String> warnings) {
        if (v != null && v < 0) {
            warnings.add(field + " " + v + " is negative; dropped");
            return null;
        }
        return v;
    }

    /** An id stable across imports for a profile without a credit code: from its name and region. */
    static String stableId(String name, Region region) {
        String key = name + "|" + region.displayName();
        return "fm-"
                + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .substring(0, 18);
    }
}
