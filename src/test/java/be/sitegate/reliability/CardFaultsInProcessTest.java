package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.ForgedCards;
import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.ui.Screen;
import be.sitegate.ui.shared.Msg;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Arguments> refusedCards() {
        Stream<Arguments> damaged = DamagedCards.all().stream().map(d -> Arguments.of(d.name(), d.profile(),
                d.expected().failure() != null ? UNREADABLE : NOT_AUTHENTIC));
        Stream<Arguments> forged = ForgedCards.profiles().keySet().stream()
                .map(name -> Arguments.of(name, VirtualCardProfiles.named(name), NOT_AUTHENTIC));
        return Stream.concat(damaged, forged);
    }

    private static final Msg NOT_AUTHENTIC = Msg.of("msg.notAuthentic.title");
    private static final Msg UNREADABLE = Msg.of("msg.unreadable.title");

    /** Damaged and forged cards at the kiosk: told apart in words, nothing read as authentic, back to idle. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCards")
    void aDamagedOrForgedCardIsRefusedAndTheKioskGoesBackToIdle(String name, VirtualCardProfile card, Msg told)
            throws Exception {
        KioskTurn turn = KioskTurn.take(kiosk, slot, card, 0);
        assertThat(turn.end()).isIn(new CardEvent.Unreadable(), new CardEvent.Read(Authenticity.NOT_AUTHENTIC));
        assertThat(turn.shown()).isEqualTo(Screen.MESSAGE);
        assertThat(turn.title()).isEqualTo(told);
        assertThat(turn.crashes()).isZero();
        assertThat(turn.backToIdle()).isTrue();
    }

    /**
     * The reader goes (its USB cable pulled) in the middle of a read, the card with it: the worker is
     * asked to insert the card again, the status bar says there is no reader, then that it is back,
     * and the next card reads.
     */
    @Test
    void aReaderThatVanishesMidReadAndReturnsIsShownAndTheNextCardReads() throws Exception {
        kiosk.forgetEvents();
        slot.terminal().setResponseDelay(java.time.Duration.ofMillis(100));
        slot.insert(VirtualCardProfiles.named("rsa-17"), 0);
        assertThat(kiosk.awaitScreen(Screen.READING)).isTrue();
        assertThat(kiosk.readingACard()).as("the reading screen reads a card").isTrue();
        slot.unplug();
        assertThat(kiosk.nextReadEnd()).isEqualTo(new CardEvent.RemovedDuringRead());
        assertThat(kiosk.await(new CardEvent.Reader(ReaderStatus.NO_READER))).isTrue();
        Msg noreader = Msg.of("status.reader.NO_READER");
        assertThat(kiosk.awaitReaderStatusText(noreader)).isEqualTo(noreader);
        assertThat(kiosk.awaitScreen(Screen.MESSAGE)).isTrue();
        assertThat(kiosk.messageTitle()).isEqualTo(PulledCardSweep.REMOVED);
        assertThat(kiosk.leftAlone()).isTrue();

        slot.plugBackIn();
        assertThat(kiosk.await(new CardEvent.Reader(ReaderStatus.READY))).isTrue();
        Msg ready = Msg.of("status.reader.READY");
        assertThat(kiosk.awaitReaderStatusText(ready)).isEqualTo(ready);
        KioskTurn next = KioskTurn.take(kiosk, slot, VirtualCardProfiles.named("rsa-17"), 0);
        assertThat(next.end()).isEqualTo(new CardEvent.Read(Authenticity.AUTHENTIC));
        assertThat(next.backToIdle()).isTrue();
        assertThat(kiosk.crashList()).isEmpty();
    }
}
