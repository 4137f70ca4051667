package io.fundmatch.guide;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a document was issued and for how long its measures apply, as the text states them: the issuer's dated
 * signature (at the end, or under the heading of a 印发 notice), the 印发 date, the year of the document number
 * (〔2021〕), and the validity period (施行 date with 有效期N年, 有效期至…, a period such as 2021-2023年 or
 * 2016至2020年 in the title or a 实行年限 sentence). Years such as 2035 that only name a target are not dates here.
 */
final class IssueDates {

    /** A date written alone on a line, possibly in brackets or followed by 印发/发布/起施行 (a signature line). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[（(]?\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[）)]?\\s*(?:印发|发布|制定)?$");
    /** A document number on its own line (雄安改发〔2024〕100号, （皖政办秘〔2021〕82号）), not one quoted in a sentence. */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "^[（(]?\\s*[^\\s，。；、（(]{1,14}\\s*(?:〔\\s*((?:19|20)\\d{2})\\s*〕|\\[\\s*((?:19|20)\\d{2})\\s*])\\s*\\d+\\s*号\\s*[）)]?$");

    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern FROM_DATE_FOR = Pattern.compile(
            "自\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*起\\s*(?:施行|实施|执行|生效)[，,。；]?\\s*(?:暂定)?\\s*有效期\\s*(?:为)?\\s*([0-9一二两三四五六七八九十]+)\\s*年");
    private static final Pattern FROM_ISSUE_FOR = Pattern.compile(
            "自\\s*(?:发布|印发|公布|颁布)之日起\\s*(?:施行|实施|执行|生效)[，,。；]?\\s*(?:暂定)?\\s*(?:有效期\\s*(?:为)?)?\\s*([0-9一二两三四五六七八九十]+)\\s*年\\s*(?:有效期)?");
    private static final Pattern UNTIL =
            Pattern.compile("有效期\\s*(?:至|到|截至)\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** (2021-2023年), 2016至2020年 — a period in a title or a 年限/期限 sentence. */
    private static final Pattern PERIOD =
            Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*(?:-|—|–|－|~|～|至|到)\\s*((?:19|20)\\d{2})\\s*年");

    private static final Pattern PERIOD_SENTENCE = Pattern.compile("(?:年限|期限|有效期|实施期|执行期)\\s*(?:为|是)?\\s*$");

    private IssueDates() {}

    /** The validity a document states: either end may be null. */
    record Validity(LocalDate from, LocalDate to) {
        static final Validity NONE = new Validity(null, null);
    }

    /**
     * The issue date from a dated signature line: the last lines first (the issuer signs at the end), then the
     * head of a 印发 notice (signature and date above the measures it prints). Null when none.
     */
    static LocalDate signed(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
            LocalDate d = dateLine(paragraphs.get(i));
            if (d != null) return d;
        }
        for (int i = 0; i < Math.min(paragraphs.size(), 16); i++) {
            LocalDate d = dateLine(paragraphs.get(i));
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate dateLine(String paragraph) {
        String t = paragraph.strip();
        if (t.length() > 24) {
            // "广州市天河区科技工业和信息化局办公室 2023年8月9日印发", "东莞市经济和信息化局 2017年7月20日"
            int sp = t.lastIndexOf(' ');
            if (sp < 0 || t.length() - sp > 24) return null;
            t = t.substring(sp + 1);
        }
        Matcher m = DATE_LINE.matcher(t);
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The year of the document number (皖政办秘〔2021〕82号) in the head, or null. */
    static Integer documentNumberYear(List<String> paragraphs) {
        for (int i = 0; i < Math.min(paragraphs.size(), 12); i++) {
            Matcher m = DOC_NUMBER.matcher(paragraphs.get(i).strip());
            if (m.find()) return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return null;
    }

    /** The validity period the text states, measured from {@code issued} when it says 自发布之日起. */
    static Validity validity(String title, List<String> paragraphs, LocalDate issued) {
        String text = String.join("\n", paragraphs);
        Matcher m = FROM_DATE_FOR.matcher(text);
        if (m.find()) {
            LocalDate from = date(m.group(1), m.group(2), m.group(3));
            Integer years = number(m.group(4));
            if (from != null && years != null)
                return new Validity(from, from.plusYears(years).minusDays(1));
        }
        m = FROM_ISSUE_FOR.matcher(text);
        if (m.find() && issued != null) {
            Integer years = number(m.group(1));
            if (years != null)
                return new Validity(issued, issued.plusYears(years).minusDays(1));
        }
        m = UNTIL.matcher(text);
        if (m.find()) return new Validity(null, date(m.group(1), m.group(2), m.group(3)));
        if (title != null) {
            m = PERIOD.matcher(title);
            if (m.find()) return period(m.group(1), m.group(2));
        }
        m = PERIOD.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            if (PERIOD_SENTENCE.matcher(before).find()) return period(m.group(1), m.group(2));
        }
        return Validity.NONE;
    }

    private static Validity period(String fromYear, String toYear) {
        int a = Integer.parseInt(fromYear), b = Integer.parseInt(toYear);
        if (b < a || b - a > 15) return Validity.NONE;
        return new Validity(LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31));
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 3, 三, 两, 十 → the number; null when unreadable. */
    private static Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        String digits = "零一二三四五六七八九";
        if (s.equals("十")) return 10;
        if (s.length() == 1) {
            if (s.equals("两")) return 2;
            int i = digits.indexOf(s);
            return i > 0 ? i : null;
        }
        return null;
    }
}
