package io.fundmatch.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelling rule for plan sections (docs/catalogue.md, "Labelling rule for plan sections"): a numbered sub-section
 * of a plan is a support area when more than a third of its sentences back a party outside the issuing government.
 * A sentence backs one when it names an enterprise, institute, talent, investor, service organisation or industry as
 * the recipient of money, space, services, a market or a platform (or as attracted or cultivated), or when it names
 * technology or industry fields to research, develop, industrialise, demonstrate or open scenes for. The issuer's own
 * bodies — its departments, public institutions, own state-owned enterprises — and residents receiving a public
 * service are no outside party, and technology the government only uses in its own systems backs nobody. The short
 * lead sentence heading a paragraph (完善就业创业服务。) is a title and not counted.
 */
final class PlanSectionRule {

    /** How many of a section's counted sentences back outside parties. */
    record Count(int backing, int counted) {

        /** More than a third of the counted sentences back an outside party. */
        boolean isArea() {
            return counted > 0 && backing * 3 > counted;
        }

        /** "2 of 7 sentences back outside parties". */
        String shown() {
            return backing + " of " + counted + " sentences back outside parties";
        }
    }

    /** What is offered, or how a party is drawn in: money, space, services, a market, a platform, attraction. */
    private static final Pattern OFFER = Pattern.compile("支持|鼓励|允许|培育|引进|吸引(?!力)|招引|扶持|扶植|资助|奖励|补贴|补助|津贴|给予|优惠|减免|免税|基金"
            + "|孵化|政府购买|购买服务|承接|落户|入驻|落地|集聚|汇聚|聚集|优先保障|试点|示范|首发|服务套餐|一对一|精准服务|定制"
            + "|提供[^。；;]{0,30}服务|(?:建设|打造|搭建|共建|设立|组建)[^。；;]{0,30}"
            + "(?:平台|中心|基地|园区|载体|空间|集聚区|孵化器|实验室|公寓|创新社区|创业社区|人才社区|国际社区|联合体|联盟|论坛)");
    /** Parties outside the issuing government, and industries or new business forms. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "企业|民企|外企|央企|公司|机构|高校|院所|大学|研究院|人才|团队|创业|创客|创新主体|市场主体"
                    + "|投资|资本|服务商|社会组织|产业|业态|总部|科学家|企业家|独角兽|专精特新|隐形冠军|品牌|创作力量|制造|服务业|行业|产品|商品|科研|产业化项目|转化项目|科技项目|创新项目|重大项目|重点项目|项目落户|项目落地|项目入驻");
    /** The issuer's own bodies and residents receiving a public service: named, they are no outside party. */
    private static final Pattern OWN =
            Pattern.compile("区属国有企业|区属国企|市属国企|国有企业|国企(?!业)|国有资本|国有资产|事业单位|政府|部门|公立医院|医院|医疗卫生机构"
                    + "|卫生服务机构|学校|幼儿园|图书馆|博物馆|美术馆|文化馆|档案馆|居民|群众|市民|老年人|劳动者|失业|就业困难|困难"
                    + "|高校毕业生|毕业生|退役军人|残疾人|农民|农户|自主创业|灵活就业");
    /** Calling a party to take part in the government's own provision: backing only with money or a market offered. */
    private static final Pattern PARTICIPATION = Pattern.compile("(?:鼓励|引导|支持|动员|吸引)[^。；;]{0,30}参与");

    private static final Pattern MONEY_OR_MARKET = Pattern.compile("政府购买|购买服务|补贴|补助|奖励|资助|基金|津贴|减免|试点|应用场景|示范项目");
    /** A service provided for residents: 为老年人提供…服务 (the resident already masked as □). */
    private static final Pattern RESIDENTS_SERVED = Pattern.compile("为[^，,。；;]{0,8}□[^，,。；;]{0,8}提供[^。；;]{0,30}服务");
    /** Supervising, monitoring or policing a party is not backing it. */
    private static final Pattern SUPERVISION = Pattern.compile("监测|监管|执法|查处|整治|考核|督导|督查");
    /** How the government finances its own projects (PPP, concessions, its debt): a sentence naming it backs no one. */
    private static final Pattern OWN_FINANCING = PublicServices.OWN_FINANCING;
    /** A note of the departments responsible, closing an action plan's item: （责任单位：…）. */
    private static final Pattern RESPONSIBLE = Pattern.compile("[（(](?:责任单位|牵头单位|配合单位)[：:][^）)]*[）)]");
    /** A heading that itself offers the support (支持…, 奖励…): the measure grants what it names. */
    private static final Pattern OFFERING_HEADING = Pattern.compile("^(?:支持|鼓励|扶持|奖励|资助|补贴|给予|引进|培育)");

    /** What a field is named for when it is backed: research, industry, demonstration, scenes, new products. */
    private static final Pattern DEVELOP =
            Pattern.compile("研发|开发|中试|攻关|产业化|产业|业态|服务业|制造|创新发展|应用示范|示范应用|示范|试点|应用场景|场景应用|新产品|技术创新");

    private static final Pattern SENTENCE = Pattern.compile("[。；;！？!?]");
    /** A lead sentence heading a paragraph: short, without a comma. */
    private static final Pattern LEAD = Pattern.compile("^[^，,、：:]{2,18}$");

    private PlanSectionRule() {}

    /** Counts the backing sentences of a section's own text (heading excluded), one paragraph a line. */
    static Count count(String text) {
        int backing = 0, counted = 0;
        for (String paragraph : RESPONSIBLE.matcher(text).replaceAll("").split("\n")) {
            String[] sentences = SENTENCE.split(paragraph.strip());
            for (int i = 0; i < sentences.length; i++) {
                String s = sentences[i].strip();
                if (s.length() < 4) continue;
                if (i == 0 && sentences.length > 1 && LEAD.matcher(s).matches()) continue;
                counted++;
                if (backs(s)) backing++;
            }
        }
        return new Count(backing, counted);
    }

    /** Whether one sentence backs a party outside the issuing government (rule (a)) or a field to develop (rule (b)). */
    static boolean backs(String sentence) {
        if (OWN_FINANCING.matcher(sentence).find()) return false;
        boolean money = MONEY_OR_MARKET.matcher(sentence).find();
        boolean oneOffer = OFFER.matcher(sentence).results().count() <= 1;
        if (!money
                && oneOffer
                && (PARTICIPATION.matcher(sentence).find()
                        || SUPERVISION.matcher(sentence).find())) {
            return false;
        }
        String others = OWN.matcher(sentence).replaceAll("□");
        // a service provided for residents (为老年人提供…服务) is the government's own provision
        String offered = RESIDENTS_SERVED.matcher(others).replaceAll("□");
        if (OFFER.matcher(offered).find() && OUTSIDE.matcher(others).find()) return true;
        return names(sentence) && DEVELOP.matcher(sentence).find();
    }

    /** Whether a heading itself offers the support it names (支持工业互联网人才培养), not the financing of own projects. */
    static boolean offeringHeading(String title) {
        String t = title.strip();
        return OFFERING_HEADING.matcher(t).find() && !OWN_FINANCING.matcher(t).find();
    }

    /** Whether a sentence names a technology or industry field (人工智能, 区块链, 生物医药 …). */
    private static boolean names(String sentence) {
        Matcher m = FIELDS.matcher(sentence);
        return m.find();
    }

    /** Named technology and industry fields (the generic 数字化, 新技术 … of a government's own systems are not). */
    private static final Pattern FIELDS =
            Pattern.compile("人工智能|大数据|区块链|云计算|物联网|5G|6G|集成电路|芯片|生物医药|生物技术|医疗器械|创新药|新材料|新能源|智能制造|机器人"
                    + "|航空航天|空天|卫星|北斗|量子|网络安全|软件|信息技术|工业互联网|金融科技|数据中心|算力|超高清|虚拟现实|VR|AR"
                    + "|基因|脑科学|氢能|储能|智能网联|自动驾驶|无人机|电竞|游戏|数字音乐|数字出版|动漫");
}
