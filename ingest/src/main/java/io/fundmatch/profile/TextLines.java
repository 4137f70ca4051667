package io.fundmatch.profile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text file line by line, deciding the encoding of every line: UTF-8 when the line is valid UTF-8,
 * else GBK (GB18030, its superset), so a file that mixes both — lists pasted together from several offices —
 * loses nothing. A UTF-8 byte-order mark is dropped; a UTF-16 file (byte-order mark FF FE / FE FF, as
 * spreadsheet programs write "Unicode text") is read as UTF-16. Streams: one line in memory at a time.
 */
final class TextLines implements AutoCloseable {

    private static final Charset GBK = Charset.forName("GB18030");

    /** One line: its 1-based number, its text and whether it was decoded as GBK. */
    record Line(long number, String text, boolean gbk) {}

    private final InputStream in;
    private final boolean utf16;
    private final Charset utf16Charset;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private long number;
    private final java.util.ArrayDeque<Line> pushedBack = new java.util.ArrayDeque<>();
    private boolean eof;
    private int utf8Lines;
    private int gbkLines;

    TextLines(InputStream raw) throws IOException {
        this.in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            utf16 = true;
            utf16Charset = b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            in.reset();
            in.skip(2);
        } else {
            utf16 = false;
            utf16Charset = null;
            in.reset();
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) in.skip(3);
        }
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        if (!pushedBack.isEmpty()) return pushedBack.pollFirst();
        if (eof) return null;
        buffer.reset();
        if (utf16) {
            int a;
            int b;
            while (true) {
                a = in.read();
                b = in.read();
                if (a < 0 || b < 0) {
                    eof = true;
                    break;
                }
                int ch = utf16Charset == StandardCharsets.UTF_16LE ? (b << 8 | a) : (a << 8 | b);
                if (ch == '\n') break;
                buffer.write(a);
                buffer.write(b);
            }
            if (eof && buffer.size() == 0) return null;
            number++;
            return new Line(number, stripCr(new String(buffer.toByteArray(), utf16Charset)), false);
        }
        int c;
        while ((c = in.read()) >= 0 && c != '\n') buffer.write(c);
        if (c < 0) {
            eof = true;
            if (buffer.size() == 0) return null;
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        String text;
        boolean gbk = false;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
            if (!isAscii(bytes)) utf8Lines++;
        } catch (CharacterCodingException e) {
            text = new String(bytes, GBK);
            gbk = true;
            gbkLines++;
        }
        return new Line(number, stripCr(text), gbk);
    }

    /** The encoding seen so far: "UTF-8", "GBK", "mixed UTF-8/GBK" or "UTF-16". */
    String encoding() {
        if (utf16) return "UTF-16";
        if (gbkLines > 0 && utf8Lines > 0) return "mixed UTF-8/GBK";
        return gbkLines > 0 ? "GBK" : "UTF-8";
    }

    /** Whether GBK lines are the minority so far (a GBK line is then worth a note on its row). */
    boolean mostlyUtf8() {
        return utf8Lines >= gbkLines;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return false;
        return true;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Gives lines read ahead back: {@link #next()} returns them again, in order, before reading on. */
    void pushBack(java.util.List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) pushedBack.addFirst(lines.get(i));
    }
}
