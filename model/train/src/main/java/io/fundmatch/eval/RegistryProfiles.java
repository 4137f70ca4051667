package io.fundmatch.eval;

import io.fundmatch.profile.ProfileInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Labelled profiles built from real registry rows as officers hold them (name, 经营范围, region and address of
 * the registry extract): the project keeps only the credit code and the file, the text is read from the extracts
 * at evaluation time.
 */
public final class RegistryProfiles {

    /**
     * One registry-built labelled profile: its label id, the record's credit code, the extract's file name, and
     * whether it is scored only, never trained on.
     */
    public record Ref(String id, String creditCode, String file, boolean scoreOnly) {

        /** A profile models may train on. */
        public Ref(String id, String creditCode, String file) {
            this(id, creditCode, file, false);
        }
    }

    private RegistryProfiles() {}

    /** The profiles of {@code refs} found in the extracts of {@code registryDir}; none when the folder is null. */
    public static List<ProfileInput> build(List<Ref> refs, Path registryDir) {
        if (registryDir == null || refs.isEmpty() || !Files.isDirectory(registryDir)) return List.of();
        Map<String, List<Ref>> byFile = refs.stream()
                .collect(Collectors.groupingBy(Ref::file, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<String, ProfileInput> found = new HashMap<>();
        for (Map.Entry<String, List<Ref>> e : byFile.entrySet()) {
            Path file = registryDir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) continue;
            Set<String> codes = e.getValue().stream().map(Ref::creditCode).collect(Collectors.toSet());
            try {
                for (ProfileInput p : RegistryRecords.read(file, codes).records())
                    found.putIfAbsent(e.getKey() + "\t" + p.creditCode(), p);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        List<ProfileInput> out = new ArrayList<>();
        for (Ref r : refs) {
            ProfileInput p = found.get(r.file() + "\t" + r.creditCode());
            if (p == null) continue;
            out.add(new ProfileInput(
                    r.id(),
                    p.name(),
                    p.creditCode(),
                    p.region(),
                    p.address(),
                    p.entityType(),
                    p.industryCode(),
                    p.qualifications(),
                    p.specialization(),
                    p.businessScope(),
                    p.employees(),
                    p.annualRevenue(),
                    p.foundedYear()));
        }
        return out;
    }
}
