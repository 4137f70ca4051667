package io.fundmatch.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (GB/T 2260: all provincial-level divisions, prefecture-level cities and
 * districts/counties) with their full and short names, to turn region names, addresses and document titles
 * into a {@link Region}.
 *
 * <p>Names are matched longest first. Short names of provinces and cities ("北京", "乌鲁木齐", "伊犁") are
 * recognised anywhere; short names of districts ("西城", "水磨沟") only next to a mention of their city or
 * province, or when the whole text is a region name ({@link #parse}). A name shared by several regions
 * (朝阳区 in Beijing and Changchun, 鼓楼区 in several cities) is resolved by the other regions mentioned, or
 * else stays at the level all its readings share. Former district names found in older addresses (宣武区,
 * 崇文区 …) map to the district that took them over. Thread-safe and immutable.
 */
public final class RegionGazetteer {

    private static final String DIVISIONS = "/io/fundmatch/reference/regions.tsv";
    private static final String FORMER_NAMES = "/io/fundmatch/reference/region-aliases.tsv";

    /** Ethnic names that 自治区/自治州/自治县 carry; stripped to form short names. */
    private static final List<String> ETHNIC = List.of(
            "维吾尔", "哈萨克", "柯尔克孜", "蒙古", "回族", "藏族", "彝族", "苗族", "侗族", "布依族", "土家族", "白族", "哈尼族", "傣族", "傈僳族", "景颇族",
            "壮族", "朝鲜族", "羌族", "黎族", "瑶族", "蒙古族", "土族", "撒拉族", "哈萨克族", "纳西族", "拉祜族", "佤族", "仫佬族", "毛南族", "仡佬族", "水族",
            "畲族", "满族", "锡伯族", "达斡尔族", "鄂温克族", "鄂伦春族", "保安族", "东乡族", "裕固族", "独龙族", "怒族", "普米族", "塔吉克族", "各族");

    /** A short name followed by one of these is a street, a school or a park, not a region. */
    private static final Pattern NOT_A_REGION_AFTER = Pattern.compile("^(路|街|大街|大道|道|巷|胡同|大学|公园|广场|桥|里|村|饭店|宾馆|大厦)");

    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<Region, String> codeOf = new HashMap<>();
    /** full names (and former names) to the regions they name. */
    private final Map<String, List<Region>> fullNames = new HashMap<>();
    /** short names of provinces and cities. */
    private final Map<String, List<Region>> shortNames = new HashMap<>();
    /** short names of districts, only recognised with support from a parent mention or in {@link #parse}. */
    private final Map<String, List<Region>> districtShortNames = new HashMap<>();

    private final List<Region> provinces = new ArrayList<>();
    private final Map<String, List<Region>> citiesByProvince = new LinkedHashMap<>();
    private final Map<Region, List<Region>> districtsByCity = new HashMap<>();
    private int longestName;

    private RegionGazetteer() {
        for (String[] row : ReferenceTables.rows(DIVISIONS, true)) {
            Region r = Region.of(row[1], row.length > 2 ? row[2] : null, row.length > 3 ? row[3] : null);
            byCode.put(row[0], r);
            codeOf.putIfAbsent(r, row[0]);
            switch (r.level()) {
                case PROVINCE -> {
                    provinces.add(r);
                    add(fullNames, r.province(), r);
                    for (String s : shortProvinceNames(r.province())) add(shortNames, s, r);
                }
                case CITY -> {
                    citiesByProvince
                            .computeIfAbsent(r.province(), k -> new ArrayList<>())
                            .add(r);
                    if (r.city().equals(r.province())) break; // a municipality's city is named by its province
                    add(fullNames, r.city(), r);
                    for (String s : shortCityNames(r.city())) add(shortNames, s, r);
                }
                case DISTRICT -> {
                    districtsByCity
                            .computeIfAbsent(Region.of(r.province(), r.city(), null), k -> new ArrayList<>())
                            .add(r);
                    add(fullNames, r.district(), r);
                    for (String s : shortDistrictNames(r.district())) add(districtShortNames, s, r);
                }
                default -> {}
            }
        }
        for (String[] row : ReferenceTables.rows(FORMER_NAMES, true)) {
            add(fullNames, row[0], Region.of(row[1], row[2], row[3]));
        }
        // a province's short name ("吉林", "海南") means the province, not a city of the same short name
        shortNames.replaceAll((k, v) -> v.stream().anyMatch(r -> r.level() == Region.Level.PROVINCE)
                ? v.stream().filter(r -> r.level() == Region.Level.PROVINCE).toList()
                : v);
        for (Map<String, List<Region>> m : List.of(fullNames, shortNames, districtShortNames)) {
            for (String k : m.keySet()) longestName = Math.max(longestName, k.length());
        }
    }

    /** The process-wide gazetteer loaded from the product's reference data. */
    public static RegionGazetteer shared() {
        return Holder.SHARED;
    }

    /** Loaded on first use (class initialisation is thread-safe and happens once). */
    private static final class Holder {
        static final RegionGazetteer SHARED = new RegionGazetteer();
    }

    /**
     * The region a free text (a document title, an address, a paragraph) is about: the most specific region
     * that the most mentions agree on, the first mentioned when unrelated regions are named equally often.
     * Empty when no region is named or a name stays ambiguous at every level.
     */
    public Optional<Region> find(String text) {
        return choose(mentions(text, false));
    }

    /**
     * A text that is only a region name, in full or short forms: "西城", "西城区", "北京市西城区", "北京西城",
     * "新疆 乌鲁木齐 水磨沟". Short district names are accepted alone here.
     */
    public Optional<Region> parse(String regionText) {
        return choose(mentions(regionText, true));
    }

    /**
     * A region from separately given parts, each in full or short form and possibly at the wrong level
     * (a registry's 地区 "海淀" is a district of 北京). Missing parents are filled in; a part that names no
     * known region is ignored. National when nothing is recognised.
     */
    public Region resolve(String province, String city, String district) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {province, city, district}) {
            if (part != null && !part.isBlank()) sb.append(part.strip()).append(' ');
        }
        return parse(sb.toString()).orElse(Region.NATIONAL);
    }

    /**
     * The region of a 6-digit GB/T 2260 administrative-division code ("110102" → 北京市西城区); an unknown
     * district code falls back to its city ("xxxx00") and then its province ("xx0000").
     */
    public Optional<Region> byDivisionCode(String code) {
        if (code == null || !code.matches("\\d{6}")) return Optional.empty();
        for (String c : new String[] {code, code.substring(0, 4) + "00", code.substring(0, 2) + "0000"}) {
            Region r = byCode.get(c);
            if (r != null) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The GB/T 2260 code of a region the gazetteer lists. */
    public Optional<String> divisionCode(Region region) {
        return Optional.ofNullable(codeOf.get(region));
    }

    /** Whether a region is one the gazetteer lists (levels consistent, full names). */
    public boolean isKnown(Region region) {
        return region != null && (region.isNational() || codeOf.containsKey(region));
    }

    /** All 34 provincial-level divisions. */
    public List<Region> provinces() {
        return Collections.unmodifiableList(provinces);
    }

    /** Prefecture-level cities (and county-level units under the province) of a province given by full name. */
    public List<Region> cities(String province) {
        return List.copyOf(citiesByProvince.getOrDefault(province, List.of()));
    }

    /** Districts and counties of a city region. */
    public List<Region> districts(Region city) {
        return List.copyOf(districtsByCity.getOrDefault(Region.of(city.province(), city.city(), null), List.of()));
    }

    // ---------------------------------------------------------------------------------------------------

    /** A name found in a text: its readings, and the district readings that need a parent mentioned too. */
    private record Mention(int at, int length, List<Region> readings, List<Region> districtShort) {}

    private List<Mention> mentions(String text, boolean shortDistrictsAlone) {
        List<Mention> found = new ArrayList<>();
        if (text == null || text.isBlank()) return found;
        String t = text.replace('\u3000', ' ');
        int i = 0;
        while (i < t.length()) {
            Mention m = longestAt(t, i);
            if (m == null) {
                i++;
                continue;
            }
            found.add(m);
            i += m.length;
        }
        // short district names count only alone (region fields) or next to a mention of their city/province
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            List<Region> readings = new ArrayList<>(m.readings);
            // "乌鲁木齐" next to "新疆" is the city, not 乌鲁木齐县; "朝阳" next to "北京" is 北京市朝阳区
            boolean largerSupported = m.readings.stream().anyMatch(r -> supportedByAnother(found, m, r));
            for (Region r : m.districtShort) {
                boolean accepted = supportedByAnother(found, m, r)
                        ? !largerSupported
                        : shortDistrictsAlone && found.size() == 1 && m.readings.isEmpty();
                if (accepted && !readings.contains(r)) readings.add(r);
            }
            if (!readings.isEmpty()) kept.add(new Mention(m.at, m.length, readings, List.of()));
        }
        return kept;
    }

    private static boolean supportedByAnother(List<Mention> mentions, Mention m, Region r) {
        return mentions.stream().anyMatch(o -> o != m && o.readings.stream().anyMatch(p -> strictlyCovers(p, r)));
    }

    private Mention longestAt(String t, int i) {
        int max = Math.min(longestName, t.length() - i);
        for (int len = max; len >= 2; len--) {
            String s = t.substring(i, i + len);
            List<Region> full = fullNames.get(s);
            if (full != null) return new Mention(i, len, full, List.of());
            List<Region> sh = shortNames.getOrDefault(s, List.of());
            List<Region> ds = districtShortNames.getOrDefault(s, List.of());
            if ((!sh.isEmpty() || !ds.isEmpty()) && !followedByNonRegion(t, i + len))
                return new Mention(i, len, sh, ds);
        }
        return null;
    }

    private static boolean followedByNonRegion(String t, int end) {
        return end < t.length()
                && NOT_A_REGION_AFTER
                        .matcher(t.substring(end, Math.min(t.length(), end + 2)))
                        .find();
    }

    private Optional<Region> choose(List<Mention> mentions) {
        if (mentions.isEmpty()) return Optional.empty();
        record Candidate(Region region, Mention from, int support) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Mention m : mentions) {
            for (Region r : m.readings) {
                int support = 0;
                for (Mention o : mentions) {
                    if (o.readings.stream().anyMatch(p -> p.covers(r))) support++;
                }
                candidates.add(new Candidate(r, m, support));
            }
        }
        int best = candidates.stream().mapToInt(Candidate::support).max().orElse(0);
        List<Candidate> top = candidates.stream().filter(c -> c.support == best).toList();
        int deepest =
                top.stream().mapToInt(c -> c.region.level().ordinal()).max().orElse(0);
        top = top.stream().filter(c -> c.region.level().ordinal() == deepest).toList();
        int first = top.stream().mapToInt(c -> c.from.at).min().orElse(0);
        Set<Region> readings = new LinkedHashSet<>();
        for (Candidate c : top) if (c.from.at == first) readings.add(c.region);
        Region common = shallowestWellMentioned(commonAncestor(readings), mentions);
        if (common.level() == Region.Level.PROVINCE && MUNICIPALITIES.contains(common.province())) {
            common = Region.of(common.province(), common.province(), null);
        }
        return common.isNational() ? Optional.empty() : Optional.of(common);
    }

    /**
     * The region, or an ancestor of it when its deeper levels are named much less often than the upper ones:
     * a province's notice that gives a contact address in one district is the province's. A level is
     * descended into when it is named at least half as often as the level above it.
     */
    private static Region shallowestWellMentioned(Region region, List<Mention> mentions) {
        if (region.level().ordinal() <= Region.Level.PROVINCE.ordinal()) return region;
        List<Region> chain = new ArrayList<>();
        chain.add(Region.of(region.province(), null, null));
        if (region.city() != null && !region.city().equals(region.province()))
            chain.add(Region.of(region.province(), region.city(), null));
        if (region.district() != null) chain.add(region);
        Region current = null;
        int currentCount = 0;
        for (Region level : chain) {
            int count = 0;
            for (Mention m : mentions) {
                if (m.readings.contains(level)) count++;
            }
            if (count == 0) continue;
            if (current != null && count * 2 < currentCount) break;
            current = level;
            currentCount = count;
        }
        if (current == null) return region;
        // a municipality's city is its province
        if (current.level() == Region.Level.PROVINCE
                && region.city() != null
                && region.city().equals(region.province())) {
            return Region.of(region.province(), region.city(), null);
        }
        return current;
    }

    private static Region commonAncestor(Set<Region> regions) {
        Region common = null;
        for (Region r : regions) {
            if (common == null) {
                common = r;
                continue;
            }
            String p = Objects.equals(common.province(), r.province()) ? r.province() : null;
            String c = p != null && Objects.equals(common.city(), r.city()) ? r.city() : null;
            String d = c != null && Objects.equals(common.district(), r.district()) ? r.district() : null;
            common = Region.of(p, c, d);
        }
        return common == null ? Region.NATIONAL : common;
    }

    private static boolean strictlyCovers(Region parent, Region child) {
        return parent.level().ordinal() < child.level().ordinal() && parent.covers(child);
    }

    private static List<String> shortProvinceNames(String name) {
        Set<String> out = new LinkedHashSet<>();
        String s = name.replaceAll("(特别行政区|自治区|省|市)$", "");
        out.add(s);
        out.add(stripEthnic(s));
        out.removeIf(x -> x.length() < 2 || x.equals(name));
        return List.copyOf(out);
    }

    private static List<String> shortCityNames(String name) {
        Set<String> out = new LinkedHashSet<>();
        String s = name.replaceAll("(自治州|地区|市|盟)$", "");
        out.add(s);
        out.add(stripEthnic(s));
        out.removeIf(x -> x.length() < 2 || x.equals(name));
        return List.copyOf(out);
    }

    private static List<String> shortDistrictNames(String name) {
        Set<String> out = new LinkedHashSet<>();
        String s = name.replaceAll("(自治县|自治旗|新区|区|县|市|旗)$", "");
        out.add(s);
        out.add(stripEthnic(s));
        out.removeIf(x -> x.length() < 2 || x.equals(name));
        return List.copyOf(out);
    }

    private static String stripEthnic(String s) {
        String cur = s;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String e : ETHNIC) {
                if (cur.endsWith(e) && cur.length() > e.length() + 1) {
                    cur = cur.substring(0, cur.length() - e.length());
                    changed = true;
                }
            }
        }
        return cur;
    }

    private static void add(Map<String, List<Region>> index, String name, Region r) {
        List<Region> list = index.computeIfAbsent(name, k -> new ArrayList<>(1));
        if (!list.contains(r)) list.add(r);
    }
}
