package io.fundmatch.service.engine;

import io.fundmatch.profile.EnterpriseProfile;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The registry enterprises the service matches, by id, with a version that changes with every change (so
 * that rankings computed over an older registry are not served). Searched by name, credit code, id or region.
 */
final class RegistrySnapshot {

    private final Map<String, EnterpriseProfile> byId = new ConcurrentHashMap<>();
    private volatile long version;

    Optional<EnterpriseProfile> enterprise(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    long version() {
        return version;
    }

    synchronized void add(Collection<EnterpriseProfile> profiles) {
        profiles.forEach(p -> byId.put(p.id(), p));
        version++;
    }

    synchronized void replace(Collection<EnterpriseProfile> profiles) {
        byId.clear();
        add(profiles);
    }

    /** Enterprises whose name, credit code, id or region contains every word of {@code q}, by name. */
    List<EnterpriseProfile> search(String q) {
        List<String> words = q == null
                ? List.of()
                : Arrays.stream(q.strip().split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .toList();
        Stream<EnterpriseProfile> all = byId.values().stream();
        for (String w : words) {
            all = all.filter(e -> contains(e.name(), w)
                    || contains(e.creditCode(), w)
                    || w.equals(e.id())
                    || contains(e.region().displayName(), w));
        }
        return all.sorted(
                        Comparator.comparing(EnterpriseProfile::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static boolean contains(String s, String part) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
