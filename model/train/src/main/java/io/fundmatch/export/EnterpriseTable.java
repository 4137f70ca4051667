package io.fundmatch.export;

import io.fundmatch.csv.CsvTable;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.IndustryClassification;
import java.util.List;
import java.util.Optional;

/** One row per enterprise profile: region, entity type and GB/T 4754 sector, for coverage charts. */
public final class EnterpriseTable {

    private EnterpriseTable() {}

    public static CsvTable of(List<EnterpriseProfile> profiles) {
        CsvTable t = new CsvTable(
                "enterprise_id",
                "name",
                "province",
                "city",
                "district",
                "region",
                "entity_type",
                "industry_code",
                "sector",
                "sector_name",
                "qualifications",
                "employees",
                "founded_year");
        for (EnterpriseProfile p : profiles) {
            String[] sector = sector(p.industryCode());
            t.add(
                    p.id(),
                    p.name(),
                    p.region().province(),
                    p.region().city(),
                    p.region().district(),
                    p.region().displayName(),
                    p.entityType() == null ? null : p.entityType().label(),
                    p.industryCode(),
                    sector[0],
                    sector[1],
                    String.join(CatalogueTable.LIST, p.qualifications()),
                    p.employees(),
                    p.foundedYear());
        }
        return t;
    }

    /** The 门类 letter and name of an industry code, or {"", "未知"} when it is absent or not in the standard. */
    static String[] sector(String industryCode) {
        IndustryClassification c = IndustryClassification.shared();
        Optional<IndustryClassification.Industry> section = c.find(industryCode).flatMap(i -> c.find(i.section()));
        return section.map(s -> new String[] {s.code(), s.name()}).orElse(new String[] {"", "未知"});
    }
}
