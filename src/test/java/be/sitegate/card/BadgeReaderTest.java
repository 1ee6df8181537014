package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import be.sitegate.domain.BadgeUid;
import be.sitegate.virtualcard.VirtualBadge;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VirtualTerminals;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.Test;

/** Badges in process: the reader's answers turned into a UID or a refusal, and the monitor telling badges from eIDs. */
class BadgeReaderTest {

    private static final HexFormat HEX = HexFormat.of();
    private final BadgeReader badges = new BadgeReader();

    private BadgeReadResult tap(VirtualBadge badge) {
        VirtualTerminal terminal = VirtualTerminal.standalone("Contactless 0");
        terminal.insert(badge);
        return badges.readIfBadge(terminal);
    }

    @Test
    void aBadgeGivesItsUid() {
        assertThat(tap(VirtualBadge.withUid("04a1b2c3d4e5f6")))
                .isEqualTo(new BadgeReadResult.Read(BadgeUid.of(HEX.parseHex("04a1b2c3d4e5f6"))));
        assertThat(tap(VirtualBadge.withUid("5a6b7c8d"))).isInstanceOf(BadgeReadResult.Read.class);
        assertThat(tap(VirtualBadge.withUid("04a1b2c3d4e5f6071829"))).isInstanceOf(BadgeReadResult.Read.class);
    }

    @Test
    void aRandomUidAndAReaderWithoutTheCommandAreRefused() {
        assertThat(tap(VirtualBadge.randomUid())).isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.RANDOM_UID));
        assertThat(tap(VirtualBadge.onReaderWithoutGetData(false)))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.NOT_SUPPORTED));
        assertThat(tap(VirtualBadge.onReaderWithoutGetData(true)))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.NOT_SUPPORTED));
    }

    @Test
    void oddAnswersAreAFailureNotACrash() {
        assertThat(BadgeReader.interpret(new ResponseAPDU(HEX.parseHex("6300"))))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.FAILED));
        assertThat(BadgeReader.interpret(new ResponseAPDU(HEX.parseHex("0102039000"))))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.FAILED));
        assertThat(BadgeReader.interpret(new ResponseAPDU(HEX.parseHex("9000"))))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.FAILED));
    }

    @Test
    void anEidIsNotABadge() {
        VirtualTerminal terminal = VirtualTerminal.standalone("Contact 0");
        terminal.insert(VirtualCardProfiles.named("rsa-17"));
        assertThat(badges.readIfBadge(terminal)).isNull();
        assertThat(ContactlessAtr.matches(HEX.parseHex("3B9813400AA503010101AD1311"))).isFalse();
    }

    @Test
    void theMonitorHandsABadgeOverWithoutReadingAnEid() throws Exception {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        CardListener listener = new CardListener() {
            @Override
            public void onStatus(CardStatus status) {
                events.add(status.code());
            }

            @Override
            public void onBadgeRead(String readerName, BadgeReadResult result) {
                events.add(result);
            }

            @Override
            public void onCardRead(String readerName, EidReadResult result) {
                events.add(result);
            }
        };
        VirtualTerminals terminals = new VirtualTerminals();
        VirtualTerminal reader = terminals.add("Contactless 0");
        VirtualBadge badge = VirtualBadge.withUid("04a1b2c3d4e5f6");
        try (CardMonitor monitor = new CardMonitor(TerminalSource.of(terminals), new EidReader(EidReaderTest.SETTINGS),
                listener, Duration.ofMillis(50))) {
            monitor.start();
            assertThat(next(events)).isEqualTo(MonitorStatus.READER_CONNECTED);
            assertThat(next(events)).isEqualTo(MonitorStatus.WAITING_FOR_CARD);
            reader.insert(badge);
            assertThat(next(events)).isInstanceOf(BadgeReadResult.Read.class);
            reader.remove();
            assertThat(next(events)).isEqualTo(MonitorStatus.CARD_REMOVED);
            assertThat(next(events)).isEqualTo(MonitorStatus.WAITING_FOR_CARD);
            reader.insert(VirtualCardProfiles.named("rsa-17"));
            assertThat(next(events)).isEqualTo(MonitorStatus.CARD_INSERTED);
            assertThat(next(events)).isInstanceOf(EidReadResult.Success.class);
        }
        assertThat(badge.apduCount()).as("one GET DATA, nothing of an eID read").isEqualTo(1);
    }

    private static Object next(BlockingQueue<Object> events) throws InterruptedException {
        Object e = events.poll(5, TimeUnit.SECONDS);
        if (e == null) {
            fail("no event within 5 s");
        }
        return e;
    }
}
