package io.fundmatch.export;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.csv.CsvTable;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One row per support area: where it comes from, where it sits in its document, and what it asks and offers. */
public final class CatalogueTable {

    /** Separator of list values inside one field (applicant types, qualifications, path). */
    static final String LIST = " | ";

    private CatalogueTable() {}

    public static CsvTable of(List<SupportArea> areas) {
        CsvTable t = new CsvTable(
                "area_id",
                "document_id",
                "document",
                "source",
                "province",
                "city",
                "district",
                "region",
                "type",
                "year",
                "draft",
                "superseded",
                "depth",
                "path",
                "title",
                "text_length",
                "applicant_types",
                "qualifications",
                "deadline",
                "amount",
                "max_support_wan");
        for (SupportArea a : areas) {
            GuideDocument d = a.document();
            Region r = d.region() == null ? Region.NATIONAL : d.region();
            t.add(
                    a.id(),
                    d.id(),
                    d.title(),
                    d.source(),
                    r.province(),
                    r.city(),
                    r.district(),
                    r.displayName(),
                    d.type(),
                    d.year(),
                    d.draft(),
                    a.superseded(),
                    a.path().size(),
                    String.join(LIST, a.path()),
                    a.title(),
                    a.text().length(),
                    a.applicantTypes().stream().map(EntityType::label).collect(Collectors.joining(LIST)),
                    a.qualifications().stream()
                            .map(CatalogueTable::qualification)
                            .collect(Collectors.joining(LIST)),
                    a.deadline(),
                    a.supportAmount(),
                    a.maxSupportWan());
        }
        return t;
    }

    private static String qualification(QualificationRequirement q) {
        return q.mode() == null
                ? q.qualification()
                : q.qualification() + " (" + q.mode().name().toLowerCase(Locale.ROOT) + ")";
    }
}
