package be.sitegate.kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The "who is on site now" list on paper, for an evacuation roll call: one tap on the foreman's
 * list sends it to the kiosk's printer, or, where there is none, writes it into the export folder
 * (a stick to take to another computer). Implemented by the composition root over the export
 * library; the work happens off the caller's thread.
 */
public interface EvacuationList {

    /** How it went, in words the foreman can act on. */
    sealed interface Result {

        /** Handed to the default printer. */
        record Printed() implements Result {
        }

        /** No printer answered: the list is in this file instead. */
        record Written(Path file) implements Result {
            public Written {
                Objects.requireNonNull(file, "file");
            }
        }

        /** @param plainText why, already in the language asked for */
        record Failed(String plainText) implements Result {
            public Failed {
                Objects.requireNonNull(plainText, "plainText");
            }
        }
    }

    /** Prints {@code people} (in roll-call order) with the workplace header and the time of the list. */
    CompletableFuture<Result> print(List<OnSiteNow> people, Locale language);
}
