package be.sitegate.logging;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A rolling log file readable by the kiosk's user only, whatever the umask: each file is created
 * 0600 before Logback opens it (at start and after every rollover; an archive is the renamed active
 * file, so it keeps that mode), and the folders it creates are 0700. Masked lines may still say who
 * worked where, which is nobody else's business on the kiosk's computer.
 */
public final class PrivateRollingFileAppender<E> extends RollingFileAppender<E> {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            createFolders(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException e) {
                // An earlier run's file: appended to, made private below like a new one.
            }
            Files.setPosixFilePermissions(file, FILE);
        }
        super.openFile(fileName);
    }

    private static void createFolders(Path folder) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        createFolders(folder.getParent());
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(folder, FOLDER);
        } catch (FileAlreadyExistsException e) {
            // Made meanwhile by another thread or process: fine.
        }
    }
}
