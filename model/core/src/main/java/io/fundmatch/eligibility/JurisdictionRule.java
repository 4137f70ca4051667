package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.FunctionalZones;
import io.fundmatch.reference.Region;
import java.util.Optional;

/**
 * A district's document is for applicants of that district, a city's for that city, a province's for that
 * province, a national one for all. A level the document names but the profile does not know gives CHECK.
 */
public final class JurisdictionRule implements EligibilityRule {

    @Override
    public Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        Region issuer = area.document() == null || area.document().region() == null
                ? Region.NATIONAL
                : area.document().region();
        if (issuer.isNational()) return Optional.of(RuleOutcome.eligible("全国性文件，不限申报单位所在地"));
        Region at = enterprise.region();
        String where = issuer.displayName();
        if (issuer.covers(at)) {
            return Optional.of(RuleOutcome.eligible("注册地" + at.displayName() + "在" + where + "文件的适用范围内"));
        }
        if (issuer.zone() != null) return Optional.of(outsideZone(issuer, at));
        if (differs(issuer.province(), at.province())
                || differs(issuer.city(), at.city())
                || differs(issuer.district(), at.district())) {
            return Optional.of(RuleOutcome.ineligible(
                    "本方向只面向" + where + "的单位，贵单位注册地为" + (at.isNational() ? "未知" : at.displayName())));
        }
        String missing = issuer.district() != null && at.district() == null
                ? "所在区县"
                : issuer.city() != null && at.city() == null ? "所在城市" : "所在省份";
        return Optional.of(RuleOutcome.check("本方向只面向" + where + "的单位，资料未写明贵单位" + missing + "，请核实注册地"));
    }

    /**
     * An applicant the zone does not cover: CHECK when its registration is known only down to a city or province
     * the zone lies in, otherwise INELIGIBLE.
     */
    private static RuleOutcome outsideZone(Region issuer, Region at) {
        String where = issuer.displayName();
        java.util.Optional<FunctionalZones.Zone> zone = FunctionalZones.shared().zone(issuer.zone());
        boolean undecided = at.isNational()
                || at.zone() == null
                        && at.district() == null
                        && at.province() != null
                        && zone.isPresent()
                        && (at.city() == null
                                ? at.province().equals(zone.get().province())
                                : zone.get().cities().stream()
                                        .anyMatch(c -> c.city().equals(at.city())));
        if (undecided) {
            return RuleOutcome.check("本方向只面向" + where + "的单位，资料未写明贵单位所在区县，请核实注册地是否在" + issuer.zone() + "范围内");
        }
        return RuleOutcome.ineligible("本方向只面向" + where + "的单位，贵单位注册地为" + at.displayName());
    }

    /** Both known and different. */
    private static boolean differs(String required, String actual) {
        return required != null && actual != null && !required.equals(actual);
    }
}
