package io.fundmatch.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Which enterprises gained which opportunities since the previous run: (enterprise, area) pairs in this run's
 * top K that were not in the previous run's, with why — a newly published area, or a change that brought an
 * existing one into the enterprise's top K.
 */
final class Alerts {

    static final String NEW_AREA = "新发布的申报方向";
    static final String NEWLY_RANKED = "新进入您的推荐";

    private Alerts() {}

    static Dataset<Row> compare(
            Dataset<Row> current, Dataset<Row> previous, Set<String> previousAreas, SparkSession spark) {
        Dataset<Row> gained = current.join(
                previous.select("enterprise_id", "area_id"),
                current.col("enterprise_id")
                        .equalTo(previous.col("enterprise_id"))
                        .and(current.col("area_id").equalTo(previous.col("area_id"))),
                "left_anti");
        Column known = col("area_id").isInCollection(previousAreas);
        return gained.select(
                col("enterprise_id"),
                col("enterprise_name"),
                col("area_id"),
                col("area_title"),
                col("document_title"),
                col("rank"),
                col("score"),
                col("status"),
                col("opportunity"),
                when(known, lit(NEWLY_RANKED)).otherwise(lit(NEW_AREA)).as("reason"));
    }
}
