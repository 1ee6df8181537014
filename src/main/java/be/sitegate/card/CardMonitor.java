package be.sitegate.card;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the card readers on a background thread and reads each inserted card once. Every cycle
 * re-lists the readers (the JDK never notices a reader plugged in later) and then waits briefly
 * for a change; PC/SC being down is a status, retried every cycle. Nothing thrown by PC/SC, the
 * reader or the listener stops the monitor or reaches the listener.
 */
public final class CardMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CardMonitor.class);
    private static final Duration DEFAULT_POLL = Duration.ofMillis(500);

    private final TerminalSource source;
    private final EidReader reader;
    private final BadgeReader badges;
    private final CardListener listener;
    private final Duration poll;

    private final Map<String, Boolean> cardPresent = new HashMap<>();
    private final Map<String, EidSession> sessions = new HashMap<>();
    /** Readers whose last read failed on the way to the card: the card seen there next is read again. */
    private final Set<String> readAgain = new HashSet<>();
    private MonitorStatus lastGlobal;
    private volatile boolean running;
    private Thread thread;

    public CardMonitor(TerminalSource source, EidReader reader, CardListener listener) {
        this(source, reader, listener, DEFAULT_POLL);
    }

    public CardMonitor(TerminalSource source, EidReader reader, CardListener listener, Duration poll) {
        this(source, reader, new BadgeReader(), listener, poll);
    }

    /** {@code badges} asks the contactless cards held on a reader for their UID instead of reading them as eIDs. */
    public CardMonitor(TerminalSource source, EidReader reader, BadgeReader badges, CardListener listener,
            Duration poll) {
        this.source = source;
        this.reader = reader;
        this.badges = badges;
        this.listener = listener;
        this.poll = poll;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "card-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching, closes open card sessions and reports {@link MonitorStatus#STOPPED}. */
    public void stop() {
        Thread t;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            t = thread;
        }
        t.interrupt();
        try {
            t.join(poll.toMillis() * 4 + 2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (sessions) {
            sessions.values().forEach(EidSession::close);
            sessions.clear();
        }
        report(CardStatus.of(MonitorStatus.STOPPED));
    }

    @Override
    public void close() {
        stop();
    }

    /** The open session of the card last read in {@code readerName}, while it stays inserted. */
    public Optional<EidSession> session(String readerName) {
        synchronized (sessions) {
            return Optional.ofNullable(sessions.get(readerName));
        }
    }

    private void loop() {
        while (running) {
            try {
                cycle();
            } catch (RuntimeException | Error e) {
                LOG.warn("card monitor cycle failed; retrying", e);
                pause();
            }
        }
    }

    private void cycle() {
        CardTerminals terminals;
        try {
            terminals = source.terminals();
        } catch (TerminalSource.Unavailable e) {
            reportGlobal(e.status());
            forgetAllReaders();
            pause();
            return;
        }
        List<CardTerminal> list;
        try {
            list = terminals.list();
        } catch (CardException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()) + e.getCause();
            if (why.contains("NO_READERS") || why.contains("no readers")) {
                list = List.of();
            } else {
                LOG.warn("listing readers failed: {}", why);
                reportGlobal(MonitorStatus.PCSC_SERVICE_LOST);
                forgetAllReaders();
                source.reconnect();
                pause();
                return;
            }
        }
        updateReaders(list);
        if (list.isEmpty()) {
            reportGlobal(MonitorStatus.NO_READER);
            pause();
            return;
        }
        lastGlobal = null;
        for (CardTerminal terminal : list) {
            if (!running) {
                return;
            }
            // One look per cycle: had the badge probe and the eID watch each asked, a badge coming into
            // the field between the two looks would be read as an eID (and refused as one).
            boolean present = holdsCard(terminal);
            if (!tappedBadge(terminal, present)) {
                watch(terminal, present);
            }
        }
        long start = System.nanoTime();
        try {
            terminals.waitForChange(poll.toMillis());
        } catch (CardException | RuntimeException e) {
            pause(); // no readers right now (IllegalStateException) or PC/SC trouble: next cycle says which
        }
        if (System.nanoTime() - start < 20_000_000L) {
            sleep(Duration.ofMillis(20)); // never spin if waitForChange returns at once
        }
    }

    /**
     * A contactless card just came into {@code terminal}'s field: its UID (or why none) goes to the
     * listener, and no eID read starts; its leaving is then seen by {@link #watch} as any card's.
     * False for anything else (no new card, or one that is not contactless), which {@link #watch}
     * handles as before, on the connection the probe left open.
     */
    private boolean tappedBadge(CardTerminal terminal, boolean present) {
        String name = terminal.getName();
        Boolean before = cardPresent.get(name);
        if (!present || Boolean.TRUE.equals(before)) {
            return false;
        }
        BadgeReadResult badge = badges.readIfBadge(terminal);
        if (badge == null) {
            return false;
        }
        cardPresent.put(name, true);
        if (before == null) {
            report(new CardStatus(MonitorStatus.READER_CONNECTED, name));
        }
        closeSession(name); // an eID read earlier in this reader is not this badge's
        try {
            listener.onBadgeRead(name, badge);
        } catch (RuntimeException e) {
            LOG.warn("card listener failed on a badge", e);
        }
        return true;
    }

    private void updateReaders(List<CardTerminal> list) {
        Set<String> now = new LinkedHashSet<>();
        list.forEach(t -> now.add(t.getName()));
        for (String gone : new ArrayList<>(cardPresent.keySet())) {
            if (!now.contains(gone)) {
                cardPresent.remove(gone);
                closeSession(gone);
                report(new CardStatus(MonitorStatus.READER_DISCONNECTED, gone));
            }
        }
    }

    private static boolean holdsCard(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }

    private void watch(CardTerminal terminal, boolean present) {
        String name = terminal.getName();
        Boolean before = cardPresent.put(name, present);
        if (before == null) {
            report(new CardStatus(MonitorStatus.READER_CONNECTED, name));
            if (!present) {
                report(new CardStatus(MonitorStatus.WAITING_FOR_CARD, name));
            }
        }
        boolean again = present && Boolean.TRUE.equals(before) && readAgain.remove(name);
        if (present && (!Boolean.TRUE.equals(before) || again)) {
            report(new CardStatus(MonitorStatus.CARD_INSERTED, name));
            // Any read of this card until it is removed shares it: its chip is challenged once. A read
            // again after a lost card is a new insertion: pcscd may have missed a quick swap for another
            // card, whose files must not borrow this chip's answer (at most one such read, never a loop).
            CardInsertion insertion = new CardInsertion();
            EidReadResult result = reader.read(terminal, number -> listener.onNationalNumberRead(name, number),
                    insertion);
            if (worthReadingAgain(result, again)) {
                readAgain.add(name);
            }
            if (result instanceof EidReadResult.Success success) {
                synchronized (sessions) {
                    EidSession old = sessions.put(name, success.session());
                    if (old != null) {
                        old.close();
                    }
                }
            }
            deliver(name, result);
        } else if (!present && Boolean.TRUE.equals(before)) {
            readAgain.remove(name);
            closeSession(name);
            report(new CardStatus(MonitorStatus.CARD_REMOVED, name));
            report(new CardStatus(MonitorStatus.WAITING_FOR_CARD, name));
        }
    }

    /**
     * A card pulled mid-read and pushed straight back is in the reader when the monitor looks again,
     * as before the read: without this it would wait for a removal that already happened, and the
     * worker, told to insert the card again, would stand before a kiosk that never reads it (on the
     * real stack pcscd does not even notice a re-seat under about 300 ms, and the read fails as a
     * PC/SC error). A card that left is read again each time; a transport failure with the card
     * staying in is tried once more, so a flaky reader does not loop.
     */
    private static boolean worthReadingAgain(EidReadResult result, boolean wasAgain) {
        if (!(result instanceof EidReadResult.Failure failure)) {
            return false;
        }
        return failure.reason() == ReadFailure.CARD_REMOVED
                || (failure.reason() == ReadFailure.PCSC_ERROR && !wasAgain);
    }

    private void forgetAllReaders() {
        for (String name : new ArrayList<>(cardPresent.keySet())) {
            closeSession(name);
        }
        cardPresent.clear();
        readAgain.clear();
    }

    private void closeSession(String name) {
        synchronized (sessions) {
            EidSession session = sessions.remove(name);
            if (session != null) {
                session.close();
            }
        }
    }

    private void reportGlobal(MonitorStatus status) {
        if (status != lastGlobal) {
            lastGlobal = status;
            report(CardStatus.of(status));
        }
    }

    private void report(CardStatus status) {
        try {
            listener.onStatus(status);
        } catch (RuntimeException e) {
            LOG.warn("card listener failed on {}", status.code(), e);
        }
    }

    private void deliver(String readerName, EidReadResult result) {
        try {
            listener.onCardRead(readerName, result);
        } catch (RuntimeException e) {
            LOG.warn("card listener failed on a read result", e);
        }
    }

    private void pause() {
        sleep(poll);
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            // stop() interrupts; the loop checks running
        }
    }
}
