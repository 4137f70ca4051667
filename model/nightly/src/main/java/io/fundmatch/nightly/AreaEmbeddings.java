package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.towers.TowerModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The embed-areas stage: every area in force with its area-tower embedding — computed on the executors for
 * the areas given, taken from the previous run's state for the others.
 *
 * @param byId     embedding of every area in force, by area id
 * @param embedded how many were computed (the rest were reused)
 */
record AreaEmbeddings(Map<String, float[]> byId, int embedded) {

    static AreaEmbeddings embed(
            JavaSparkContext jsc,
            String modelLocation,
            List<AreaLine> areas,
            List<AreaLine> toEmbed,
            Map<String, StateRow> previousAreas) {
        Map<String, float[]> byId = new HashMap<>();
        if (!toEmbed.isEmpty()) {
            List<String> jsons = toEmbed.stream().map(AreaLine::json).toList();
            int slices = Math.max(1, Math.min(jsc.defaultParallelism(), jsons.size() / 500 + 1));
            jsc.parallelize(jsons, slices)
                    .mapPartitions((Iterator<String> it) -> embedPartition(modelLocation, it))
                    .collect()
                    .forEach(t -> byId.put(t._1(), t._2()));
        }
        for (AreaLine a : areas) {
            if (!byId.containsKey(a.id()))
                byId.put(a.id(), previousAreas.get(a.id()).embedding());
        }
        return new AreaEmbeddings(byId, toEmbed.size());
    }

    /** On an executor: the areas of one partition embedded with the model loaded once per JVM. */
    private static Iterator<Tuple2<String, float[]>> embedPartition(String modelLocation, Iterator<String> it)
            throws IOException {
        TowerModel m = ModelCache.get(modelLocation);
        List<Tuple2<String, float[]>> res = new ArrayList<>();
        while (it.hasNext()) {
            SupportArea a = Json.mapper().readValue(it.next(), SupportArea.class);
            res.add(new Tuple2<>(a.id(), m.embedArea(a)));
            BlockScorer.LIVE_ROWS.incrementAndGet();
        }
        return res.iterator();
    }
}
