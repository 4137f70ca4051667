package io.fundmatch.nightly;

import io.fundmatch.towers.TowerModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tower model, loaded once per JVM (driver or executor) and shared by every task running there. Tasks
 * receive only the model's location (a directory visible to every node, or empty for the model shipped with
 * fundmatch), never the model itself.
 */
final class ModelCache {

    private static final Map<String, TowerModel> LOADED = new ConcurrentHashMap<>();

    private ModelCache() {}

    /** @param location a model directory (path or file: URI), or "" for the default model */
    static TowerModel get(String location) {
        return LOADED.computeIfAbsent(
                location == null ? "" : location,
                l -> l.isEmpty()
                        ? TowerModel.loadDefault()
                        : TowerModel.load(l.startsWith("file:") ? Path.of(java.net.URI.create(l)) : Path.of(l)));
    }
}
