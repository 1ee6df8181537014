package be.sitegate.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Puts a file into the folder the admin chose (a USB stick is a folder) so that the folder only ever
 * holds whole files, none of them overwritten:
 *
 * <ol>
 *   <li>the content goes to a hidden temporary file in the same folder (a rename never crosses file
 *       systems), which is forced to the device: a stick pulled out later keeps a whole file or none;
 *   <li>the final name is claimed by creating it empty and exclusively ({@code O_EXCL}), trying
 *       {@code name-2.ext}, {@code name-3.ext}... while a file has the name, so nobody's file is replaced;
 *   <li>the temporary file is renamed atomically over that claim, and the folder is forced too.
 * </ol>
 *
 * A failure or a cancellation at any step removes the temporary file and the claim. The files are
 * readable by the kiosk user only (0600) where the file system has POSIX permissions: they hold
 * names and numbers. (A stick's FAT file system has none; its mount options decide.)
 */
final class ExportFolder {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final int MAX_SUFFIX = 10_000;

    private ExportFolder() {
    }

    /** What to write into the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param cancelled asked once more after the content is written, the last moment a cancel still leaves nothing
     * @return the file written
     */
    static Path write(Path folder, String fileName, Content content, BooleanSupplier cancelled) throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        FileAttribute<?>[] ownerOnly = ownerOnly(folder);
        Path temp = Files.createTempFile(folder, "." + fileName + ".", ".part", ownerOnly);
        Path claimed = null;
        boolean placed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled before the file was put in place");
            }
            claimed = claimFreeName(folder, fileName, ownerOnly);
            Files.move(temp, claimed, StandardCopyOption.ATOMIC_MOVE);
            placed = true;
            forceFolder(folder);
            return claimed;
        } finally {
            if (!placed) {
                Files.deleteIfExists(temp);
                if (claimed != null) {
                    Files.deleteIfExists(claimed);
                }
            }
        }
    }

    /** {@code name.ext}, else {@code name-2.ext}, {@code name-3.ext}...: the first name nobody has, created empty. */
    static Path claimFreeName(Path folder, String fileName, FileAttribute<?>[] attributes) throws IOException {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path candidate = folder.resolve(n == 1 ? fileName : base + "-" + n + extension);
            try {
                return Files.createFile(candidate, attributes);
            } catch (FileAlreadyExistsException taken) {
                // someone's file (an earlier export): never replace it, try the next number
            }
        }
        throw new FileAlreadyExistsException(folder.resolve(fileName).toString(), null,
                "every name up to -" + MAX_SUFFIX + " is taken");
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** The rename itself is durable only once the folder is forced; where a folder cannot be opened, it is best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every file system lets a folder be opened; the file itself is already on the device
        }
    }
}
