package io.fundmatch.service.api;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.csv.CsvTable;
import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.profile.EnterpriseProfile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The officer's spreadsheet of enterprises ranked for an area: UTF-8 with a byte-order mark (so Excel reads
 * the Chinese), RFC 4180 quoting, and cells that would start a formula neutralised ({@link CsvTable}).
 */
final class EnterpriseCsv {

    private static final String[] HEADER = {
        "排名", "企业名称", "统一社会信用代码", "省份", "城市", "区县", "主体类型", "行业代码", "资质", "得分", "资格", "资格说明", "匹配理由", "匹配词", "企业ID"
    };

    private EnterpriseCsv() {}

    static String write(SupportArea area, List<EnterpriseMatch> matches) {
        CsvTable table = new CsvTable(HEADER);
        for (EnterpriseMatch m : matches) {
            EnterpriseProfile e = m.enterprise();
            table.add(
                    String.valueOf(m.rank()),
                    e.name(),
                    e.creditCode(),
                    e.region().province(),
                    e.region().city(),
                    e.region().district(),
                    e.entityType() == null ? "" : e.entityType().label(),
                    e.industryCode(),
                    String.join("；", e.qualifications()),
                    String.format(Locale.ROOT, "%.4f", m.score()),
                    m.eligibility() == null
                            ? ""
                            : label(m.eligibility().status().name()),
                    m.eligibility() == null
                            ? ""
                            : String.join("；", m.eligibility().reasons()),
                    m.explanation() == null ? "" : m.explanation().summary(),
                    m.explanation() == null
                            ? ""
                            : String.join("、", m.explanation().matchedTerms()),
                    e.id());
        }
        return table.toText(true, "\r\n");
    }

    static String disposition(SupportArea area) {
        String name = "enterprises-" + area.id() + ".csv";
        String encoded = URLEncoder.encode(area.title() + "-企业名单.csv", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''" + encoded;
    }

    private static String label(String status) {
        return switch (status) {
            case "ELIGIBLE" -> "符合";
            case "CHECK" -> "待核实";
            case "INELIGIBLE" -> "不符合";
            default -> status;
        };
    }
}
