package io.fundmatch.export;

import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.cli.CommandLine;
import io.fundmatch.cli.FundmatchCli;
import io.fundmatch.eval.LabelledSet;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileNormalizer;
import io.fundmatch.profile.RegistryFiles;
import io.fundmatch.text.Segmenter;
import io.fundmatch.towers.TowerModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/fundmatch export}: CSV tables for the notebooks — the catalogue, distinctive terms per document,
 * draft-versus-final differences, the enterprises, and a 2-D map of the model's embeddings.
 */
public final class ExportCommand implements FundmatchCli.Command {

    static final String USAGE = """
            usage: bin/fundmatch export --out DIR [--catalogue C.jsonl] [--registry R.jsonl] [--model DIR]
                                        [--terms N] [--map-enterprises N] [--no-map] [--labelled]
              --catalogue        support areas (from ingest); writes catalogue.csv, document-terms.csv, draft-final.csv
              --registry         enterprise profiles (from import or generate); writes enterprises.csv
              --model            tower model directory (default: the model shipped with fundmatch)
              --terms            distinctive terms kept per document (default 30)
              --map-enterprises  enterprises on the embedding map, taken evenly over the registry (default 1500)
              --no-map           skip embedding-map.csv (written when a catalogue or registry is given)
              --labelled         also write labelled-profiles.csv: the evaluation's labelled profiles, normalised""";

    @Override
    public String summary() {
        return "CSV tables for the notebooks: catalogue, document terms, draft vs final, enterprises, embedding map";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(String[] args) throws Exception {
        CommandLine o = CommandLine.parse(args, CommandLine.Spec.options("out", "catalogue", "registry", "model", "terms",
                "map-enterprises").withSwitches("no-map", "labelled"));
        boolean map = !o.isSet("no-map");
        boolean labelled = o.isSet("labelled");
        if (!o.has("out")) throw new IllegalArgumentException("--out DIR is required\n" + USAGE);
        if (!o.has("catalogue") && !o.has("registry") && !labelled) {
            throw new IllegalArgumentException("nothing to export: give --catalogue and/or --registry\n" + USAGE);
        }
        Path out = Path.of(o.get("out"));
        int terms = o.positive("terms", 30);
        int mapEnterprises = o.positive("map-enterprises", 1500);

        List<SupportArea> areas = List.of();
        if (o.has("catalogue")) {
            areas = CatalogueFiles.read(existing(o.get("catalogue"))).areas();
            Segmenter seg = Segmenter.shared();
            write(out, "catalogue.csv", CatalogueTable.of(areas));
            write(out, "document-terms.csv", DocumentTerms.table(DocumentTerms.of(areas, seg::words, terms)));
            write(out, "draft-final.csv", DraftFinalComparison.table(DraftFinalComparison.of(areas, seg::words)));
        }
        List<EnterpriseProfile> profiles = List.of();
        if (o.has("registry")) {
            profiles = RegistryFiles.read(existing(o.get("registry")));
            write(out, "enterprises.csv", EnterpriseTable.of(profiles));
        }
        if (labelled) {
            ProfileNormalizer normalizer = new ProfileNormalizer();
            LabelledSet set = LabelledSet.load();
            List<EnterpriseProfile> normalised = set.profiles().stream().map(normalizer::normalize).toList();
            write(out, "labelled-profiles.csv", EnterpriseTable.of(normalised));
        }
        if (map && (!areas.isEmpty() || !profiles.isEmpty())) {
            TowerModel model = model(o.get("model"));
            if (model == null) {
                System.out.println("export: embedding-map.csv not written: no trained model ("
                        + "give --model DIR or train one with bin/fundmatch train)");
                Files.deleteIfExists(out.resolve("embedding-map.csv"));
                Files.deleteIfExists(out.resolve("embedding-variance.csv"));
            } else {
                EmbeddingMap.Result r = EmbeddingMap.of(model, areas, profiles, mapEnterprises);
                write(out, "embedding-map.csv", EmbeddingMap.table(r));
                write(out, "embedding-variance.csv", EmbeddingMap.variance(r));
                System.out.printf("export: model %s, first two axes explain %.1f%% and %.1f%% of the variance%n",
                        model.version(), 100 * r.explained()[0], 100 * r.explained()[1]);
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
        System.out.printf("export: %s (%,d rows)%n", out.resolve(name), table.size());
    }

    private static Path existing(String p) {
        Path path = Path.of(p);
        if (!Files.exists(path)) throw new IllegalArgumentException(p + " does not exist");
        return path;
    }
}
