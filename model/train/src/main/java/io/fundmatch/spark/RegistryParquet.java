package io.fundmatch.spark;

import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.SectorGuess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet copy of the registry, written with a local Spark session: one row per profile with its fields
 * flattened (region levels as columns, inference sources, the best sector's confidence) and the full profile
 * JSON in {@code json}, so a Spark job can filter on columns and still read the exact profile.
 */
public final class RegistryParquet {

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("creditCode", DataTypes.StringType)
            .add("province", DataTypes.StringType)
            .add("city", DataTypes.StringType)
            .add("district", DataTypes.StringType)
            .add("entityType", DataTypes.StringType)
            .add("industryCode", DataTypes.StringType)
            .add("industryConfidence", DataTypes.DoubleType)
            .add("qualifications", DataTypes.createArrayType(DataTypes.StringType))
            .add("employees", DataTypes.IntegerType)
            .add("annualRevenue", DataTypes.DoubleType)
            .add("foundedYear", DataTypes.IntegerType)
            .add("regionSource", DataTypes.StringType)
            .add("entityTypeSource", DataTypes.StringType)
            .add("industrySource", DataTypes.StringType)
            .add("warnings", DataTypes.createArrayType(DataTypes.StringType))
            .add("json", DataTypes.StringType, false);

    private RegistryParquet() {}

    /** Writes the copy with a local Spark session of its own. */
    public static void write(List<EnterpriseProfile> profiles, Path folder) throws Exception {
        LocalParquet.write("fundmatch-import", rows(profiles), SCHEMA, folder);
    }

    /** Writes the copy (one Parquet file in {@code folder}, replaced) with the given session. */
    public static void write(SparkSession spark, List<EnterpriseProfile> profiles, Path folder) throws Exception {
        LocalParquet.write(spark, rows(profiles), SCHEMA, folder);
    }

    private static List<Row> rows(List<EnterpriseProfile> profiles) throws Exception {
        List<Row> rows = new ArrayList<>(profiles.size());
        for (EnterpriseProfile p : profiles) {
            List<SectorGuess> c = p.inference().industryCandidates();
            rows.add(RowFactory.create(
                    p.id(),
                    p.name(),
                    p.creditCode(),
                    p.region().province(),
                    p.region().city(),
                    p.region().district(),
                    p.entityType() == null ? null : p.entityType().name(),
                    p.industryCode(),
                    c.isEmpty() ? null : c.get(0).confidence(),
                    p.qualifications().toArray(new String[0]),
                    p.employees(),
                    p.annualRevenue(),
                    p.foundedYear(),
                    p.inference().regionSource(),
                    p.inference().entityTypeSource(),
                    p.inference().industrySource(),
                    p.warnings().toArray(new String[0]),
                    Json.mapper().writeValueAsString(p)));
        }
        return rows;
    }
}
