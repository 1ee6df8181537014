package be.sitegate.ui.configerror;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration the kiosk cannot start on, as the screen says it: the key (or the file, when the
 * file itself is the problem), what is wrong with it, and the file to correct.
 */
public record ConfigProblem(String key, String problem, Path file) {
    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(file, "file");
    }
}
