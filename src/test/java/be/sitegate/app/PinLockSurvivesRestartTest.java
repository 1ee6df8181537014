package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinGate;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PIN in a real SQLite file with the real Argon2id hash: a lock outlives a restart, the PIN never lands on disk. */
class PinLockSurvivesRestartTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();

    @Test
    void aLockedDoorIsStillLockedAfterTheKioskRestarts() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (KioskStore store = KioskStore.open(file, clock)) {
            PinGate gate = gate(store);
            gate.set(Pin.of("482913"));
            gate.check(Pin.of("111111"));
            gate.check(Pin.of("222222"));
            assertThat(gate.check(Pin.of("333333"))).isInstanceOf(PinGate.Attempt.Locked.class);
        }
        try (KioskStore store = KioskStore.open(file, clock)) {
            assertThat(gate(store).check(Pin.of("482913"))).as("pulling the plug gives no fresh tries")
                    .isInstanceOf(PinGate.Attempt.Locked.class);
            clock.advance(java.time.Duration.ofSeconds(30));
            assertThat(gate(store).check(Pin.of("482913"))).isInstanceOf(PinGate.Attempt.Granted.class);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT hash FROM pin")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("$argon2id$").doesNotContain("482913");
        }
    }

    private PinGate gate(KioskStore store) {
        return new PinGate(new StorePinRecords(store.pin()), new Argon2PinHasher(), Optional.empty(), clock);
    }
}
