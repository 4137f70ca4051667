package io.fundmatch.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.reference.Region;
import org.junit.jupiter.api.Test;

class RegionMentionTest {

    private static final RegionMention MENTION = RegionMention.shared();

    @Test
    void theTitlesRegionComesFirst() {
        assertEquals(
                Region.of("北京市", "北京市", "海淀区"), MENTION.detect("2027年海淀区专精特新企业资金申报指南", "北京市各有关企业：……\n北京市西城区科学技术委员会"));
    }

    @Test
    void aTitleWithoutPlaceTakesTheIssuingBodysSignature() {
        String text = String.join(
                "\n",
                "各有关企业：",
                "注册地在本区、已入库的科技型中小企业可申报。",
                "请于2027年4月30日前通过杭州市政务服务网提交。",
                "联系电话：0571-87000000",
                "杭州市余杭区科学技术局",
                "2027年3月1日");
        assertEquals(Region.of("浙江省", "杭州市", "余杭区"), MENTION.detect("关于组织申报2027年度研发费用补助的通知", text));
    }

    @Test
    void withoutTitleOrSignatureTheMostNamedPlaceCounts() {
        String text = "支持在乌鲁木齐市注册的企业。乌鲁木齐市将给予补助。项目须在新疆境内实施。";
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", null), MENTION.detect("研发费用补助申报通知", text));
    }
}
