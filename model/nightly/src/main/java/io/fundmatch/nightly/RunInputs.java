package io.fundmatch.nightly;

import io.fundmatch.towers.TowerModel;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The read stage's result: the areas in force on the run date, the tower model (and where executors load it
 * from), the previous complete run, and whether this run is incremental (asked for, a previous run exists and
 * its model is this one) with the previous run's areas (their hashes, keys and embeddings; none when not
 * incremental).
 */
record RunInputs(
        List<AreaLine> areas,
        NightlyRanking ranking,
        String version,
        TowerModel model,
        String modelLocation,
        Optional<PreviousRun> previous,
        boolean incremental,
        Map<String, StateRow> previousAreas) {

    /** Reads the catalogue, the model and the previous run; says why an incremental run scores everything. */
    static RunInputs read(SparkSession spark, NightlyOptions o, PrintStream out) throws IOException {
        String modelLocation = o.model() == null ? "" : o.model();
        NightlyRanking ranking = NightlyRanking.configured(modelLocation, o.enterpriseEncoder());
        TowerModel model = ranking.towers() ? ModelCache.get(modelLocation) : null;
        String version = ranking.version(model == null ? "" : model.version());
        List<AreaLine> areas =
                AreaLine.inForce(spark.read().textFile(o.catalogue()).collectAsList(), o);
        Optional<PreviousRun> previous =
                PreviousRun.find(spark, o.output(), o.date().toString());
        boolean incremental = o.incremental()
                && previous.isPresent()
                && previous.get().manifest().modelVersion().equals(version);
        if (o.incremental() && !incremental) {
            out.println("[nightly] incremental: " + (previous.isEmpty() ? "no previous run" : "model changed")
                    + ", scoring everything");
        }
        Map<String, StateRow> previousAreas = incremental ? previous.get().areaState() : Map.of();
        return new RunInputs(areas, ranking, version, model, modelLocation, previous, incremental, previousAreas);
    }

    /** Dimension of one vector of the ranker's space (0 for text rankers). */
    int dimension() {
        return ranking.dimension(model == null ? 0 : model.dimension());
    }
}
