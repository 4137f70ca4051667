package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.json.Json;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.profile.EnterpriseProfile;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

/**
 * CPU time of the nightly job's score stage with the learned ranker, per enterprise, in one thread: BlockScorer over the
 * areas in force of a generated catalogue, with random unit 512-d vectors standing in for the encoder's (the cost does
 * not depend on the values), either one enterprise at a time (the encoder similarities computed per enterprise) or
 * through EncoderScoreBatches (16 at a time). Prints CPU ms per enterprise for every 500 and a hash of the kept rows,
 * which must be the same in both modes. Run by score-bench.sh.
 */
public class ScoreBench {
    public static void main(String[] args) throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 1);
        int n = Integer.parseInt(args[0]);
        Random rnd = new Random(1);
        List<SupportArea> areas = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[1] + "/catalogue.jsonl"))) {
            SupportArea a = Json.mapper().readValue(l, SupportArea.class);
            if (!a.superseded() && (a.deadline() == null || !a.deadline().isBefore(day))) areas.add(a);
        }
        areas.sort(Comparator.comparing(SupportArea::id));
        List<String> json = new ArrayList<>();
        for (SupportArea a : areas) json.add(Json.mapper().writeValueAsString(a));
        boolean[] all = new boolean[areas.size()];
        Arrays.fill(all, true);
        List<float[]> vecs = new ArrayList<>();
        for (SupportArea a : areas) vecs.add(unit(rnd, 512));
        AreaIndex index = new AreaIndex(areas.stream().map(SupportArea::id).toList(), json,
                json.stream().map(NightlyJob::hash).toList(), vecs,
                areas.stream().map(JurisdictionKeys::ofArea).toList(), all, 512);
        NightlyRanking ranking = NightlyRanking.configured(null);
        MatchOptions options = new MatchOptions(20, false, false, day);
        BlockScorer scorer = new BlockScorer(index, 20, 200, options, new OpportunityRows(index, false), ranking);
        List<EnterpriseRow> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[1] + "/registry.jsonl"))) {
            for (int i = 0; i < n; i++) {
                String l = r.readLine();
                EnterpriseProfile p = Json.mapper().readValue(l, EnterpriseProfile.class);
                String js = Json.mapper().writeValueAsString(p);
                rows.add(new EnterpriseRow(p.id(), js, NightlyJob.hash(js), JurisdictionKeys.ofEnterprise(p.region()), unit(rnd, 512), true));
            }
        }
        System.out.println("areas " + areas.size());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t0 = mx.getCurrentThreadCpuTime();
        long h = 0;
        boolean batched = args[2].equals("batched");
        Iterator<EncoderScoreBatches.Row> it = new EncoderScoreBatches(rows.iterator(), index, r -> batched, batched ? scorer.towers() : null);
        for (int i = 0; i < rows.size(); i++) {
            EncoderScoreBatches.Row row = it.next();
            for (Scored s : scorer.score(row.row(), true, row.encoder(), row.tower())) h = h * 31 + s.area() * 7 + Float.floatToIntBits(s.score());
            if ((i + 1) % 500 == 0) { long t = mx.getCurrentThreadCpuTime(); System.out.printf("%d: %.2f CPU ms/enterprise%n", i + 1, (t - t0) / 1e6 / 500); t0 = t; }
        }
        System.out.println("hash " + h);
    }
    static float[] unit(Random r, int d) {
        float[] v = new float[d]; double s = 0;
        for (int i = 0; i < d; i++) { v[i] = (float) r.nextGaussian(); s += v[i] * v[i]; }
        for (int i = 0; i < d; i++) v[i] /= Math.sqrt(s);
        return v;
    }
}
