package io.fundmatch.train.features;

import io.fundmatch.features.TextVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fits the text-feature pipeline on Spark MLlib — CountVectorizer → IDF for term weights and Word2Vec
 * for word vectors — over already segmented documents, and exports it as {@link TextVectors}.
 * Deterministic: one partition, fixed seed.
 */
public final class FeatureFitter {

    /**
     * @param vocabularySize largest vocabulary exported (most frequent words first)
     * @param minDocFreq     words in fewer documents are dropped
     * @param dimension      word vector size
     * @param iterations     Word2Vec passes over the corpus
     * @param seed           Word2Vec seed
     */
    public record Settings(int vocabularySize, int minDocFreq, int dimension, int iterations, long seed) {
        public static Settings defaults() {
            return new Settings(12_000, 2, 64, 5, 42L);
        }
    }

    /** The fitted Spark stages, kept for checking the export against Spark's own transform. */
    public record Fitted(PipelineModel pipeline, TextVectors vectors) {
        public CountVectorizerModel counts() {
            return (CountVectorizerModel) pipeline.stages()[0];
        }

        public IDFModel idf() {
            return (IDFModel) pipeline.stages()[1];
        }

        public Word2VecModel word2vec() {
            return (Word2VecModel) pipeline.stages()[2];
        }
    }

    public static final String TOKENS = "tokens";

    private FeatureFitter() {}

    public static Dataset<Row> documents(SparkSession spark, List<List<String>> docs) {
        StructType schema = new StructType().add(TOKENS, DataTypes.createArrayType(DataTypes.StringType), false);
        List<Row> rows = new ArrayList<>(docs.size());
        for (List<String> d : docs) rows.add(RowFactory.create((Object) d.toArray(new String[0])));
        return spark.createDataFrame(rows, schema).coalesce(1);
    }

    public static Fitted fit(SparkSession spark, List<List<String>> docs, Settings s) {
        if (docs.isEmpty()) throw new IllegalArgumentException("no text to fit the features on");
        CountVectorizer counts = new CountVectorizer()
                .setInputCol(TOKENS)
                .setOutputCol("tf")
                .setVocabSize(s.vocabularySize())
                .setMinDF(s.minDocFreq());
        IDF idf = new IDF().setInputCol("tf").setOutputCol("tfidf");
        Word2Vec w2v = new Word2Vec()
                .setInputCol(TOKENS)
                .setOutputCol("mean")
                .setVectorSize(s.dimension())
                .setMinCount(s.minDocFreq())
                .setWindowSize(5)
                .setMaxIter(s.iterations())
                .setNumPartitions(1)
                .setSeed(s.seed())
                .setStepSize(0.025);
        PipelineModel model =
                new Pipeline().setStages(new PipelineStage[] {counts, idf, w2v}).fit(documents(spark, docs));
        return new Fitted(model, export(model, s.dimension()));
    }

    private static TextVectors export(PipelineModel model, int dim) {
        CountVectorizerModel cv = (CountVectorizerModel) model.stages()[0];
        IDFModel idfModel = (IDFModel) model.stages()[1];
        Word2VecModel w2v = (Word2VecModel) model.stages()[2];
        Map<String, float[]> byWord = new HashMap<>();
        for (Row r : w2v.getVectors().collectAsList()) {
            Vector v = r.getAs("vector");
            float[] f = new float[dim];
            for (int k = 0; k < dim; k++) f[k] = (float) v.apply(k);
            byWord.put(r.getAs("word"), f);
        }
        String[] vocab = cv.vocabulary();
        double[] idfs = idfModel.idf().toArray();
        float[] idf = new float[vocab.length];
        float[] vectors = new float[vocab.length * dim];
        for (int i = 0; i < vocab.length; i++) {
            idf[i] = (float) idfs[i];
            float[] v = byWord.get(vocab[i]);
            if (v != null) System.arraycopy(v, 0, vectors, i * dim, dim);
        }
        return new TextVectors(List.of(vocab), idf, vectors, dim);
    }
}
