package io.fundmatch.train.towers;

import io.fundmatch.build.SuppressForbidden;
import io.fundmatch.towers.Tower;
import io.fundmatch.towers.TowerInputs;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains the enterprise and area towers together on Deeplearning4j (SameDiff autodiff on ND4J) and hands
 * them back as plain-Java {@link Tower}s. Each step embeds the batch's queries and every area; the loss is
 * a softmax over all areas towards each query's positive areas (the other areas are the negatives), plus
 * a softplus penalty on the score of explicitly negative pairs (judged 0, marked not relevant).
 * Deterministic: weights start from {@code seed}, batches are shuffled with {@code seed + epoch}.
 */
public final class TowerTrainer {

    public record Settings(
            int hidden,
            int epochs,
            int batchSize,
            double learningRate,
            double scale,
            double negativeWeight,
            double negativeMargin,
            long seed) {
        public static Settings defaults() {
            return new Settings(64, 12, 64, 0.0007, 20.0, 1.0, 0.3, 42L);
        }

        public Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hidden", hidden);
            m.put("epochs", epochs);
            m.put("batchSize", batchSize);
            m.put("learningRate", learningRate);
            m.put("softmaxScale", scale);
            m.put("negativeWeight", negativeWeight);
            m.put("negativeMargin", negativeMargin);
            m.put("seed", seed);
            return m;
        }
    }

    /**
     * @param bestEpoch the epoch whose weights were kept (by the validation score; 0 = before training)
     */
    public record Trained(
            Tower enterprise, Tower area, List<Double> epochLoss, List<Double> validation, int bestEpoch) {}

    /** Scores a pair of towers on held-out data (higher is better), to keep the best epoch. */
    public interface Validation {
        double score(Tower enterprise, Tower area);
    }

    private static final String[] E = {"eW1", "eB1", "eW2", "eB2"};
    private static final String[] A = {"aW1", "aB1", "aW2", "aB2"};

    private TowerTrainer() {}

    /**
     * @param areaText unit text vectors of the candidate areas, one row each
     * @param areaSide structured inputs of the candidate areas
     */
    // swaps System.out for a sink while training: SameDiff prints each op it differentiates to standard output
    @SuppressForbidden
    public static Trained train(
            List<TrainingQuery> queries,
            float[][] areaText,
            float[][] areaSide,
            int dim,
            Settings s,
            Validation validation) {
        // one thread: the same data gives bit-identical weights (and no oversubscription on small machines)
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        PrintStream out = System.out;
        System.setOut(new PrintStream(
                OutputStream.nullOutputStream(),
                false,
                StandardCharsets.UTF_8)); // SameDiff prints each op it differentiates
        try {
            return run(queries, areaText, areaSide, dim, s, validation);
        } finally {
            System.setOut(out);
        }
    }

    private static Trained run(
            List<TrainingQuery> queries,
            float[][] areaText,
            float[][] areaSide,
            int dim,
            Settings s,
            Validation validation) {
        int eSide = TowerInputs.ENTERPRISE_SIDE;
        int aSide = TowerInputs.AREA_SIDE;
        int h = s.hidden();
        Random init = new Random(s.seed());
        Map<String, INDArray> start = new LinkedHashMap<>();
        start.put("eW1", gaussian(init, dim + eSide, h, Math.sqrt(1.0 / (dim + eSide))));
        start.put("eB1", Nd4j.zeros(DataType.FLOAT, 1, h));
        start.put("eW2", gaussian(init, h, dim, 0.01));
        start.put("eB2", Nd4j.zeros(DataType.FLOAT, 1, dim));
        start.put("aW1", gaussian(init, dim + aSide, h, Math.sqrt(1.0 / (dim + aSide))));
        start.put("aB1", Nd4j.zeros(DataType.FLOAT, 1, h));
        start.put("aW2", gaussian(init, h, dim, 0.01));
        start.put("aB2", Nd4j.zeros(DataType.FLOAT, 1, dim));

        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> w = new HashMap<>();
        start.forEach((name, arr) -> w.put(name, sd.var(name, arr)));
        SDVariable qT = sd.placeHolder("qT", DataType.FLOAT, -1, dim);
        SDVariable qS = sd.placeHolder("qS", DataType.FLOAT, -1, eSide);
        SDVariable aT = sd.placeHolder("aT", DataType.FLOAT, -1, dim);
        SDVariable aS = sd.placeHolder("aS", DataType.FLOAT, -1, aSide);
        SDVariable y = sd.placeHolder("Y", DataType.FLOAT, -1, -1);
        SDVariable neg = sd.placeHolder("NEG", DataType.FLOAT, -1, -1);

        SDVariable q = tower(sd, qT, qS, w, E);
        SDVariable a = tower(sd, aT, aS, w, A);
        SDVariable cos = q.mmul(sd.permute(a, 1, 0));
        SDVariable logits = cos.mul(s.scale());
        SDVariable logProb = logits.sub(sd.math().log(sd.math().exp(logits).sum(true, 1)));
        SDVariable ce = sd.math().neg(y.mul(logProb).sum());
        SDVariable penalty = neg.mul(
                        sd.nn().softplus(cos.sub(s.negativeMargin()).mul(s.scale())))
                .sum();
        SDVariable loss = ce.add("loss", penalty.mul(s.negativeWeight()));
        sd.setLossVariables(loss);

        INDArray areaT = Nd4j.createFromArray(areaText);
        INDArray areaS = Nd4j.createFromArray(areaSide);
        int n = areaText.length;
        List<String> names = new ArrayList<>(start.keySet());
        Map<String, INDArray> m1 = new HashMap<>();
        Map<String, INDArray> m2 = new HashMap<>();
        for (String name : names) {
            m1.put(name, Nd4j.zerosLike(start.get(name)));
            m2.put(name, Nd4j.zerosLike(start.get(name)));
        }
        double beta1 = 0.9;
        double beta2 = 0.999;
        int step = 0;
        List<Double> epochLoss = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        Tower bestE = export(sd, E, dim, eSide, h);
        Tower bestA = export(sd, A, dim, aSide, h);
        double best = validation == null ? Double.NEGATIVE_INFINITY : validation.score(bestE, bestA);
        int bestEpoch = 0;
        if (validation != null) scores.add(best);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) order.add(i);
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            java.util.Collections.shuffle(order, new Random(s.seed() + 1 + epoch));
            double total = 0;
            int batches = 0;
            for (int from = 0; from < order.size(); from += s.batchSize()) {
                List<TrainingQuery> batch = new ArrayList<>();
                for (int k = from; k < Math.min(order.size(), from + s.batchSize()); k++)
                    batch.add(queries.get(order.get(k)));
                Map<String, INDArray> ph = placeholders(batch, n, dim, eSide);
                ph.put("aT", areaT);
                ph.put("aS", areaS);
                OutAndGrad og = sd.calculateGradientsAndOutputs(ph, List.of("loss"), names);
                Map<String, INDArray> grads = og.getGradients();
                total += og.getOutputs().get("loss").getDouble(0);
                batches++;
                step++;
                double lr = s.learningRate() * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
                for (String name : names) {
                    INDArray g = grads.get(name);
                    INDArray mm = m1.get(name).muli(beta1).addi(g.mul(1 - beta1));
                    INDArray vv = m2.get(name).muli(beta2).addi(g.mul(g).muli(1 - beta2));
                    INDArray update =
                            mm.div(Transforms.sqrt(vv, true).addi(1e-8)).muli(lr);
                    sd.getVariable(name).getArr().subi(update);
                }
            }
            epochLoss.add(total / Math.max(1, batches));
            Tower e = export(sd, E, dim, eSide, h);
            Tower ar = export(sd, A, dim, aSide, h);
            double score = validation == null ? epoch : validation.score(e, ar);
            if (validation != null) scores.add(score);
            if (score > best) {
                best = score;
                bestE = e;
                bestA = ar;
                bestEpoch = epoch + 1;
            }
        }
        return new Trained(bestE, bestA, epochLoss, scores, bestEpoch);
    }

    private static SDVariable tower(
            SameDiff sd, SDVariable text, SDVariable side, Map<String, SDVariable> w, String[] n) {
        SDVariable in = sd.concat(1, text, side);
        SDVariable hidden = sd.math().tanh(in.mmul(w.get(n[0])).add(w.get(n[1])));
        SDVariable out = text.add(hidden.mmul(w.get(n[2]))).add(w.get(n[3]));
        SDVariable norm = sd.math().sqrt(out.mul(out).sum(true, 1).add(1e-12));
        return out.div(norm);
    }

    private static Map<String, INDArray> placeholders(List<TrainingQuery> batch, int n, int dim, int eSide) {
        int b = batch.size();
        float[][] t = new float[b][];
        float[][] side = new float[b][];
        float[][] y = new float[b][n];
        float[][] neg = new float[b][n];
        int withPositives = 0;
        int withNegatives = 0;
        for (TrainingQuery q : batch) {
            if (!q.positives().isEmpty()) withPositives++;
            if (!q.negatives().isEmpty()) withNegatives++;
        }
        for (int i = 0; i < b; i++) {
            TrainingQuery q = batch.get(i);
            t[i] = q.text();
            side[i] = q.side();
            double sum = 0;
            for (float v : q.positives().values()) sum += v;
            for (Map.Entry<Integer, Float> e : q.positives().entrySet()) {
                y[i][e.getKey()] = (float) (e.getValue() / sum / withPositives);
            }
            for (int j : q.negatives()) neg[i][j] = 1f / q.negatives().size() / withNegatives;
        }
        Map<String, INDArray> ph = new HashMap<>();
        ph.put("qT", Nd4j.createFromArray(t));
        ph.put("qS", Nd4j.createFromArray(side));
        ph.put("Y", Nd4j.createFromArray(y));
        ph.put("NEG", Nd4j.createFromArray(neg));
        return ph;
    }

    private static INDArray gaussian(Random r, int rows, int cols, double std) {
        float[][] a = new float[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) a[i][j] = (float) (r.nextGaussian() * std);
        }
        return Nd4j.createFromArray(a);
    }

    private static Tower export(SameDiff sd, String[] n, int dim, int side, int h) {
        return new Tower(dim, side, h, flat(sd, n[0]), flat(sd, n[1]), flat(sd, n[2]), flat(sd, n[3]));
    }

    private static float[] flat(SameDiff sd, String name) {
        return sd.getVariable(name).getArr().dup('c').reshape(-1).toFloatVector();
    }
}
