package io.fundmatch.rank.train;

import io.fundmatch.rank.LinearRanker;
import io.fundmatch.rank.PairFeatures;
import io.fundmatch.rank.TrainingPairs;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains the learned ranker with Spark MLlib: pointwise logistic regression of "relevant" (grade ≥ 1) on the
 * {@link PairFeatures} of labelled pairs, pairs of grade 2 weighing twice, features standardised inside MLlib
 * and the coefficients returned on the original scale, so the exported {@link LinearRanker} scores raw rows.
 */
public final class RankerTrainer {

    /** L2 regularisation: the labelled set is small (a few thousand pairs), so the weights are kept modest. */
    public static final double REG_PARAM = 0.01;

    private RankerTrainer() {}

    public static LinearRanker train(SparkSession spark, TrainingPairs pairs, String trainedOn) {
        return train(spark, pairs, trainedOn, java.util.Set.of());
    }

    /**
     * As {@link #train(SparkSession, TrainingPairs, String)}, with the features named in {@code leftOut} not used:
     * their column is constant (0) in training, so their weight is 0 and the exported ranker ignores them.
     */
    public static LinearRanker train(
            SparkSession spark, TrainingPairs pairs, String trainedOn, java.util.Set<String> leftOut) {
        int[] dropped = leftOut.stream().mapToInt(PairFeatures.NAMES::indexOf).toArray();
        for (int d : dropped) if (d < 0) throw new IllegalArgumentException("no feature among " + leftOut);
        if (pairs.x().isEmpty()) throw new IllegalArgumentException("no labelled pairs to train the ranker on");
        if (pairs.grades().stream().noneMatch(g -> g > 0)) {
            throw new IllegalArgumentException(
                    "no relevant pair among " + pairs.x().size() + ": cannot train the ranker");
        }
        StructType schema = new StructType()
                .add("label", DataTypes.DoubleType, false)
                .add("weight", DataTypes.DoubleType, false)
                .add("features", SQLDataTypes.VectorType(), false);
        List<Row> rows = new ArrayList<>(pairs.x().size());
        for (int i = 0; i < pairs.x().size(); i++) {
            int g = pairs.grades().get(i);
            double[] x = pairs.x().get(i);
            if (dropped.length > 0) {
                x = x.clone();
                for (int d : dropped) x[d] = 0;
            }
            rows.add(RowFactory.create(g > 0 ? 1.0 : 0.0, g >= 2 ? 2.0 : 1.0, Vectors.dense(x)));
        }
        Dataset<Row> data = spark.createDataFrame(rows, schema);
        LogisticRegressionModel m = new LogisticRegression()
                .setLabelCol("label")
                .setWeightCol("weight")
                .setFeaturesCol("features")
                .setRegParam(REG_PARAM)
                .setElasticNetParam(0)
                .setStandardization(true)
                .setMaxIter(200)
                .fit(data);
        long positives = pairs.grades().stream().filter(g -> g > 0).count();
        double[] w = m.coefficients().toArray();
        for (int d : dropped) w[d] = 0; // constant in training: MLlib gives 0 already, kept exact here
        return new LinearRanker(
                w,
                m.intercept(),
                trainedOn + " (" + pairs.x().size() + " pairs, " + positives
                        + " relevant; Spark MLlib logistic regression, regParam " + REG_PARAM
                        + (leftOut.isEmpty()
                                ? ""
                                : "; left out: " + String.join(", ", new java.util.TreeSet<>(leftOut)))
                        + ")");
    }
}
