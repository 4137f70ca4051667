package io.fundmatch.service.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The minimum a password set through the API must meet: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH} (bcrypt reads 72 bytes), not the account name, not one character repeated, and at least
 * two kinds of character (letters, digits, others).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {}

    /** Empty when the password is acceptable for the account, otherwise why not (one line, for the caller). */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少 " + MIN_LENGTH + " 个字符 (a password needs at least " + MIN_LENGTH + " characters)");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("密码过长 (a password may have at most " + MAX_LENGTH + " bytes)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含账号名 (a password may not contain the account name)");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("密码不能是同一字符重复 (a password may not repeat one character)");
        }
        int kinds = (password.chars().anyMatch(Character::isLetter) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 2) {
            return Optional.of("密码须包含字母、数字、符号中的至少两类 (a password needs two of: letters, digits, symbols)");
        }
        return Optional.empty();
    }
}
