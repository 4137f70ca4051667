package io.fundmatch.reference;

import io.fundmatch.profile.SectorGuess;
import io.fundmatch.reference.IndustryClassification.Industry;
import io.fundmatch.text.Segmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Infers the GB/T 4754-2017 大类 (and 门类) an organisation works in from its 经营范围, its main products
 * ({@code specialization}) and, weakly, its name, using the standard's own names and 说明 text.
 *
 * <p>Each 小类 is a document (its name three times, its 说明, its 中类 and 大类 names). The scope is cut into
 * items at 。；，; every item is scored with BM25 against all 小类, the scores are taken up to 大类 (best 小类),
 * normalised within the item and added with a weight that falls with the item's position — the main business
 * is listed first — and that is lowered for generic trailing items (销售…, 技术咨询, 进出口, 会议服务 …).
 * An item's verb moves the reading between sections: 销售/批发/零售 towards 批发和零售业, 生产/制造/加工 towards
 * 制造业. Confidence is the share of the total evidence. Thread-safe.
 */
public final class SectorInference {

    /** The scope characters read: the main business is at the start, and long texts only add noise. */
    public static final int MAX_CHARS = 3000;

    private static final int MAX_ITEMS = 40;
    private static final int MAX_ITEM_CHARS = 200;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Character pairs of longer words let "医疗器械" meet the standard's "器械"; they weigh less than words. */
    private static final double BIGRAM_WEIGHT = 0.5;

    private static final Pattern BRACKETS = Pattern.compile("[（(【\\[][^（()）【】\\[\\]]*[)）】\\]]");
    private static final Pattern CLAUSE_SEPARATORS = Pattern.compile("[。；;！!？?\\n\\r]+|\\s{2,}");
    private static final Pattern PART_SEPARATORS = Pattern.compile("[，,]+");
    private static final Pattern SALES = Pattern.compile("^(销售|批发|零售|经销|代销|购销|批零|零批|收购|网上销售)");
    private static final Pattern SALES_AT_END = Pattern.compile("^[^生制加产研]{1,20}(的)?(销售|批发|零售|经销)$");
    private static final Pattern RETAIL = Pattern.compile("零售");
    private static final Pattern WHOLESALE = Pattern.compile("批发");
    private static final Pattern PREAMBLE = Pattern.compile("(许可经营项目|一般经营项目|经营范围|主营|兼营)[：:]?");
    private static final Pattern COLON_PREFIX = Pattern.compile("^[^：:]{1,10}[：:]");
    private static final String CUES = "/io/fundmatch/reference/sector-cues.tsv";
    /** Evidence a name's cue gives, against 1.5 for the first scope item. */
    private static final double NAME_WEIGHT = 0.6;

    private static final Pattern MAKING = Pattern.compile("(生产|制造|加工|组装|研制|制作|印刷|铸造|酿造)");
    private static final Pattern GENERIC = Pattern.compile("^(销售|批发|零售|经销|技术开发|技术咨询|技术服务|技术转让|技术推广|技术培训|信息咨询|"
            + "经济信息咨询|经济贸易咨询|投资咨询|企业管理咨询|企业策划|市场调查|市场调研|货物进出口|技术进出口|代理进出口|进出口|"
            + "会议服务|会务服务|承办展览|展览展示|组织文化艺术交流|设计、制作、代理、发布广告|设计制作|租赁|出租|劳务服务|"
            + "计算机技术培训|电脑图文设计|打字|复印|家居装饰|日用百货|五金交电|百货)");
    private static final Pattern NAME_NOISE =
            Pattern.compile("(有限责任公司|股份有限公司|有限公司|分公司|公司|集团|科技|发展|实业|" + "北京|上海|天津|重庆|新疆|乌鲁木齐|中国|国际|[（(][^（()）]*[)）])");

    /** Verbs of a scope item: they say what is done (handled by the section nudges), not in which industry. */
    private static final java.util.Set<String> VERBS = java.util.Set.of(
            "生产", "制造", "加工", "销售", "批发", "零售", "研发", "研制", "经营", "从事", "提供", "相关", "产品", "开发应用", "应用", "承接", "代理",
            "经销", "购销");

    private final IndustryClassification table;
    private final Segmenter segmenter;
    private final List<Industry> docs = new ArrayList<>();
    /** For every term, the 小类 that contain it with the term's BM25 weight in each. */
    private final Map<String, Posting> postings = new HashMap<>();

    private final List<String> divisions = new ArrayList<>();
    private final int[] divisionOf;
    private final char[] sectionOf;

    private record Posting(int[] docs, double[] weights) {}

    /** A phrase that names a 大类 directly (reference data in sector-cues.tsv). */
    private record Cue(Pattern pattern, String division, double weight) {}

    private final List<Cue> scopeCues = new ArrayList<>();
    private final List<Cue> nameCues = new ArrayList<>();

    /**
     * The 大类 and 门类 read from a text, best first.
     *
     * @param divisions 大类 codes ("I65") with confidence
     * @param sections  门类 codes ("I") with confidence
     * @param classes   the best 小类 ("I6513") with confidence, for display
     */
    public record Prediction(List<SectorGuess> divisions, List<SectorGuess> sections, List<SectorGuess> classes) {
        public static final Prediction NONE = new Prediction(List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return divisions.isEmpty();
        }
    }

    private SectorInference(IndustryClassification table, Segmenter segmenter) {
        this.table = table;
        this.segmenter = segmenter;
        Map<String, Industry> byCode = new HashMap<>();
        for (int lv = 1; lv <= 3; lv++) for (Industry i : table.level(lv)) byCode.put(i.code(), i);
        loadCues();
        List<Map<String, Integer>> docTerms = new ArrayList<>();
        long total = 0;
        for (Industry leaf : table.level(4)) {
            Industry group = byCode.get(leaf.code().substring(0, 4));
            Industry division = byCode.get(leaf.division());
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 3; k++) text.append(leaf.name()).append('。');
            text.append(leaf.remark()).append('。');
            if (group != null && !group.name().equals(leaf.name()))
                text.append(group.name()).append('。');
            if (division != null) text.append(division.name()).append('。');
            Map<String, Integer> tf = new HashMap<>();
            for (String w : features(segmenter.words(text.toString()))) {
                tf.merge(w, 1, Integer::sum);
                total++;
            }
            docs.add(leaf);
            docTerms.add(tf);
        }
        int n = docs.size();
        double averageLength = n == 0 ? 1 : (double) total / n;
        divisionOf = new int[n];
        sectionOf = new char[n];
        Map<String, List<int[]>> raw = new HashMap<>();
        for (int d = 0; d < n; d++) {
            String div = docs.get(d).division();
            int index = divisions.indexOf(div);
            if (index < 0) {
                index = divisions.size();
                divisions.add(div);
            }
            divisionOf[d] = index;
            sectionOf[d] = docs.get(d).section().charAt(0);
            int length = docTerms.get(d).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            for (Map.Entry<String, Integer> e : docTerms.get(d).entrySet()) {
                raw.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue(), length});
            }
        }
        for (Map.Entry<String, List<int[]>> e : raw.entrySet()) {
            List<int[]> list = e.getValue();
            double idf = Math.log(1 + (n - list.size() + 0.5) / (list.size() + 0.5));
            int[] ids = new int[list.size()];
            double[] weights = new double[list.size()];
            for (int k = 0; k < list.size(); k++) {
                int[] x = list.get(k);
                ids[k] = x[0];
                weights[k] = idf * x[1] * (K1 + 1) / (x[1] + K1 * (1 - B + B * x[2] / averageLength));
            }
            postings.put(e.getKey(), new Posting(ids, weights));
        }
    }

    private void loadCues() {
        for (String[] f : ReferenceTables.rows(CUES, false)) {
            Cue cue = new Cue(Pattern.compile(f[1]), f[2], Double.parseDouble(f[3].strip()));
            (f[0].equals("name") ? nameCues : scopeCues).add(cue);
        }
    }

    /** The process-wide inference over the product's GB/T 4754-2017 table and segmenter. */
    public static SectorInference shared() {
        return Holder.SHARED;
    }

    /** Built on first use (class initialisation is thread-safe and happens once). */
    private static final class Holder {
        static final SectorInference SHARED = new SectorInference(IndustryClassification.shared(), Segmenter.shared());
    }

    /**
     * The most likely 大类 and 门类 (up to {@code top} of each), best first; empty when the texts name
     * nothing the standard describes.
     *
     * @param name           the organisation's name (weak evidence), may be null
     * @param businessScope  经营范围, may be null; only the first {@link #MAX_CHARS} characters are read
     * @param specialization main products and technologies, may be null (strong evidence)
     */
    public Prediction infer(String name, String businessScope, String specialization, int top) {
        Map<String, Double> divisionScore = new HashMap<>();
        Map<String, Double> classScore = new HashMap<>();
        int position = 0;
        for (String item : items(specialization)) {
            addItem(item, 1.5 / (1 + 0.2 * position++), divisionScore, classScore);
        }
        position = 0;
        for (String item : items(businessScope)) {
            double weight = 1.0 / (1 + 0.35 * position);
            boolean generic = GENERIC.matcher(item).find();
            if (position == 0) weight *= isGenericTechnology(item) ? 1.0 : 1.5;
            else if (generic) weight *= 0.35;
            addItem(item, weight, divisionScore, classScore);
            position++;
        }
        if (name != null) {
            Map<String, Double> cues = matchingCues(nameCues, name);
            double total =
                    cues.values().stream().mapToDouble(Double::doubleValue).sum();
            cues.forEach((division, w) -> divisionScore.merge(division, NAME_WEIGHT * w / total, Double::sum));
            addItem(NAME_NOISE.matcher(name).replaceAll(" "), 0.3, divisionScore, classScore);
        }
        double sum =
                divisionScore.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum <= 0) return Prediction.NONE;
        Map<String, Double> sectionScore = new LinkedHashMap<>();
        divisionScore.forEach((d, s) -> sectionScore.merge(d.substring(0, 1), s, Double::sum));
        double classSum =
                classScore.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Prediction(
                guesses(divisionScore, sum, top), guesses(sectionScore, sum, top), guesses(classScore, classSum, top));
    }

    private boolean isGenericTechnology(String item) {
        return scopeCues.get(0).pattern().matcher(item).find();
    }

    private static Map<String, Double> matchingCues(List<Cue> cues, String text) {
        Map<String, Double> out = new HashMap<>();
        for (Cue c : cues) if (c.pattern.matcher(text).find()) out.merge(c.division, c.weight, Math::max);
        return out;
    }

    private List<SectorGuess> guesses(Map<String, Double> scores, double sum, int top) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(e -> new SectorGuess(
                        e.getKey(),
                        table.find(e.getKey()).map(Industry::name).orElse(""),
                        Math.round(1000 * e.getValue() / sum) / 1000.0))
                .toList();
    }

    private void addItem(
            String item, double weight, Map<String, Double> divisionScore, Map<String, Double> classScore) {
        boolean sales = SALES.matcher(item).find() || SALES_AT_END.matcher(item).find();
        boolean making = !sales && MAKING.matcher(item).find();
        if (sales) {
            // whatever is sold, selling is trade: 批发 wholesale, 零售 retail, a plain 销售 leans to wholesale
            boolean retail = RETAIL.matcher(item).find();
            boolean wholesale = WHOLESALE.matcher(item).find();
            double toRetail = retail && !wholesale ? 0.85 : wholesale && !retail ? 0.15 : 0.4;
            divisionScore.merge("F51", weight * (1 - toRetail), Double::sum);
            divisionScore.merge("F52", weight * toRetail, Double::sum);
            return;
        }
        double bm25Share = 1.0;
        if (!making) {
            Map<String, Double> cues = matchingCues(scopeCues, item);
            if (!cues.isEmpty()) {
                double total =
                        cues.values().stream().mapToDouble(Double::doubleValue).sum();
                double strongest = cues.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(1);
                cues.forEach(
                        (division, w) -> divisionScore.merge(division, weight * strongest * w / total, Double::sum));
                bm25Share = 0.3;
            }
        }
        List<String> words = segmenter.words(item);
        if (words.isEmpty()) return;
        double itemWeight = weight * bm25Share;
        Map<String, Double> query = new HashMap<>();
        for (String w : words) {
            if (VERBS.contains(w)) continue;
            query.merge(w, 1.0, Double::sum);
            if (w.length() >= 3) {
                for (int i = 0; i + 2 <= w.length(); i++)
                    query.merge(w.substring(i, i + 2), BIGRAM_WEIGHT, Double::sum);
            }
        }
        double[] scores = new double[docs.size()];
        boolean any = false;
        for (Map.Entry<String, Double> q : query.entrySet()) {
            Posting posting = postings.get(q.getKey());
            if (posting == null) continue;
            any = true;
            double factor = q.getValue();
            for (int k = 0; k < posting.docs.length; k++) scores[posting.docs[k]] += factor * posting.weights[k];
        }
        if (!any) return;
        double[] byDivision = new double[divisions.size()];
        int[] bestLeaf = new int[divisions.size()];
        for (int d = 0; d < scores.length; d++) {
            double s = scores[d];
            if (s <= 0) continue;
            char section = sectionOf[d];
            if (making) s *= section == 'C' ? 1.8 : 0.8;
            scores[d] = s;
            if (s > byDivision[divisionOf[d]]) {
                byDivision[divisionOf[d]] = s;
                bestLeaf[divisionOf[d]] = d;
            }
        }
        Integer[] order = new Integer[byDivision.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(byDivision[y], byDivision[x]));
        double max = byDivision[order[0]];
        if (max <= 0) return;
        double strength = Math.min(1.0, max / 6.0);
        // sharpen: the item's evidence goes mostly to its best readings
        double norm = 0;
        for (int i = 0; i < 5 && i < order.length; i++) norm += Math.pow(byDivision[order[i]] / max, 3);
        for (int i = 0; i < 5 && i < order.length; i++) {
            int div = order[i];
            if (byDivision[div] <= 0) break;
            double share = Math.pow(byDivision[div] / max, 3) / norm;
            divisionScore.merge(divisions.get(div), itemWeight * strength * share, Double::sum);
            if (i < 3) classScore.merge(docs.get(bestLeaf[div]).code(), itemWeight * strength * share, Double::sum);
        }
    }

    /** The words, plus the character pairs of words of three or more characters. */
    private static List<String> features(List<String> words) {
        List<String> out = new ArrayList<>(words.size() * 2);
        for (String w : words) {
            out.add(w);
            if (w.length() >= 3) {
                for (int i = 0; i + 2 <= w.length(); i++) out.add(w.substring(i, i + 2));
            }
        }
        return out;
    }

    /** Items of a scope text: bracketed notes removed, cut at 。；， and similar, at most {@value #MAX_ITEMS}. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String previous;
        do {
            previous = t;
            t = BRACKETS.matcher(t).replaceAll("");
        } while (!t.equals(previous));
        t = PREAMBLE.matcher(t).replaceAll("");
        for (String clause : CLAUSE_SEPARATORS.split(t)) {
            // "销售：钢材，建材，五金" — the parts after the first share its "销售："
            String prefix = "";
            boolean first = true;
            for (String part : PART_SEPARATORS.split(clause)) {
                String p = part.strip();
                if (p.length() < 2) continue;
                if (p.length() > MAX_ITEM_CHARS) { // one item is a phrase, not a page: cut at a list mark
                    int cut = p.lastIndexOf('、', MAX_ITEM_CHARS);
                    p = p.substring(0, cut > 0 ? cut : MAX_ITEM_CHARS);
                }
                if (first) {
                    java.util.regex.Matcher m = COLON_PREFIX.matcher(p);
                    if (m.find()) prefix = m.group();
                    first = false;
                } else if (!prefix.isEmpty() && p.indexOf('：') < 0 && p.indexOf(':') < 0 && !startsWithVerb(p)) {
                    p = prefix + p;
                }
                out.add(p);
                if (out.size() >= MAX_ITEMS) return out;
            }
        }
        return out;
    }

    private static boolean startsWithVerb(String p) {
        return SALES.matcher(p).find()
                || MAKING.matcher(p.substring(0, Math.min(4, p.length()))).find();
    }
}
