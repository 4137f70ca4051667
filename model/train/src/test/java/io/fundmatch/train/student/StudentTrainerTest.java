package io.fundmatch.train.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.encoder.student.StudentWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Distils the real sentence encoder into a tiny student on invented registry-like texts. */
class StudentTrainerTest {

    private static final String[] PHRASES = {
        "软件开发",
        "信息系统集成服务",
        "集成电路设计",
        "医疗器械销售",
        "技术咨询、技术转让",
        "餐饮服务",
        "物业管理",
        "数据处理和存储支持服务",
        "人工智能应用软件开发",
        "新能源汽车零部件制造",
        "环保工程施工",
        "中药材种植",
        "旅游景区管理",
        "互联网销售",
        "食品生产",
        "机械设备租赁",
        "工业机器人制造",
        "网络与信息安全软件开发",
        "广告设计、代理",
        "建筑装饰工程",
        "供应链管理服务",
        "生物医药研发",
        "光伏设备及元器件制造",
        "文化艺术交流活动"
    };
    private static final String[] NAMES = {"星河", "青松", "远帆", "明澜", "北辰", "云舟", "嘉禾", "景曜"};

    private static List<String> train;
    private static List<String> held;
    private static float[][] trainTargets;
    private static float[][] heldTargets;

    /** Invented profile texts as the encoder reads them: a company name, then a business scope. */
    private static List<String> texts(long seed, int n) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder(NAMES[r.nextInt(NAMES.length)] + "科技有限公司\n");
            int k = 2 + r.nextInt(4);
            for (int j = 0; j < k; j++)
                sb.append(PHRASES[r.nextInt(PHRASES.length)]).append('；');
            out.add(sb.toString());
        }
        return out;
    }

    @BeforeAll
    static void encode() {
        SentenceEncoder teacher = SentenceEncoder.shared();
        train = texts(1, 96);
        held = texts(2, 24);
        trainTargets = teacher.embedAll(train).toArray(new float[0][]);
        heldTargets = teacher.embedAll(held).toArray(new float[0][]);
    }

    private static StudentTrainer.Settings tiny(int epochs) {
        return new StudentTrainer.Settings(500, 1, 16, 16, 32, epochs, 16, 0.01, 100, 600, 7L);
    }

    private static StudentTrainer.Trained trainTiny(int epochs) {
        List<String> vocab = StudentVocabulary.build(train, 500, 1);
        return StudentTrainer.train(train, trainTargets, held, heldTargets, vocab, tiny(epochs));
    }

    @Test
    void trainingLowersTheLossAndBringsHeldOutTextsCloserToTheEncoder() {
        StudentTrainer.Trained t = trainTiny(12);
        List<Double> loss = t.epochLoss();
        assertTrue(
                loss.get(loss.size() - 1) < loss.get(0) - 0.05, "training loss should fall by more than 0.05: " + loss);
        List<Double> cos = t.heldOutCosine();
        assertTrue(t.bestHeldOutCosine() > cos.get(0) + 0.02, "held-out cosine should rise: " + cos);
    }

    @Test
    void theExportedStudentReproducesTheTrainedGraphAndIsDeterministic(@TempDir Path dir) throws IOException {
        StudentTrainer.Trained t = trainTiny(4);
        t.weights().save(dir);
        StudentEncoder student = StudentEncoder.load(dir).orElseThrow();
        double sum = 0;
        for (int i = 0; i < held.size(); i++) {
            float[] v = student.embed(held.get(i));
            double n = 0;
            double c = 0;
            for (int j = 0; j < v.length; j++) {
                n += (double) v[j] * v[j];
                c += (double) v[j] * heldTargets[i][j];
            }
            assertEquals(1.0, n, 1e-4, "unit length");
            sum += c;
        }
        assertEquals(
                t.bestHeldOutCosine(),
                sum / held.size(),
                1e-4,
                "plain-Java inference from the file equals the DL4J graph's held-out cosine");
        StudentWeights again = trainTiny(4).weights();
        assertEquals(t.weights().digest(), again.digest(), "same data and seed, same weights");
        assertFalse(new StudentEncoder(again).embed("").length == 0);
    }
}
