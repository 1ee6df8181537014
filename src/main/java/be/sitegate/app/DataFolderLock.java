package be.sitegate.app;

import be.sitegate.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running kiosk per data folder, so that two forwarders never send the same outbox: an
 * exclusive OS lock ({@link FileChannel#tryLock()}, {@code fcntl} on Linux) on {@value #FILE_NAME}
 * in the folder of the store file. The kernel drops the lock when the process ends, however it
 * ends (SIGKILL and power cuts included), so a crash never leaves a stale lock behind; the holder's
 * pid and start time written in the file serve only to tell the next one who is in the way.
 *
 * <p>It lives in {@code app}, not in {@code store}: a SQLite file may safely be opened by several
 * processes at once (a repair tool, a test reading it back); what must be unique is a running
 * kiosk, which is what the composition root puts together.
 *
 * <p>The file is never deleted: a process that opened the old file could lock it while a third
 * created and locked a new one, and two kiosks would both believe they hold the folder.
 */
public final class DataFolderLock implements AutoCloseable {

    public static final String FILE_NAME = "sitegate.lock";

    /**
     * Folders this JVM holds. POSIX locks belong to the process, and closing ANY descriptor of the
     * file drops them, so a second attempt from inside this JVM must be refused without opening it.
     */
    private static final Map<Path, Holder> HELD_HERE = new ConcurrentHashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final AtomicBoolean released = new AtomicBoolean();

    private DataFolderLock(Path folder, FileChannel channel) {
        this.folder = folder;
        this.channel = channel;
    }

    /** The folder the kiosk's store lives in: what this lock guards. */
    public static Path folderOf(Path storeFile) {
        return storeFile.toAbsolutePath().getParent();
    }

    /**
     * Takes the folder (creating it if needed) for this process, or refuses with a message naming the
     * kiosk that holds it. Never waits: a second kiosk must say so at once, not hang at start-up.
     */
    public static DataFolderLock acquire(Path folder, Clock clock) {
        Path real = realFolder(folder);
        Holder me = new Holder(ProcessHandle.current().pid(), clock.instant());
        Holder earlier = HELD_HERE.putIfAbsent(real, me);
        if (earlier != null) {
            throw new DataFolderInUseException(real, Optional.of(earlier));
        }
        try {
            return lock(real, me);
        } catch (RuntimeException e) {
            HELD_HERE.remove(real, me);
            throw e;
        }
    }

    private static DataFolderLock lock(Path folder, Holder me) {
        Path file = folder.resolve(FILE_NAME);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                if (tryLock(channel) == null) {
                    throw new DataFolderInUseException(folder, readHolder(channel));
                }
                writeHolder(channel, me);
                return new DataFolderLock(folder, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data folder " + folder + " (" + file + "): "
                    + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Locked through another channel of this JVM, bypassing this class: in use all the same
            // (and closing this channel drops that lock in the kernel, which is why HELD_HERE exists).
            return null;
        }
    }

    private static Path realFolder(Path folder) {
        try {
            // The store will live here: a folder the kiosk creates is the kiosk user's alone (0700).
            PrivateFiles.createFolders(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Read through the channel that failed to lock: opening the file anew could drop a lock of this JVM. */
    private static Optional<Holder> readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        int read;
        do {
            read = channel.read(buffer, buffer.position());
        } while (read > 0 && buffer.hasRemaining());
        return Holder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    private static void writeHolder(FileChannel channel, Holder me) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.fileText().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    public Path folder() {
        return folder;
    }

    /** Lets the next kiosk start; the file stays (see the class comment). Closing twice is harmless. */
    @Override
    public void close() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            channel.close(); // releases the lock with it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the data folder " + folder + ": " + e.getMessage(), e);
        } finally {
            HELD_HERE.remove(folder);
        }
    }

    /** Who holds a folder, as written in the lock file. */
    public record Holder(long pid, Instant started) {

        String fileText() {
            return "pid=" + pid + "\nstarted=" + started + "\n";
        }

        /** Empty when the file holds nothing readable, e.g. a holder that had not written it yet. */
        static Optional<Holder> parse(String text) {
            Long pid = null;
            Instant started = null;
            try {
                for (String line : text.split("\n")) {
                    if (line.startsWith("pid=")) {
                        pid = Long.parseLong(line.substring(4).strip());
                    } else if (line.startsWith("started=")) {
                        started = Instant.parse(line.substring(8).strip());
                    }
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
            return pid != null && started != null ? Optional.of(new Holder(pid, started)) : Optional.empty();
        }
    }
}
