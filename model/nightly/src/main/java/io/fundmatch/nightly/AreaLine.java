package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.JurisdictionKeys;
import io.fundmatch.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One area in force: its normalised JSON, content hash and jurisdiction keys. */
record AreaLine(String id, String json, String hash, List<String> keys) {

    private static final Logger log = LoggerFactory.getLogger(AreaLine.class);

    /** Areas of the catalogue open on the run date (not superseded, deadline not passed), sorted by id. */
    static List<AreaLine> inForce(List<String> lines, NightlyOptions o) {
        Map<String, AreaLine> byId = new TreeMap<>();
        int bad = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            SupportArea a;
            try {
                a = Json.mapper().readValue(line, SupportArea.class);
            } catch (IOException e) {
                bad++;
                continue;
            }
            if (a.id() == null
                    || a.superseded()
                    || (a.deadline() != null && a.deadline().isBefore(o.date()))) continue;
            try {
                String json = Json.mapper().writeValueAsString(a);
                byId.put(a.id(), new AreaLine(a.id(), json, NightlyJob.hash(json), JurisdictionKeys.ofArea(a)));
            } catch (IOException e) {
                bad++;
            }
        }
        if (byId.isEmpty())
            throw new IllegalArgumentException(
                    o.catalogue() + ": no support area in force" + (bad > 0 ? " (" + bad + " unreadable lines)" : ""));
        if (bad > 0) log.warn("[nightly] catalogue: {} unreadable lines skipped", bad);
        return new ArrayList<>(byId.values());
    }
}
