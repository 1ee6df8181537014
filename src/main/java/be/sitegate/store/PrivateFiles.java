package be.sitegate.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kiosk's files hold national numbers, so they are the kiosk user's alone: files 0600, folders
 * the kiosk creates 0700. Permissions are set explicitly, never left to the umask: a service
 * manager or a shell with umask 000 would otherwise make the store world-readable.
 *
 * <p>An existing folder is left as it is (it may be a shared one such as {@code /var/lib}); an
 * existing file loses its group and other bits but keeps its owner bits, so a store that was made
 * read-only on purpose still reads as read-only.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /** Creates {@code folder} and any missing parent, each one the kiosk creates 0700. */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            if (posix()) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                // The attribute above passes through the umask, which may only take bits away; set it anyway.
                Files.setPosixFilePermissions(absolute, OWNER_ONLY_FOLDER);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
            // Another process made it between the check and here: fine, it is a folder.
        }
    }

    /**
     * Makes sure {@code file} exists and is readable by its owner only, before SQLite (or anyone)
     * opens it: a new file is created 0600; an existing one loses its group and other bits.
     */
    public static void createOrTighten(Path file) throws IOException {
        if (!posix()) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE);
                Files.createFile(file, ownerOnly);
                // The attribute passes through the umask, which may also take the owner's bits: set them outright.
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                return;
            } catch (FileAlreadyExistsException raced) {
                // Created meanwhile (or a dangling link): tightened below like any existing file.
            }
        }
        tighten(file);
    }

    /**
     * Creates {@code file}, which must not exist yet, readable by its owner only: for a copy that must
     * never replace or reuse a file that was there (a backup).
     *
     * @throws FileAlreadyExistsException when something is already there, even a dangling link
     */
    public static void createNew(Path file) throws IOException {
        if (!posix()) {
            Files.createFile(file);
            return;
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        // The attribute passes through the umask, which may also take the owner's bits: set them outright.
        Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
    }

    /** Removes the group and other bits of {@code file} when it exists; the owner's bits stay as they are. */
    public static void tighten(Path file) throws IOException {
        if (!posix() || !Files.exists(file)) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(file);
        if (current.stream().anyMatch(GROUP_AND_OTHERS::contains)) {
            Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
            owner.addAll(current);
            owner.removeAll(GROUP_AND_OTHERS);
            Files.setPosixFilePermissions(file, owner);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
