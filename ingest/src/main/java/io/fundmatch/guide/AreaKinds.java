package io.fundmatch.guide;

import io.fundmatch.catalogue.AreaKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a support area from its own words: its title counts three times as much as its text, and the
 * kind with the most mentions wins (ties go to the more specific kind, in the order below); an area naming
 * none of the cues is an industry field.
 */
final class AreaKinds {

    private static final Map<AreaKind, Pattern> CUES = new EnumMap<>(AreaKind.class);

    static {
        CUES.put(
                AreaKind.ENTERPRISE_CULTIVATION,
                Pattern.compile(
                        "专精特新|高新技术企业|高企|独角兽|隐形冠军|瞪羚|小巨人|头部企业|总部|挂牌|上市|规上|规模以上|入统|做大做强|倍增|企业培育|中小微?企业|市场主体|龙头企业"));
        CUES.put(AreaKind.TALENT, Pattern.compile("人才|团队|青年|专家|英才|引才|院士|博士|技能"));
        CUES.put(AreaKind.FINANCE, Pattern.compile("金融|基金|融资|贷款|信贷|投资机构|创投|风投|保险|担保|风险补偿|资本市场|银行"));
        CUES.put(
                AreaKind.INNOVATION_PLATFORM,
                Pattern.compile("平台|实验室|研究院|技术中心|创新中心|工程中心|研发中心|孵化|众创|加速器|载体|新型研发机构|创新联合体|中试"));
        CUES.put(
                AreaKind.TECHNOLOGY_SERVICE,
                Pattern.compile("科技服务|技术转移|成果转化|知识产权|检验检测|检测|咨询|标准|认证|设计服务|工程技术服务|服务机构|技术交易"));
        CUES.put(
                AreaKind.INFRASTRUCTURE_SCENARIO,
                Pattern.compile("基础设施|新基建|场景|示范应用|5G网络|基站|数据中心|城市大脑|航线|起降|场地|用地|厂房|租金|空间|园区建设"));
        CUES.put(
                AreaKind.PUBLIC_SERVICE, Pattern.compile("医疗|健康|卫生|疾病|教育|文化|养老|生态|环境|垃圾|公共安全|防灾|民生|科普|社区|旅游|交通|惠民|乡村"));
    }

    private AreaKinds() {}

    static AreaKind of(String title, String text) {
        Map<AreaKind, Integer> score = new EnumMap<>(AreaKind.class);
        for (Map.Entry<AreaKind, Pattern> e : CUES.entrySet()) {
            int s = 3 * count(e.getValue(), title == null ? "" : title)
                    + Math.min(6, count(e.getValue(), text == null ? "" : text));
            if (s > 0) score.put(e.getKey(), s);
        }
        AreaKind best = AreaKind.INDUSTRY_FIELD;
        int top = 0;
        for (Map.Entry<AreaKind, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        // a title naming an industry or technology field (人工智能, 生物医药产业) is that field unless its title says more
        if (top < 3 || (INDUSTRY.matcher(title == null ? "" : title).find() && count(CUES.get(best), title) == 0)) {
            return AreaKind.INDUSTRY_FIELD;
        }
        return best;
    }

    private static final Pattern INDUSTRY =
            Pattern.compile("产业|制造|人工智能|集成电路|芯片|生物|医药|新材料|新能源|装备|信息|数字|软件|网络|区块链|大数据|航空|航天|空天|汽车|农业|经济");

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) n++;
        return n;
    }
}
