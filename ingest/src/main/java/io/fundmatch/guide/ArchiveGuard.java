package io.fundmatch.guide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zip-based document (.docx) before a parser opens it: expanding it must stay within a byte
 * budget and a sane compression ratio, so a compressed-archive bomb is refused after bounded work.
 */
final class ArchiveGuard {

    /** Real Office files compress text perhaps 10–20 times; bombs compress thousands of times. */
    private static final long MAX_RATIO = 200;

    private ArchiveGuard() {}

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * Inflates every entry, counting bytes, and stops as soon as the budget or the ratio is exceeded.
     *
     * @param requiredEntry an entry the document type must contain (e.g. word/document.xml), or null
     */
    static void check(byte[] bytes, long maxExpandedBytes, String requiredEntry, String kind)
            throws UnreadableDocumentException {
        long total = 0;
        boolean found = requiredEntry == null;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (requiredEntry != null && requiredEntry.equals(entry.getName())) found = true;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxExpandedBytes) {
                        throw new UnreadableDocumentException("compressed archive expands beyond "
                                + (maxExpandedBytes >> 20) + " MB (archive bomb?); refused");
                    }
                    if (total > 10L * 1024 * 1024 && total > MAX_RATIO * bytes.length) {
                        throw new UnreadableDocumentException("compressed archive expands more than " + MAX_RATIO
                                + " times its size (archive bomb?); refused");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("corrupt " + kind + ": broken zip container");
        }
        if (!found) {
            throw new UnreadableDocumentException("not a valid " + kind + ": the archive has no " + requiredEntry);
        }
    }
}
