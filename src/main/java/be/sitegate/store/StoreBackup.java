package be.sitegate.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consistent copy of the store while the kiosk runs: {@code VACUUM INTO} on a read-only connection
 * of its own reads one snapshot (WAL: the kiosk keeps writing meanwhile, its later commits are simply
 * not in the copy) and writes it as one compact file without -wal or -shm. The copy holds national
 * numbers, so it is made like the store itself ({@link PrivateFiles}): the file is created empty and
 * 0600 before SQLite writes into it (so no other user can read it even for a moment, whatever the
 * umask), in folders created 0700. An existing file is never overwritten. The copy is then checked
 * in full ({@code PRAGMA integrity_check}); a copy that fails it is removed.
 */
public final class StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);

    private StoreBackup() {
    }

    /**
     * Copies {@code store} to {@code out} and returns what the copy holds.
     *
     * @throws StoreException when {@code out} exists, the store cannot be read or the copy is not intact
     */
    public static StoreInspection.Report copy(Path store, Path out) {
        if (!Files.isRegularFile(store)) {
            throw new StoreException(StoreException.Reason.IO, "no store at " + store
                    + " (check store.file in the configuration)", null);
        }
        Path target = out.toAbsolutePath().normalize();
        createEmptyPrivateFile(target);
        try {
            try (Connection c = StoreInspection.readOnly(store);
                 PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
            PrivateFiles.tighten(target);
            StoreInspection.Report report = StoreInspection.inspect(target, StoreInspection.Depth.FULL);
            if (!report.intact()) {
                throw new StoreException(StoreException.Reason.CORRUPT, "the copy " + target + " is not intact: "
                        + String.join("; ", report.problems()), null);
            }
            LOG.info("backup of {} written to {} ({} registrations, {} events)", store, target,
                    report.registrations(), report.events());
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(target);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(StoreException.Reason.IO, "cannot copy " + store + " to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static void createEmptyPrivateFile(Path target) {
        if (Files.exists(target)) {
            throw new StoreException(StoreException.Reason.IO, target + " already exists; a backup never overwrites"
                    + " a file: choose a new name", null);
        }
        try {
            Path parent = target.getParent();
            if (parent != null) {
                PrivateFiles.createFolders(parent);
            }
            // Created here, not by createOrTighten, so that a file appearing meanwhile is refused, never reused.
            PrivateFiles.createNew(target);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(StoreException.Reason.IO, target + " already exists; a backup never overwrites"
                    + " a file: choose a new name", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot create " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            LOG.warn("cannot remove the unfinished backup {}: {}", file, e.toString());
        }
    }
}
