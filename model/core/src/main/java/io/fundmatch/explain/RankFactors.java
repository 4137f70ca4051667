package io.fundmatch.explain;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.text.GenericTerms;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.LegalPersonality;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts about one enterprise–area pair that move its rank, most telling first, in a manager's words: how close
 * the meaning is (sentence encoder), the specific words shared (or that only generic ones are, which count for
 * little), the sector, a qualification held that the area requires or prefers, one it cultivates and the enterprise
 * already holds (half score), the issuing district, the deadline, and a branch's place after those that may apply
 * in their own name.
 */
final class RankFactors {

    private static final int MAX_WORDS = 5;

    private RankFactors() {}

    static List<String> of(
            EnterpriseProfile enterprise,
            SupportArea area,
            List<String> matched,
            Double similarity,
            Optional<String> sectorFact) {
        List<String> out = new ArrayList<>();
        if (similarity != null) {
            out.add(String.format(Locale.ROOT, "业务描述与本方向原文含义相近（语义相似度%.2f）", similarity));
        }
        List<String> specific =
                matched.stream().filter(w -> !GenericTerms.isGeneric(w)).toList();
        List<String> generic = matched.stream().filter(GenericTerms::isGeneric).toList();
        if (!specific.isEmpty()) {
            out.add("共有专门用词：" + String.join("、", specific.subList(0, Math.min(MAX_WORDS, specific.size()))));
        } else if (!generic.isEmpty()) {
            out.add("只共有通用词（" + String.join("、", generic.subList(0, Math.min(3, generic.size()))) + "），不据此靠前");
        }
        sectorFact.ifPresent(out::add);
        Set<String> held = enterprise.qualifications().stream()
                .map(Qualifications::normalise)
                .collect(Collectors.toSet());
        List<String> favoured = new ArrayList<>();
        List<String> cultivated = new ArrayList<>();
        for (QualificationRequirement q : area.qualifications()) {
            String name = Qualifications.normalise(q.qualification());
            if (!held.contains(name)) continue;
            if (q.mode() == QualificationRequirement.Mode.CULTIVATE) cultivated.add(name);
            else favoured.add(name);
        }
        if (!favoured.isEmpty()) out.add("已具备本方向要求或优先支持的" + String.join("、", favoured));
        if (!cultivated.isEmpty()) out.add("已是本方向培育的" + String.join("、", cultivated) + "，得分减半");
        Region issuer = area.document() == null ? null : area.document().region();
        Region at = enterprise.region();
        if (issuer != null && !issuer.isNational() && issuer.district() != null) {
            if (at.district() != null && issuer.covers(at)) out.add("注册地在发文的" + issuer.displayName());
            else if (at.district() == null) out.add("注册区县未知，排在资格确定的单位之后");
        }
        if (area.deadline() != null) out.add("申报截止日期为" + area.deadline());
        if (enterprise.legalPersonality() == LegalPersonality.BRANCH) {
            out.add("分支机构或代表机构，排在可以自身名义申报的单位之后");
        }
        return out;
    }
}
