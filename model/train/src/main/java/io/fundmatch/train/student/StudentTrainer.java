package io.fundmatch.train.student;

import io.fundmatch.build.SuppressForbidden;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.encoder.student.StudentTokens;
import io.fundmatch.encoder.student.StudentWeights;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Distils the sentence encoder into a {@link StudentEncoder} on Deeplearning4j (SameDiff autodiff on ND4J, CPU,
 * one thread): the student's pooled word vectors go through {@code tanh(e W1 + b1) W2 + b2}, scaled to unit
 * length, and the loss is {@code 1 − cosine} to the encoder's vector of the same text, averaged over a batch
 * (Adam; the graph minimises the negative mean cosine). A batch reads and updates only the table rows its texts use (lazy Adam on the table). After every epoch the mean cosine on the held-out
 * texts decides: the best epoch's weights are kept; training stops after {@code patience} epochs without a gain
 * or after {@code maxSeconds}. Deterministic for a seed.
 */
public final class StudentTrainer {

    private static final Logger log = LoggerFactory.getLogger(StudentTrainer.class);

    public record Settings(
            int maxVocabulary,
            int minTexts,
            int buckets,
            int wordDim,
            int hidden,
            int epochs,
            int batchSize,
            double learningRate,
            int patience,
            double maxSeconds,
            long seed) {

        /** The shipped student's settings. */
        public static Settings defaults() {
            return new Settings(30_000, 2, 2_048, 96, 512, 40, 64, 0.002, 4, 1_800, 42L);
        }

        public Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("maxVocabulary", maxVocabulary);
            m.put("minTexts", minTexts);
            m.put("buckets", buckets);
            m.put("wordDim", wordDim);
            m.put("hidden", hidden);
            m.put("epochs", epochs);
            m.put("batchSize", batchSize);
            m.put("learningRate", learningRate);
            m.put("patience", patience);
            m.put("maxSeconds", maxSeconds);
            m.put("seed", seed);
            return m;
        }
    }

    /**
     * @param epochLoss     mean training loss (1 − cosine) of each epoch run
     * @param heldOutCosine mean cosine to the encoder on the held-out texts after each epoch, computed by SameDiff
     * @param bestEpoch     the epoch kept (1-based)
     */
    public record Trained(StudentWeights weights, List<Double> epochLoss, List<Double> heldOutCosine, int bestEpoch) {

        public double bestHeldOutCosine() {
            return heldOutCosine.get(bestEpoch - 1);
        }
    }

    private static final String[] NAMES = {"local", "w1", "b1", "w2", "b2"};

    private StudentTrainer() {}

    // swaps System.out for a sink while training: SameDiff prints each op it differentiates to standard output
    @SuppressForbidden
    public static Trained train(
            List<String> texts,
            float[][] targets,
            List<String> heldOut,
            float[][] heldOutTargets,
            List<String> vocabulary,
            Settings s) {
        if (texts.isEmpty()) throw new IllegalArgumentException("no training texts for the student");
        if (heldOut.isEmpty()) throw new IllegalArgumentException("no held-out texts for the student");
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        try {
            return run(texts, targets, heldOut, heldOutTargets, vocabulary, s);
        } finally {
            System.setOut(out);
        }
    }

    private static Trained run(
            List<String> texts,
            float[][] targets,
            List<String> heldOut,
            float[][] heldOutTargets,
            List<String> vocabulary,
            Settings s) {
        long t0 = System.nanoTime();
        int outDim = targets[0].length;
        int d = s.wordDim();
        Map<String, Integer> index = StudentVocabulary.index(vocabulary);
        List<StudentTokens> train = new ArrayList<>(texts.size());
        for (String t : texts) train.add(StudentTokens.of(t, index, s.buckets()));
        List<StudentTokens> held = new ArrayList<>(heldOut.size());
        for (String t : heldOut) held.add(StudentTokens.of(t, index, s.buckets()));
        int rows = vocabulary.size() + s.buckets();
        int width = Math.min(rows, LOCAL_ROWS);

        Random init = new Random(s.seed());
        float[] table = new float[rows * d];
        for (int i = 0; i < table.length; i++) table[i] = (float) init.nextGaussian();
        Map<String, INDArray> start = new LinkedHashMap<>();
        start.put("local", Nd4j.zeros(DataType.FLOAT, width, d));
        start.put("w1", gaussian(init, d, s.hidden(), 1.0 / Math.sqrt(d)));
        start.put("b1", Nd4j.zeros(DataType.FLOAT, 1, s.hidden()));
        start.put("w2", gaussian(init, s.hidden(), outDim, 1.0 / Math.sqrt(s.hidden())));
        start.put("b2", Nd4j.zeros(DataType.FLOAT, 1, outDim));

        // the batch's table rows are copied into "local" (a variable of fixed shape) and their gradients applied
        // back to the table row by row (lazy Adam): only the rows a batch uses are touched
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> w = new HashMap<>();
        start.forEach((name, arr) -> w.put(name, sd.var(name, arr)));
        SDVariable bag = sd.placeHolder("bag", DataType.FLOAT, -1, width);
        SDVariable target = sd.placeHolder("target", DataType.FLOAT, -1, outDim);
        SDVariable perText = sd.placeHolder("perText", DataType.FLOAT, -1, 1); // 1 / batch size each
        SDVariable e = bag.mmul(w.get("local"));
        SDVariable h = sd.math().tanh(e.mmul(w.get("w1")).add(w.get("b1")));
        SDVariable y = h.mmul(w.get("w2")).add(w.get("b2"));
        SDVariable unit = y.div("unit", sd.math().sqrt(y.mul(y).sum(true, 1).add(1e-12)));
        SDVariable cosine = unit.mul(target).sum(true, 1);
        SDVariable loss = sd.math().neg("loss", cosine.mul(perText).sum()); // − mean cosine
        sd.setLossVariables(loss);

        List<String> names = List.of(NAMES);
        Map<String, INDArray> m1 = new HashMap<>();
        Map<String, INDArray> m2 = new HashMap<>();
        for (String name : names) {
            if (name.equals("local")) continue;
            m1.put(name, Nd4j.zerosLike(start.get(name)));
            m2.put(name, Nd4j.zerosLike(start.get(name)));
        }
        float[] tm1 = new float[table.length];
        float[] tm2 = new float[table.length];
        double beta1 = 0.9;
        double beta2 = 0.999;
        int step = 0;
        List<Double> epochLoss = new ArrayList<>();
        List<Double> heldCos = new ArrayList<>();
        StudentWeights best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        int sinceBest = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) order.add(i);
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Collections.shuffle(order, new Random(s.seed() + 1 + epoch));
            double total = 0;
            int batches = 0;
            for (List<Integer> batch : batches(order, train, s.batchSize(), width)) {
                Batch b = batch(batch, train, targets, width);
                load(sd, b.rows(), table, width, d);
                OutAndGrad og = sd.calculateGradientsAndOutputs(b.placeholders(), List.of("loss"), names);
                Map<String, INDArray> grads = og.getGradients();
                total += 1 + og.getOutputs().get("loss").getDouble(0);
                batches++;
                step++;
                double lr = s.learningRate() * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
                for (String name : names) {
                    if (name.equals("local")) continue;
                    INDArray g = grads.get(name);
                    INDArray mm = m1.get(name).muli(beta1).addi(g.mul(1 - beta1));
                    INDArray vv = m2.get(name).muli(beta2).addi(g.mul(g).muli(1 - beta2));
                    sd.getVariable(name)
                            .getArr()
                            .subi(mm.div(Transforms.sqrt(vv, true).addi(1e-8)).muli(lr));
                }
                float[] g = grads.get("local").dup('c').reshape(-1).toFloatVector();
                int[] used = b.rows();
                for (int k = 0; k < used.length; k++) {
                    int off = used[k] * d;
                    for (int j = 0; j < d; j++) {
                        float gj = g[k * d + j];
                        tm1[off + j] = (float) (beta1 * tm1[off + j] + (1 - beta1) * gj);
                        tm2[off + j] = (float) (beta2 * tm2[off + j] + (1 - beta2) * gj * gj);
                        table[off + j] -= (float) (lr * tm1[off + j] / (Math.sqrt(tm2[off + j]) + 1e-8));
                    }
                }
            }
            epochLoss.add(total / Math.max(1, batches));
            double score = heldOutCosine(sd, held, heldOutTargets, s.batchSize(), table, width, d);
            heldCos.add(score);
            log.info(
                    "student epoch {}: training loss {}, held-out cosine {} ({} s)",
                    epoch + 1,
                    String.format(java.util.Locale.ROOT, "%.4f", epochLoss.get(epochLoss.size() - 1)),
                    String.format(java.util.Locale.ROOT, "%.4f", score),
                    (System.nanoTime() - t0) / 1_000_000_000L);
            if (score > bestScore) {
                bestScore = score;
                best = export(sd, table.clone(), vocabulary, s.buckets(), d, s.hidden(), outDim);
                bestEpoch = epoch + 1;
                sinceBest = 0;
            } else if (++sinceBest >= s.patience()) {
                break;
            }
            if ((System.nanoTime() - t0) / 1e9 > s.maxSeconds()) break;
        }
        return new Trained(best, epochLoss, heldCos, bestEpoch);
    }

    /** Most table rows one batch may use (a batch is cut short before it would use more). */
    static final int LOCAL_ROWS = 8_192;

    /** Consecutive texts of {@code order}, at most {@code size} a batch and at most {@code width} distinct rows. */
    private static List<List<Integer>> batches(List<Integer> order, List<StudentTokens> tokens, int size, int width) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        for (int i : order) {
            int[] r = tokens.get(i).rows();
            int fresh = 0;
            for (int x : r) if (!rows.contains(x)) fresh++;
            if (!cur.isEmpty() && (cur.size() >= size || rows.size() + fresh > width)) {
                out.add(cur);
                cur = new ArrayList<>();
                rows.clear();
            }
            cur.add(i);
            for (int x : r) rows.add(x);
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private record Batch(int[] rows, Map<String, INDArray> placeholders) {}

    /** The batch's placeholders: each text's pooling weights over the rows it uses, the targets; and those rows. */
    private static Batch batch(List<Integer> batch, List<StudentTokens> tokens, float[][] targets, int width) {
        Map<Integer, Integer> local = new LinkedHashMap<>();
        for (int i : batch) for (int r : tokens.get(i).rows()) local.putIfAbsent(r, local.size());
        float[][] bag = new float[batch.size()][width];
        float[][] t = new float[batch.size()][];
        float[][] per = new float[batch.size()][1];
        for (int b = 0; b < batch.size(); b++) {
            StudentTokens tk = tokens.get(batch.get(b));
            for (int k = 0; k < tk.rows().length; k++) bag[b][local.get(tk.rows()[k])] += tk.weights()[k];
            t[b] = targets[batch.get(b)];
            per[b][0] = 1f / batch.size();
        }
        int[] rows = new int[local.size()];
        int k = 0;
        for (int r : local.keySet()) rows[k++] = r;
        Map<String, INDArray> ph = new HashMap<>();
        ph.put("bag", Nd4j.createFromArray(bag));
        ph.put("target", Nd4j.createFromArray(t));
        ph.put("perText", Nd4j.createFromArray(per));
        return new Batch(rows, ph);
    }

    /** Copies the table rows a batch uses into the graph's local rows (the rest zero). */
    private static void load(SameDiff sd, int[] rows, float[] table, int width, int d) {
        float[] local = new float[width * d];
        for (int k = 0; k < rows.length; k++) System.arraycopy(table, rows[k] * d, local, k * d, d);
        sd.getVariable("local").getArr().assign(Nd4j.createFromArray(local).reshape('c', width, d));
    }

    private static double heldOutCosine(
            SameDiff sd, List<StudentTokens> held, float[][] targets, int batchSize, float[] table, int width, int d) {
        double sum = 0;
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) all.add(i);
        for (List<Integer> batch : batches(all, held, batchSize, width)) {
            Batch b = batch(batch, held, targets, width);
            load(sd, b.rows(), table, width, d);
            INDArray unit = sd.output(b.placeholders(), "unit").get("unit");
            sum += unit.mul(b.placeholders().get("target")).sumNumber().doubleValue();
        }
        return sum / held.size();
    }

    private static StudentWeights export(
            SameDiff sd, float[] table, List<String> vocabulary, int buckets, int wordDim, int hidden, int out) {
        return new StudentWeights(
                vocabulary,
                buckets,
                wordDim,
                hidden,
                out,
                table,
                flat(sd, "w1"),
                flat(sd, "b1"),
                flat(sd, "w2"),
                flat(sd, "b2"));
    }

    private static float[] flat(SameDiff sd, String name) {
        return sd.getVariable(name).getArr().dup('c').reshape(-1).toFloatVector();
    }

    private static INDArray gaussian(Random r, int rows, int cols, double std) {
        float[] a = new float[rows * cols];
        for (int i = 0; i < a.length; i++) a[i] = (float) (r.nextGaussian() * std);
        return Nd4j.createFromArray(a).reshape('c', rows, cols);
    }
}
