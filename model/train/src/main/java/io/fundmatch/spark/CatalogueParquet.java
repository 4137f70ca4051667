package io.fundmatch.spark;

import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.reference.EntityType;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet copy of the catalogue, written with a local Spark session: one row per support area with
 * its document's fields as columns (region levels, year, type, draft, superseded), lists as arrays,
 * qualifications as "name:MODE", and the full area JSON in {@code json}.
 */
public final class CatalogueParquet {

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("documentId", DataTypes.StringType, false)
            .add("source", DataTypes.StringType)
            .add("documentTitle", DataTypes.StringType)
            .add("province", DataTypes.StringType)
            .add("city", DataTypes.StringType)
            .add("district", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("type", DataTypes.StringType)
            .add("draft", DataTypes.BooleanType)
            .add("superseded", DataTypes.BooleanType)
            .add("path", DataTypes.createArrayType(DataTypes.StringType))
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("applicantTypes", DataTypes.createArrayType(DataTypes.StringType))
            .add("qualifications", DataTypes.createArrayType(DataTypes.StringType))
            .add("applicationWindow", DataTypes.StringType)
            .add("deadline", DataTypes.DateType)
            .add("supportAmount", DataTypes.StringType)
            .add("maxSupportWan", DataTypes.DoubleType)
            .add("keyTerms", DataTypes.createArrayType(DataTypes.StringType))
            .add("json", DataTypes.StringType, false);

    private CatalogueParquet() {}

    public static void write(Catalogue catalogue, Path folder) throws Exception {
        List<Row> rows = new ArrayList<>(catalogue.size());
        for (SupportArea a : catalogue.areas()) {
            var d = a.document();
            var r = d.region();
            rows.add(RowFactory.create(
                    a.id(),
                    d.id(),
                    d.source(),
                    d.title(),
                    r == null ? null : r.province(),
                    r == null ? null : r.city(),
                    r == null ? null : r.district(),
                    d.year(),
                    d.type() == null ? null : d.type().name(),
                    d.draft(),
                    a.superseded(),
                    a.path().toArray(new String[0]),
                    a.title(),
                    a.text(),
                    a.applicantTypes().stream().map(EntityType::name).toArray(String[]::new),
                    a.qualifications().stream()
                            .map(CatalogueParquet::qualification)
                            .toArray(String[]::new),
                    a.applicationWindow(),
                    a.deadline() == null ? null : Date.valueOf(a.deadline()),
                    a.supportAmount(),
                    a.maxSupportWan(),
                    a.keyTerms().toArray(new String[0]),
                    Json.mapper().writeValueAsString(a)));
        }
        LocalParquet.write("fundmatch-ingest", rows, SCHEMA, folder);
    }

    private static String qualification(QualificationRequirement q) {
        return q.qualification() + ":" + q.mode().name();
    }
}
