package io.fundmatch.eligibility;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An area that names who may apply (企事业单位, 社会组织, 科研院所 …) excludes the others. Research institutes,
 * universities and hospitals are usually 事业单位 legal persons, so an area open to 事业单位 gives them CHECK
 * rather than INELIGIBLE. An entity type that was only defaulted (nothing in the profile said it) gives CHECK.
 */
public final class ApplicantTypeRule implements EligibilityRule {

    private static final Set<EntityType> OFTEN_PUBLIC_INSTITUTIONS =
            Set.of(EntityType.RESEARCH_INSTITUTE, EntityType.UNIVERSITY, EntityType.MEDICAL_INSTITUTION);

    @Override
    public Optional<RuleOutcome> check(EnterpriseProfile enterprise, SupportArea area, MatchOptions options) {
        List<EntityType> allowed = area.applicantTypes();
        if (allowed.isEmpty()) return Optional.empty();
        String names = allowed.stream().map(EntityType::label).collect(Collectors.joining("、"));
        EntityType type = enterprise.entityType();
        boolean defaulted = enterprise.inference() != null
                && "default".equals(enterprise.inference().entityTypeSource());
        if (type == null) {
            return Optional.of(RuleOutcome.check("本方向限" + names + "申报，资料未写明贵单位的单位类型，请核实"));
        }
        if (allowed.contains(type)) {
            return Optional.of(RuleOutcome.eligible("本方向面向" + names + "，贵单位属于" + type.label()));
        }
        if (OFTEN_PUBLIC_INSTITUTIONS.contains(type) && allowed.contains(EntityType.PUBLIC_INSTITUTION)) {
            return Optional.of(RuleOutcome.check("本方向面向" + names + "，" + type.label() + "若为事业单位法人即可申报，请核实法人类型"));
        }
        if (defaulted) {
            return Optional.of(RuleOutcome.check("本方向限" + names + "申报，贵单位类型系推定为" + type.label() + "，请核实"));
        }
        return Optional.of(RuleOutcome.ineligible("本方向限" + names + "申报，贵单位为" + type.label()));
    }
}
