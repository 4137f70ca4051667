package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void aCodeWithTheRightCheckCharacterIsValid() {
        assertTrue(CreditCode.isValid("91110102MA01XY7K34"));
        assertTrue(CreditCode.isValid("91650105MA77ABCD0W"));
        assertTrue(CreditCode.isValid("52110000MJ0012345X"));
    }

    @Test
    void aWrongCheckCharacterIsReportedWithTheExpectedOne() {
        CreditCode.Check c = CreditCode.check("91110102MA01XY7K35");
        assertEquals(CreditCode.Kind.INVALID, c.kind());
        assertTrue(c.problem().contains("should be '4'"), c.problem());
    }

    @Test
    void lettersOutsideTheAlphabetAndWrongLengthsAreInvalid() {
        assertFalse(CreditCode.isValid("91110102MA01XY7KI4")); // I is not used
        assertTrue(CreditCode.check("9111010").problem().contains("7 characters"));
    }

    @Test
    void spacesDashesLowerCaseAndFullWidthAreCleanedFirst() {
        assertEquals(
                "91110102MA01XY7K34", CreditCode.check(" 9111-0102 ma01xy7k34 ").code());
        assertTrue(CreditCode.isValid("９１１１０１０２ＭＡ０１ＸＹ７Ｋ３４"));
    }

    @Test
    void anOldFifteenDigitRegistrationNumberIsRecognisedAndKeepsItsDivision() {
        CreditCode.Check c = CreditCode.check("110102001234567");
        assertEquals(CreditCode.Kind.OLD_REGISTRATION_NUMBER, c.kind());
        assertEquals(Optional.of("110102"), CreditCode.divisionCode("110102001234567"));
    }

    @Test
    void emptyAndNotAvailableAreEmptyNotInvalid() {
        assertEquals(CreditCode.Kind.EMPTY, CreditCode.check("").kind());
        assertEquals(CreditCode.Kind.EMPTY, CreditCode.check("N/A").kind());
        assertEquals(CreditCode.Kind.EMPTY, CreditCode.check(null).kind());
    }

    @Test
    void divisionAndRegistrationCategoryAreRead() {
        assertEquals(Optional.of("650105"), CreditCode.divisionCode("91650105MA77ABCD0W"));
        assertEquals(Optional.of(EntityType.ENTERPRISE), CreditCode.entityType("91650105MA77ABCD0W"));
        assertEquals(Optional.of(EntityType.SOCIAL_ORGANIZATION), CreditCode.entityType("52110000MJ0012345X"));
        assertEquals(Optional.of(EntityType.PUBLIC_INSTITUTION), CreditCode.entityType("121100004000000001"));
    }
}
