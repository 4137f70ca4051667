package io.fundmatch.profile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers, amounts and years as officers' lists write them; an unreadable cell becomes a note and stays empty. */
final class CellValues {

    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CellValues() {}

    static Integer integer(String s, String field, List<String> notes) {
        if (s == null || s.isBlank() || s.strip().equalsIgnoreCase("N/A")) return null;
        Matcher m = NUMBER.matcher(s.replace(",", "").replace("，", ""));
        if (m.find()) {
            try {
                return (int) Math.round(Double.parseDouble(m.group()));
            } catch (NumberFormatException ignored) {
                // falls through to the note
            }
        }
        notes.add(field + " '" + ProfileImporter.abbreviate(s, 30) + "' is not a number; left empty");
        return null;
    }

    /** 万元; "1.2亿元" and "3,500,000元" are converted. */
    static Double revenue(String s, List<String> notes) {
        if (s == null || s.isBlank() || s.strip().equalsIgnoreCase("N/A")) return null;
        String t = s.replace(",", "").replace("，", "").strip();
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            notes.add("annualRevenue '" + ProfileImporter.abbreviate(s, 30) + "' is not a number; left empty");
            return null;
        }
        double value = Double.parseDouble(m.group());
        String unit = t.substring(m.end());
        if (unit.startsWith("亿")) value *= 10_000;
        else if (unit.startsWith("元")) value /= 10_000;
        return value;
    }

    static Integer year(String s, List<String> notes) {
        if (s == null || s.isBlank() || s.strip().equalsIgnoreCase("N/A")) return null;
        Matcher m = YEAR.matcher(s);
        if (m.find()) return Integer.parseInt(m.group(1));
        notes.add("founded '" + ProfileImporter.abbreviate(s, 30) + "' has no year; left empty");
        return null;
    }
}
