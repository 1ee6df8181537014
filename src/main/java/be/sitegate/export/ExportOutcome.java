package be.sitegate.export;

import java.nio.file.Path;
import java.util.Objects;

/** How an export job ended: the file written, a failure in plain words, or cancelled by the admin. */
public sealed interface ExportOutcome {

    /** @param file the file written, under a name no other file had (see {@link ExportFolder}) */
    record Done(Path file) implements ExportOutcome {
        public Done {
            Objects.requireNonNull(file, "file");
        }
    }

    /** @param detail the technical cause, for the log, never for the screen */
    record Failed(ExportFailure reason, String detail) implements ExportOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Cancelled before the file was in place: nothing was left in the folder. */
    record Cancelled() implements ExportOutcome {
    }
}
