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
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Character pairs of longer words let "医疗器械" meet the standard's "器械"; they weigh less than words. */
    private static final double BIGRAM_WEIGHT = 0.5;

    private static final Pattern BRACKETS = Pattern.compile("[（(【\\[][^（()）【】\\[\\]]*[)）】\\]]");
    private static final Pattern ITEM_SEPARATORS = Pattern.compile("[。；;，,！!？?\\n\\r]+|\\s{2,}");
    private static final Pattern SALES = Pattern.compile("^(销售|批发|零售|经销|代销|购销|批零|零批|销售代理|收购|采购|网上销售|经营)");
    private static final Pattern MAKING = Pattern.compile("(生产|制造|加工|组装|研制|制作|印刷|铸造|酿造|种植|养殖)");
    private static final Pattern GENERIC = Pattern.compile("^(销售|批发|零售|经销|技术开发|技术咨询|技术服务|技术转让|技术推广|技术培训|信息咨询|"
            + "经济信息咨询|经济贸易咨询|投资咨询|企业管理咨询|企业策划|市场调查|市场调研|货物进出口|技术进出口|代理进出口|进出口|"
            + "会议服务|会务服务|承办展览|展览展示|组织文化艺术交流|设计、制作、代理、发布广告|设计制作|租赁|出租|劳务服务|"
            + "计算机技术培训|电脑图文设计|打字|复印|家居装饰|日用百货|五金交电|百货)");
    private static final Pattern NAME_NOISE = Pattern.compile("(有限责任公司|股份有限公司|有限公司|分公司|公司|集团|科技|发展|实业|"
            + "北京|上海|天津|重庆|新疆|乌鲁木齐|中国|国际|[（(][^（()）]*[)）])");

    /** Verbs of a scope item: they say what is done (handled by the section nudges), not in which industry. */
    private static final java.util.Set<String> VERBS = java.util.Set.of("生产", "制造", "加工", "销售", "批发", "零售",
            "研发", "研制", "经营", "从事", "提供", "相关", "产品", "开发应用", "应用", "承接", "代理", "经销", "购销");

    private static volatile SectorInference shared;

    private final IndustryClassification table;
    private final Segmenter segmenter;
    private final List<Industry> docs = new ArrayList<>();
    private final List<Map<String, Integer>> docTerms = new ArrayList<>();
    private final int[] docLength;
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double averageLength;

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
        long total = 0;
        for (Industry leaf : table.level(4)) {
            Industry group = byCode.get(leaf.code().substring(0, 4));
            Industry division = byCode.get(leaf.division());
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 3; k++) text.append(leaf.name()).append('。');
            text.append(leaf.remark()).append('。');
            if (group != null && !group.name().equals(leaf.name())) text.append(group.name()).append('。');
            if (division != null) text.append(division.name()).append('。');
            Map<String, Integer> tf = new HashMap<>();
            int length = 0;
            for (String w : features(segmenter.words(text.toString()))) {
                tf.merge(w, 1, Integer::sum);
                length++;
            }
            int id = docs.size();
            docs.add(leaf);
            docTerms.add(tf);
            tf.keySet().forEach(w -> postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
            total += length;
        }
        docLength = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) docLength[i] = docTerms.get(i).values().stream().mapToInt(Integer::intValue).sum();
        averageLength = docs.isEmpty() ? 1 : (double) total / docs.size();
        int n = docs.size();
        postings.forEach((w, list) -> idf.put(w, Math.log(1 + (n - list.size() + 0.5) / (list.size() + 0.5))));
    }

    /** The process-wide inference over the product's GB/T 4754-2017 table and segmenter. */
    public static SectorInference shared() {
        SectorInference s = shared;
        if (s == null) {
            synchronized (SectorInference.class) {
                s = shared;
                if (s == null) {
                    s = new SectorInference(IndustryClassification.shared(), Segmenter.shared());
                    shared = s;
                }
            }
        }
        return s;
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
            if (position == 0) weight *= 1.5;
            else if (GENERIC.matcher(item).find()) weight *= 0.35;
            addItem(item, weight, divisionScore, classScore);
            position++;
        }
        if (name != null) {
            String core = NAME_NOISE.matcher(name).replaceAll(" ");
            addItem(core, 0.4, divisionScore, classScore);
        }
        double sum = divisionScore.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum <= 0) return Prediction.NONE;
        Map<String, Double> sectionScore = new LinkedHashMap<>();
        divisionScore.forEach((d, s) -> sectionScore.merge(d.substring(0, 1), s, Double::sum));
        double classSum = classScore.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Prediction(guesses(divisionScore, sum, top), guesses(sectionScore, sum, top),
                guesses(classScore, classSum, top));
    }

    private List<SectorGuess> guesses(Map<String, Double> scores, double sum, int top) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(e -> new SectorGuess(e.getKey(), table.find(e.getKey()).map(Industry::name).orElse(""),
                        Math.round(1000 * e.getValue() / sum) / 1000.0))
                .toList();
    }

    private void addItem(String item, double weight, Map<String, Double> divisionScore, Map<String, Double> classScore) {
        List<String> words = segmenter.words(item);
        if (words.isEmpty()) return;
        Map<Integer, Double> scores = new HashMap<>();
        Map<String, Double> query = new HashMap<>();
        for (String w : words) {
            if (VERBS.contains(w)) continue;
            query.merge(w, 1.0, Double::sum);
            if (w.length() >= 3) {
                for (int i = 0; i + 2 <= w.length(); i++) query.merge(w.substring(i, i + 2), BIGRAM_WEIGHT, Double::sum);
            }
        }
        for (Map.Entry<String, Double> q : query.entrySet()) {
            String w = q.getKey();
            List<Integer> posting = postings.get(w);
            if (posting == null) continue;
            double wIdf = idf.get(w) * q.getValue();
            for (int d : posting) {
                int tf = docTerms.get(d).get(w);
                double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * docLength[d] / averageLength));
                scores.merge(d, wIdf * norm, Double::sum);
            }
        }
        if (scores.isEmpty()) return;
        boolean sales = SALES.matcher(item).find();
        boolean making = !sales && MAKING.matcher(item).find();
        Map<String, Double> byDivision = new HashMap<>();
        Map<String, Double> byClass = new HashMap<>();
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            Industry leaf = docs.get(e.getKey());
            double s = e.getValue();
            String section = leaf.section();
            if (sales) {
                s *= section.equals("F") ? 2.5 : 0.6;
                // 批发 is wholesale, 零售 retail; a plain 销售 leans to wholesale as the statistical practice does
                if (leaf.division().equals("F51")) s *= item.startsWith("零售") ? 0.7 : 1.25;
                if (leaf.division().equals("F52") && item.startsWith("零售")) s *= 1.4;
            }
            if (making) s *= section.equals("C") ? 1.8 : 0.8;
            byDivision.merge(leaf.division(), s, Math::max);
            byClass.merge(leaf.code(), s, Math::max);
        }
        List<Map.Entry<String, Double>> best = byDivision.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5).toList();
        double max = best.get(0).getValue();
        double strength = Math.min(1.0, max / 6.0);
        // sharpen: the item's evidence goes mostly to its best readings
        double norm = best.stream().mapToDouble(e -> Math.pow(e.getValue() / max, 3)).sum();
        for (Map.Entry<String, Double> e : best) {
            divisionScore.merge(e.getKey(), weight * strength * Math.pow(e.getValue() / max, 3) / norm, Double::sum);
        }
        byClass.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .forEach(e -> classScore.merge(e.getKey(), weight * strength * e.getValue() / max, Double::sum));
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
        for (String part : ITEM_SEPARATORS.split(t)) {
            String p = part.strip();
            if (p.length() >= 2) out.add(p);
            if (out.size() >= MAX_ITEMS) break;
        }
        return out;
    }
}
