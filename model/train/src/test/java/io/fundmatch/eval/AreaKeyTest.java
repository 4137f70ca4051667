package io.fundmatch.eval;

import static io.fundmatch.match.Fixtures.XICHENG_CALL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.catalogue.SupportArea;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaKeyTest {

    private static SupportArea area(String title, String... path) {
        return new SupportArea(
                "id-" + title,
                XICHENG_CALL,
                List.of(path),
                title,
                "正文。",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    @Test
    void judgmentsMatchTitlesDespiteNumberingAndPunctuationAndOnlyInTheirDocument() {
        List<Judgment> js = List.of(new Judgment("L01", "xc.txt", "推进“设计之都”建设及国际化发展", 2));
        assertEquals(Optional.of(2), AreaKey.grade(area("3.2推进设计之都建设及国际化发展"), js));
        assertEquals(Optional.empty(), AreaKey.grade(area("推进金融科技引领"), js));
        List<Judgment> other = List.of(new Judgment("L01", "other.txt", "推进金融科技引领", 2));
        assertEquals(Optional.empty(), AreaKey.grade(area("推进金融科技引领"), other));
    }

    @Test
    void anItemInheritsTheGradeOfAJudgedParentHeadingButItsOwnTitleWins() {
        List<Judgment> js =
                List.of(new Judgment("L", "xc.txt", "智慧城市", 1), new Judgment("L", "xc.txt", "支持智慧生活综合应用", 2));
        assertEquals(Optional.of(1), AreaKey.grade(area("推进城市综合管理职能化应用创新", "一、计划类别", "4.智慧城市"), js));
        assertEquals(Optional.of(2), AreaKey.grade(area("支持智慧生活综合应用", "一、计划类别", "4.智慧城市"), js));
    }
}
