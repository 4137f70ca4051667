package io.fundmatch.generate;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic registries (normalised {@link EnterpriseProfile} JSON Lines) and catalogues ({@link SupportArea}
 * JSON Lines) of any size, drawn from {@link Distributions}. The same seed and sizes give the same files.
 * Enterprises spread evenly over {@code districts} districts; areas follow the structure of real catalogues:
 * documents of districts, of their cities and provinces and national ones, each with sections (板块) of
 * directions, calls with deadlines and plans without, applicant types and qualification conditions on some.
 */
public final class SyntheticData {

    private static final String[] NAME_SUFFIX = {"科技有限公司", "技术有限公司", "信息技术有限公司", "有限责任公司", "股份有限公司"};
    private static final String[] NAME_WORDS = {
        "华", "智", "创", "联", "科", "信", "达", "恒", "新", "远", "盛", "博", "瑞", "泰", "安", "康", "云", "数", "源", "航", "宇", "中",
        "天", "德"
    };
    private static final String[] SECTIONS = {"科技创新", "产业发展", "成果转化", "公共服务", "人才引进", "数字经济"};
    private static final String[] VERBS = {"支持", "鼓励", "重点支持", "围绕"};

    private final Distributions dist;
    private final long seed;
    private final List<Region> districts;
    private final LocalDate today;

    public SyntheticData(Distributions dist, long seed, int districtCount, LocalDate today) {
        this.dist = dist;
        this.seed = seed;
        this.today = today;
        Random r = new Random(seed);
        List<Region> pool = new ArrayList<>(dist.districts());
        List<Region> chosen = new ArrayList<>();
        while (chosen.size() < districtCount && !pool.isEmpty()) chosen.add(pool.remove(r.nextInt(pool.size())));
        if (chosen.isEmpty()) throw new IllegalStateException("region reference table missing from the classpath");
        this.districts = List.copyOf(chosen);
    }

    public List<Region> districts() {
        return districts;
    }

    /** Writes {@code count} enterprise profiles, one JSON object a line. */
    public void writeRegistry(Path file, long count) throws IOException {
        Sampler sectors = new Sampler(dist.sectors().stream()
                .mapToDouble(Distributions.Sector::weight)
                .toArray());
        Sampler phrases = new Sampler(dist.phraseWeights());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                Random r = new Random(seed * 1_000_003L + i);
                Region region = districts.get((int) (i % districts.size()));
                Distributions.Sector s = dist.sectors().get(sectors.draw(r));
                Set<String> scope = new LinkedHashSet<>();
                scope.add(s.name());
                int n = 3 + r.nextInt(8);
                for (int k = 0; k < n; k++) scope.add(dist.phrases().get(phrases.draw(r)));
                List<String> quals = new ArrayList<>();
                if (r.nextDouble() < 0.15) quals.add(Qualifications.HIGH_TECH);
                if (r.nextDouble() < 0.25) quals.add(Qualifications.TECH_SME);
                if (r.nextDouble() < 0.05) quals.add(Qualifications.SRDI_SME);
                String name = region.district().replaceAll("(区|县|市)$", "")
                        + word(r)
                        + word(r)
                        + NAME_SUFFIX[r.nextInt(NAME_SUFFIX.length)];
                EntityType type = r.nextDouble() < 0.97 ? EntityType.ENTERPRISE : EntityType.RESEARCH_INSTITUTE;
                EnterpriseProfile p = new EnterpriseProfile(
                        String.format(Locale.ROOT, "E%09d", i),
                        name,
                        null,
                        region,
                        null,
                        type,
                        s.code(),
                        quals,
                        null,
                        String.join("；", scope),
                        5 + (int) Math.exp(r.nextGaussian() * 1.2 + 3),
                        Math.round(Math.exp(r.nextGaussian() * 1.5 + 6)) / 1.0,
                        1995 + r.nextInt(31),
                        null,
                        List.of());
                w.write(Json.mapper().writeValueAsString(p));
                w.newLine();
            }
        }
    }

    /** Writes {@code count} support areas, one JSON object a line, over documents of every level. */
    public void writeCatalogue(Path file, int count) throws IOException {
        Sampler sectors = new Sampler(dist.sectors().stream()
                .mapToDouble(Distributions.Sector::weight)
                .toArray());
        Sampler phrases = new Sampler(dist.phraseWeights());
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int areasPerDocument = 25;
        int written = 0;
        int doc = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < count) {
                double level = r.nextDouble();
                Region d = districts.get(r.nextInt(districts.size()));
                Region issuer = level < 0.70
                        ? d
                        : level < 0.85
                                ? Region.of(d.province(), d.city(), null)
                                : level < 0.95 ? Region.of(d.province(), null, null) : Region.NATIONAL;
                boolean plan = r.nextDouble() < 0.2;
                int year = today.getYear();
                String title = (issuer.isNational() ? "" : issuer.displayName()) + year + "年度"
                        + (plan ? "科技创新发展规划" : SECTIONS[r.nextInt(SECTIONS.length)] + "专项资金项目申报指南");
                GuideDocument g = new GuideDocument(
                        String.format(Locale.ROOT, "doc-%05d", doc),
                        title,
                        String.format(Locale.ROOT, "synthetic_%05d.txt", doc),
                        issuer,
                        year,
                        plan ? DocumentType.PLAN : DocumentType.GUIDE,
                        false,
                        null,
                        null);
                LocalDate deadline = plan || r.nextDouble() < 0.15 ? null : today.plusDays(20 + r.nextInt(100));
                int n = Math.min(areasPerDocument, count - written);
                for (int k = 0; k < n; k++) {
                    Distributions.Sector s = dist.sectors().get(sectors.draw(r));
                    String section = SECTIONS[(k / 5) % SECTIONS.length];
                    String areaTitle = s.division() + "（" + s.name() + "）";
                    StringBuilder text = new StringBuilder(VERBS[r.nextInt(VERBS.length)])
                            .append(s.name())
                            .append("领域的");
                    int m = 2 + r.nextInt(4);
                    for (int j = 0; j < m; j++)
                        text.append(j > 0 ? "、" : "").append(dist.phrases().get(phrases.draw(r)));
                    text.append("等方向的研发与应用。");
                    if (!s.remark().isBlank())
                        text.append(s.remark().length() > 80 ? s.remark().substring(0, 80) : s.remark())
                                .append("。");
                    List<EntityType> types = r.nextDouble() < 0.6 ? List.of(EntityType.ENTERPRISE) : List.of();
                    List<QualificationRequirement> quals = new ArrayList<>();
                    double q = r.nextDouble();
                    if (q < 0.10)
                        quals.add(new QualificationRequirement(
                                Qualifications.HIGH_TECH, QualificationRequirement.Mode.REQUIRED));
                    else if (q < 0.15)
                        quals.add(new QualificationRequirement(
                                Qualifications.HIGH_TECH, QualificationRequirement.Mode.CULTIVATE));
                    else if (q < 0.25)
                        quals.add(new QualificationRequirement(
                                Qualifications.TECH_SME, QualificationRequirement.Mode.PREFERRED));
                    Double max = plan ? null : (double) (10 * (1 + r.nextInt(50)));
                    SupportArea a = new SupportArea(
                            String.format(Locale.ROOT, "%s-%03d", g.id(), k + 1),
                            g,
                            List.of(title, section, areaTitle),
                            areaTitle,
                            text.toString(),
                            types,
                            quals,
                            deadline == null ? null : today + "至" + deadline,
                            deadline,
                            max == null ? null : "最高不超过" + max.intValue() + "万元",
                            max,
                            List.of(s.name(), s.division()),
                            false);
                    w.write(Json.mapper().writeValueAsString(a));
                    w.newLine();
                    written++;
                }
                doc++;
            }
        }
    }

    private static String word(Random r) {
        return NAME_WORDS[r.nextInt(NAME_WORDS.length)];
    }

    /** Draws indexes in proportion to weights (cumulative table, binary search). */
    static final class Sampler {
        private final double[] cumulative;

        Sampler(double[] weights) {
            cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) cumulative[i] = sum += weights[i];
        }

        int draw(Random r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
        }
    }
}
