package io.fundmatch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.reference.Region;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryParquetTest {

    @Test
    void theParquetCopyHoldsFlatColumnsAndTheExactProfile(@TempDir Path dir) throws Exception {
        ProfileNormalizer n = new ProfileNormalizer();
        List<EnterpriseProfile> profiles = List.of(
                n.normalize(new ProfileInput(
                        null,
                        "北京青禾软件有限公司",
                        "91110102MA01XY7K34",
                        Region.of("北京", "西城", null),
                        null,
                        null,
                        null,
                        List.of("高企"),
                        null,
                        "应用软件开发",
                        35,
                        1200.0,
                        2015)),
                n.normalize(new ProfileInput(
                        null,
                        "云杉商贸有限公司",
                        null,
                        null,
                        "新疆乌鲁木齐市水磨沟区南湖路9号",
                        null,
                        null,
                        null,
                        null,
                        "销售五金交电",
                        null,
                        null,
                        null)));
        Path folder = dir.resolve("registry.parquet");
        SparkSession spark = SparkSession.builder()
                .master("local[1]")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            RegistryParquet.write(spark, profiles, folder);
            List<Row> rows =
                    spark.read().parquet(folder.toString()).orderBy("id").collectAsList();
            assertEquals(2, rows.size());
            Row qinghe = rows.get(0); // its id is its credit code, "9…" before the stable "fm-…" ids
            assertEquals("北京青禾软件有限公司", qinghe.getAs("name"));
            assertEquals("西城区", qinghe.getAs("district"));
            assertEquals("I65", qinghe.getAs("industryCode"));
            assertEquals(
                    profiles.get(0), Json.mapper().readValue((String) qinghe.getAs("json"), EnterpriseProfile.class));
            assertEquals("水磨沟区", rows.get(1).getAs("district"));
        } finally {
            spark.stop();
        }
    }
}
