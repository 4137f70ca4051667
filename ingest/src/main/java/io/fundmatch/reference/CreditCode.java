package io.fundmatch.reference;

import java.util.Optional;

/**
 * The 统一社会信用代码 (unified social credit code) of GB 32100-2015: 18 characters — registration authority
 * (1), organisation category (1), administrative division (6, GB/T 2260), organisation code (9) and a check
 * character computed over the first 17 with weights 3^i mod 31 in the alphabet {@code 0-9A-Y} less I, O, Z, S, V.
 * Older records may carry a 15-digit 工商注册号 instead, whose first six digits are also a division code.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** What a written code turned out to be. */
    public enum Kind {
        VALID,
        OLD_REGISTRATION_NUMBER,
        INVALID,
        EMPTY
    }

    /**
     * @param code    the code cleaned (upper case, half-width, no spaces or dashes), or null when empty
     * @param kind    what the code is
     * @param problem a one-line reason when it is not a valid credit code, else null
     */
    public record Check(String code, Kind kind, String problem) {
        public boolean valid() {
            return kind == Kind.VALID;
        }
    }

    private CreditCode() {}

    /** Cleans and checks a written code. Never throws. */
    public static Check check(String written) {
        String c = clean(written);
        if (c == null) return new Check(null, Kind.EMPTY, null);
        if (c.matches("\\d{15}")) {
            return new Check(
                    c,
                    Kind.OLD_REGISTRATION_NUMBER,
                    "credit code '" + c
                            + "' is a 15-digit registration number (before GB 32100-2015), not a credit code");
        }
        if (c.length() != 18) {
            return new Check(c, Kind.INVALID, "credit code '" + c + "' has " + c.length() + " characters, expected 18");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return new Check(
                        c,
                        Kind.INVALID,
                        "credit code '" + c + "' has the character '" + c.charAt(i) + "' at position " + (i + 1)
                                + ", not allowed by GB 32100-2015");
            }
        }
        char expected = checkCharacter(c.substring(0, 17));
        if (c.charAt(17) != expected) {
            return new Check(
                    c,
                    Kind.INVALID,
                    "credit code '" + c + "' fails the GB 32100-2015 check (last character should be '" + expected
                            + "')");
        }
        if (!c.substring(2, 8).matches("\\d{6}")) {
            return new Check(
                    c, Kind.INVALID, "credit code '" + c + "' has no administrative-division code in positions 3-8");
        }
        return new Check(c, Kind.VALID, null);
    }

    /** Whether a code is a valid 18-character credit code. */
    public static boolean isValid(String written) {
        return check(written).valid();
    }

    /** The check character of the first 17 characters of a credit code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) throw new IllegalArgumentException("need 17 characters");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0)
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' not in the code alphabet");
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The GB/T 2260 division code in a credit code (positions 3-8) or an old registration number (1-6). */
    public static Optional<String> divisionCode(String written) {
        Check c = check(written);
        if (c.kind == Kind.OLD_REGISTRATION_NUMBER) return Optional.of(c.code.substring(0, 6));
        if (c.code != null && c.code.length() == 18 && c.code.substring(2, 8).matches("\\d{6}")) {
            return Optional.of(c.code.substring(2, 8));
        }
        return Optional.empty();
    }

    /**
     * The kind of organisation the first two characters register: 11-13 state organs and public institutions
     * (机构编制), 51-53 social organisations (民政), 91-93 enterprises, individual businesses and cooperatives (工商).
     */
    public static Optional<EntityType> entityType(String written) {
        Check c = check(written);
        if (!c.valid()) return Optional.empty();
        String head = c.code.substring(0, 2);
        return switch (head) {
            case "12" -> Optional.of(EntityType.PUBLIC_INSTITUTION);
            case "11", "13" -> Optional.of(EntityType.PUBLIC_SERVICE);
            case "51", "52", "53" -> Optional.of(EntityType.SOCIAL_ORGANIZATION);
            case "91", "92", "93" -> Optional.of(EntityType.ENTERPRISE);
            default -> Optional.empty();
        };
    }

    private static String clean(String written) {
        if (written == null) return null;
        StringBuilder sb = new StringBuilder();
        for (char ch : written.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            if (Character.isWhitespace(ch) || ch == '-' || ch == '\u3000' || Character.isISOControl(ch)) continue;
            sb.append(Character.toUpperCase(ch));
        }
        String s = sb.toString();
        return s.isEmpty() || s.equalsIgnoreCase("N/A") ? null : s;
    }
}
