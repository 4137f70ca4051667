package io.fundmatch.train.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.features.TextVectors;
import io.fundmatch.spark.LocalSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFitterTest {

    private static SparkSession spark;

    private static final List<List<String>> DOCS = List.of(
            List.of("区块链", "技术", "开发", "数据", "服务"),
            List.of("区块链", "金融", "数据", "平台"),
            List.of("智慧医疗", "医院", "数据", "平台", "远程"),
            List.of("智慧医疗", "医学影像", "医院", "技术"),
            List.of("新能源汽车", "动力电池", "技术", "研发"),
            List.of("新能源汽车", "充电", "动力电池", "平台"),
            List.of("文化", "动漫", "设计", "数字"),
            List.of("文化", "影视", "数字", "设计", "unknownword"));

    @BeforeAll
    static void start() {
        spark = LocalSpark.forTraining();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void exportedVocabularyIdfAndVectorsReproduceSparksTransform(@TempDir Path dir) throws Exception {
        FeatureFitter.Fitted fitted = FeatureFitter.fit(spark, DOCS, new FeatureFitter.Settings(1000, 2, 8, 2, 3L));
        fitted.vectors().write(dir);
        TextVectors loaded = TextVectors.read(io.fundmatch.towers.ModelSource.directory(dir), 8);
        List<Row> rows = fitted.pipeline()
                .transform(FeatureFitter.documents(spark, DOCS))
                .select("tfidf", "mean")
                .collectAsList();
        for (int d = 0; d < DOCS.size(); d++) {
            Vector sparkTfidf = rows.get(d).getAs("tfidf");
            Map<Integer, Double> mine = loaded.tfidf(DOCS.get(d));
            assertEquals(sparkTfidf.numNonzeros(), mine.size(), "doc " + d);
            for (Map.Entry<Integer, Double> e : mine.entrySet()) {
                assertEquals(sparkTfidf.apply(e.getKey()), e.getValue(), 1e-6, "doc " + d + " word " + e.getKey());
            }
            Vector sparkMean = rows.get(d).getAs("mean");
            double[] mean = loaded.meanVector(DOCS.get(d));
            for (int k = 0; k < 8; k++) assertEquals(sparkMean.apply(k), mean[k], 1e-6, "doc " + d + " dim " + k);
        }
        assertTrue(loaded.knows("区块链"));
    }
}
