package be.sitegate.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Key files (a private key, its request): created 0600 in folders made 0700, whatever the umask,
 * and never through a link someone left at the name. {@link #createNew} fails on anything already
 * there, a symbolic link included (CREATE_NEW does not follow links); {@link #replace} writes a new
 * file beside the old one and renames it over, which replaces a link rather than writing through it.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code folder} and any missing parent 0700 and returns it; an existing folder is left as
     * it is. Refuses a path with control or invisible characters ({@link PlainPaths}).
     */
    public static Path folder(Path folder) {
        Path absolute = PlainPaths.require(folder).toAbsolutePath().normalize();
        try {
            createFolders(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + absolute + ": " + e.getMessage(), e);
        }
        return absolute;
    }

    private static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getParent() != null) {
            createFolders(folder.getParent());
        }
        try {
            if (posix()) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(folder, FOLDER); // the umask may have taken bits from the attribute
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /** Writes {@code content} to a file that must not exist yet (not even as a link), readable by its owner only. */
    public static void createNew(Path file, byte[] content) {
        PlainPaths.require(file);
        try {
            write(file, content);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " exists already (as a file or a link); move it away first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code file} (or creates it) in one rename, so a reader sees the old or the new content, never half. */
    public static void replace(Path file, byte[] content) {
        PlainPaths.require(file);
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong())
                + ".tmp");
        try {
            write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Only left behind when the rename failed, and that failure is the one reported.
            }
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file, options, attributes)) {
            if (posix()) {
                // Explicitly, not through the umask: the attribute above is only ever narrowed by it.
                Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setPermissions(FILE);
            }
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
