package io.fundmatch.train.encodertowers;

import io.fundmatch.build.SuppressForbidden;
import io.fundmatch.encoder.towers.EncoderTower;
import io.fundmatch.encoder.towers.EncoderTowers;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
 * Trains the {@link EncoderTowers} on Deeplearning4j (SameDiff autodiff on ND4J, CPU). Each tower is the identity
 * plus a low-rank correction, {@code W = [I; 0] + U V} with {@code V = 0} at the start, so training starts from
 * the zero-shot encoder exactly. Loss: for each query, a softmax over every area of the catalogue (an area's
 * logit is the log-sum-exp of its passages' scaled cosines) towards its positive areas, plus an L2 pull of
 * {@code U V} and the bias toward the identity. After every epoch the caller's held-out score decides: the best
 * epoch is kept, and epoch 0 (the identity) when no epoch beats it; training stops after {@code patience} epochs
 * without a gain, or after {@code maxSeconds}. Deterministic for a seed on one thread.
 */
public final class EncoderTowerTrainer {

    public record Settings(
            int rank,
            int epochs,
            int batchSize,
            double learningRate,
            double scale,
            double l2,
            int patience,
            double maxSeconds,
            long seed) {

        /** Small enough for a few minutes a fold on a shared two-core machine. */
        public static Settings defaults() {
            return new Settings(16, 10, 32, 0.002, 20.0, 0.01, 2, 240, 42L);
        }

        public Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank);
            m.put("epochs", epochs);
            m.put("batchSize", batchSize);
            m.put("learningRate", learningRate);
            m.put("softmaxScale", scale);
            m.put("l2ToIdentity", l2);
            m.put("patience", patience);
            m.put("maxSeconds", maxSeconds);
            m.put("seed", seed);
            return m;
        }
    }

    /** Scores towers on held-out data (higher is better). */
    public interface Validation {
        double score(EncoderTowers towers);
    }

    /**
     * @param epochLoss  the mean training loss of each epoch run
     * @param validation the held-out score before training (index 0) and after each epoch
     * @param bestEpoch  the epoch whose towers were kept; 0 = the identity
     */
    public record Trained(EncoderTowers towers, List<Double> epochLoss, List<Double> validation, int bestEpoch) {}

    private static final String[] E = {"eU", "eV", "eB"};
    private static final String[] A = {"aU", "aV", "aB"};

    private EncoderTowerTrainer() {}

    // swaps System.out for a sink while training: SameDiff prints each op it differentiates to standard output
    @SuppressForbidden
    public static Trained train(
            List<TowerExample> examples, TowerCatalogue catalogue, Settings s, Validation validation) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no training queries for the encoder towers");
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        try {
            return run(examples, catalogue, s, validation);
        } finally {
            System.setOut(out);
        }
    }

    private static Trained run(List<TowerExample> examples, TowerCatalogue cat, Settings s, Validation validation) {
        long t0 = System.nanoTime();
        int dim = examples.get(0).vector().length;
        int eSide = examples.get(0).side().length;
        int aSide = cat.side()[0].length;
        int r = s.rank();
        Random init = new Random(s.seed());
        Map<String, INDArray> start = new LinkedHashMap<>();
        start.put("eU", gaussian(init, dim + eSide, r, Math.sqrt(1.0 / (dim + eSide))));
        start.put("eV", Nd4j.zeros(DataType.FLOAT, r, dim));
        start.put("eB", Nd4j.zeros(DataType.FLOAT, 1, dim));
        start.put("aU", gaussian(init, dim + aSide, r, Math.sqrt(1.0 / (dim + aSide))));
        start.put("aV", Nd4j.zeros(DataType.FLOAT, r, dim));
        start.put("aB", Nd4j.zeros(DataType.FLOAT, 1, dim));

        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> w = new HashMap<>();
        start.forEach((name, arr) -> w.put(name, sd.var(name, arr)));
        SDVariable qX = sd.placeHolder("qX", DataType.FLOAT, -1, dim);
        SDVariable qS = sd.placeHolder("qS", DataType.FLOAT, -1, eSide);
        SDVariable pX = sd.placeHolder("pX", DataType.FLOAT, -1, dim);
        SDVariable pS = sd.placeHolder("pS", DataType.FLOAT, -1, aSide);
        SDVariable membership = sd.placeHolder("PA", DataType.FLOAT, -1, cat.areas());
        SDVariable y = sd.placeHolder("Y", DataType.FLOAT, -1, cat.areas());

        SDVariable q = tower(sd, qX, qS, w, E);
        SDVariable p = tower(sd, pX, pS, w, A);
        SDVariable logits = q.mmul(sd.permute(p, 1, 0)).mul(s.scale()).sub(s.scale()); // ≤ 0: exp cannot overflow
        SDVariable perArea = sd.math().exp(logits).mmul(membership);
        SDVariable logProb = sd.math()
                .log(perArea.add(1e-30))
                .sub(sd.math().log(perArea.sum(true, 1).add(1e-30)));
        SDVariable ce = sd.math().neg(y.mul(logProb).sum());
        SDVariable reg = penalty(sd, w, E).add(penalty(sd, w, A)).mul(s.l2());
        SDVariable loss = ce.add("loss", reg);
        sd.setLossVariables(loss);

        float[][] member = new float[cat.passages().length][cat.areas()];
        for (int i = 0; i < member.length; i++) member[i][cat.areaOf()[i]] = 1;
        INDArray passages = Nd4j.createFromArray(cat.passages());
        INDArray passageSide = Nd4j.createFromArray(cat.side());
        INDArray pa = Nd4j.createFromArray(member);

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
        EncoderTowers best = export(sd, dim, eSide, aSide);
        double bestScore = validation == null ? Double.NEGATIVE_INFINITY : validation.score(best);
        if (validation != null) scores.add(bestScore);
        int bestEpoch = 0;
        int sinceBest = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) order.add(i);
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Collections.shuffle(order, new Random(s.seed() + 1 + epoch));
            double total = 0;
            int batches = 0;
            for (int from = 0; from < order.size(); from += s.batchSize()) {
                List<TowerExample> batch = new ArrayList<>();
                for (int k = from; k < Math.min(order.size(), from + s.batchSize()); k++)
                    batch.add(examples.get(order.get(k)));
                Map<String, INDArray> ph = placeholders(batch, cat.areas());
                ph.put("pX", passages);
                ph.put("pS", passageSide);
                ph.put("PA", pa);
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
                    sd.getVariable(name)
                            .getArr()
                            .subi(mm.div(Transforms.sqrt(vv, true).addi(1e-8)).muli(lr));
                }
            }
            epochLoss.add(total / Math.max(1, batches));
            EncoderTowers now = export(sd, dim, eSide, aSide);
            if (validation == null) {
                best = now;
                bestEpoch = epoch + 1;
            } else {
                double score = validation.score(now);
                scores.add(score);
                if (score > bestScore) {
                    bestScore = score;
                    best = now;
                    bestEpoch = epoch + 1;
                    sinceBest = 0;
                } else if (++sinceBest >= s.patience()) {
                    break;
                }
            }
            if ((System.nanoTime() - t0) / 1e9 > s.maxSeconds()) break;
        }
        return new Trained(best, epochLoss, scores, bestEpoch);
    }

    /** Identity plus the low-rank correction and a bias, then unit length (as {@link EncoderTower#apply}). */
    private static SDVariable tower(SameDiff sd, SDVariable x, SDVariable side, Map<String, SDVariable> w, String[] n) {
        SDVariable in = sd.concat(1, x, side);
        SDVariable out = x.add(in.mmul(w.get(n[0])).mmul(w.get(n[1]))).add(w.get(n[2]));
        return out.div(sd.math().sqrt(out.mul(out).sum(true, 1).add(1e-12)));
    }

    /** Squared distance of the tower's weights from the identity: ‖U V‖² + ‖b‖². */
    private static SDVariable penalty(SameDiff sd, Map<String, SDVariable> w, String[] n) {
        SDVariable uv = w.get(n[0]).mmul(w.get(n[1]));
        return uv.mul(uv).sum().add(w.get(n[2]).mul(w.get(n[2])).sum());
    }

    private static Map<String, INDArray> placeholders(List<TowerExample> batch, int areas) {
        int b = batch.size();
        float[][] x = new float[b][];
        float[][] side = new float[b][];
        float[][] y = new float[b][areas];
        double weights = 0;
        for (TowerExample e : batch) weights += e.weight();
        for (int i = 0; i < b; i++) {
            TowerExample e = batch.get(i);
            x[i] = e.vector();
            side[i] = e.side();
            double sum = 0;
            for (float v : e.positives().values()) sum += v;
            for (Map.Entry<Integer, Float> p : e.positives().entrySet())
                y[i][p.getKey()] = (float) (e.weight() * p.getValue() / sum / weights);
        }
        Map<String, INDArray> ph = new HashMap<>();
        ph.put("qX", Nd4j.createFromArray(x));
        ph.put("qS", Nd4j.createFromArray(side));
        ph.put("Y", Nd4j.createFromArray(y));
        return ph;
    }

    private static INDArray gaussian(Random r, int rows, int cols, double std) {
        float[][] a = new float[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) a[i][j] = (float) (r.nextGaussian() * std);
        return Nd4j.createFromArray(a);
    }

    /** The plain-Java towers of the current weights: {@code W = [I; 0] + U V}, {@code b}. */
    private static EncoderTowers export(SameDiff sd, int dim, int eSide, int aSide) {
        return new EncoderTowers(exportTower(sd, E, dim, eSide), exportTower(sd, A, dim, aSide));
    }

    private static EncoderTower exportTower(SameDiff sd, String[] n, int dim, int side) {
        INDArray v = sd.getVariable(n[1]).getArr();
        float[] b = sd.getVariable(n[2]).getArr().dup('c').reshape(-1).toFloatVector();
        if (v.sumNumber().doubleValue() == 0 && v.norm2Number().doubleValue() == 0 && allZero(b))
            return EncoderTower.identity(dim, side);
        float[] w = sd.getVariable(n[0]).getArr().mmul(v).dup('c').reshape(-1).toFloatVector();
        for (int i = 0; i < dim; i++) w[i * dim + i] += 1f;
        return new EncoderTower(dim, side, w, b);
    }

    private static boolean allZero(float[] v) {
        for (float f : v) if (f != 0) return false;
        return true;
    }
}
