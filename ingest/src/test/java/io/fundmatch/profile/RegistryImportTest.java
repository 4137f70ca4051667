package io.fundmatch.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.SharedData;
import io.fundmatch.reference.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real registry extracts of ../shared: every row imports, regions and sectors are filled in. */
class RegistryImportTest {

    private static List<Path> registryFiles() throws Exception {
        Path dir = SharedData.resolve("data/enterprises").orElseThrow();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("ent_.*registered.*\\.txt"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theXichengExtractImportsWholeWithDistrictsAndSectors() throws Exception {
        Assumptions.assumeTrue(SharedData.folder().isPresent(), "../shared is absent");
        Path xicheng = registryFiles().stream()
                .filter(p -> p.toString().contains("xicheng"))
                .findFirst()
                .orElseThrow();
        ImportReport r = new ProfileImporter().importFile(xicheng);
        assertEquals(0, r.rejected(), r.issues()::toString);
        assertEquals(r.read(), r.imported());
        assertTrue(r.read() > 600, r.summary());
        long inXicheng = r.profiles().stream()
                .filter(p -> p.region().equals(Region.of("北京市", "北京市", "西城区")))
                .count();
        assertEquals(r.profiles().size(), inXicheng);
        long withSector =
                r.profiles().stream().filter(p -> p.industryCode() != null).count();
        assertTrue(
                withSector > 0.98 * r.profiles().size(),
                withSector + " of " + r.profiles().size());
    }

    @Test
    void sectorInferenceBeatsItsFloorOnTheLabelledSample() throws Exception {
        Assumptions.assumeTrue(SharedData.folder().isPresent(), "../shared is absent");
        Path labels = Path.of(
                RegistryImportTest.class.getResource("sector-labels.tsv").toURI());
        SectorEvaluation.Result r = SectorEvaluation.run(labels, registryFiles());
        assertEquals(0, r.missing(), "every label names a registry row");
        assertTrue(r.cases().size() >= 150, r.summary());
        assertTrue(r.sectionTop1() >= 0.65, r.summary());
        assertTrue(r.divisionTop1() >= 0.60, r.summary());
        assertTrue(r.divisionTop3() >= 0.80, r.summary());
        assertTrue(r.divisionTop1() > r.majorityShare() + 0.3, r.summary());
    }

    @Test
    void sectorInferenceHoldsOnTheHeldOutSample() throws Exception {
        Assumptions.assumeTrue(SharedData.folder().isPresent(), "../shared is absent");
        Path labels = Path.of(RegistryImportTest.class
                .getResource("sector-labels-heldout.tsv")
                .toURI());
        SectorEvaluation.Result r = SectorEvaluation.run(labels, registryFiles());
        assertEquals(0, r.missing(), "every label names a registry row");
        assertTrue(r.sectionTop1() >= 0.70, r.summary());
        assertTrue(r.divisionTop1() >= 0.60, r.summary());
        assertTrue(r.divisionTop3() >= 0.80, r.summary());
    }
}
