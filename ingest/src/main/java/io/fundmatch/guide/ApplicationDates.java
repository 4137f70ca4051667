package io.fundmatch.guide;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application window a text states (申报时间为2017年7月10日～8月10日, 截止到2017年8月21日, 请于8月15日前
 * 提交): the sentence as written and its last day. Dates without a year take the document's year.
 */
final class ApplicationDates {

    private static final Pattern SENTENCE = Pattern.compile("[^。；;\\n]+");
    private static final Pattern CUE_STRONG = Pattern.compile("申报时间|申请时间|受理时间|申报截止|截止时间|截止日期|截止到|截至|申报期|受理期|报名时间");
    private static final Pattern CUE = Pattern.compile("截止|之前|以前|(?:日|\\d[:：]\\d{2})\\s*前|至|～|~");
    private static final Pattern NOT_END = Pattern.compile("以后|之后|以来|开始");
    private static final Pattern APPLY = Pattern.compile("申报|申请|受理|提交|报送|报名|登录|登陆|填报");
    private static final Pattern DATE =
            Pattern.compile("(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
                    + "|((?:19|20)\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})");

    private ApplicationDates() {}

    record Window(String written, LocalDate deadline) {}

    static Window find(String text, Integer documentYear) {
        if (text == null) return null;
        Window strong = null, weak = null;
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group().strip();
            if (sentence.startsWith("发布时间") || sentence.startsWith("发布日期")) continue;
            boolean isStrong = CUE_STRONG.matcher(sentence).find();
            if (!isStrong
                    && !(CUE.matcher(sentence).find()
                            && APPLY.matcher(sentence).find()
                            && !NOT_END.matcher(sentence).find())) continue;
            LocalDate last = lastDate(sentence, documentYear);
            if (last == null) continue;
            Window w = new Window(sentence.length() > 160 ? sentence.substring(0, 157) + "..." : sentence, last);
            if (isStrong && strong == null) strong = w;
            if (!isStrong && weak == null) weak = w;
        }
        return strong != null ? strong : weak;
    }

    private static LocalDate lastDate(String sentence, Integer documentYear) {
        Matcher d = DATE.matcher(sentence);
        LocalDate last = null;
        Integer year = documentYear;
        while (d.find()) {
            try {
                LocalDate date;
                if (d.group(4) != null) {
                    year = Integer.parseInt(d.group(4));
                    date = LocalDate.of(year, Integer.parseInt(d.group(5)), Integer.parseInt(d.group(6)));
                } else {
                    if (d.group(1) != null) year = Integer.parseInt(d.group(1));
                    if (year == null) continue;
                    date = LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                }
                if (last == null || date.isAfter(last)) last = date;
            } catch (DateTimeException | NumberFormatException e) {
                // not a calendar date; ignore
            }
        }
        return last;
    }
}
