package io.fundmatch.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndustryClassificationTest {

    private static final IndustryClassification T = IndustryClassification.shared();

    @Test
    void carriesAllFourLevelsOfTheStandard() {
        assertEquals(20, T.level(1).size());
        assertEquals(97, T.level(2).size());
        assertEquals(473, T.level(3).size());
        assertEquals(1380, T.level(4).size());
    }

    @Test
    void writtenCodesAreNormalisedWithTheirSectionLetter() {
        assertEquals(Optional.of("I65"), T.normalise("65"));
        assertEquals(Optional.of("I6513"), T.normalise("6513"));
        assertEquals(Optional.of("I651"), T.normalise("i651"));
        assertEquals(Optional.of("C3911"), T.normalise("C 3911"));
        assertEquals(Optional.of("I"), T.normalise("I"));
        assertEquals(Optional.empty(), T.normalise("I99"));
        assertEquals(Optional.empty(), T.normalise("Z1"));
    }

    @Test
    void classesKnowTheirNamesAndParents() {
        var software = T.find("I6513").orElseThrow();
        assertEquals("应用软件开发", software.name());
        assertEquals("I65", software.division());
        assertEquals("软件开发", T.parent(software).orElseThrow().name());
        assertEquals("信息传输、软件和信息技术服务业", T.find("I").orElseThrow().name());
    }
}
