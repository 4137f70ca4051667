package io.fundmatch.guide;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a plain-text file whose charset is not declared: a byte-order mark decides first (UTF-8,
 * UTF-16), then strict UTF-8, then GB18030 (a superset of GBK and GB2312), then BOM-less UTF-16.
 * Bytes that decode to control characters or unassigned code points are rejected as binary.
 */
final class PlainTextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private PlainTextDecoder() {}

    static String decode(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        Charset utf16 = bomLessUtf16(bytes);
        if (utf16 != null) {
            String s = strict(bytes, 0, utf16);
            if (s != null && plausible(s)) return s;
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null && plausible(utf8)) return utf8;
        String gb = strict(bytes, 0, GB18030);
        if (gb != null && plausible(gb)) return gb;
        throw new UnreadableDocumentException("binary or corrupt content: not text in UTF-8, GBK/GB18030 or UTF-16");
    }

    private static String checked(String s, String charset) throws UnreadableDocumentException {
        if (s == null || !plausible(s)) {
            throw new UnreadableDocumentException("corrupt text: marked " + charset + " but does not decode as it");
        }
        return s;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
    private static Charset bomLessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Text, not binary: almost no control characters, private-use or unassigned code points. */
    static boolean plausible(String s) {
        int bad = 0, total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') continue;
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || cp == 0xFFFD) {
                bad++;
            }
        }
        return total > 0 && bad <= Math.max(2, total / 200);
    }
}
