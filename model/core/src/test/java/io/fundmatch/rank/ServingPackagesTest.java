package io.fundmatch.rank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.encoder.SentenceEncoder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The encoder and the learned ranker's scoring are serving code: no class of theirs may name Spark or DL4J. */
class ServingPackagesTest {

    private static final List<String> FORBIDDEN =
            List.of("org/apache/spark", "org/deeplearning4j", "org/nd4j", "scala/");

    @Test
    void encoderAndRankScoringClassesReferenceNeitherSparkNorDl4j() throws IOException, URISyntaxException {
        Path classes = Path.of(SentenceEncoder.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        int checked = 0;
        for (String pkg : List.of("io/fundmatch/encoder", "io/fundmatch/rank")) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                    String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    for (String name : FORBIDDEN)
                        assertFalse(bytes.contains(name), f.getFileName() + " references " + name);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 8, "found only " + checked + " classes");
    }
}
