package be.sitegate.store;

import static be.sitegate.store.Commands.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for one test: a real file system that really fills up or really turns
 * read-only, which SQLite's own limits only imitate. Mounting needs root with CAP_SYS_ADMIN (a
 * developer's machine as root, a privileged container); anywhere else the test is skipped and says
 * why, so CI without those rights stays green.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts {@code megabytes} of tmpfs on {@code mountPoint} (created if needed), or skips the test. */
    public static Tmpfs mountOrSkip(Path mountPoint, int megabytes) throws IOException {
        Files.createDirectories(mountPoint);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "tmpfs",
                mountPoint.toString());
        Assumptions.assumeTrue(failure == null,
                () -> "skipped: this machine does not let the test mount a tmpfs (needs root with CAP_SYS_ADMIN): "
                        + failure);
        return new Tmpfs(mountPoint);
    }

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

    /** Writes a filler file until the file system has not one byte left; returns the filler. */
    public Path fill() throws IOException {
        Path filler = mountPoint.resolve("filler");
        Files.createFile(filler);
        for (int size : new int[] {1024 * 1024, 4096, 1}) {
            byte[] block = new byte[size];
            try (var out = Files.newOutputStream(filler, StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(block);
                }
            } catch (IOException expected) {
                // "No space left on device": go on with smaller pieces for what is left.
            }
        }
        return filler;
    }

    @Override
    public void close() {
        if (run("umount", mountPoint.toString()) != null) {
            run("umount", "-l", mountPoint.toString()); // something still holds a file: detach lazily
        }
    }
}
