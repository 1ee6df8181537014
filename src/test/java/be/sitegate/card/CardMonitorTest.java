package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VirtualTerminals;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The monitor over in-process terminals: readers and cards coming and going, PC/SC trouble. */
class CardMonitorTest {

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final CardListener recorder = new CardListener() {
        @Override
        public void onStatus(CardStatus status) {
            events.add(status);
        }

        @Override
        public void onCardRead(String readerName, EidReadResult result) {
            events.add(result);
        }
    };

    private Object next() throws InterruptedException {
        Object e = events.poll(5, TimeUnit.SECONDS);
        if (e == null) {
            fail("no event within 5 s");
        }
        return e;
    }

    private void expect(MonitorStatus code, String reader) throws InterruptedException {
        assertThat(next()).isEqualTo(new CardStatus(code, reader));
    }

    private CardMonitor monitor(TerminalSource source, CardListener listener) {
        return new CardMonitor(source, new EidReader(EidReaderTest.SETTINGS), listener, Duration.ofMillis(50));
    }

    @Test
    void followsReadersAndCards() throws Exception {
        VirtualTerminals terminals = new VirtualTerminals();
        try (CardMonitor monitor = monitor(TerminalSource.of(terminals), recorder)) {
            monitor.start();
            expect(MonitorStatus.NO_READER, "");
            VirtualTerminal reader = terminals.add("USB reader");
            expect(MonitorStatus.READER_CONNECTED, "USB reader");
            expect(MonitorStatus.WAITING_FOR_CARD, "USB reader");

            reader.insert(VirtualCardProfiles.named("rsa-17"));
            expect(MonitorStatus.CARD_INSERTED, "USB reader");
            Object read = next();
            assertThat(read).isInstanceOf(EidReadResult.Success.class);
            assertThat(monitor.session("USB reader")).isPresent();

            reader.remove();
            expect(MonitorStatus.CARD_REMOVED, "USB reader");
            expect(MonitorStatus.WAITING_FOR_CARD, "USB reader");
            assertThat(monitor.session("USB reader")).isEmpty();
            assertThat(((EidReadResult.Success) read).session().readPhoto())
                    .isEqualTo(new PhotoResult.Failed(ReadFailure.CARD_REMOVED));

            terminals.unplug(reader);
            expect(MonitorStatus.READER_DISCONNECTED, "USB reader");
            expect(MonitorStatus.NO_READER, "");
        }
        expect(MonitorStatus.STOPPED, "");
    }

    @Test
    void cardAlreadyInTheReaderAtStartIsRead() throws Exception {
        try (CardMonitor monitor = monitor(TerminalSource.of(VirtualTerminals.withCard(VirtualCardProfiles.named("kids"))),
                recorder)) {
            monitor.start();
            expect(MonitorStatus.READER_CONNECTED, "Virtual eID Reader 0");
            expect(MonitorStatus.CARD_INSERTED, "Virtual eID Reader 0");
            assertThat(next()).isInstanceOf(EidReadResult.Success.class);
        }
    }

    @Test
    void cardPulledMidReadIsDeliveredAsAFailure() throws Exception {
        VirtualTerminals terminals = new VirtualTerminals();
        VirtualTerminal reader = terminals.add("r");
        reader.removeAfterApdus(3);
        try (CardMonitor monitor = monitor(TerminalSource.of(terminals), recorder)) {
            monitor.start();
            expect(MonitorStatus.READER_CONNECTED, "r");
            expect(MonitorStatus.WAITING_FOR_CARD, "r");
            reader.insert(VirtualCardProfiles.named("rsa-17"));
            expect(MonitorStatus.CARD_INSERTED, "r");
            assertThat(next()).isInstanceOf(EidReadResult.Failure.class)
                    .extracting(r -> ((EidReadResult.Failure) r).reason()).isEqualTo(ReadFailure.CARD_REMOVED);
            expect(MonitorStatus.CARD_REMOVED, "r");
        }
    }

    /**
     * Issue 18.3: a worker pulls the card mid-read and pushes it straight back, before the monitor
     * looks at the reader again (on the real stack pcscd may not even notice a re-seat under 300 ms).
     * The monitor saw a card before the read and sees one after it: it must read the card that is in
     * now, not wait for a removal that already happened.
     */
    @Test
    void aCardPulledMidReadAndPutBackAtOnceIsReadAgain() throws Exception {
        VirtualTerminals terminals = new VirtualTerminals();
        VirtualTerminal reader = terminals.add("r");
        reader.removeAfterApdus(3);
        CardListener putBack = new CardListener() {
            @Override
            public void onStatus(CardStatus status) {
                events.add(status);
            }

            @Override
            public void onCardRead(String readerName, EidReadResult result) {
                events.add(result);
                if (result instanceof EidReadResult.Failure) {
                    reader.insert(VirtualCardProfiles.named("rsa-17")); // back in before the next look
                }
            }
        };
        try (CardMonitor monitor = monitor(TerminalSource.of(terminals), putBack)) {
            monitor.start();
            expect(MonitorStatus.READER_CONNECTED, "r");
            expect(MonitorStatus.WAITING_FOR_CARD, "r");
            reader.insert(VirtualCardProfiles.named("rsa-17"));
            expect(MonitorStatus.CARD_INSERTED, "r");
            assertThat(next()).isEqualTo(new EidReadResult.Failure(ReadFailure.CARD_REMOVED, 4));
            expect(MonitorStatus.CARD_INSERTED, "r");
            assertThat(next()).isInstanceOf(EidReadResult.Success.class);
            assertThat(monitor.session("r")).isPresent();
        }
    }

    /**
     * A reader or card whose transport fails while the card stays in (a re-seated card on vpcd, a
     * flaky contact) is tried once more, and then left alone until the card comes out: no loop.
     */
    @Test
    void aReadThatFailedOnTheTransportWhileTheCardStaysIsTriedOnceMore() throws Exception {
        java.util.concurrent.atomic.AtomicInteger connects = new java.util.concurrent.atomic.AtomicInteger();
        javax.smartcardio.CardTerminal flaky = new javax.smartcardio.CardTerminal() {
            @Override
            public String getName() {
                return "flaky";
            }

            @Override
            public javax.smartcardio.Card connect(String protocol) throws javax.smartcardio.CardException {
                connects.incrementAndGet();
                throw new javax.smartcardio.CardException("SCARD_E_NOT_TRANSACTED");
            }

            @Override
            public boolean isCardPresent() {
                return true;
            }

            @Override
            public boolean waitForCardPresent(long timeout) {
                return true;
            }

            @Override
            public boolean waitForCardAbsent(long timeout) {
                return false;
            }
        };
        javax.smartcardio.CardTerminals one = new javax.smartcardio.CardTerminals() {
            @Override
            public java.util.List<javax.smartcardio.CardTerminal> list(State state) {
                return java.util.List.of(flaky);
            }

            @Override
            public boolean waitForChange(long timeout) throws javax.smartcardio.CardException {
                try {
                    Thread.sleep(timeout);
                } catch (InterruptedException e) {
                    throw new javax.smartcardio.CardException("interrupted");
                }
                return false;
            }
        };
        EidReader quick = new EidReader(new EidReaderSettings(EidReaderTest.SETTINGS.trustedRoots(),
                EidReaderTest.SETTINGS.clock(), Duration.ofSeconds(5), false, Duration.ofMillis(1)));
        try (CardMonitor monitor = new CardMonitor(TerminalSource.of(one), quick, recorder, Duration.ofMillis(20))) {
            monitor.start();
            expect(MonitorStatus.READER_CONNECTED, "flaky");
            expect(MonitorStatus.CARD_INSERTED, "flaky");
            assertThat(next()).isEqualTo(new EidReadResult.Failure(ReadFailure.PCSC_ERROR, 0));
            expect(MonitorStatus.CARD_INSERTED, "flaky");
            assertThat(next()).isEqualTo(new EidReadResult.Failure(ReadFailure.PCSC_ERROR, 0));
            int tries = connects.get();
            assertThat(events.poll(500, TimeUnit.MILLISECONDS)).as("no third read").isNull();
            assertThat(connects.get()).isEqualTo(tries);
        }
    }

    @Test
    void pcscDownIsAStatusAndTheMonitorRecovers() throws Exception {
        AtomicBoolean up = new AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
        VirtualTerminals terminals = VirtualTerminals.withCard(VirtualCardProfiles.named("rsa-17"));
        TerminalSource flaky = () -> {
            looks.incrementAndGet();
            if (!up.get()) {
                throw new TerminalSource.Unavailable(MonitorStatus.PCSC_SERVICE_UNAVAILABLE, "pcscd down", null);
            }
            return terminals;
        };
        try (CardMonitor monitor = monitor(flaky, recorder)) {
            monitor.start();
            expect(MonitorStatus.PCSC_SERVICE_UNAVAILABLE, "");
            int seen = looks.get();
            be.sitegate.testkit.Await.until("three more cycles", java.time.Duration.ofSeconds(30),
                    () -> looks.get() >= seen + 3);
            assertThat(events).as("the same status is not repeated every cycle").isEmpty();
            up.set(true);
            expect(MonitorStatus.READER_CONNECTED, "Virtual eID Reader 0");
            expect(MonitorStatus.CARD_INSERTED, "Virtual eID Reader 0");
        }
    }

    @Test
    void failingListenerDoesNotStopTheMonitor() throws Exception {
        VirtualTerminals terminals = new VirtualTerminals();
        VirtualTerminal reader = terminals.add("r");
        CardListener throwing = new CardListener() {
            @Override
            public void onStatus(CardStatus status) {
                events.add(status);
                throw new IllegalStateException("UI bug");
            }

            @Override
            public void onCardRead(String readerName, EidReadResult result) {
                events.add(result);
                throw new IllegalStateException("UI bug");
            }
        };
        try (CardMonitor monitor = monitor(TerminalSource.of(terminals), throwing)) {
            monitor.start();
            expect(MonitorStatus.READER_CONNECTED, "r");
            expect(MonitorStatus.WAITING_FOR_CARD, "r");
            reader.insert(VirtualCardProfiles.named("rsa-17"));
            expect(MonitorStatus.CARD_INSERTED, "r");
            assertThat(next()).isInstanceOf(EidReadResult.Success.class);
            reader.remove();
            expect(MonitorStatus.CARD_REMOVED, "r");
        }
    }
}
