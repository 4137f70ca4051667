package io.fundmatch.cli.command;

import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.csv.CsvTable;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.export.CatalogueTable;
import io.fundmatch.export.DocumentTerms;
import io.fundmatch.export.DraftFinalComparison;
import io.fundmatch.export.EmbeddingMap;
import io.fundmatch.export.EnterpriseTable;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.profile.RegistryFiles;
import io.fundmatch.text.Segmenter;
import io.fundmatch.towers.TowerModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch export}: CSV tables for the notebooks — the catalogue, distinctive terms per document,
 * draft-versus-final differences, the enterprises, and a 2-D map of the model's embeddings.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "CSV tables for the notebooks: catalogue, document terms, draft vs final, enterprises, embedding map")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(
            names = "--catalogue",
            paramLabel = "C.jsonl",
            description = "support areas (from ingest); writes catalogue.csv, document-terms.csv, draft-final.csv")
    String catalogue;

    @Option(
            names = "--registry",
            paramLabel = "R.jsonl",
            description = "enterprise profiles (from import or generate); writes enterprises.csv")
    String registry;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "tower model directory (default: the model shipped with fundmatch)")
    String modelDir;

    @Option(
            names = "--terms",
            paramLabel = "N",
            defaultValue = "30",
            converter = WholeNumber.Positive.class,
            description = "distinctive terms kept per document (default ${DEFAULT-VALUE})")
    int terms;

    @Option(
            names = "--map-enterprises",
            paramLabel = "N",
            defaultValue = "1500",
            converter = WholeNumber.Positive.class,
            description = "enterprises on the embedding map, taken evenly over the registry (default ${DEFAULT-VALUE})")
    int mapEnterprises;

    @Option(
            names = "--no-map",
            negatable = false,
            description = "skip embedding-map.csv (written when a catalogue or registry is given)")
    boolean noMap;

    @Option(
            names = "--labelled",
            description = "also write labelled-profiles.csv: the evaluation's labelled profiles, normalised")
    boolean labelled;

    @Override
    public Integer call() throws Exception {
        boolean map = !noMap;
        if (catalogue == null && registry == null && !labelled) {
            throw new IllegalArgumentException("nothing to export: give --catalogue and/or --registry");
        }

        List<SupportArea> areas = List.of();
        if (catalogue != null) {
            areas = CatalogueFiles.read(existing(catalogue)).areas();
            Segmenter seg = Segmenter.shared();
            write(out, "catalogue.csv", CatalogueTable.of(areas));
            write(out, "document-terms.csv", DocumentTerms.table(DocumentTerms.of(areas, seg::words, terms)));
            write(out, "draft-final.csv", DraftFinalComparison.table(DraftFinalComparison.of(areas, seg::words)));
        }
        List<EnterpriseProfile> profiles = List.of();
        if (registry != null) {
            profiles = RegistryFiles.read(existing(registry));
            write(out, "enterprises.csv", EnterpriseTable.of(profiles));
        }
        if (labelled) {
            ProfileNormalizer normalizer = new ProfileNormalizer();
            LabelledSet set = LabelledSet.load();
            List<EnterpriseProfile> normalised =
                    set.profiles().stream().map(normalizer::normalize).toList();
            write(out, "labelled-profiles.csv", EnterpriseTable.of(normalised));
        }
        if (map && (!areas.isEmpty() || !profiles.isEmpty())) {
            TowerModel model = model(modelDir);
            if (model == null) {
                System.out.println("export: embedding-map.csv not written: no trained model ("
                        + "give --model DIR or train one with bin/fundmatch train)");
                Files.deleteIfExists(out.resolve("embedding-map.csv"));
                Files.deleteIfExists(out.resolve("embedding-variance.csv"));
            } else {
                EmbeddingMap.Result r = EmbeddingMap.of(model, areas, profiles, mapEnterprises);
                write(out, "embedding-map.csv", EmbeddingMap.table(r));
                write(out, "embedding-variance.csv", EmbeddingMap.variance(r));
                System.out.printf(
                        Locale.ROOT,
                        "export: model %s, first two axes explain %.1f%% and %.1f%% of the variance%n",
                        model.version(),
                        100 * r.explained()[0],
                        100 * r.explained()[1]);
            }
        }
        return 0;
    }

    private static TowerModel model(String dir) {
        if (dir != null) return TowerModel.load(existing(dir));
        try {
            return TowerModel.loadDefault();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void write(Path out, String name, CsvTable table) throws IOException {
        table.write(out.resolve(name));
        System.out.printf(Locale.ROOT, "export: %s (%,d rows)%n", out.resolve(name), table.size());
    }

    private static Path existing(String p) {
        Path path = Path.of(p);
        if (!Files.exists(path)) throw new IllegalArgumentException(p + " does not exist");
        return path;
    }
}
