package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.virtualcard.VirtualCardProfiles;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Card faults in process (issue 18, part 3): the in-process reader under the assembled kiosk
 * (the simulator over loopback HTTPS, a real SQLite file, the real card monitor and card events,
 * the screens' view models). The real PC/SC stack's half is {@link CardFaultsRealStackTest}.
 */
class CardFaultsInProcessTest {

    @TempDir
    static Path dir;
    private static InProcessSlot slot;
    private static KioskOnReader kiosk;

    @BeforeAll
    static void start() throws Exception {
        slot = new InProcessSlot();
        kiosk = KioskOnReader.start(dir, slot.source());
    }

    @AfterAll
    static void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void theCardPulledAfterEveryApduOfAReadEndsAsRemovedAndTheKioskGoesBackToIdle() throws Exception {
        PulledCardSweep.Result result = new PulledCardSweep(kiosk, slot, VirtualCardProfiles.named("rsa-17")).run();
        SweepTable.print(java.util.List.of(result), System.out);
        assertThat(result.n()).as("APDUs of one whole read").isGreaterThan(5);
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.clean()).as(row.toString()).isTrue());
        assertThat(result.readAfter().clean()).as("the card reads whole and authentic after the sweep: %s",
                result.readAfter()).isTrue();
        assertThat(kiosk.crashList()).isEmpty();
    }
}
