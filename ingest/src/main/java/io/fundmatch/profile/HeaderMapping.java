package io.fundmatch.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where each profile column sits in a header row (found by name in any order and language), and which columns
 * are yes/no qualification flags ("高新技术企业: 是").
 */
record HeaderMapping(Map<ProfileColumn, Integer> columns, Map<Integer, String> yesNoQualifications) {

    /** Whether the header names the enterprise (without a name column a row cannot become a profile). */
    boolean named() {
        return columns.containsKey(ProfileColumn.NAME);
    }

    private static final Pattern YES =
            Pattern.compile("^(是|√|✓|✔|有|已认定|已入库|已获得|y|yes|true|1)(?![0-9]).*", Pattern.CASE_INSENSITIVE);

    static HeaderMapping of(List<String> header) {
        Map<ProfileColumn, Integer> columns = new EnumMap<>(ProfileColumn.class);
        Map<Integer, String> flags = new java.util.TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            Optional<ProfileColumn> c = ProfileColumn.of(header.get(i));
            if (c.isPresent()) columns.putIfAbsent(c.get(), index);
            else ProfileColumn.yesNoQualification(header.get(i)).ifPresent(q -> flags.put(index, q));
        }
        return new HeaderMapping(columns, flags);
    }

    /** The row's cells by column; qualifications marked 是 in their own columns join the qualifications cell. */
    static Map<ProfileColumn, String> pick(HeaderMapping header, List<String> cells) {
        Map<ProfileColumn, String> row = new EnumMap<>(ProfileColumn.class);
        header.columns().forEach((c, i) -> {
            if (i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank()) row.put(c, cells.get(i));
        });
        List<String> marked = new ArrayList<>();
        header.yesNoQualifications().forEach((i, q) -> {
            if (i < cells.size()
                    && cells.get(i) != null
                    && YES.matcher(cells.get(i).strip()).matches()) marked.add(q);
        });
        if (!marked.isEmpty()) {
            String listed = row.get(ProfileColumn.QUALIFICATIONS);
            row.put(ProfileColumn.QUALIFICATIONS, (listed == null ? "" : listed + "、") + String.join("、", marked));
        }
        return row;
    }
}
