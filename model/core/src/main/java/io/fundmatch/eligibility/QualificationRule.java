package io.fundmatch.eligibility;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Qualifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Required qualifications must be held, and at least one of an area's ONE_OF alternatives. A profile lists what
 * it holds, so one it does not list may still be held: that gives CHECK, never INELIGIBLE. Areas that cultivate a qualification (培育高新技术企业) target
 * those who do not hold it yet: holders stay eligible (the area usually backs more than the cultivation)
 * but are told so, and the ranking demotes them (see {@link #holdsCultivated}).
 */
public final class QualificationRule implements EligibilityRule {

    @Override
    public Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        if (area.qualifications().isEmpty()) return Optional.empty();
        Set<String> held = held(enterprise);
        List<String> missing = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        List<String> heldAlternatives = new ArrayList<>();
        for (QualificationRequirement q : area.qualifications()) {
            String name = Qualifications.normalise(q.qualification());
            boolean has = held.contains(name);
            switch (q.mode()) {
                case REQUIRED -> {
                    if (has) facts.add("已具备申报要求的" + name);
                    else missing.add(name);
                }
                case ONE_OF -> {
                    alternatives.add(name);
                    if (has) heldAlternatives.add(name);
                }
                case PREFERRED -> {
                    if (has) facts.add("已具备优先支持的" + name);
                }
                case CULTIVATE -> {
                    if (has) facts.add("本方向重在培育尚未取得" + name + "的单位，贵单位已是" + name + "，排序靠后");
                    else facts.add("本方向培育" + name + "，贵单位尚未取得，属于培育对象");
                }
            }
        }
        if (!alternatives.isEmpty()) {
            if (heldAlternatives.isEmpty()) {
                missing.add(String.join("或", alternatives) + "（具备其一即可）");
            } else {
                facts.add(
                        0,
                        "已具备申报要求的" + String.join("、", heldAlternatives)
                                + (alternatives.size() > heldAlternatives.size()
                                        ? "（" + String.join("、", alternatives) + "具备其一即可）"
                                        : ""));
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of(
                    new RuleOutcome(EligibilityStatus.CHECK, "申报须具备" + String.join("、", missing) + "，资料中未注明，请核实"));
        }
        if (facts.isEmpty()) return Optional.empty();
        return Optional.of(RuleOutcome.eligible(String.join("；", facts)));
    }

    /** Whether the enterprise already holds a qualification this area aims to cultivate. */
    public static boolean holdsCultivated(EnterpriseProfile enterprise, SupportArea area) {
        Set<String> held = held(enterprise);
        return area.qualifications().stream()
                .anyMatch(q -> q.mode() == QualificationRequirement.Mode.CULTIVATE
                        && held.contains(Qualifications.normalise(q.qualification())));
    }

    /** Whether the enterprise holds a qualification this area prefers or requires. */
    public static boolean holdsFavoured(EnterpriseProfile enterprise, SupportArea area) {
        Set<String> held = held(enterprise);
        return area.qualifications().stream()
                .anyMatch(q -> q.mode() != QualificationRequirement.Mode.CULTIVATE
                        && held.contains(Qualifications.normalise(q.qualification())));
    }

    private static Set<String> held(EnterpriseProfile enterprise) {
        return enterprise.qualifications().stream()
                .map(Qualifications::normalise)
                .collect(Collectors.toSet());
    }
}
