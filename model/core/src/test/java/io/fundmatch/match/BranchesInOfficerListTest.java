package io.fundmatch.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fundmatch.SharedData;
import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileImporter;
import io.fundmatch.reference.LegalPersonality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On the real registry pools (../shared/data/enterprises) and the seed catalogue, as a new user gets them (the
 * default ranker): in the officer's top 20 for every 金融科技 area, no branch or representative office is certainly
 * eligible, and any that remain come after every enterprise that may apply in its own name. Prints the counts
 * (bank branches, representative offices) per area. Skips when ../shared is absent.
 */
class BranchesInOfficerListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void branchesAndRepresentativeOfficesComeAfterEnterprisesThatMayApplyInTheirOwnName() throws IOException {
        Path seeds = SharedData.resolve("seeds").orElse(null);
        Path pools = SharedData.resolve("data/enterprises").orElse(null);
        assumeTrue(seeds != null && pools != null, "../shared is absent");

        Catalogue catalogue =
                Catalogue.of(new GuideIngester().ingestAll(seeds, null).succeeded());
        List<EnterpriseProfile> registry = new ArrayList<>();
        ProfileImporter importer = new ProfileImporter();
        try (Stream<Path> files = Files.list(pools)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ent_"))
                    .sorted()
                    .toList()) {
                registry.addAll(importer.importFile(f).profiles());
            }
        }
        MatchingRecommender recommender = Recommenders.create(Recommenders.DEFAULT_RANKER, null);
        recommender.setAreas(catalogue.currentAreas());
        recommender.setEnterprises(registry);

        List<SupportArea> fintech = catalogue.currentAreas().stream()
                .filter(a -> (a.title() + String.join("", a.path())).contains("金融科技"))
                .toList();
        assumeTrue(!fintech.isEmpty(), "no 金融科技 area in the seeds");
        int listed = 0;
        for (SupportArea area : fintech) {
            List<EnterpriseMatch> top =
                    recommender.enterprisesFor(area.id(), new MatchOptions(20, false, false, TODAY));
            long branches =
                    top.stream().filter(BranchesInOfficerListTest::branch).count();
            long banks = top.stream()
                    .filter(m -> branch(m) && m.enterprise().name().contains("银行"))
                    .count();
            long offices = top.stream()
                    .filter(m -> m.enterprise().name().matches(".*(代表处|代表机构|办事处).*"))
                    .count();
            long certainBranches = top.stream()
                    .filter(m -> branch(m) && m.eligibility().status() == EligibilityStatus.ELIGIBLE)
                    .count();
            System.out.printf(
                    "officer top 20 for %s (%s): %d branches or offices, %d bank branches, %d representative offices,"
                            + " %d of them ELIGIBLE%n",
                    area.title(), area.document().title(), branches, banks, offices, certainBranches);
            for (EnterpriseMatch m : top) {
                System.out.printf(
                        "  %2d %-40s %s %s%n",
                        m.rank(),
                        m.enterprise().name(),
                        m.eligibility().status(),
                        m.enterprise().legalPersonality());
            }
            listed += top.size();
            assertTrue(certainBranches == 0, "a branch is listed as certainly eligible for " + area.title());
            boolean branchSeen = false;
            for (EnterpriseMatch m : top) {
                if (branch(m)) branchSeen = true;
                else
                    assertFalse(
                            branchSeen,
                            m.enterprise().name() + " (may apply in its own name) listed after a branch for "
                                    + area.title());
            }
        }
        assertTrue(listed > 0, "the 金融科技 areas list no enterprise");
    }

    private static boolean branch(EnterpriseMatch m) {
        return m.enterprise().legalPersonality() == LegalPersonality.BRANCH;
    }
}
