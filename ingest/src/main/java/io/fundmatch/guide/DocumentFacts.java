package io.fundmatch.guide;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about itself: title (the first title-like line, or the full name it quotes for
 * itself when the first line is a fragment), issuing region, year, GUIDE or PLAN, and whether it is a draft.
 *
 * @param title      the title as written, or the file name when none was found
 * @param titleFound whether the title came from the text
 * @param plainTitle the title with draft markers, comment-notice wrapping and punctuation removed, used to
 *                   recognise two versions of one document
 * @param validFrom  first day its measures apply, when stated
 * @param validTo    last day its measures apply, when stated
 */
public record DocumentFacts(
        String title,
        boolean titleFound,
        String plainTitle,
        Region region,
        Integer year,
        DocumentType type,
        boolean draft,
        LocalDate validFrom,
        LocalDate validTo) {

    private static final Pattern DOC_WORD = Pattern.compile("指南|通知|规划|纲要|办法|细则|措施|意见|方案|政策|公告|条件|计划|规定|决定|通告|要点|目录");
    private static final Pattern OUTLINE_START =
            Pattern.compile("^(第[一二三四五六七八九十百零〇\\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])");
    private static final Pattern QUOTED_NAME = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern DRAFT = Pattern.compile("征求意见稿|征求意见|草案|讨论稿|送审稿|初稿|试行稿");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern ISSUED = Pattern.compile("(?:发布时间|发布日期|印发日期|成文日期)[：:\\s]*((?:19|20)\\d{2})");
    private static final Pattern PERIOD =
            Pattern.compile("(?:期限|年限|期间|时期)为?\\s*((?:19|20)\\d{2})\\s*年?\\s*(?:至|到|—|-|～)");
    private static final Pattern SIGNED = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
    private static final Pattern TITLE_PERIOD =
            Pattern.compile("(?:19|20)\\d{2}\\s*年?\\s*[-—–－~～至到]\\s*(?:19|20)\\d{2}\\s*年?");
    private static final Pattern FIVE_YEAR = Pattern.compile("“?(十[一二三四五六七八九])五”?");

    /** Reads the facts from a document's paragraphs. */
    public static DocumentFacts detect(String fileName, List<String> paragraphs) {
        String text = String.join("\n", paragraphs);
        String title = findTitle(paragraphs);
        boolean found = title != null;
        String head = String.join("\n", paragraphs.subList(0, Math.min(paragraphs.size(), 8)));
        boolean draft = DRAFT.matcher(found ? title : head).find();
        String plain = found ? plainTitle(title) : null;
        DocumentType type = type(plain, text);
        Region region = RegionMention.shared().detect(title, text);
        Integer year = year(title, paragraphs);
        IssueDates.Validity validity = IssueDates.validity(title, paragraphs, IssueDates.signed(paragraphs));
        return new DocumentFacts(
                found ? title : stem(fileName),
                found,
                plain,
                region,
                year,
                type,
                draft,
                validity.from(),
                validity.to());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The first title-like line among the first few; a fragment is completed from the name the text quotes. */
    static String findTitle(List<String> paragraphs) {
        int seen = 0;
        for (String p : paragraphs) {
            if (++seen > 6) break;
            String t = p.strip();
            if (t.length() < 6 || t.length() > 90) continue;
            if (t.endsWith("：") || t.endsWith(":") || OUTLINE_START.matcher(t).find()) continue;
            if (t.startsWith("发布时间") || t.startsWith("(") || t.startsWith("（")) continue;
            if (!DOC_WORD.matcher(t).find()) continue;
            if (t.contains("。") || t.contains("，") && t.length() > 40) continue; // a sentence, not a title
            return completed(t, paragraphs);
        }
        return null;
    }

    /** "五年规划和…纲要" as first line, while the text names 《北京市海淀区…五年规划和…纲要》: the full name. */
    private static String completed(String title, List<String> paragraphs) {
        int n = Math.min(paragraphs.size(), 20);
        for (int i = 0; i < n; i++) {
            Matcher m = QUOTED_NAME.matcher(paragraphs.get(i));
            while (m.find()) {
                String name = m.group(1);
                if (name.length() > title.length() && name.endsWith(title)) return name;
            }
        }
        return title;
    }

    /**
     * The title reduced to what two versions of one document share: the quoted name of a comment notice
     * (关于《X》(征求意见稿)公开征求意见的公告 → X), without draft markers, a leading "北京:" or punctuation.
     */
    public static String plainTitle(String title) {
        String t = title;
        Matcher m = QUOTED_NAME.matcher(t);
        if (m.find() && (t.contains("征求意见") || t.contains("公告") || t.contains("通知") || t.contains("关于"))) {
            t = m.group(1);
        }
        t = t.replaceAll("^[^:：]{1,6}[:：]", "");
        t = DRAFT.matcher(t).replaceAll("");
        t = t.replaceAll("[\\s\\p{Punct}“”‘’《》（）()【】〔〕、，。：；！？·—…]", "");
        return t;
    }

    /** PLAN for plans and policy outlines (规划, 纲要, 意见, 计划), GUIDE for calls, notices and measures. */
    static DocumentType type(String titleAsPlain, String text) {
        // 三年行动方案（2024-2026年）: the period after the name does not change what the document is
        String plainTitle =
                titleAsPlain == null ? null : titleAsPlain.replaceAll("(?:19|20)\\d{2}(?:19|20)\\d{2}年?$", "");
        if (plainTitle != null) {
            // 关于印发X的通知: the notice prints X, and X is what the document is
            Matcher printed = Pattern.compile("印发(.{4,})的?通知$").matcher(plainTitle);
            if (printed.find())
                plainTitle = printed.group(1).replaceAll("的$", "").replaceAll("(?:19|20)\\d{2}(?:19|20)\\d{2}年?$", "");
            // measures printed together with a plan (若干政策和…行动计划): the measures are applied for
            if (plainTitle.matches(".*(政策|措施|办法|细则)(和|及|与).*")) return DocumentType.GUIDE;
        }
        if (plainTitle != null && !plainTitle.isEmpty()) {
            // 意见 / 实施意见: a list of measures with amounts is applied for like a call; directions are a plan
            if (plainTitle.matches(".*意见$")) return measuresWithAmounts(text) ? DocumentType.GUIDE : DocumentType.PLAN;
            if (plainTitle.matches(".*(规划|纲要|行动计划|发展计划)$")) return DocumentType.PLAN;
            // 行动方案, 实施方案, 三年计划: a plan unless the text is itself an application call
            if (plainTitle.matches(".*(行动方案|实施方案|工作方案|计划)$")) {
                return isApplicationCall(text) ? DocumentType.GUIDE : DocumentType.PLAN;
            }
            if (plainTitle.matches(".*(指南|通知|申报|办法|细则|措施|政策|条件|程序|公告|规定|方案|目录|通告).*")) {
                return DocumentType.GUIDE;
            }
            if (plainTitle.matches(".*(规划|纲要|计划).*")) return DocumentType.PLAN;
        }
        int plan = count(text, "本规划") + count(text, "规划纲要") + count(text, "本纲要");
        int guide = count(text, "本指南") + count(text, "申报") + count(text, "本通知");
        return plan > guide ? DocumentType.PLAN : DocumentType.GUIDE;
    }

    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*万元");
    private static final Pattern GRANT = Pattern.compile("给予|奖励|补贴|补助|资助");
    private static final Pattern CALL_HEADING = Pattern.compile(
            "(?m)^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\\s*(申报条件|申报对象|申报材料|申报时间|申报程序|申报方式|申请条件|申请材料)");

    /** Several amounts granted (给予…万元): measures with money, not directions. */
    private static boolean measuresWithAmounts(String text) {
        return countMatches(AMOUNT, text) >= 3 && countMatches(GRANT, text) >= 3;
    }

    /** Headings of at least two application sections (申报条件, 申报材料, 申报时间 …). */
    private static boolean isApplicationCall(String text) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        Matcher m = CALL_HEADING.matcher(text);
        while (m.find()) kinds.add(m.group(1));
        return kinds.size() >= 2;
    }

    private static int countMatches(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) n++;
        return n;
    }

    private static int count(String text, String word) {
        int n = 0, i = 0;
        while ((i = text.indexOf(word, i)) >= 0) {
            n++;
            i += word.length();
        }
        return n;
    }

    /**
     * The year it was issued: the issuer's dated signature, else the document number's year (〔2021〕), else
     * the year its title names (a call's round, 2021年度; not a period such as 2021-2023年), else the publication
     * date; only then the start of the period it covers (十四五 → 2021).
     */
    static Integer year(String title, List<String> paragraphs) {
        LocalDate signedOn = IssueDates.signed(paragraphs);
        if (signedOn != null) return signedOn.getYear();
        Integer numbered = IssueDates.documentNumberYear(paragraphs);
        if (numbered != null) return numbered;
        if (title != null) {
            Matcher m = YEAR.matcher(TITLE_PERIOD.matcher(title).replaceAll(""));
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        // the date line under the issuer's name at the end is the document's own; a 发布时间 may be a reprint's
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 5); i--) {
            Matcher signed = SIGNED.matcher(paragraphs.get(i).strip());
            if (paragraphs.get(i).length() <= 40 && signed.find()) return Integer.parseInt(signed.group(1));
        }
        String head = String.join("\n", paragraphs.subList(0, Math.min(paragraphs.size(), 40)));
        Matcher issued = ISSUED.matcher(head);
        if (issued.find()) return Integer.parseInt(issued.group(1));
        String five = title != null ? title : "";
        Matcher f = FIVE_YEAR.matcher(five);
        if (f.find()) return fiveYearStart(f.group(1));
        Matcher dated = Pattern.compile("[（(]((?:19|20)\\d{2})年\\d{1,2}月").matcher(head);
        if (dated.find()) return Integer.parseInt(dated.group(1));
        String all = String.join("\n", paragraphs);
        Matcher period = PERIOD.matcher(all);
        if (period.find()) return Integer.parseInt(period.group(1));
        f = FIVE_YEAR.matcher(head);
        if (f.find()) return fiveYearStart(f.group(1));
        List<Integer> years = new ArrayList<>();
        Matcher y = YEAR.matcher(head);
        while (y.find()) years.add(Integer.parseInt(y.group(1)));
        return years.stream().max(Integer::compare).orElse(null);
    }

    private static Integer fiveYearStart(String plan) {
        String order = "一二三四五六七八九";
        int k = order.indexOf(plan.charAt(1)) + 11; // 十一五 = 11th plan, 2006–2010
        return 2006 + (k - 11) * 5;
    }
}
