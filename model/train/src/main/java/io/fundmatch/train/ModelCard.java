package io.fundmatch.train;

import io.fundmatch.towers.ModelManifest;
import java.util.Map;

/** The human-readable model-card.md of a model directory. */
final class ModelCard {

    private ModelCard() {}

    static String markdown(ModelManifest m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.version()).append("\n\n");
        sb.append("Two-tower matcher of fundmatch: enterprises and support areas embedded into one ")
                .append(m.dimension())
                .append("-dimensional space (score = dot product of unit vectors).\n\n");
        sb.append("- Trained: ").append(m.created()).append("\n");
        sb.append("- Text features: HanLP segmentation with ")
                .append(m.training().get("domainTerms"))
                .append(" domain terms; Spark MLlib CountVectorizer → IDF and Word2Vec, vocabulary ")
                .append(m.vocabulary())
                .append(" words × ")
                .append(m.dimension())
                .append(" dims.\n");
        sb.append("- Towers (Deeplearning4j, SameDiff): out = unit(text + W2·tanh(W1·[text; structured] + b1) + b2), ")
                .append(m.hidden())
                .append(" hidden units; enterprise structured inputs ")
                .append(m.enterpriseSide())
                .append(" (GB/T 4754 门类, qualifications, entity type), area structured inputs ")
                .append(m.areaSide())
                .append(" (document type, applicant types, qualifications × required/preferred/cultivate).\n");
        sb.append(
                        "- Signal: passages and key-term paraphrases of each area (self-supervised, softmax over all areas), ")
                .append(
                        "graded judgments of labelled profiles, feedback events (applied/awarded +, saved weak +, not_relevant −).\n\n");
        section(sb, "Training data", m.training());
        section(sb, "Parameters", m.parameters());
        section(sb, "Metrics (held-out passages → their own area, mean reciprocal rank)", m.metrics());
        sb.append(
                        "Limitations: the self-supervised signal teaches the model the guides' own wording; how well it ranks for ")
                .append("real enterprises is measured by `bin/fundmatch evaluate` on the labelled set, not here.\n");
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Map<String, Object> values) {
        sb.append("## ").append(title).append("\n\n");
        values.forEach(
                (k, v) -> sb.append("- ").append(k).append(": ").append(v).append("\n"));
        sb.append("\n");
    }
}
