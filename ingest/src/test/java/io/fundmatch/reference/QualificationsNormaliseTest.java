package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Qualifications as people write them map to one name, the same on every call (the answer is remembered). */
class QualificationsNormaliseTest {

    @Test
    void aliasesMapToTheCanonicalNameOnEveryCallAndUnknownOnesAreOnlyStripped() {
        for (int call = 0; call < 3; call++) {
            assertEquals(Qualifications.LITTLE_GIANT, Qualifications.normalise("专精特新小巨人"));
            assertEquals(Qualifications.LITTLE_GIANT, Qualifications.normalise(" 专精特新“小巨人”企业 "));
            assertEquals("ISO9001质量管理体系认证", Qualifications.normalise(" ISO9001质量管理体系认证 "));
        }
        assertNull(Qualifications.normalise(null));
    }
}
