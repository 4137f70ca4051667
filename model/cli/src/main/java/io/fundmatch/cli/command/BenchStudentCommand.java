package io.fundmatch.cli.command;

import io.fundmatch.cli.option.RegistryTexts;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.encoder.EncoderTexts;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.encoder.student.StudentTokens;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.profile.ProfileInput;
import io.fundmatch.profile.ProfileNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch bench-student}: what one profile costs with the student against the sentence encoder, on one
 * thread, over registry texts (medians of several passes), and how close the student's vectors are to the
 * encoder's on the registry records the student never trained on (the evaluation's judged and labelled ones).
 */
@Command(
        name = "bench-student",
        mixinStandardHelpOptions = true,
        description = "benchmark: the student encoder per profile against the sentence encoder (medians, one thread)")
public final class BenchStudentCommand implements Callable<Integer> {

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "model directory with student-encoder.bin (default: the student shipped in the jar)")
    Path model;

    @Option(
            names = "--profiles",
            paramLabel = "N",
            defaultValue = "1000",
            converter = WholeNumber.Positive.class,
            description = "profiles per pass (default ${DEFAULT-VALUE})")
    int profiles;

    @Option(
            names = "--passes",
            paramLabel = "P",
            defaultValue = "5",
            converter = WholeNumber.Positive.class,
            description = "timed passes; each reports its median (default ${DEFAULT-VALUE})")
    int passes;

    @Option(
            names = "--encoder-profiles",
            paramLabel = "N",
            defaultValue = "200",
            converter = WholeNumber.Int.class,
            description = "profiles timed with the encoder for comparison, 0 for none (default ${DEFAULT-VALUE})")
    int encoderProfiles;

    @Mixin
    RegistryTexts registry;

    @Override
    public Integer call() throws Exception {
        StudentEncoder student = StudentEncoder.loadOrShipped(model);
        List<ProfileInput> rows = registry.rows();
        ProfileNormalizer normalizer = new ProfileNormalizer();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < profiles; i++) texts.add(EncoderTexts.of(normalizer.normalize(rows.get(i % rows.size()))));
        System.out.printf(
                Locale.ROOT, "bench-student: %s, %,d registry texts a pass, one thread%n", student.id(), texts.size());
        for (String t : texts) student.embed(t); // warm-up
        double[] medians = new double[passes];
        double[] tokenMedians = new double[passes];
        for (int p = 0; p < passes; p++) {
            double[] ms = new double[texts.size()];
            double[] tok = new double[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                StudentTokens tk = student.tokens(texts.get(i));
                long t1 = System.nanoTime();
                student.forward(tk);
                long t2 = System.nanoTime();
                ms[i] = (t2 - t0) / 1e6;
                tok[i] = (t1 - t0) / 1e6;
            }
            medians[p] = pct(ms, 0.5);
            tokenMedians[p] = pct(tok, 0.5);
            System.out.printf(
                    Locale.ROOT,
                    "  pass %d: student one profile median %.3f ms (p90 %.3f ms; of which words and bigrams %.3f ms)%n",
                    p + 1,
                    medians[p],
                    pct(ms, 0.9),
                    tokenMedians[p]);
        }
        System.out.printf(
                Locale.ROOT,
                "  student one profile: median of %d pass medians %.3f ms (words and bigrams %.3f ms)%n",
                passes,
                pct(medians, 0.5),
                pct(tokenMedians, 0.5));
        if (encoderProfiles > 0) {
            SentenceEncoder enc = SentenceEncoder.shared();
            List<String> some = texts.subList(0, Math.min(texts.size(), encoderProfiles));
            for (int i = 0; i < Math.min(20, some.size()); i++) enc.embed(some.get(i));
            double[] ms = new double[some.size()];
            for (int i = 0; i < some.size(); i++) {
                long t0 = System.nanoTime();
                enc.embed(some.get(i));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  encoder (%s) one profile, %d texts: median %.2f ms (p90 %.2f ms)%n",
                    enc.id(),
                    some.size(),
                    pct(ms, 0.5),
                    pct(ms, 0.9));
            Set<String> unseen = new java.util.HashSet<>(LabelledSet.load().registryCodes());
            LabelledSet.registryProfileRefs().forEach(r -> unseen.add(r.creditCode()));
            double sum = 0;
            int n = 0;
            for (ProfileInput in : rows) {
                if (!unseen.contains(in.creditCode())) continue;
                String text = EncoderTexts.of(normalizer.normalize(in));
                float[] a = student.embed(text);
                float[] b = enc.embed(text);
                double c = 0;
                for (int j = 0; j < a.length; j++) c += (double) a[j] * b[j];
                sum += c;
                n++;
            }
            if (n > 0)
                System.out.printf(
                        Locale.ROOT,
                        "  mean cosine student↔encoder on %d registry records the student never trained on: %.4f%n",
                        n,
                        sum / n);
        }
        return 0;
    }

    private static double pct(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) + 0.5))];
    }
}
