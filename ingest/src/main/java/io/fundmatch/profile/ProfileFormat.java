package io.fundmatch.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Which format an enterprise list is in, from its name and first bytes: tsv, csv, jsonl, xlsx or xls. */
final class ProfileFormat {

    private ProfileFormat() {}

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }

    static String of(String fileName, byte[] head) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') return "xlsx";
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) return "xls";
        switch (ext) {
            case "csv":
                return "csv";
            case "tsv":
            case "tab":
                return "tsv";
            case "jsonl":
            case "ndjson":
            case "json":
                return "jsonl";
            case "xlsx":
                return "xlsx";
            case "xls":
                return "xls";
            default:
                break;
        }
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("{")) return "jsonl";
        int tabs = 0;
        int commas = 0;
        for (byte b : head) {
            if (b == '\t') tabs++;
            if (b == ',') commas++;
        }
        return tabs >= commas && tabs > 0 ? "tsv" : "csv";
    }
}
