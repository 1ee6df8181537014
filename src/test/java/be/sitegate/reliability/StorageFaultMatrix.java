package be.sitegate.reliability;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.store.Ext4Image;
import be.sitegate.store.ScratchDisk;
import be.sitegate.store.StoreBackup;
import be.sitegate.store.StoreException;
import be.sitegate.store.Tmpfs;
import be.sitegate.testkit.Await;
import be.sitegate.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Storage faults on real file systems the matrix mounts itself, each met by an assembled kiosk
 * ({@link MatrixKiosk}) while workers register: a full disk and the space returning, a disk the
 * kernel turns read-only under the running kiosk, a damaged database, a second kiosk process on
 * the same data folder. Every case counts the registrations the kiosk had confirmed before the
 * fault and reads them back from the file afterwards, and notes the message keys shown.
 */
final class StorageFaultMatrix {

    /** Workers registered before each fault: enough to span several pages and WAL frames. */
    static final int BEFORE = 20;
    /** Registrations after the recovery, to show the kiosk works again rather than once. */
    static final int AFTER = 5;
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(20);
    private static final int DISK_MEGABYTES = 8;

    private final SimulatorFixture sim;
    private final Path work;

    StorageFaultMatrix(SimulatorFixture sim, Path work) {
        this.sim = sim;
        this.work = work;
    }

    /** Which real file system a case runs on. */
    enum FileSystem {
        TMPFS("tmpfs"),
        EXT4("ext4 on a loop device");

        final String label;

        FileSystem(String label) {
            this.label = label;
        }

        ScratchDisk mount(Path folder) throws IOException {
            return this == TMPFS ? Tmpfs.mountOrSkip(folder.resolve("mnt"), DISK_MEGABYTES)
                    : Ext4Image.mountOrSkip(folder, DISK_MEGABYTES * 2);
        }
    }

    /**
     * (a) The disk fills up between two workers: the next tap is not stored and says so, the earlier
     * ones are all there and the failed worker is not half there; (b) the filler is deleted: the kiosk
     * finds out by itself, the status item goes, and the same worker and the next ones register.
     */
    List<FaultOutcome> diskFullThenSpaceReturns(FileSystem kind) throws IOException {
        try (ScratchDisk disk = kind.mount(Files.createDirectories(work.resolve("full-" + kind.name())));
                MatrixKiosk kiosk = MatrixKiosk.start(sim, disk.path(), "site")) {
            kiosk.registerAll(0, BEFORE);
            Map<ClientReference, WorkerId> before = kiosk.acknowledged();
            Path filler = disk.fill();

            int failedAt = firstNotStored(kiosk, BEFORE, 500);
            String statusDuring = kiosk.statusMessage();
            Map<ClientReference, WorkerId> duringFault = StoredRegistrations.in(kiosk.storeFile());
            boolean halfWritten = duringFault.containsValue(Fixtures.worker(failedAt));
            FaultOutcome full = new FaultOutcome("(a) disk full while registering", kind.label, kiosk.acknowledged().size(),
                    duringFault.size(), StoredRegistrations.lost(kiosk.acknowledged(), duringFault)
                            + (halfWritten ? 1 : 0),
                    failedAt < 0 ? "" : MatrixKiosk.TAP_FAILED_MESSAGE, statusDuring,
                    failedAt < 0 ? "no: no tap failed" : halfWritten ? "no: the failed tap is half stored"
                            : "tap " + (failedAt - BEFORE + 1) + " after the disk filled was refused, "
                                    + (failedAt - BEFORE) + " fitted first");

            Files.delete(filler);
            boolean back = awaitHealthy(kiosk);
            String statusAfter = kiosk.statusMessage();
            int storedBeforeRecovery = kiosk.acknowledged().size();
            if (back) {
                kiosk.registerAll(Math.max(failedAt, BEFORE), Math.max(failedAt, BEFORE) + AFTER);
            }
            Map<ClientReference, WorkerId> after = StoredRegistrations.in(kiosk.storeFile());
            FaultOutcome returning = new FaultOutcome("(b) space returning", kind.label, storedBeforeRecovery,
                    after.size(), StoredRegistrations.lost(kiosk.acknowledged(), after), "",
                    statusAfter.isEmpty() ? "" : statusAfter,
                    !back ? "no: still failing after " + RECOVERY_DEADLINE.toSeconds() + " s"
                            : !statusAfter.isEmpty() ? "no: the status bar still shows " + statusAfter
                            : "by itself (the probe), then the refused worker and " + (AFTER - 1) + " more registered");
            return List.of(full, returning);
        }
    }

    /**
     * (c) The disk fails under the running kiosk and the kernel turns it read-only (errors=remount-ro):
     * taps are refused and say so; such a disk cannot be made writable under open files, so the way
     * back is the technician's (stop the kiosk, check the disk, start it): afterwards every
     * registration confirmed before the fault is there and the kiosk registers again.
     */
    FaultOutcome readOnlyWhileRunning() throws IOException {
        try (Ext4Image disk = Ext4Image.mountOrSkip(Files.createDirectories(work.resolve("read-only")),
                DISK_MEGABYTES * 2)) {
            Map<ClientReference, WorkerId> before;
            String workerSaw;
            String statusDuring;
            try (MatrixKiosk kiosk = MatrixKiosk.start(sim, disk.path(), "site")) {
                kiosk.registerAll(0, BEFORE);
                before = kiosk.acknowledged();
                disk.fail();
                MatrixKiosk.Tap tap = kiosk.register(BEFORE);
                workerSaw = tap instanceof MatrixKiosk.Tap.NotStored ? MatrixKiosk.TAP_FAILED_MESSAGE : "";
                statusDuring = kiosk.statusMessage();
            }
            disk.checkAndRemount();
            try (MatrixKiosk restarted = MatrixKiosk.start(sim, disk.path(), "site")) {
                restarted.alsoAcknowledged(before);
                Map<ClientReference, WorkerId> afterRestart = StoredRegistrations.in(restarted.storeFile());
                restarted.registerAll(BEFORE, BEFORE + AFTER);
                return new FaultOutcome("(c) disk turns read-only while running", "ext4 on a loop device "
                        + "(errors=remount-ro)", before.size(), afterRestart.size(),
                        StoredRegistrations.lost(before, afterRestart), workerSaw, statusDuring,
                        workerSaw.isEmpty() ? "no: the tap on the read-only disk was stored"
                                : "after the disk was checked (e2fsck) and the kiosk restarted; " + AFTER
                                        + " more registered");
            }
        }
    }

    /**
     * (d) A damaged database at start: the kiosk is backed up while it runs ({@code sitegate backup}'s
     * {@link StoreBackup}), registers a few more that the service confirms, stops; pages of its file
     * are scribbled over. The next start is refused as damaged with the way back (the backup); the
     * backup restored as the README says, the kiosk starts with every registration of the backup,
     * and those made after it are at the service, so none is lost.
     */
    FaultOutcome damagedAtStart() throws IOException {
        Path folder = Files.createDirectories(work.resolve("damaged"));
        Path backup = folder.resolve("backups").resolve("kiosk-backup.db");
        Map<ClientReference, WorkerId> confirmed;
        Map<ClientReference, WorkerId> afterTheBackup;
        Path file;
        try (MatrixKiosk kiosk = MatrixKiosk.start(sim, folder, "site")) {
            file = kiosk.storeFile();
            kiosk.registerAll(0, BEFORE);
            Map<ClientReference, WorkerId> backedUp = kiosk.acknowledged();
            StoreBackup.copy(file, backup);
            kiosk.registerAll(BEFORE, BEFORE + AFTER);
            confirmed = kiosk.acknowledged();
            afterTheBackup = new java.util.HashMap<>(confirmed);
            afterTheBackup.keySet().removeAll(backedUp.keySet());
            Await.until("the service holds the registrations made after the backup", RECOVERY_DEADLINE,
                    () -> afterTheBackup.keySet().stream().allMatch(r -> sim.registrationCount(r.value()) == 1));
        }
        scribbleOverPages(file);

        String refusal;
        try (MatrixKiosk refused = MatrixKiosk.start(sim, folder, "site")) {
            return new FaultOutcome("(d) damaged database at start", workFileSystem(), confirmed.size(), -1,
                    confirmed.size(), "", "", "no: a damaged store started");
        } catch (StoreException e) {
            refusal = e.getMessage();
            if (e.reason() != StoreException.Reason.CORRUPT) {
                throw e;
            }
        }
        restoreAsTheReadmeSays(file, backup);
        try (MatrixKiosk restored = MatrixKiosk.start(sim, folder, "site")) {
            Map<ClientReference, WorkerId> stored = StoredRegistrations.in(restored.storeFile());
            long lost = confirmed.entrySet().stream()
                    .filter(c -> !c.getValue().equals(stored.get(c.getKey())))
                    .filter(c -> sim.registrationCount(c.getKey().value()) != 1)
                    .count();
            restored.registerAll(BEFORE + AFTER, BEFORE + 2 * AFTER);
            return new FaultOutcome("(d) damaged database at start", workFileSystem(), confirmed.size(),
                    stored.size(), (int) lost, "", refusal.contains("latest backup") ? STARTUP_REFUSAL_DAMAGED : refusal,
                    "backup restored (README), kiosk started: " + stored.size() + " from the backup, "
                            + afterTheBackup.size() + " made after it at the service; " + AFTER + " more registered");
        }
    }

    /**
     * (d) Damage while the kiosk runs: pages of its file are scribbled over under the open store (a
     * bad sector, another program). SQLite notices only when it reads such a page from the disk; the
     * kiosk's taps then fail as damaged and its probe leaves a damaged store alone. What was stored
     * before is read back from the backup the way back starts from.
     */
    FaultOutcome damagedWhileRunning() throws IOException {
        Path folder = Files.createDirectories(work.resolve("damaged-running"));
        Path backup = folder.resolve("backups").resolve("kiosk-backup.db");
        try (MatrixKiosk kiosk = MatrixKiosk.start(sim, folder, "site")) {
            kiosk.registerAll(0, BEFORE);
            StoreBackup.copy(kiosk.storeFile(), backup);
            Map<ClientReference, WorkerId> before = kiosk.acknowledged();
            checkpoint(kiosk.storeFile());
            scribbleOverPages(kiosk.storeFile());
            int failedAt = firstNotStored(kiosk, BEFORE, 50);
            String status = kiosk.statusMessage();
            Map<ClientReference, WorkerId> inBackup = StoredRegistrations.in(backup);
            return new FaultOutcome("(d) damage while running", workFileSystem(), before.size(), inBackup.size(),
                    StoredRegistrations.lost(before, inBackup), failedAt < 0 ? "" : MatrixKiosk.TAP_FAILED_MESSAGE,
                    status, failedAt < 0 ? "not detected: " + 50 + " taps after the damage were all stored"
                            : "tap " + (failedAt - BEFORE + 1) + " after the damage was refused; the way back is the backup");
        }
    }

    /** Moves the WAL into the file, so the scribbled pages are the ones SQLite reads, not newer copies in the WAL. */
    private static void checkpoint(Path file) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * (e) A second kiosk process on the same data folder: {@code sitegate kiosk} started in a JVM of its
     * own on the folder this kiosk (the demo's folder, as the second one finds it) holds. The second
     * is refused with the line that says who holds the folder and exits 1; the first registers while
     * it starts and after, and every one of them is in the file.
     */
    FaultOutcome secondProcess() throws Exception {
        Path data = Files.createDirectories(work.resolve("second-process"));
        Path stderr = data.resolve("second-kiosk.err");
        try (MatrixKiosk first = MatrixKiosk.start(sim, data.resolve("sitegate"), "demo")) {
            first.registerAll(0, BEFORE);
            int storedBefore = first.acknowledged().size();
            Process second = secondKiosk(data, stderr);
            int n = BEFORE;
            try {
                // The first goes on while the second starts and is refused; a few, so the second JVM gets the CPU.
                while (second.isAlive() && n < BEFORE + AFTER) {
                    first.registerAll(n, n + 1);
                    n++;
                }
                if (!second.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the second kiosk neither started nor ended");
                }
            } finally {
                second.destroyForcibly();
            }
            first.registerAll(n, n + AFTER);
            String refusal = Files.readAllLines(stderr).stream()
                    .filter(l -> l.startsWith("sitegate: Another SiteGate kiosk (pid " + ProcessHandle.current().pid()))
                    .findFirst().orElse("");
            Map<ClientReference, WorkerId> stored = StoredRegistrations.in(first.storeFile());
            boolean refused = second.exitValue() == 1 && !refusal.isEmpty();
            return new FaultOutcome("(e) second kiosk process on the data folder", workFileSystem(), storedBefore,
                    stored.size(), StoredRegistrations.lost(first.acknowledged(), stored), "",
                    refused ? SECOND_KIOSK_REFUSAL : "exit " + second.exitValue() + ", no refusal line",
                    refused ? "nothing to recover: the first kept registering (" + (n - BEFORE) + " while the second "
                            + "started, " + AFTER + " after)" : "no: the second kiosk was not refused");
        }
    }

    /** The second kiosk's line on standard error (and in its log), then exit code 1. */
    static final String SECOND_KIOSK_REFUSAL = "second refused, exit 1: \"Another SiteGate kiosk (pid ...) is already "
            + "using the data folder ...\"";

    private static Process secondKiosk(Path data, Path stderr) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, be.sitegate.cli.Main.class.getName(),
                "kiosk", "--demo", "--windowed", "--config",
                Files.writeString(data.resolve("empty.properties"), "").toString())
                .redirectOutput(data.resolve("second-kiosk.out").toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("XDG_DATA_HOME", data.toString());
        builder.environment().put("XDG_CONFIG_HOME", data.resolve("config").toString());
        builder.environment().remove("DISPLAY");
        return builder.start();
    }

    /** The start-up refusal of a damaged store, as the kiosk prints it (it names the backup). */
    static final String STARTUP_REFUSAL_DAMAGED = "start refused: \"is damaged ... put the latest backup in its place\" "
            + "(the kiosk unit shows it under `storeerror.title`: StoreErrorScreenTest)";

    /** Pages in the middle of the file, far from the header: table and index pages, as a bad sector would hit. */
    private static void scribbleOverPages(Path file) throws IOException {
        // Every page but the first (the header and the schema): whatever a tap reads is then damaged,
        // whichever pages the schema's tables happen to sit on (a few pages in the middle missed the
        // tap's tables once a migration moved them).
        try (java.io.RandomAccessFile raw = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            long pages = raw.length() / 4096;
            if (pages < 12) {
                throw new IllegalStateException(file + " has only " + pages + " pages");
            }
            byte[] scribble = new byte[4096];
            java.util.Arrays.fill(scribble, (byte) 0xA5);
            for (long page = 1; page < pages; page++) {
                raw.seek(page * 4096);
                raw.write(scribble);
            }
        }
    }

    /** README, "Backup and restore": the damaged file and its -wal and -shm moved aside, the backup in its place. */
    private static void restoreAsTheReadmeSays(Path file, Path backup) throws IOException {
        Path aside = Files.createDirectories(file.resolveSibling("before-restore"));
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(f)) {
                Files.move(f, aside.resolve(f.getFileName()));
            }
        }
        Files.copy(backup, file);
    }

    /** The file system of the matrix's own folder, where the cases that need no special disk run. */
    private String workFileSystem() {
        try {
            return "work folder (" + Files.getFileStore(work).type() + ")";
        } catch (IOException e) {
            return "work folder";
        }
    }

    /** The first worker from {@code from} whose tap is not stored, or -1 if {@code atMost} taps all were. */
    private static int firstNotStored(MatrixKiosk kiosk, int from, int atMost) {
        for (int n = from; n < from + atMost; n++) {
            if (kiosk.register(n) instanceof MatrixKiosk.Tap.NotStored) {
                return n;
            }
        }
        return -1;
    }

    private static boolean awaitHealthy(MatrixKiosk kiosk) {
        try {
            Await.until("the kiosk finds it can store again", RECOVERY_DEADLINE,
                    () -> kiosk.health().current() instanceof StorageHealth.Ok);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
