package io.fundmatch.guide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * The text of a guide file: plain text decoded with charset detection, other formats (.pdf, .docx,
 * .doc, .html) through Tika with a character limit. Zip-based files are checked for archive bombs first.
 */
final class TextExtractor {

    static final Set<String> SUPPORTED = Set.of("txt", "text", "pdf", "docx", "doc", "html", "htm");

    private final IngestLimits limits;

    /** Tika's parsers, set up once on first use (plain text never needs them); thread-safe. */
    private static final class Tika {
        static final Parser PARSER = new AutoDetectParser();
    }

    TextExtractor(IngestLimits limits) {
        this.limits = limits;
    }

    /** The extracted text and whether it had to be cut at the character limit. */
    record Extracted(String text, boolean truncated) {}

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    Extracted extract(String fileName, byte[] content) throws UnreadableDocumentException {
        String ext = extension(fileName);
        if (!SUPPORTED.contains(ext)) {
            throw new UnreadableDocumentException("unsupported file type '" + (ext.isEmpty() ? fileName : "." + ext)
                    + "' (expected .txt, .pdf, .docx, .doc or .html)");
        }
        if (content.length == 0) throw new UnreadableDocumentException("empty file");
        if (content.length > limits.maxFileBytes()) {
            throw new UnreadableDocumentException(tooLarge(content.length, limits.maxFileBytes()));
        }
        if (ext.equals("txt") || ext.equals("text")) {
            String text = PlainTextDecoder.decode(content);
            boolean cut = text.length() > limits.maxChars();
            return new Extracted(cut ? text.substring(0, limits.maxChars()) : text, cut);
        }
        if (ext.equals("docx")) {
            if (!ArchiveGuard.looksLikeZip(content)) {
                throw new UnreadableDocumentException("corrupt .docx: not a zip container");
            }
            ArchiveGuard.check(content, limits.maxExpandedBytes(), "word/document.xml", ".docx");
        }
        if (ext.equals("pdf") && !startsWith(content, "%PDF")) {
            throw new UnreadableDocumentException("corrupt .pdf: no PDF header");
        }
        return viaTika(fileName, ext, content);
    }

    static String tooLarge(long bytes, long max) {
        return String.format(Locale.ROOT, "file too large: %.1f MB, the limit is %d MB", bytes / 1048576.0, max >> 20);
    }

    private Extracted viaTika(String fileName, String ext, byte[] content) throws UnreadableDocumentException {
        WriteOutContentHandler text = new WriteOutContentHandler(limits.maxChars());
        BodyContentHandler handler = new BodyContentHandler(new TableRowText(text));
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        boolean truncated = false;
        try {
            Tika.PARSER.parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("." + ext + " is password-protected");
        } catch (TikaException | IOException | org.xml.sax.SAXException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw new UnreadableDocumentException("corrupt ." + ext + ": " + oneLine(rootMessage(e)));
            }
        } catch (OutOfMemoryError e) {
            throw new UnreadableDocumentException("." + ext + " needs more memory than allowed to read; refused");
        }
        return new Extracted(text.toString(), truncated);
    }

    private static boolean startsWith(byte[] content, String prefix) {
        // PDF readers accept the header within the first 1024 bytes
        int limit = Math.min(content.length, 1024) - prefix.length();
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int k = 0; k < prefix.length(); k++) {
                if (content[i + k] != prefix.charAt(k)) continue outer;
            }
            return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
