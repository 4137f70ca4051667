package io.fundmatch.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading tree of a document numbered the Chinese way: 第X章 / 第X节 / 第X条, 一、, 专题一： (also 领域,
 * 板块, 主题), 方向1： (also 任务, 课题), （一）, 1. / 1、, 1.1, （1）, 1）, ①, plus short unnumbered heading lines. Depth follows the order in which a document uses
 * the numbering kinds, with the customary order (一、 above （一） above 1. above （1） above ①) deciding
 * when a kind appears for the first time.
 */
final class Outline {

    /** Numbering kinds in their customary order, highest first. */
    enum Kind {
        CHAPTER,
        SECTION,
        ARTICLE,
        PLAIN,
        CN,
        TOPIC,
        DIRECTION,
        PAREN_CN,
        DECIMAL,
        ARABIC,
        PAREN_ARABIC,
        HALF_PAREN_ARABIC,
        CIRCLED,
        ROW
    }

    private static final String CN_NUM = "[一二三四五六七八九十百零〇两]";
    private static final Pattern[] MARKERS = {
        Pattern.compile("^第" + CN_NUM + "{1,4}章\\s*"),
        Pattern.compile("^第" + CN_NUM + "{1,4}节\\s*"),
        // 第十条, 第10条, and 第 1 0 条 from an old conversion
        Pattern.compile("^第\\s*(?:" + CN_NUM + "{1,4}|\\d(?:\\s?\\d){0,2})\\s*条\\s*"),
        null,
        Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、．.]\\s*"),
        Pattern.compile("^(?:专题|领域|板块|主题)\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*(?:[：:、．.]\\s*|\\s+)"),
        Pattern.compile("^(?:研究方向|支持方向|子方向|方向|任务|课题)\\s*(?:\\d{1,2}(?:[.．]\\d{1,2})?|[一二三四五六七八九十]{1,3})"
                + "\\s*(?:[：:、．.]\\s*|\\s+)"),
        Pattern.compile("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]\\s*"),
        Pattern.compile("^\\d{1,2}(?:[.．]\\d{1,2})+(?![\\d.．年])[、.．]?\\s*"),
        Pattern.compile("^\\d{1,2}\\s*(?:[、．﹒]|\\.(?!\\d)|\\.(?=(?:19|20)\\d{2}年))\\s*"),
        Pattern.compile("^[（(]\\d{1,2}[）)]\\s*"),
        Pattern.compile("^\\d{1,2}[）)]\\s*"),
        Pattern.compile("^[①-⑳]\\s*"),
        // a numbered row of a table flattened to cells: "3 | 鼓励第三方机构落户 | 目标… | 路径…"
        Pattern.compile("^\\d{1,3}\\s*[|｜]\\s*"),
    };
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。；;！？!?：:，,、|｜]");

    /** A heading (or the root) with the paragraphs under it and its sub-headings. */
    static final class Node {
        final Kind kind;
        /** the number of its numbering (3 for 第三节, （三）, 3.), or 0 */
        final int number;
        /** the heading as written: numbering and title ("（一）科技惠民重点领域") */
        final String heading;
        /** the heading without numbering */
        final String title;
        /** the whole heading paragraph, which may go on after the title */
        final String line;

        final boolean item;
        final List<String> body = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        Node parent;

        Node(Kind kind, String marker, String rest, String line) {
            this.kind = kind;
            this.number = marker == null ? 0 : numberOf(marker);
            this.line = line;
            String[] split = kind == Kind.ROW ? rowTitle(rest) : splitTitle(rest);
            this.title = split[0];
            String m = marker == null
                    ? ""
                    : marker.strip()
                            + (marker.strip().length() < marker.length()
                                            && marker.strip().matches(".*[章节条]$")
                                    ? " "
                                    : "");
            this.heading = m + split[0];
            this.item = !split[1].isBlank() || rest.length() > 40;
        }

        boolean isRoot() {
            return kind == null;
        }

        /** The heading paragraph, the paragraphs under it and everything below, one paragraph a line. */
        String fullText() {
            StringBuilder sb = new StringBuilder();
            appendTo(sb);
            return sb.toString().strip();
        }

        private void appendTo(StringBuilder sb) {
            if (line != null) sb.append(line).append('\n');
            body.forEach(b -> sb.append(b).append('\n'));
            children.forEach(c -> c.appendTo(sb));
        }

        /** The headings from the top of the document down to this node. */
        List<String> path() {
            List<String> p = new ArrayList<>();
            for (Node n = this; n != null && !n.isRoot(); n = n.parent) {
                if (!n.heading.isEmpty()) p.add(0, n.heading);
            }
            return p;
        }

        List<Node> descendants() {
            List<Node> all = new ArrayList<>();
            for (Node c : children) {
                all.add(c);
                all.addAll(c.descendants());
            }
            return all;
        }
    }

    /** A numbering marker at the start of a paragraph. */
    record Marker(Kind kind, String marker, String rest) {}

    static Marker marker(String paragraph) {
        for (int i = 0; i < MARKERS.length; i++) {
            if (MARKERS[i] == null) continue;
            Matcher m = MARKERS[i].matcher(paragraph);
            if (m.find() && m.end() < paragraph.length()) {
                return new Marker(Kind.values()[i], paragraph.substring(0, m.end()), paragraph.substring(m.end()));
            }
        }
        return null;
    }

    /** A short line standing alone as a heading without numbering (申报条件, 序 言). */
    static boolean isPlainHeading(String paragraph, boolean first) {
        if (first) return false;
        String t = paragraph.strip();
        if (t.length() < 2 || t.length() > 15) return false;
        if (SENTENCE_MARK.matcher(t).find() || t.matches(".*\\d.*")) return false;
        return t.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .count()
                >= 2;
    }

    /** [title, what follows it on the heading line]: the title ends at the first full stop, colon or semicolon. */
    static String[] splitTitle(String rest) {
        String r = rest.strip();
        if (r.length() <= 30 && !r.substring(0, Math.max(0, r.length() - 1)).matches(".*[。；;：:].*")) {
            return new String[] {r.replaceAll("[。；;]$", ""), ""};
        }
        Matcher m = Pattern.compile("[。；;：:]").matcher(r);
        if (m.find() && m.start() > 0 && m.start() <= 40) {
            return new String[] {r.substring(0, m.start()), r.substring(m.end())};
        }
        Matcher comma = Pattern.compile("[，,]").matcher(r);
        if (comma.find() && comma.start() >= 4 && comma.start() <= 40) {
            return new String[] {r.substring(0, comma.start()), r};
        }
        return new String[] {r.length() > 40 ? r.substring(0, 40) + "…" : r, r};
    }

    /** A table row's first cell is its title, the other cells its text. */
    static String[] rowTitle(String rest) {
        int bar = rest.replace('｜', '|').indexOf('|');
        return bar < 0
                ? splitTitle(rest)
                : new String[] {
                    rest.substring(0, bar).strip(), rest.substring(bar + 1).strip()
                };
    }

    /** Builds the tree; paragraphs before the first heading are the root's body. */
    static Node parse(List<String> paragraphs) {
        Node root = new Node(null, null, "", null);
        List<Node> stack = new ArrayList<>();
        boolean first = true;
        for (String p : paragraphs) {
            Marker m = marker(p);
            Node node = null;
            if (m != null) {
                node = new Node(m.kind(), m.marker(), m.rest(), p);
            } else if (isPlainHeading(p, first)) {
                node = new Node(Kind.PLAIN, null, p, p);
            }
            first = false;
            if (node == null) {
                (stack.isEmpty() ? root : stack.get(stack.size() - 1)).body.add(p);
                continue;
            }
            startOverIfRenumbered(stack, node, root);
            place(stack, node);
            Node parent = stack.isEmpty() ? root : stack.get(stack.size() - 1);
            node.parent = parent;
            parent.children.add(node);
            stack.add(node);
        }
        return root;
    }

    /** The value of a numbering marker: 第十二节 → 12, （三） → 3, 4. → 4; 0 when it has none. */
    static int numberOf(String marker) {
        String digits = marker.replaceAll("[^0-9]", "");
        if (!digits.isEmpty() && !marker.matches(".*[一二三四五六七八九十百].*")) {
            return Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
        }
        String cn = marker.replaceAll("[^一二三四五六七八九十百零〇两]", "");
        if (cn.isEmpty()) return 0;
        String units = "零一二三四五六七八九";
        int total = 0, current = 0;
        for (char c : cn.toCharArray()) {
            if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '两') {
                current = 2;
            } else if (c == '〇') {
                current = 0;
            } else {
                current = units.indexOf(c);
            }
        }
        return total + current;
    }

    /**
     * A 第X节 or 一、 numbered at or below the last one of its kind under the same heading starts over:
     * the document left out the heading above it (a chapter whose title line was lost). An unnamed
     * heading stands in for it, so what follows is not filed under the previous chapter or section.
     */
    private static void startOverIfRenumbered(List<Node> stack, Node node, Node root) {
        if (node.kind != Kind.SECTION && node.kind != Kind.CN) return;
        if (node.number <= 0) return;
        Kind parentKind = node.kind == Kind.SECTION ? Kind.CHAPTER : null;
        int parentAt = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Kind k = stack.get(i).kind;
            if (parentKind != null ? k == parentKind : k.ordinal() < Kind.CN.ordinal()) {
                parentAt = i;
                break;
            }
        }
        if (parentAt < 0) return;
        Node parent = stack.get(parentAt);
        int highest = 0;
        for (Node c : parent.children) if (c.kind == node.kind) highest = Math.max(highest, c.number);
        // 第一节 after a chapter that so far held only lower headings (一、…): the chapter above it was lost
        boolean lowerFirst = node.kind == Kind.SECTION
                && highest == 0
                && node.number == 1
                && parent.children.stream()
                        .anyMatch(c -> c.kind.ordinal() > Kind.SECTION.ordinal() && c.kind != Kind.PLAIN);
        if (!lowerFirst && (highest == 0 || node.number > highest)) return;
        while (stack.size() > parentAt) stack.remove(stack.size() - 1);
        Node holder = stack.isEmpty() ? root : stack.get(stack.size() - 1);
        Node unnamed = new Node(parent.kind, null, "", null);
        unnamed.parent = holder;
        holder.children.add(unnamed);
        stack.add(unnamed);
    }

    private static void place(List<Node> stack, Node node) {
        Kind k = node.kind;
        int same = -1;
        for (int i = 0; i < stack.size(); i++) if (stack.get(i).kind == k) same = i;
        if (k == Kind.ARTICLE
                && same < 0
                && !stack.isEmpty()
                && stack.stream().noneMatch(n -> n.kind.ordinal() <= Kind.ARTICLE.ordinal())) {
            // 第N条 measures numbered through groups headed 一、/（一） (an 实施意见): the articles sit inside them
            return;
        }
        if (k == Kind.CHAPTER || k == Kind.SECTION || k == Kind.PLAIN || same < 0) {
            // customary order: close every open heading at this level or below
            while (!stack.isEmpty() && stack.get(stack.size() - 1).kind.ordinal() >= k.ordinal()) {
                stack.remove(stack.size() - 1);
            }
        } else {
            while (stack.size() > same) stack.remove(stack.size() - 1);
        }
    }
}
