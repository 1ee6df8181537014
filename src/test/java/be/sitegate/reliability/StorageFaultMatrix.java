package be.sitegate.reliability;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.store.Ext4Image;
import be.sitegate.store.ScratchDisk;
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
