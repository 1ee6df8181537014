package be.sitegate.card.realstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.sitegate.card.BadgeReadResult;
import be.sitegate.card.BadgeReader;
import be.sitegate.card.BadgeRefusal;
import be.sitegate.card.CardListener;
import be.sitegate.card.CardMonitor;
import be.sitegate.card.CardStatus;
import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.card.MonitorStatus;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.domain.BadgeUid;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualBadge;
import be.sitegate.virtualcard.VirtualCard;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VpcdCardClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contactless badges on the real stack: pcscd, vpcd's second slot as the contactless reader (the
 * virtual badge plays the reader and the badge, answering GET DATA as a reader does), the JDK's
 * PC/SC provider, and the card monitor telling a badge from the eID in the first slot. Its own
 * pcscd, stopped by PID; the JVM's PC/SC context is dropped before and after (another real-stack
 * class in the same JVM may have made one on a pcscd that is gone).
 */
class BadgeRealStackTest {

    static final String CONTACT_SLOT = "Virtual PCD 00 00";
    static final String CONTACTLESS_SLOT = "Virtual PCD 00 01";
    static final int CONTACTLESS_PORT = VpcdCardClient.DEFAULT_PORT + 1;
    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Brussels"));

    private static PcscDaemon pcscd;
    private static PcscTerminalSource source;
    private static CardTerminal contactless;

    @BeforeAll
    static void startPcscd() throws Exception {
        boolean usable = PcscDaemon.installed() && !PcscDaemon.alreadyRunning();
        if (!usable && "true".equals(System.getenv("CI"))) {
            fail("the real-stack badge tests cannot run (pcscd missing or already running), and on CI they must");
        }
        assumeTrue(usable, "pcscd missing or already running: real-stack badge tests skipped");
        source = new PcscTerminalSource();
        source.reconnect();
        pcscd = PcscDaemon.start(Path.of("target", "pcscd-badge.log"));
        contactless = source.terminals().getTerminal(CONTACTLESS_SLOT);
        assertThat(contactless).as("vpcd's second slot " + CONTACTLESS_SLOT).isNotNull();
    }

    @AfterAll
    static void stopPcscd() throws InterruptedException {
        if (pcscd != null) {
            pcscd.close();
        }
        if (source != null) {
            source.reconnect();
        }
    }

    private static VpcdCardClient hold(VirtualCard card, int port, CardTerminal slot) throws Exception {
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", port, card);
        client.insert();
        assertThat(slot.waitForCardPresent(6000)).as(card.label() + " seen by pcscd").isTrue();
        return client;
    }

    private static void takeAway(VpcdCardClient client, CardTerminal slot) throws Exception {
        client.close();
        assertThat(slot.waitForCardAbsent(6000)).as("badge gone, seen by pcscd").isTrue();
    }

    private static BadgeReadResult tap(VirtualBadge badge) throws Exception {
        VpcdCardClient client = hold(badge, CONTACTLESS_PORT, contactless);
        try {
            return new BadgeReader().readIfBadge(contactless);
        } finally {
            takeAway(client, contactless);
        }
    }

    @Test
    void badgesOfEveryUidLengthGiveTheirUid() throws Exception {
        for (String uid : List.of("5a6b7c8d", "04a1b2c3d4e5f6", "04a1b2c3d4e5f6071829")) {
            assertThat(tap(VirtualBadge.withUid(uid))).as(uid)
                    .isEqualTo(new BadgeReadResult.Read(BadgeUid.of(HexFormat.of().parseHex(uid))));
        }
    }

    @Test
    void randomUidsAndReadersWithoutTheCommandAreRefused() throws Exception {
        assertThat(tap(VirtualBadge.randomUid())).isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.RANDOM_UID));
        assertThat(tap(VirtualBadge.onReaderWithoutGetData(false)))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.NOT_SUPPORTED));
        assertThat(tap(VirtualBadge.onReaderWithoutGetData(true)))
                .isEqualTo(new BadgeReadResult.Refused(BadgeRefusal.NOT_SUPPORTED));
    }

    @Test
    void theMonitorTellsTheBadgeFromTheEidOnTheSameStack() throws Exception {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        CardListener listener = new CardListener() {
            @Override
            public void onStatus(CardStatus status) {
                events.add(status);
            }

            @Override
            public void onBadgeRead(String readerName, BadgeReadResult result) {
                events.add(readerName + ": " + result);
            }

            @Override
            public void onCardRead(String readerName, EidReadResult result) {
                events.add(readerName + ": " + result.getClass().getSimpleName());
            }
        };
        EidReader reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot()))
                .withClock(JUNE_2026));
        VirtualBadge badge = VirtualBadge.withUid("04a1b2c3d4e5f6");
        try (CardMonitor monitor = new CardMonitor(source, reader, listener, Duration.ofMillis(100))) {
            monitor.start();
            CardTerminal contact = source.terminals().getTerminal(CONTACT_SLOT);
            VpcdCardClient held = hold(badge, CONTACTLESS_PORT, contactless);
            await(events, CONTACTLESS_SLOT + ": " + new BadgeReadResult.Read(BadgeUid.of(badge.uid())));
            takeAway(held, contactless);
            await(events, new CardStatus(MonitorStatus.CARD_REMOVED, CONTACTLESS_SLOT));

            VpcdCardClient eid = hold(new BelpicCard(VirtualCardProfiles.named("rsa-17")),
                    VpcdCardClient.DEFAULT_PORT, contact);
            await(events, new CardStatus(MonitorStatus.CARD_INSERTED, CONTACT_SLOT));
            await(events, CONTACT_SLOT + ": Success");
            takeAway(eid, contact);
        }
        assertThat(badge.apduCount()).as("the badge was asked for its UID only").isEqualTo(1);
    }

    private static void await(BlockingQueue<Object> events, Object expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Object e = events.poll(100, TimeUnit.MILLISECONDS);
            if (expected.equals(e)) {
                return;
            }
            if (e instanceof String s && s.contains(": Failure")) {
                fail("unexpected " + s);
            }
        }
        fail("no " + expected + " within 10 s");
    }
}
