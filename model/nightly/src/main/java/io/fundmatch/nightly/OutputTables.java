package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The tables a run writes, as Spark rows: what officers open as CSV and the notebooks and the next run read. */
final class OutputTables {

    static final StructType ENTERPRISE_TOP = new StructType()
            .add("enterprise_id", DataTypes.StringType, false)
            .add("enterprise_name", DataTypes.StringType)
            .add("rank", DataTypes.IntegerType, false)
            .add("area_id", DataTypes.StringType, false)
            .add("area_title", DataTypes.StringType)
            .add("document_title", DataTypes.StringType)
            .add("score", DataTypes.DoubleType, false)
            .add("status", DataTypes.StringType)
            .add("opportunity", DataTypes.StringType);

    static final StructType AREA_TOP = new StructType()
            .add("area_id", DataTypes.StringType, false)
            .add("area_title", DataTypes.StringType)
            .add("document_title", DataTypes.StringType)
            .add("rank", DataTypes.IntegerType, false)
            .add("enterprise_id", DataTypes.StringType, false)
            .add("enterprise_name", DataTypes.StringType)
            .add("score", DataTypes.DoubleType, false)
            .add("status", DataTypes.StringType);

    static final StructType STATE = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("hash", DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.StringType))
            .add("embedding", DataTypes.createArrayType(DataTypes.FloatType));

    private final SparkSession spark;
    private final Broadcast<AreaIndex> areas;

    OutputTables(SparkSession spark, Broadcast<AreaIndex> areas) {
        this.spark = spark;
        this.areas = areas;
    }

    Dataset<Row> enterpriseTop(JavaRDD<Scored> rows) {
        Broadcast<AreaIndex> b = areas;
        return spark.createDataFrame(
                rows.map(s -> {
                    SupportArea a = b.value().area(s.area());
                    return RowFactory.create(
                            s.enterpriseId(),
                            s.enterpriseName(),
                            s.rank(),
                            a.id(),
                            a.title(),
                            a.document() == null ? null : a.document().title(),
                            (double) s.score(),
                            s.status(),
                            s.opportunityJson());
                }),
                ENTERPRISE_TOP);
    }

    Dataset<Row> areaTop(JavaRDD<Scored> rows) {
        Broadcast<AreaIndex> b = areas;
        return spark.createDataFrame(
                rows.map(s -> {
                    SupportArea a = b.value().area(s.area());
                    return RowFactory.create(
                            a.id(),
                            a.title(),
                            a.document() == null ? null : a.document().title(),
                            s.rank(),
                            s.enterpriseId(),
                            s.enterpriseName(),
                            (double) s.score(),
                            s.status());
                }),
                AREA_TOP);
    }

    Dataset<Row> state(JavaRDD<EnterpriseRow> rows) {
        return spark.createDataFrame(
                rows.map(r -> RowFactory.create(r.id(), r.hash(), r.keys().toArray(), boxed(r.embedding()))), STATE);
    }

    Dataset<Row> areaState(List<AreaLine> lines, Map<String, float[]> embeddings) {
        List<Row> out = new ArrayList<>(lines.size());
        for (AreaLine a : lines) {
            out.add(RowFactory.create(a.id(), a.hash(), a.keys().toArray(), boxed(embeddings.get(a.id()))));
        }
        return spark.createDataFrame(out, STATE).coalesce(1);
    }

    static StateRow stateRow(Row r) {
        List<Float> e = r.getList(3);
        float[] v = new float[e.size()];
        for (int i = 0; i < v.length; i++) v[i] = e.get(i);
        return new StateRow(r.getString(0), r.getString(1), new ArrayList<>(r.<String>getList(2)), v);
    }

    private static Float[] boxed(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }
}
