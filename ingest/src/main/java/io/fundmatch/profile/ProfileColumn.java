package io.fundmatch.profile;

import io.fundmatch.reference.Qualifications;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns an enterprise list may have, each recognised by its English (API) or Chinese header names in
 * any column order. Header names are compared without case, spaces, underscores, brackets and punctuation.
 */
enum ProfileColumn {
    ID("id", "profileid", "enterpriseid", "编号", "企业编号", "企业id"),
    NAME(
            "name",
            "companyname",
            "enterprisename",
            "企业名称",
            "名称",
            "单位名称",
            "公司名称",
            "企业单位名称",
            "机构名称",
            "企业全称",
            "申报单位",
            "单位全称",
            "主体名称"),
    CREDIT_CODE(
            "creditcode",
            "uscc",
            "unifiedsocialcreditcode",
            "统一社会信用代码",
            "社会信用代码",
            "信用代码",
            "统一代码",
            "注册号",
            "工商注册号",
            "组织机构代码"),
    PROVINCE("province", "省", "省份", "所在省份", "所在省", "省市"),
    CITY("city", "市", "城市", "地市", "所在城市", "所在市", "地区", "所属地市"),
    DISTRICT("district", "county", "区县", "区", "县区", "所在区县", "所属区县", "区县名称"),
    REGION("region", "所在地区", "行政区划", "区域", "所在地", "所属区域", "注册地"),
    ADDRESS("address", "地址", "注册地址", "经营地址", "通讯地址", "办公地址", "企业地址", "住所", "详细地址"),
    ENTITY_TYPE("entitytype", "单位类型", "单位性质", "主体类型", "机构类型", "申报主体类型", "组织类型"),
    REGISTRY_TYPE("registrytype", "legalform", "企业类型", "企业性质", "公司类型", "登记注册类型", "经济类型"),
    INDUSTRY_CODE("industrycode", "行业代码", "国民经济行业代码", "行业分类代码", "所属行业代码", "国标行业代码"),
    INDUSTRY("industry", "行业", "行业类别", "所属行业", "行业分类", "行业名称", "国民经济行业", "所属行业类别", "国民经济行业分类"),
    QUALIFICATIONS("qualifications", "qualification", "资质", "企业资质", "资质荣誉", "认定资质", "荣誉资质", "资质认定", "企业资质荣誉"),
    SPECIALIZATION(
            "specialization", "mainproducts", "主营产品", "主要产品", "主营业务", "核心技术", "主要产品及技术", "主营产品及技术", "主要产品和技术", "产品"),
    BUSINESS_SCOPE("businessscope", "scope", "经营范围", "业务范围"),
    EMPLOYEES("employees", "职工人数", "员工人数", "从业人员", "从业人数", "从业人员数", "人数", "员工数"),
    ANNUAL_REVENUE("annualrevenue", "revenue", "营业收入", "年营业收入", "营收", "年收入", "营业收入万元", "上年营业收入"),
    FOUNDED("foundedyear", "founded", "成立年份", "成立时间", "成立日期", "注册日期", "注册时间", "成立年度");

    private final List<String> names;

    ProfileColumn(String... names) {
        this.names = List.of(names);
    }

    /** The column a header cell names. */
    static Optional<ProfileColumn> of(String header) {
        String h = key(header);
        if (h.isEmpty()) return Optional.empty();
        for (ProfileColumn c : values()) {
            for (String n : c.names) if (h.equals(key(n))) return Optional.of(c);
        }
        return Optional.empty();
    }

    static String key(String s) {
        if (s == null) return "";
        return s.replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-:：()（）\\[\\]【】*＊/、.。\"'“”]", "")
                .replace("(万元)", "")
                .replace("万元", "")
                .replaceFirst("^(?:(?:19|20)\\d{2}|上|本)年度?", "");
    }

    private static final Pattern YES_NO_HEADER = Pattern.compile("^(?:是否(?:为|是|属于|已认定为?|获得|具有|通过)?)(.{2,})$");

    /**
     * The qualification a yes/no column names ("是否高新技术企业", "是否为专精特新企业"), or empty: officers' lists
     * often mark each qualification in a column of its own.
     */
    static Optional<String> yesNoQualification(String header) {
        var m = YES_NO_HEADER.matcher(key(header));
        if (!m.matches()) return Optional.empty();
        List<String> named = Qualifications.mentionedIn(m.group(1));
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(0));
    }
}
