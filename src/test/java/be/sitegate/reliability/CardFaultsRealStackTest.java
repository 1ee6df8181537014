package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.sitegate.card.PcscTerminalSource;
import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.ui.Screen;
import be.sitegate.ui.shared.Msg;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VpcdCardClient;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Card faults on the real PC/SC stack (issue 18, part 3, bounded form): pcscd, vpcd, TCP and the
 * project's virtual card, under the assembled kiosk (the simulator over loopback HTTPS, a real
 * SQLite file, the card monitor, the card events and the screens' view models). The long form is
 * {@code .ci/soak card ROUNDS} ({@link CardFaultSoak}). On CI ({@code CI=true}) a stack that cannot
 * start fails the class instead of skipping it, as {@code RealPcscStackTest} decides.
 */
class CardFaultsRealStackTest {

    @TempDir
    static Path dir;
    private static RealStack stack;
    private static KioskOnReader kiosk;

    @BeforeAll
    static void start() throws Exception {
        String missing = RealStack.missing();
        if (missing != null && "true".equals(System.getenv("CI"))) {
            fail(missing + ": the real-stack card faults cannot run, and on CI they must");
        }
        assumeTrue(missing == null, () -> missing + ": real-stack card faults skipped");
        stack = RealStack.start();
        kiosk = KioskOnReader.assembled(dir, new PcscTerminalSource());
    }

    @AfterAll
    static void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theCardPulledAfterEveryApduOfAReadEndsAsRemovedAndTheKioskGoesBackToIdle() throws Exception {
        PulledCardSweep.Result result = new PulledCardSweep(kiosk, new VpcdSlot(), VirtualCardProfiles.named("rsa-17"))
                .run();
        SweepTable.print(List.of(result), System.out);
        assertThat(result.n()).as("APDUs of one whole read").isGreaterThan(5);
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.clean()).as(row.toString()).isTrue());
        assertThat(result.readAfter().clean()).as("the card reads whole and authentic after the sweep: %s",
                result.readAfter()).isTrue();
        assertThat(kiosk.crashList()).isEmpty();
    }

    /**
     * vpcd's reader goes with pcscd (it cannot leave a running pcscd): pcscd stops and comes back, as
     * an upgrade does. The status bar says the card service is gone, then ready; the next card reads.
     */
    @Test
    void pcscdGoingAndComingBackIsShownAndTheNextCardReads() throws Exception {
        kiosk.forgetEvents();
        stack.stopDaemon();
        assertThat(kiosk.await(new CardEvent.Reader(ReaderStatus.NO_SERVICE))).as("no service reported").isTrue();
        Msg noservice = Msg.of("status.reader.NO_SERVICE");
        assertThat(kiosk.awaitReaderStatusText(noservice)).isEqualTo(noservice);
        assertThat(kiosk.screen()).isEqualTo(Screen.IDLE);

        stack.startDaemon();
        assertThat(kiosk.await(new CardEvent.Reader(ReaderStatus.READY))).as("ready reported").isTrue();
        Msg ready = Msg.of("status.reader.READY");
        assertThat(kiosk.awaitReaderStatusText(ready)).isEqualTo(ready);

        CardSlot.Inserted card = new VpcdSlot().insert(VirtualCardProfiles.named("rsa-17"), 0);
        try {
            assertThat(kiosk.nextReadEnd()).isEqualTo(new CardEvent.Read(Authenticity.AUTHENTIC));
        } finally {
            card.pull();
        }
        assertThat(kiosk.await(new CardEvent.Removed())).isTrue();
        assertThat(kiosk.leftAlone()).as("back to idle").isTrue();
        assertThat(kiosk.crashList()).isEmpty();
    }

    /**
     * pcscd stops in the middle of a read (a slow card keeps the read going) and comes back: the read
     * ends, never as a card read; the status bar says the service is gone, then ready; the card, still
     * in vpcd, is read whole and authentic once pcscd is back, and the kiosk goes back to idle.
     */
    @Test
    void pcscdStoppingMidReadEndsTheReadAndTheCardReadsOnceItIsBack() throws Exception {
        kiosk.forgetEvents();
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                new BelpicCard(VirtualCardProfiles.named("rsa-17")));
        client.setResponseDelay(Duration.ofMillis(150));
        client.insert();
        try {
            assertThat(kiosk.await(new CardEvent.Inserted())).as("card seen").isTrue();
            assertThat(kiosk.awaitScreen(Screen.READING)).isTrue();
            assertThat(kiosk.readingACard()).as("the reading screen reads a card").isTrue();
            stack.stopDaemon();
            assertThat(kiosk.nextReadEnd()).isIn(new CardEvent.Unreadable(), new CardEvent.RemovedDuringRead());
            Msg noservice = Msg.of("status.reader.NO_SERVICE");
            assertThat(kiosk.awaitReaderStatusText(noservice)).isEqualTo(noservice);
            assertThat(kiosk.awaitResult()).isEqualTo(Screen.MESSAGE);
            assertThat(kiosk.leftAlone()).isTrue();

            client.setResponseDelay(Duration.ZERO);
            stack.startDaemon();
            assertThat(kiosk.nextReadEnd()).isEqualTo(new CardEvent.Read(Authenticity.AUTHENTIC));
            Msg ready = Msg.of("status.reader.READY");
            assertThat(kiosk.awaitReaderStatusText(ready)).isEqualTo(ready);
            assertThat(kiosk.awaitResult()).isNotNull();
        } finally {
            client.close();
        }
        assertThat(kiosk.await(new CardEvent.Removed())).isTrue();
        assertThat(kiosk.leftAlone()).isTrue();
        assertThat(kiosk.crashList()).isEmpty();
    }

    /**
     * The card pulled mid-read and pushed straight back (100 ms: pcscd, polling vpcd, does not see it
     * leave, and the read fails on the transport): whatever the first read ends as, the card that is
     * in the reader now is read, whole and authentic, and the kiosk goes back to idle.
     */
    @Test
    void aCardPulledMidReadAndPutBackAtOnceIsReadAgain() throws Exception {
        for (int k : new int[] {9}) {
            kiosk.forgetEvents();
            VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                    new BelpicCard(VirtualCardProfiles.named("rsa-17")));
            client.removeAfterApdus(k);
            client.reinsertAfter(Duration.ofMillis(100));
            client.insert();
            try {
                CardEvent first = kiosk.nextReadEnd();
                assertThat(first).as("pulled after %d APDUs", k).isIn(new CardEvent.RemovedDuringRead(),
                        new CardEvent.Unreadable());
                assertThat(kiosk.nextReadEnd()).as("read again after %d APDUs", k)
                        .isEqualTo(new CardEvent.Read(Authenticity.AUTHENTIC));
                assertThat(kiosk.awaitResult()).isNotNull();
            } finally {
                client.close();
            }
            assertThat(kiosk.await(new CardEvent.Removed())).isTrue();
            assertThat(kiosk.leftAlone()).isTrue();
        }
        assertThat(kiosk.crashList()).isEmpty();
    }
}
