package io.fundmatch.service.records;

import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.guide.GuideIngester;
import io.fundmatch.profile.RegistryFiles;
import io.fundmatch.service.FundmatchProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start, before the service answers: imports the start-up files into the database, then restores the
 * in-memory snapshot from it. {@code fundmatch.guides} and {@code fundmatch.enterprises} are each a file, a
 * folder or a comma-separated list of both; files already imported (same bytes) are skipped, so a restart
 * imports nothing twice. When a setting is blank, the bundled samples are imported once, into an empty
 * database only.
 */
@Component
public class StartupImport implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);
    private static final String SAMPLE_GUIDES = "classpath:samples/guides/*";
    private static final String SAMPLE_REGISTRY = "classpath:samples/enterprises/*";
    private static final Set<String> REGISTRY_TYPES =
            Set.of("tsv", "txt", "csv", "xlsx", "xls", "json", "jsonl", "ndjson");
    static final String ACTOR = "startup";

    private final FundmatchProperties properties;
    private final SystemOfRecord records;
    private final GuideRecords guides;
    private final RegistryRecords registry;

    public StartupImport(
            FundmatchProperties properties, SystemOfRecord records, GuideRecords guides, RegistryRecords registry) {
        this.properties = properties;
        this.records = records;
        this.guides = guides;
        this.registry = registry;
    }

    /** A start-up file setting names something that is not there. */
    public static final class StartupFileException extends IllegalArgumentException {
        public StartupFileException(String message) {
            super(message);
        }
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        importGuides();
        importRegistry();
        records.restore();
    }

    private void importGuides() throws IOException {
        if (properties.guides().isBlank()) {
            if (guides.count() > 0) return;
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(SAMPLE_GUIDES)) {
                try (InputStream in = r.getInputStream()) {
                    report(records.uploadGuide(r.getFilename(), in.readAllBytes(), ACTOR));
                }
            }
            return;
        }
        for (Path p : locations("fundmatch.guides", properties.guides())) {
            if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jsonl")) {
                int stored = records.storeCatalogued(
                        p.getFileName().toString(), CatalogueFiles.read(p).areas(), ACTOR);
                if (stored > 0) log.info("Catalogue file {}: {} documents stored", p, stored);
                continue;
            }
            for (Path f : GuideIngester.filesIn(p))
                report(records.uploadGuide(f.getFileName().toString(), Files.readAllBytes(f), ACTOR));
        }
    }

    private static void report(SystemOfRecord.GuideUpload u) {
        if (!u.result().ok())
            log.warn(
                    "Guide {} not ingested: {}", u.result().source(), u.result().failure());
        else if (!u.duplicate())
            log.info(
                    "Guide {} stored: {} areas",
                    u.result().source(),
                    u.result().areas().size());
    }

    private void importRegistry() throws IOException {
        if (properties.enterprises().isBlank()) {
            if (registry.fileCount() > 0) return;
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(SAMPLE_REGISTRY)) {
                try (InputStream in = r.getInputStream()) {
                    records.uploadRegistry(r.getFilename(), in.readAllBytes(), ACTOR);
                }
            }
            return;
        }
        for (Path location : locations("fundmatch.enterprises", properties.enterprises())) {
            List<Path> files = Files.isDirectory(location)
                    ? GuideIngester.filesIn(location).stream()
                            .filter(StartupImport::registryFile)
                            .toList()
                    : List.of(location);
            if (files.isEmpty()) log.warn("fundmatch.enterprises: no registry files in {}", location);
            for (Path f : files) {
                byte[] content = Files.readAllBytes(f);
                String name = f.getFileName().toString();
                SystemOfRecord.RegistryUpload u = isNormalisedRegistry(f)
                        ? records.storeNormalised(name, content, RegistryFiles.read(f), ACTOR)
                        : records.uploadRegistry(name, content, ACTOR);
                if (!u.duplicate()) log.info("Registry {} stored", name);
            }
        }
    }

    /** The existing files and folders of a comma-separated setting; one that does not exist stops the start. */
    static List<Path> locations(String setting, String value) {
        List<Path> out = new ArrayList<>();
        for (String location : value.split(",")) {
            if (location.isBlank()) continue;
            Path p = Path.of(location.strip());
            if (!Files.exists(p))
                throw new StartupFileException(setting + ": no such file or folder: " + p.toAbsolutePath());
            out.add(p);
        }
        return out;
    }

    private static boolean registryFile(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && REGISTRY_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A JSON Lines registry of profiles already normalised (it carries their inference), as generated files are. */
    private static boolean isNormalisedRegistry(Path p) throws IOException {
        if (!p.getFileName().toString().endsWith(".jsonl")) return false;
        try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank())
                    .findFirst()
                    .map(l -> l.contains("\"inference\""))
                    .orElse(false);
        }
    }
}
