package be.sitegate.store;

import static be.sitegate.store.Commands.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small ext4 file system in an image file, loop-mounted for one test with
 * {@code errors=remount-ro}: a real disk's journal, fsync and error handling, which a tmpfs does not
 * have. {@link #fail()} makes the kernel take the error path a failing disk takes (ext4's own
 * {@code trigger_fs_error}), so the file system turns read-only under the open database, as it
 * would on a site computer; a plain {@code remount,ro} is refused while SQLite holds the file open.
 * Needs root with CAP_SYS_ADMIN and loop devices; elsewhere skipped, on CI failed ({@link MountUnavailable}).
 */
public final class Ext4Image implements ScratchDisk {

    private static final String OPTIONS = "loop,errors=remount-ro";

    private final Path image;
    private final Path mountPoint;
    private boolean mounted = true;

    private Ext4Image(Path image, Path mountPoint) {
        this.image = image;
        this.mountPoint = mountPoint;
    }

    /** Makes a {@code megabytes} image in {@code folder} and mounts it on {@code folder/mnt}, or skips the test. */
    public static Ext4Image mountOrSkip(Path folder, int megabytes) throws IOException {
        Path image = Files.createDirectories(folder).resolve("disk.img");
        Path mountPoint = Files.createDirectories(folder.resolve("mnt"));
        String failure = run("truncate", "-s", megabytes + "M", image.toString());
        if (failure == null) {
            failure = run("mkfs.ext4", "-F", "-q", "-m", "0", image.toString());
        }
        if (failure == null) {
            failure = run("mount", "-o", OPTIONS, image.toString(), mountPoint.toString());
        }
        MountUnavailable.skipOrFail("a loop device with ext4", failure);
        return new Ext4Image(image, mountPoint);
    }

    @Override
    public Path path() {
        return mountPoint;
    }

    /**
     * An error on the disk: the kernel marks the file system read-only at once (emergency_ro), open
     * files included, until it is unmounted and checked; it cannot be remounted read-write meanwhile.
     */
    public void fail() throws IOException {
        Path trigger = Path.of("/sys/fs/ext4", loopDevice(), "trigger_fs_error");
        Files.writeString(trigger, "SiteGate storage fault test");
        // The mount options still say "rw" (with "emergency_ro"), so only a write tells.
        try {
            Files.delete(Files.createTempFile(mountPoint, "still-writable", ".tmp"));
        } catch (IOException expected) {
            return;
        }
        throw new IllegalStateException(mountPoint + " can still be written after " + trigger);
    }

    /**
     * What a technician does after the disk failed: unmount, check and repair ({@code e2fsck -fy}),
     * mount again. Everything using the disk must have closed its files first.
     */
    public void checkAndRemount() {
        unmount();
        // e2fsck exits 1 when it corrected something, which is what it is there for after an error.
        int check = Commands.exitCode("e2fsck", "-f", "-y", image.toString());
        if (check != 0 && check != 1) {
            throw new IllegalStateException("e2fsck could not repair " + image + " (exit " + check + ")");
        }
        String failure = run("mount", "-o", OPTIONS, image.toString(), mountPoint.toString());
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        mounted = true;
    }

    @Override
    public Path fill() throws IOException {
        return Filler.fill(mountPoint);
    }

    private String loopDevice() {
        String out = Commands.output("findmnt", "-n", "-o", "SOURCE", mountPoint.toString());
        return Path.of(out.strip()).getFileName().toString();
    }

    private void unmount() {
        if (mounted && run("umount", mountPoint.toString()) != null) {
            run("umount", "-l", mountPoint.toString()); // something still holds a file: detach lazily
        }
        mounted = false;
    }

    /** Unmounts; the loop device goes with it (mount's loop option sets it to clear itself). */
    @Override
    public void close() {
        unmount();
    }
}
