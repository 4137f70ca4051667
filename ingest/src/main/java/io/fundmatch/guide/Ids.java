package io.fundmatch.guide;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Stable ids: a document's from its source file name, an area's from the source and its heading path. */
public final class Ids {

    private Ids() {}

    public static String documentId(String source) {
        return "doc-" + hash(source).substring(0, 16);
    }

    /**
     * @param occurrence 1 for the first area with this path in the document, 2 for a second one, …
     */
    public static String areaId(String source, List<String> path, int occurrence) {
        String key = source + "\n" + String.join("\n", path) + (occurrence > 1 ? "\n#" + occurrence : "");
        return "area-" + hash(key).substring(0, 16);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
