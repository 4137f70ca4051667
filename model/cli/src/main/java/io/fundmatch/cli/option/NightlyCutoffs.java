package io.fundmatch.cli.option;

import picocli.CommandLine.Option;

/** What a nightly run keeps, shared by {@code nightly} and {@code bench-nightly} (a picocli mixin). */
public final class NightlyCutoffs {

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "model directory: its ranker.properties names the ranker (default learned: the learned"
                    + " ranker over the sentence encoder; tower: the directory's trained towers; tfidf, bm25, ...),"
                    + " its learned-ranker.properties the weights (default: the shipped ones)")
    public String model;

    @Option(
            names = "--top-k",
            paramLabel = "N",
            defaultValue = "20",
            converter = WholeNumber.Positive.class,
            description = "areas kept per enterprise (default ${DEFAULT-VALUE})")
    public int topK;

    @Option(
            names = "--top-n",
            paramLabel = "N",
            defaultValue = "200",
            converter = WholeNumber.Positive.class,
            description = "enterprises kept per area (default ${DEFAULT-VALUE})")
    public int topN;
}
