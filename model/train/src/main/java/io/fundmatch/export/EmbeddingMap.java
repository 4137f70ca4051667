package io.fundmatch.export;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.csv.CsvTable;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.TowerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 2-D map of the area and enterprise embeddings of the two-tower model: both kinds are embedded in the shared
 * space and projected together on its two principal axes, so nearby points are likely matches.
 */
public final class EmbeddingMap {

    /** One projected point. */
    record Point(
            String kind,
            String id,
            String label,
            String document,
            String sector,
            String sectorName,
            double x,
            double y) {}

    /** The points and the share of variance each axis explains. */
    public record Result(List<Point> points, double[] explained) {}

    private EmbeddingMap() {}

    /** @param maxEnterprises at most this many profiles, taken evenly over the list */
    public static Result of(
            TowerModel model, List<SupportArea> areas, List<EnterpriseProfile> profiles, int maxEnterprises) {
        List<EnterpriseProfile> sample = evenly(profiles, maxEnterprises);
        List<float[]> vectors = new ArrayList<>();
        for (SupportArea a : areas) vectors.add(model.embedArea(a));
        for (EnterpriseProfile p : sample) vectors.add(model.embedEnterprise(p));
        Pca pca = Pca.fit(vectors, 2);
        List<Point> points = new ArrayList<>();
        int i = 0;
        for (SupportArea a : areas) {
            double[] xy = pca.project(vectors.get(i++));
            points.add(new Point("area", a.id(), a.title(), a.document().title(), "", "", xy[0], xy[1]));
        }
        for (EnterpriseProfile p : sample) {
            double[] xy = pca.project(vectors.get(i++));
            String[] sector = EnterpriseTable.sector(p.industryCode());
            points.add(new Point("enterprise", p.id(), p.name(), "", sector[0], sector[1], xy[0], xy[1]));
        }
        return new Result(points, pca.explained());
    }

    static <T> List<T> evenly(List<T> all, int max) {
        if (all.size() <= max) return all;
        List<T> out = new ArrayList<>(max);
        for (int k = 0; k < max; k++) out.add(all.get((int) ((long) k * all.size() / max)));
        return out;
    }

    public static CsvTable table(Result r) {
        CsvTable t = new CsvTable("kind", "id", "label", "document", "sector", "sector_name", "x", "y");
        for (Point p : r.points())
            t.add(
                    p.kind(),
                    p.id(),
                    p.label(),
                    p.document(),
                    p.sector(),
                    p.sectorName(),
                    String.format(Locale.ROOT, "%.5f", p.x()),
                    String.format(Locale.ROOT, "%.5f", p.y()));
        return t;
    }

    public static CsvTable variance(Result r) {
        CsvTable t = new CsvTable("component", "explained_variance");
        for (int k = 0; k < r.explained().length; k++)
            t.add(k + 1, String.format(Locale.ROOT, "%.5f", r.explained()[k]));
        return t;
    }
}
