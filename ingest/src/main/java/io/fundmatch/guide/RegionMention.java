package io.fundmatch.guide;

import io.fundmatch.reference.FunctionalZones;
import io.fundmatch.reference.ReferenceTables;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issuing region of a document, from the place names its title (first) or text mentions: the most
 * specific region named, with its province and city filled in. Place names come from the division table
 * {@code /io/fundmatch/reference/regions.tsv} (the product's division table), plus a built-in core
 * (provinces, Beijing and Shanghai districts, Guangdong cities, Urumqi districts). 临港 (Shanghai's
 * Lingang area, which spans 浦东新区 and 奉贤区) is read as 上海市 with no district.
 */
final class RegionMention {

    private static final String DIVISIONS = "/io/fundmatch/reference/regions.tsv";

    /** name as written → region; full names and unambiguous short forms (北京, 东莞). */
    private final Map<String, Region> names = new LinkedHashMap<>();

    private final List<String> byLength;

    private static final RegionMention SHARED = new RegionMention();

    static RegionMention shared() {
        return SHARED;
    }

    private RegionMention() {
        builtIn();
        loadDivisions();
        Map<String, Region> shortForms = new HashMap<>();
        Map<String, Integer> shortCount = new HashMap<>();
        for (Map.Entry<String, Region> e : names.entrySet()) {
            Region r = e.getValue();
            if (r.level() == Region.Level.DISTRICT) continue;
            String s = shortName(e.getKey());
            if (s != null) {
                shortForms.putIfAbsent(s, r);
                shortCount.merge(s, 1, Integer::sum);
            }
        }
        shortForms.forEach((s, r) -> {
            if (shortCount.get(s) == 1) names.putIfAbsent(s, r);
        });
        names.put("临港", Region.of("上海市", "上海市", null));
        byLength = new ArrayList<>(names.keySet());
        byLength.sort((a, b) -> Integer.compare(b.length(), a.length()));
    }

    private static String shortName(String full) {
        for (String suffix : new String[] {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"}) {
            if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                return full.substring(0, full.length() - suffix.length());
            }
        }
        return null;
    }

    /** An issuing body's signature line: 杭州市余杭区科学技术局, 某某市人民政府办公室, 某某区管委会. */
    private static final java.util.regex.Pattern SIGNATURE =
            java.util.regex.Pattern.compile("^[^，。；：:、,（(]{2,40}(局|委员会|委|办公室|办|管理委员会|管委会|人民政府|政府|厅|中心)$");

    private static final int SIGNATURE_LINES = 8;

    /**
     * The region a document was issued for: from the title when it names one, else from the issuing body's
     * signature at the end of the text, else the text's most frequent.
     */
    Region detect(String title, String text) {
        FunctionalZones zones = FunctionalZones.shared();
        return inZone(divisions(zones.masked(title), zones.masked(text)), title, text);
    }

    /**
     * The region placed in the functional zone (state-level new area, high-tech zone …) the title names, or
     * that the text names at least three times when no district was found and the zone lies in that province.
     */
    private static Region inZone(Region found, String title, String text) {
        FunctionalZones zones = FunctionalZones.shared();
        // the issuer is the zone: counties its text names (雄县、容城县 as addressees) do not narrow it down
        if (title != null && zones.named(title).isPresent()) {
            return zones.place(found.province() == null ? null : Region.of(found.province(), null, null), title);
        }
        if (found.district() != null) return found;
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        java.util.Optional<FunctionalZones.Zone> z = zones.named(head);
        if (z.isEmpty()) return found;
        if (found.province() != null && !found.province().equals(z.get().province())) return found;
        int mentions = 0;
        for (String w : new String[] {z.get().name(), shortZoneName(z.get().name())}) {
            for (int i = head.indexOf(w); i >= 0; i = head.indexOf(w, i + w.length())) mentions++;
            if (mentions > 0) break;
        }
        return mentions >= 3 ? zones.place(found, head) : found;
    }

    /** 雄安新区 → 雄安, 临港地区 → 临港, 成都高新区 → 成都高新. */
    private static String shortZoneName(String zone) {
        return zone.replaceAll("(新区|地区|高新区|科技园区|经济技术开发区)$", "");
    }

    private Region divisions(String title, String text) {
        Region fromTitle = mostSpecific(count(title == null ? "" : title));
        if (fromTitle != null) return fromTitle;
        Region signed = signature(text);
        if (signed != null) return signed;
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Map<Region, Integer> counts = count(head);
        if (counts.isEmpty()) return Region.NATIONAL;
        Region top = null;
        int topCount = 0;
        for (Map.Entry<Region, Integer> e : counts.entrySet()) {
            if (e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        // a more specific place inside the most named one, named at least twice, narrows it down
        Region best = top;
        for (Map.Entry<Region, Integer> e : counts.entrySet()) {
            Region r = e.getKey();
            if (e.getValue() >= 2 && r.level().ordinal() > best.level().ordinal() && within(r, top)) best = r;
        }
        return best;
    }

    /** The most specific region named by a signature among the text's last lines, or null. */
    private Region signature(String text) {
        String[] lines = text.strip().split("\\n");
        Region best = null;
        for (int i = lines.length - 1, seen = 0; i >= 0 && seen < SIGNATURE_LINES; i--) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            seen++;
            if (!SIGNATURE.matcher(line).matches()) continue;
            Region r = mostSpecific(count(line));
            if (r != null && (best == null || r.level().ordinal() > best.level().ordinal())) best = r;
        }
        return best;
    }

    private static boolean within(Region inner, Region outer) {
        return outer.covers(inner);
    }

    private Region mostSpecific(Map<Region, Integer> counts) {
        Region best = null;
        for (Region r : counts.keySet()) {
            if (best == null || r.level().ordinal() > best.level().ordinal()) best = r;
        }
        return best;
    }

    /** Mentions of known places, longest names first so 西城区 is not also read as a shorter name. */
    private Map<Region, Integer> count(String text) {
        Map<Region, Integer> counts = new LinkedHashMap<>();
        if (text.isEmpty()) return counts;
        StringBuilder masked = new StringBuilder(text);
        for (String name : byLength) {
            int from = 0, i;
            while ((i = masked.indexOf(name, from)) >= 0) {
                counts.merge(names.get(name), 1, Integer::sum);
                for (int k = i; k < i + name.length(); k++) masked.setCharAt(k, '\u0000');
                from = i + name.length();
            }
        }
        return counts;
    }

    private void add(String province, String city, String district) {
        Region r = Region.of(province, city, district);
        String name = r.district() != null ? r.district() : r.city() != null ? r.city() : r.province();
        // two-character districts (城区, 郊区, 矿区) are ordinary words in running text
        int min = r.level() == Region.Level.DISTRICT ? 3 : 2;
        if (name != null && name.length() >= min) names.putIfAbsent(name, r);
    }

    private void loadDivisions() {
        for (String[] f : ReferenceTables.rows(DIVISIONS, true)) {
            if (f.length < 4 || f[1].isBlank()) continue;
            add(f[1], f[2], f[3]);
        }
    }

    private void builtIn() {
        String[] provinces = {
            "北京市",
            "天津市",
            "河北省",
            "山西省",
            "内蒙古自治区",
            "辽宁省",
            "吉林省",
            "黑龙江省",
            "上海市",
            "江苏省",
            "浙江省",
            "安徽省",
            "福建省",
            "江西省",
            "山东省",
            "河南省",
            "湖北省",
            "湖南省",
            "广东省",
            "广西壮族自治区",
            "海南省",
            "重庆市",
            "四川省",
            "贵州省",
            "云南省",
            "西藏自治区",
            "陕西省",
            "甘肃省",
            "青海省",
            "宁夏回族自治区",
            "新疆维吾尔自治区",
            "香港特别行政区",
            "澳门特别行政区",
            "台湾省"
        };
        for (String p : provinces) {
            boolean municipality = p.equals("北京市") || p.equals("天津市") || p.equals("上海市") || p.equals("重庆市");
            add(p, municipality ? p : null, null);
        }
        for (String d : new String[] {
            "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区",
            "延庆区"
        }) {
            add("北京市", "北京市", d);
        }
        for (String d : new String[] {
            "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区",
            "崇明区"
        }) {
            add("上海市", "上海市", d);
        }
        for (String c : new String[] {
            "广州市", "韶关市", "深圳市", "珠海市", "汕头市", "佛山市", "江门市", "湛江市", "茂名市", "肇庆市", "惠州市", "梅州市", "汕尾市", "河源市", "阳江市",
            "清远市", "东莞市", "中山市", "潮州市", "揭阳市", "云浮市"
        }) {
            add("广东省", c, null);
        }
        add("新疆维吾尔自治区", "乌鲁木齐市", null);
        for (String d : new String[] {"天山区", "沙依巴克区", "新市区", "水磨沟区", "头屯河区", "达坂城区", "米东区", "乌鲁木齐县"}) {
            add("新疆维吾尔自治区", "乌鲁木齐市", d);
        }
    }
}
