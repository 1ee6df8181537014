package be.sitegate.ui.configerror;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A database the kiosk cannot start on (damaged, read-only, on a full disk, locked), as the screen
 * says it: the store's own advice, which names the file and the way back, and the file.
 *
 * @param advice the store's start-up message (English, like the configuration's own messages)
 * @param language the kiosk's configured language, for the screen's title and what to do
 */
public record StoreProblem(String advice, Path file, Locale language) {
    public StoreProblem {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
    }
}
