package io.fundmatch.towers;

import java.util.Map;

/**
 * model.json: what a model directory holds and how it was made.
 *
 * @param format     file layout version (1)
 * @param version    the model's name, model-&lt;date&gt;-&lt;hash of its weights&gt;
 * @param created    UTC date the model was trained
 * @param dimension  embedding (and word vector) dimension
 * @param hidden     hidden units of each tower
 * @param vocabulary words in the exported vocabulary
 * @param enterpriseSide structured enterprise inputs (see {@link TowerInputs})
 * @param areaSide   structured area inputs
 * @param parameters training parameters (seeds, sizes, epochs …)
 * @param training   what the model was trained on (counts)
 * @param metrics    held-out figures measured after training
 */
public record ModelManifest(
        int format,
        String version,
        String created,
        int dimension,
        int hidden,
        int vocabulary,
        int enterpriseSide,
        int areaSide,
        Map<String, Object> parameters,
        Map<String, Object> training,
        Map<String, Object> metrics) {

    public static final String FILE = "model.json";
    public static final String TOWERS = "towers.f32";
    public static final String DOMAIN_TERMS = "domain-terms.txt";
    public static final String CARD = "model-card.md";
    /** In a folder of models, names the current one. */
    public static final String LATEST = "LATEST";
}
