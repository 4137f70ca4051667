package io.fundmatch.eval;

import io.fundmatch.profile.ProfileInput;
import io.fundmatch.reference.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads registry extracts (tab-separated after {@code #} lines; columns 企业名称, 统一社会信用代码, 注册日期, 企业类型,
 * 注册资金, 所在省份, 地区, 经营范围, 注册地址, …) into profile inputs. Rows with fewer columns are skipped and counted.
 */
public final class RegistryRecords {

    private RegistryRecords() {}

    public record Read(List<ProfileInput> records, int skipped) {}

    /** Every row of every {@code .txt} file in the folder (or the one file), keeping only {@code codes} when not null. */
    public static Read read(Path fileOrFolder, Set<String> codes) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (var s = Files.list(fileOrFolder)) {
                s.filter(p -> p.getFileName().toString().startsWith("ent_")
                                && p.toString().endsWith(".txt"))
                        .filter(p -> !p.getFileName().toString().contains("roadshow"))
                        .sorted()
                        .forEach(files::add);
            }
        } else {
            files.add(fileOrFolder);
        }
        List<ProfileInput> out = new ArrayList<>();
        int skipped = 0;
        for (Path f : files) {
            boolean header = true;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    header = false;
                    if (line.startsWith("企业名称")) continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 9) {
                    skipped++;
                    continue;
                }
                String code = c[1].strip();
                if (codes != null && !codes.contains(code)) continue;
                String province = full(c[5].strip());
                String district = c[6].strip().isEmpty() ? null : c[6].strip();
                Region region = Region.of(province, null, district);
                out.add(new ProfileInput(
                        code,
                        c[0].strip(),
                        code,
                        region,
                        c[8].strip(),
                        na(c[3]),
                        null,
                        List.of(),
                        null,
                        c[7].strip(),
                        null,
                        null,
                        year(c[2])));
            }
        }
        return new Read(out, skipped);
    }

    private static String na(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("N/A") ? null : t;
    }

    private static Integer year(String date) {
        String t = date.strip();
        return t.length() >= 4 && t.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(t.substring(0, 4))
                : null;
    }

    private static String full(String province) {
        if (province.isEmpty()) return null;
        return switch (province) {
            case "北京", "上海", "天津", "重庆" -> province + "市";
            case "新疆" -> "新疆维吾尔自治区";
            default -> province;
        };
    }
}
