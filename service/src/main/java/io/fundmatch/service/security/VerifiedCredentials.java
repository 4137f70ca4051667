package io.fundmatch.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * HTTP Basic credentials verified lately, so that a script polling with Basic does not pay one bcrypt check
 * (about 80 ms of CPU) on every request. Only successes are kept, for {@link #TTL} after their check and at most
 * {@link #MAX_KEPT} of them; the key is the SHA-256 of the account name, the password and the account's stored
 * hash, never the password itself. The stored hash is read afresh on every request and changes with every new
 * password, so a changed password misses at once; a disabled account is refused before the password is looked
 * at; and an account's entries are dropped whenever it is changed ({@link #forget}). Wrong passwords are never
 * kept: each still goes to bcrypt and counts against the login throttle.
 */
public final class VerifiedCredentials {

    /** How long a verified credential is believed without a new bcrypt check. */
    public static final Duration TTL = Duration.ofMinutes(5);
    /** At most this many verified credentials are kept. */
    public static final int MAX_KEPT = 10_000;

    private final Cache<String, String> verified; // key -> account name

    public VerifiedCredentials() {
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(TTL)
                .maximumSize(MAX_KEPT)
                .recordStats()
                .build();
    }

    /** True when this password was verified against this stored hash of this account within {@link #TTL}. */
    public boolean isVerified(String username, CharSequence password, String storedHash) {
        return verified.getIfPresent(key(username, password, storedHash)) != null;
    }

    /** Keeps a credential bcrypt has just accepted. */
    public void remember(String username, CharSequence password, String storedHash) {
        verified.put(key(username, password, storedHash), username);
    }

    /** Drops every credential kept for this account (its password, roles or state changed). */
    public void forget(String username) {
        verified.asMap().values().removeIf(username::equals);
    }

    /** The cache itself, for its statistics (hits are bcrypt checks saved). */
    Cache<String, String> cache() {
        return verified;
    }

    static String key(String username, CharSequence password, String storedHash) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (CharSequence part : new CharSequence[] {username, password, storedHash}) {
                md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
