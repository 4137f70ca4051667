package io.fundmatch.generate;

import io.fundmatch.SharedData;
import io.fundmatch.reference.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What synthetic registries and catalogues are drawn from, as statistics: GB/T 4754 sectors (the product's
 * reference table) weighted by how often real registries' business scopes name them; the business-scope
 * phrases real registries use often (a phrase counts only when at least {@link #MIN_ROWS} distinct rows use
 * it, so no row is reproduced); and districts from the region table. Without ../shared, sectors are weighted
 * evenly and phrases come from the sector names alone.
 */
public final class Distributions {

    static final int MIN_ROWS = 3;

    /** A GB/T 4754 小类 with its name, its 大类's name and 说明 text, and its weight. */
    public record Sector(String code, String name, String division, String remark, double weight) {}

    private final List<Sector> sectors;
    private final List<String> phrases;
    private final double[] phraseWeights;
    private final List<Region> districts;
    private final String source;

    private Distributions(
            List<Sector> sectors, List<String> phrases, double[] phraseWeights, List<Region> districts, String source) {
        this.sectors = sectors;
        this.phrases = phrases;
        this.phraseWeights = phraseWeights;
        this.districts = districts;
        this.source = source;
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public List<String> phrases() {
        return phrases;
    }

    public double[] phraseWeights() {
        return phraseWeights;
    }

    public List<Region> districts() {
        return districts;
    }

    /** Where the weights came from (shown by the command). */
    public String source() {
        return source;
    }

    /** From the product's reference data, weighted with ../shared's registries when present. */
    public static Distributions load() {
        List<String[]> industry = tsv("/io/fundmatch/reference/industry-gbt4754-2017.tsv");
        List<Region> districts = new ArrayList<>();
        for (String[] r : tsv("/io/fundmatch/reference/regions.tsv")) {
            if (r.length >= 4 && !r[0].equals("code") && !r[3].isBlank()) districts.add(Region.of(r[1], r[2], r[3]));
        }
        List<String> scopes = registryScopes();
        Map<String, String> divisions = new HashMap<>();
        Map<String, String> remarks = new HashMap<>();
        for (String[] r : industry) {
            if (r.length < 3 || r[0].equals("code")) continue;
            if (r[1].equals("2")) divisions.put(r[0], r[2]);
            if (r.length > 3) remarks.put(r[0], r[3]);
        }
        List<Sector> sectors = new ArrayList<>();
        for (String[] r : industry) {
            if (r.length < 3 || !r[1].equals("4")) continue;
            String code = r[0];
            String name = r[2];
            String division = divisions.getOrDefault(code.substring(0, 3), name);
            String remark = remarks.getOrDefault(code.substring(0, 4), remarks.getOrDefault(code, ""));
            double weight = 1;
            if (!scopes.isEmpty()) {
                String core = name.replace("其他", "").replace("制造", "").replace("服务", "");
                if (core.length() >= 2) {
                    for (String s : scopes) if (s.contains(core)) weight++;
                }
            }
            sectors.add(new Sector(code, name, division, remark, weight));
        }
        if (sectors.isEmpty()) throw new IllegalStateException("GB/T 4754 reference table missing from the classpath");
        Map<String, Set<Integer>> phraseRows = new TreeMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            for (String p : scopes.get(i).split("[；;、，,。（）()：:\\s]+")) {
                String t = p.strip();
                if (t.length() >= 2 && t.length() <= 12 && !t.matches(".*[0-9A-Za-z].*")) {
                    phraseRows.computeIfAbsent(t, k -> new HashSet<>()).add(i);
                }
            }
        }
        List<String> phrases = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        phraseRows.forEach((p, rows) -> {
            if (rows.size() >= MIN_ROWS) {
                phrases.add(p);
                weights.add((double) rows.size());
            }
        });
        if (phrases.isEmpty()) {
            for (Sector s : sectors) {
                phrases.add(s.name());
                weights.add(1.0);
            }
        }
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        String source = scopes.isEmpty()
                ? "reference data only (no ../shared)"
                : String.format(
                        Locale.ROOT,
                        "reference data weighted by %,d real registry rows (%,d phrases used by ≥%d rows)",
                        scopes.size(),
                        phrases.size(),
                        MIN_ROWS);
        return new Distributions(List.copyOf(sectors), List.copyOf(phrases), w, List.copyOf(districts), source);
    }

    /** Business-scope texts of ../shared/data/enterprises (read for statistics only; empty without it). */
    private static List<String> registryScopes() {
        List<String> out = new ArrayList<>();
        Path dir = SharedData.resolve("data/enterprises").orElse(null);
        if (dir == null) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_registered_2002_2003.txt")
                            || p.getFileName().toString().contains("_registered_"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.startsWith("企业名称")) continue;
                    String[] c = line.split("\t");
                    if (c.length > 7 && !c[7].isBlank()) out.add(c[7]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String[]> tsv(String resource) {
        InputStream in = Distributions.class.getResourceAsStream(resource);
        if (in == null) return List.of();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
