package be.sitegate.store;

import static be.sitegate.store.Commands.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tmpfs mounted for one test: a real file system that really fills up or really turns
 * read-only, which SQLite's own limits only imitate. Mounting needs root with CAP_SYS_ADMIN (a
 * developer's machine as root, a privileged container); anywhere else the test is skipped and says
 * why, except on CI, where it fails ({@link MountUnavailable}).
 */
public final class Tmpfs implements ScratchDisk {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts {@code megabytes} of tmpfs on {@code mountPoint} (created if needed), or skips (on CI: fails) the test. */
    public static Tmpfs mountOrSkip(Path mountPoint, int megabytes) throws IOException {
        Files.createDirectories(mountPoint);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "tmpfs",
                mountPoint.toString());
        MountUnavailable.skipOrFail("a tmpfs", failure);
        return new Tmpfs(mountPoint);
    }

    @Override
    public Path path() {
        return mountPoint;
    }

    /** Makes the whole file system read-only, as a disk the kernel remounted after errors would be. */
    public void remountReadOnly() {
        String failure = run("mount", "-o", "remount,ro", mountPoint.toString());
        if (failure != null) {
            throw new IllegalStateException("cannot remount " + mountPoint + " read-only: " + failure);
        }
    }

    @Override
    public Path fill() throws IOException {
        return Filler.fill(mountPoint);
    }

    @Override
    public void close() {
        if (run("umount", mountPoint.toString()) != null) {
            run("umount", "-l", mountPoint.toString()); // something still holds a file: detach lazily
        }
    }
}
