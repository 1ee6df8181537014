package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.virtualcard.VirtualCardProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Card faults in process (issue 18, part 3), the fast form beside the real PC/SC stack's
 * ({@link CardFaultsRealStackTest}, under the assembled kiosk): the in-process reader, the real
 * card monitor, card events and screens' view models, the kiosk's other services on fakes.
 */
class CardFaultsInProcessTest {

    private static InProcessSlot slot;
    private static KioskOnReader kiosk;

    @BeforeAll
    static void start() throws Exception {
        slot = new InProcessSlot();
        kiosk = KioskOnReader.onFakes(slot.source());
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
