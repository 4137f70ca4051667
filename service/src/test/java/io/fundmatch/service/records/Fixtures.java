package io.fundmatch.service.records;

import io.fundmatch.reference.CreditCode;
import java.nio.charset.StandardCharsets;

/** Invented documents and registry rows in the layouts fundmatch reads (no real text). */
final class Fixtures {

    private Fixtures() {}

    static final String TITLE = "2027年度鄞州区数字经济专项资金项目申报指南";

    /** A district guide with two groups of two directions each. */
    static byte[] guide() {
        return (TITLE + """


                各有关单位：
                为推动数字经济高质量发展，现将2027年度鄞州区数字经济专项资金项目申报有关事项通知如下。

                一、申报主体
                （一）在宁波市鄞州区依法登记注册、具有独立法人资格的企业。
                （二）申报单位近三年无严重失信行为。

                二、支持方向
                （一）智能制造
                1.工业机器人集成应用。支持企业开展焊接、装配、搬运等工序的机器人集成应用，提升产线自动化水平。
                2.机器视觉质量检测。支持企业研发基于深度学习的表面缺陷检测系统，在汽车零部件、纺织服装等行业推广应用。
                （二）软件与信息服务
                1.工业软件研发。支持企业研发制造执行系统、产品生命周期管理等工业软件，推动国产工业软件应用。
                2.数据安全服务。支持企业开展数据分级分类、隐私计算、数据脱敏等数据安全产品研发与服务。

                三、支持方式
                对符合条件的项目，按项目总投资的20%给予补助，最高不超过200万元。

                四、申报时间
                申报截止时间为2027年6月30日。
                """).getBytes(StandardCharsets.UTF_8);
    }

    /** The same guide, revised: one direction more under the same title. */
    static byte[] revisedGuide() {
        String text = new String(guide(), StandardCharsets.UTF_8).replace("""
                2.数据安全服务。支持企业开展数据分级分类、隐私计算、数据脱敏等数据安全产品研发与服务。
                """, """
                2.数据安全服务。支持企业开展数据分级分类、隐私计算、数据脱敏等数据安全产品研发与服务。
                3.工业互联网标识解析。支持企业建设行业标识解析二级节点，开展标识在供应链追溯中的应用。
                """);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A registry extract (tab-separated, the layout of a registration extract) of invented Yinzhou enterprises. */
    static byte[] registry(String... names) {
        StringBuilder tsv = new StringBuilder("企业名称\t统一社会信用代码\t注册日期\t企业类型\t注册资金\t所在省份\t地区\t经营范围\t注册地址\n");
        for (int i = 0; i < names.length; i++) {
            // distinct within a file (the row number) and, by the name, across files
            String first17 =
                    "91330212" + String.format("%09d", Math.floorMod(names[i].hashCode(), 100_000) * 10_000L + i);
            tsv.append(names[i])
                    .append('\t')
                    .append(first17)
                    .append(CreditCode.checkCharacter(first17))
                    .append('\t')
                    .append("2020-03-0")
                    .append(1 + i % 9)
                    .append('\t')
                    .append("有限责任公司")
                    .append('\t')
                    .append("500(万元人民币)")
                    .append('\t')
                    .append("浙江")
                    .append('\t')
                    .append("鄞州")
                    .append('\t')
                    .append(SCOPES[i % SCOPES.length])
                    .append('\t')
                    .append("浙江省宁波市鄞州区首南街道日丽中路")
                    .append(100 + i)
                    .append("号\n");
        }
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] SCOPES = {
        "工业机器人制造；工业机器人安装、维修；智能控制系统集成；软件开发。",
        "机器视觉检测设备研发；人工智能应用软件开发；汽车零部件检测服务。",
        "工业软件开发；信息系统集成服务；数据处理服务；技术服务。",
        "数据安全技术服务；网络与信息安全软件开发；隐私计算平台研发。"
    };

    /** A Yinzhou SME doing machine-vision inspection, as a recommendation request. */
    static final String YINZHOU_SME = """
            {"profile": {"name": "宁波视检智能科技有限公司",
              "region": {"province": "浙江省", "city": "宁波市", "district": "鄞州区"},
              "specialization": "基于深度学习的表面缺陷检测设备",
              "businessScope": "机器视觉检测设备研发；人工智能应用软件开发；汽车零部件检测服务"},
             "top": 10}""";
}
