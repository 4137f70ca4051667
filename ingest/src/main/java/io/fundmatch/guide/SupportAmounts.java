package io.fundmatch.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The support amount a text states (给予…最高不超过100万元的资助): the phrase as written and the largest
 * amount in 万元. Thresholds an applicant must meet (营业收入不低于2000万元, 投入500万元以上) and fund sizes
 * (规模50亿元) are not support amounts.
 */
final class SupportAmounts {

    private static final Pattern AMOUNT =
            Pattern.compile("(最高不超过|最高不超|最高可达|最高给予|最高|不超过|最多|上限为?|一次性给予|给予|奖励|资助|补助|扶持|补贴|支持|每[件个家项]?)"
                    + "([^。；，,\\d]{0,10}?)(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|千元|元)");
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("^\\s*(以上|及以上|以下|的企业|规模)");
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("不低于|达到|收入|投入|营业|销售|产值|规模|注册资本|资产|纳税|首期");

    private SupportAmounts() {}

    record Amount(String written, double maxWan) {}

    static Amount find(String text) {
        if (text == null) return null;
        Matcher m = AMOUNT.matcher(text);
        String written = null;
        double max = -1;
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 10), m.start()) + m.group(2);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            if (THRESHOLD_BEFORE.matcher(before).find()
                    || THRESHOLD_AFTER.matcher(after).find()) continue;
            double value = Double.parseDouble(m.group(3))
                    * switch (m.group(4)) {
                        case "亿元" -> 10_000.0;
                        case "万元" -> 1.0;
                        case "千元" -> 0.1;
                        default -> 0.0001;
                    };
            if (value > max) {
                max = value;
                written = m.group();
            }
        }
        return written == null ? null : new Amount(written.strip(), Math.round(max * 10_000) / 10_000.0);
    }
}
