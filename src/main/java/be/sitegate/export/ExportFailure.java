package be.sitegate.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an export could not be written, in the words the admin can act on: plug the stick in, choose
 * another folder, make room. The technical message stays in {@link ExportOutcome.Failed#detail()} for the log.
 */
public enum ExportFailure {
    /** The folder is not there (any more): often a stick that was pulled out. */
    FOLDER_MISSING,
    NOT_A_FOLDER,
    /** No permission, a read-only stick or file system, a write-protect switch. */
    NOT_WRITABLE,
    /** No space left on the stick or disk. */
    FULL,
    OTHER;

    /** The failure in plain words, in the language asked for. */
    public String plainText(Locale language) {
        return ExportLabels.forLocale(language).failure(this);
    }

    /** What an I/O error means for the admin; the OS's words (errno texts) are the only reliable sign of a full disk. */
    static ExportFailure of(IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("file too large")) {
            return FULL;
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return NOT_WRITABLE;
        }
        if (e instanceof NotDirectoryException) {
            return NOT_A_FOLDER;
        }
        if (e instanceof NoSuchFileException) {
            return FOLDER_MISSING;
        }
        return OTHER;
    }
}
