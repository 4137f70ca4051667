package io.fundmatch.service.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Salted SHA-256 for the two configured accounts. The passwords are configuration secrets kept only in
 * memory, and HTTP Basic checks them on every request, so a deliberately slow hash would only cost latency.
 */
final class Sha256PasswordEncoder implements PasswordEncoder {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String encode(CharSequence raw) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(digest(salt, raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) return false;
        int colon = encoded.indexOf(':');
        if (colon < 0) return false;
        byte[] salt = HexFormat.of().parseHex(encoded.substring(0, colon));
        byte[] expected = HexFormat.of().parseHex(encoded.substring(colon + 1));
        return MessageDigest.isEqual(expected, digest(salt, raw));
    }

    private static byte[] digest(byte[] salt, CharSequence raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            md.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
