package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One kiosk per data folder, in this JVM and across real processes: a second taker is refused with a
 * message that says who holds the folder and what to do, and a holder killed with SIGKILL leaves no
 * stale lock behind.
 */
@Timeout(120)
class DataFolderLockTest {

    private static final Clock SEVEN_O_TWO = Clock.fixed(Instant.parse("2026-12-01T06:02:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killChild() throws Exception {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondTakerInThisJvmIsToldWhoHoldsTheFolderAndWhatToDo() throws Exception {
        Path folder = dir.toRealPath();
        DataFolderLock first = DataFolderLock.acquire(folder, SEVEN_O_TWO);

        assertThatThrownBy(() -> DataFolderLock.acquire(folder, SEVEN_O_TWO))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessage("Another SiteGate kiosk (pid " + ProcessHandle.current().pid() + ", started 2026-12-01 07:02)"
                        + " is already using the data folder " + folder + ". Only one kiosk may use a data folder,"
                        + " so that two kiosks never send the same registrations. Stop the other one first"
                        + " (systemctl stop sitegate-kiosk), or give this one another data folder"
                        + " (store.file in the configuration).");

        first.close();
        try (DataFolderLock again = DataFolderLock.acquire(folder, SEVEN_O_TWO)) {
            assertThat(again.folder()).isEqualTo(folder);
        }
    }

    @Test
    void theSameFolderByAnotherPathIsTheSameFolder() throws Exception {
        Path folder = dir.resolve("data");
        try (DataFolderLock held = DataFolderLock.acquire(folder, SEVEN_O_TWO)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(folder.resolve("..").resolve("data"), SEVEN_O_TWO))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("the data folder " + held.folder() + ".");
        }
    }

    @Test
    void aLockTakenThroughAnotherChannelOfThisJvmCountsAsInUse() throws Exception {
        Path folder = dir.toRealPath();
        try (FileChannel other = FileChannel.open(folder.resolve(DataFolderLock.FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            other.lock();
            // Nobody wrote who holds it: the message says so without a pid.
            assertThatThrownBy(() -> DataFolderLock.acquire(folder, SEVEN_O_TWO))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageStartingWith("Another SiteGate kiosk is already using the data folder " + folder + ".");
        }
    }

    @Test
    void anotherProcessHoldingTheFolderIsRefusedAndItsSigkillFreesTheFolderAtOnce() throws Exception {
        String holding = startHolder();
        assertThat(holding).isEqualTo("HOLDING " + child.pid());

        assertThatThrownBy(() -> DataFolderLock.acquire(dir, SEVEN_O_TWO))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining("(pid " + child.pid() + ", started ")
                .hasMessageContaining("is already using the data folder " + dir.toRealPath() + ".");

        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no release of its own
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL

        try (DataFolderLock mine = DataFolderLock.acquire(dir, SEVEN_O_TWO)) {
            assertThat(mine.folder()).isEqualTo(dir.toRealPath());
        }
    }

    @Test
    void aRefusalInsideThisJvmLeavesTheFolderLockedForOtherProcesses() throws Exception {
        // POSIX locks belong to the process and go with ANY descriptor of the file that is closed:
        // a careless second attempt here would have freed the folder for everyone else.
        try (DataFolderLock held = DataFolderLock.acquire(dir, SEVEN_O_TWO)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(dir, SEVEN_O_TWO))
                    .isInstanceOf(DataFolderInUseException.class);

            assertThat(startHolder()).startsWith("REFUSED Another SiteGate kiosk (pid "
                    + ProcessHandle.current().pid() + ", started 2026-12-01 07:02) is already using the data folder "
                    + held.folder() + ".");
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(startHolder()).isEqualTo("HOLDING " + child.pid());
    }

    /** Starts {@link DataFolderHolder} on {@link #dir} in a separate JVM and returns its first line. */
    private String startHolder() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", classpath, DataFolderHolder.class.getName(), dir.toString())
                .redirectError(dir.resolve("holder-" + System.nanoTime() + ".err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("first line of the holder process (its stderr is in " + dir + ")").isNotNull();
        return line;
    }
}
