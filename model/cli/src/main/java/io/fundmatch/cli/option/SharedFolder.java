package io.fundmatch.cli.option;

import io.fundmatch.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder named on the command line, else the one under {@code ../shared} that the option defaults to. */
public final class SharedFolder {

    private SharedFolder() {}

    /**
     * @param given          the folder given, or null
     * @param sharedRelative where it lies under {@code ../shared} (e.g. {@code seeds}, {@code data/enterprises})
     */
    public static Path resolve(String given, String sharedRelative) {
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.exists(p)) throw new IllegalArgumentException(p + " does not exist");
            return p;
        }
        return SharedData.resolve(sharedRelative)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no ../shared/" + sharedRelative + " here: pass the folder explicitly"));
    }
}
