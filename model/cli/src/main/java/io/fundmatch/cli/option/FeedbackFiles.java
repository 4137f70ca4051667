package io.fundmatch.cli.option;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.towers.FeedbackEvent;
import io.fundmatch.train.JsonLinesReader;
import io.fundmatch.train.feedback.FeedbackLabels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The service's feedback as a training signal, shared by {@code train-encoder-tower} and {@code train-ranker} (a picocli
 * mixin): the JSON Lines log the service appends, the registry its enterprise ids refer to, and the documents its
 * areas come from when they are not among the judged ones.
 */
public final class FeedbackFiles {

    @Option(
            names = "--feedback",
            paramLabel = "feedback.jsonl",
            description = "feedback the service recorded, one event a line: {\"enterpriseId\"|\"profile\",\"areaId\","
                    + "\"kind\":applied|awarded|saved|not_relevant,\"time\"} (the service's fundmatch.feedback-file)")
    Path feedback;

    @Option(
            names = "--feedback-registry",
            paramLabel = "registry.jsonl",
            description =
                    "the enterprises the feedback's enterpriseId values name (bin/fundmatch import's registry.jsonl)")
    Path registry;

    @Option(
            names = "--feedback-catalogue",
            paramLabel = "PATH",
            split = ",",
            description = "guides (folders or files) or catalogue.jsonl files the feedback's areas come from, read "
                    + "with the judged documents; feedback on an area not in the catalogue is skipped and counted")
    List<Path> catalogue = new ArrayList<>();

    /** Whether feedback was given. */
    public boolean given() {
        return feedback != null;
    }

    /** The judged documents and the feedback's own, to read as one catalogue. */
    public List<Path> documents(List<Path> judged) {
        List<Path> out = new ArrayList<>(judged);
        if (given()) out.addAll(catalogue);
        return out;
    }

    /**
     * The feedback as labels over {@code areas} (none when not given), the enterprises of {@code exclude} (the frozen
     * split's ids and credit codes) never among them; a summary line goes to standard error.
     */
    public FeedbackLabels labels(List<SupportArea> areas, Set<String> exclude) {
        if (!given()) return FeedbackLabels.NONE;
        List<FeedbackEvent> events = JsonLinesReader.read(feedback, FeedbackEvent.class, "feedback");
        Map<String, EnterpriseProfile> byId = new LinkedHashMap<>();
        if (registry != null)
            for (EnterpriseProfile p : JsonLinesReader.read(registry, EnterpriseProfile.class, "registry")) {
                if (p.id() != null) byId.putIfAbsent(p.id(), p);
                if (p.creditCode() != null) byId.putIfAbsent(p.creditCode(), p);
            }
        FeedbackLabels labels = FeedbackLabels.of(events, areas, byId, exclude);
        long positive = labels.enterprises().stream()
                .mapToLong(e -> e.positives().size())
                .sum();
        System.err.printf(
                Locale.ROOT,
                "feedback: %d events read, %d enterprises with %d labels (%d positive, %d not relevant); %d events "
                        + "skipped (no profile and an id not in %s, an area not in the catalogue, an unknown kind, or a "
                        + "profile of the frozen test split)%n",
                events.size(),
                labels.enterprises().size(),
                labels.labels(),
                positive,
                labels.labels() - positive,
                labels.skipped(),
                registry == null ? "a registry (none given: --feedback-registry)" : registry.getFileName());
        return labels;
    }
}
