package io.fundmatch.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final Distributions DIST = Distributions.load();

    @TempDir
    Path tmp;

    private Path[] write(long seed, String name) throws IOException {
        SyntheticData d = new SyntheticData(DIST, seed, 4, DAY);
        Path reg = tmp.resolve(name + "-registry.jsonl");
        Path cat = tmp.resolve(name + "-catalogue.jsonl");
        d.writeRegistry(reg, 400);
        d.writeCatalogue(cat, 600);
        return new Path[] {reg, cat};
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        Path[] a = write(5, "a");
        Path[] b = write(5, "b");
        Path[] c = write(6, "c");
        assertArrayEquals(Files.readAllBytes(a[0]), Files.readAllBytes(b[0]));
        assertArrayEquals(Files.readAllBytes(a[1]), Files.readAllBytes(b[1]));
        assertFalse(Files.readString(a[0]).equals(Files.readString(c[0])));
    }

    @Test
    void registrySpreadsOverTheChosenDistrictsWithSectorsAndScopes() throws IOException {
        Path[] f = write(5, "r");
        List<String> lines = Files.readAllLines(f[0]);
        assertEquals(400, lines.size());
        Set<Region> districts = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String l : lines) {
            EnterpriseProfile p = Json.mapper().readValue(l, EnterpriseProfile.class);
            districts.add(p.region());
            ids.add(p.id());
            assertTrue(
                    p.region().district() != null
                            && p.industryCode() != null
                            && !p.businessScope().isBlank(),
                    l);
        }
        assertEquals(4, districts.size());
        assertEquals(400, ids.size());
    }

    @Test
    void catalogueHasDocumentsOfEveryLevelWithinTheRegistrysRegions() throws IOException {
        Path[] f = write(5, "c");
        Set<Region.Level> levels = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String l : Files.readAllLines(f[1])) {
            SupportArea a = Json.mapper().readValue(l, SupportArea.class);
            levels.add(a.document().region().level());
            ids.add(a.id());
            assertFalse(a.text().isBlank());
            assertTrue(a.deadline() == null || a.deadline().isAfter(DAY));
        }
        assertEquals(600, ids.size());
        assertTrue(levels.contains(Region.Level.DISTRICT) && levels.size() >= 3, levels.toString());
    }
}
