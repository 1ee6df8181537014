package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.SimulatorFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage fault matrix's bounded form, run by the suite: each case once, on the real file
 * systems it mounts (skipped with the reason without root, failed on CI), against one simulator.
 * {@code .ci/soak storage} runs the same cases and prints the table (docs/reliability/18-4-storage-faults.md).
 */
@Timeout(120)
class StorageFaultMatrixTest {

    private static SimulatorFixture sim;

    @TempDir
    Path work;

    @BeforeAll
    static void startTheService() {
        // Its CA signs the kiosks' certificates with the wall clock, so the service runs on it too.
        sim = new SimulatorFixture(Clock.systemUTC());
    }

    @AfterAll
    static void stopTheService() {
        sim.close();
    }

    /** On ext4, a real disk's file system; FullStoreTest fills a tmpfs, and the soak runs the matrix on both. */
    @Test
    void aFullDiskRefusesTheTapKeepsEverythingAndTheKioskRecoversByItselfWhenSpaceReturns() throws Exception {
        List<FaultOutcome> rows = new StorageFaultMatrix(sim, work)
                .diskFullThenSpaceReturns(StorageFaultMatrix.FileSystem.EXT4);
        System.out.print(FaultOutcome.table(rows));

        FaultOutcome full = rows.get(0);
        assertThat(full.storedBefore()).isGreaterThanOrEqualTo(StorageFaultMatrix.BEFORE);
        assertThat(full.lost()).as("confirmed registrations lost or the failed one half stored").isZero();
        assertThat(full.storedAfter()).as("exactly the confirmed ones are in the file").isEqualTo(full.storedBefore());
        assertThat(full.workerMessage()).isEqualTo("msg.storage.title");
        assertThat(full.statusMessage()).isEqualTo("status.storage.todo.FULL");
        assertThat(full.passed()).as(full.recovered()).isTrue();

        FaultOutcome returning = rows.get(1);
        assertThat(returning.recovered()).startsWith("by itself");
        assertThat(returning.statusMessage()).as("the status bar's storage item is gone").isEmpty();
        assertThat(returning.lost()).isZero();
        assertThat(returning.storedAfter()).isEqualTo(returning.storedBefore() + StorageFaultMatrix.AFTER);
    }

    @Test
    void aDiskTurnedReadOnlyUnderTheKioskRefusesTheTapAndLosesNothingOverTheRestart() throws Exception {
        FaultOutcome row = new StorageFaultMatrix(sim, work).readOnlyWhileRunning();
        System.out.print(FaultOutcome.table(List.of(row)));

        assertThat(row.workerMessage()).isEqualTo("msg.storage.title");
        assertThat(row.statusMessage()).isEqualTo("status.storage.todo.READ_ONLY");
        assertThat(row.lost()).isZero();
        assertThat(row.storedAfter()).isEqualTo(row.storedBefore());
        assertThat(row.passed()).as(row.recovered()).isTrue();
    }

    @Test
    void aDamagedDatabaseIsRefusedAtStartWithTheWayBackAndTheRestoredBackupLosesNothing() throws Exception {
        FaultOutcome row = new StorageFaultMatrix(sim, work).damagedAtStart();
        System.out.print(FaultOutcome.table(List.of(row)));

        assertThat(row.statusMessage()).isEqualTo(StorageFaultMatrix.STARTUP_REFUSAL_DAMAGED);
        assertThat(row.lost()).isZero();
        assertThat(row.storedAfter()).isEqualTo(StorageFaultMatrix.BEFORE);
        assertThat(row.passed()).as(row.recovered()).isTrue();
    }

    @Test
    void damageUnderTheRunningKioskIsToldAsDamage() throws Exception {
        FaultOutcome row = new StorageFaultMatrix(sim, work).damagedWhileRunning();
        System.out.print(FaultOutcome.table(List.of(row)));

        assertThat(row.workerMessage()).isEqualTo("msg.storage.title");
        assertThat(row.statusMessage()).isEqualTo("status.storage.todo.CORRUPT");
        assertThat(row.lost()).isZero();
    }

    @Test
    void aSecondKioskProcessOnTheDataFolderIsRefusedWhileTheFirstKeepsRegistering() throws Exception {
        FaultOutcome row = new StorageFaultMatrix(sim, work).secondProcess();
        System.out.print(FaultOutcome.table(List.of(row)));

        assertThat(row.statusMessage()).isEqualTo(StorageFaultMatrix.SECOND_KIOSK_REFUSAL);
        assertThat(row.lost()).isZero();
        assertThat(row.storedAfter()).isGreaterThanOrEqualTo(row.storedBefore() + StorageFaultMatrix.AFTER);
        assertThat(row.passed()).as(row.recovered()).isTrue();
    }
}
