package be.sitegate.kiosk.fake;

import be.sitegate.domain.ChipProof;
import be.sitegate.domain.DocumentType;
import be.sitegate.domain.Inss;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardEvents.BadgeProblem;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.Subscription;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A card reader a test drives by hand: each method fires the matching event to every listener. */
public final class FakeCard implements CardEvents {

    public static final Inss SPECIMEN = Inss.parse("71715100070");
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile ReaderStatus status = ReaderStatus.READY;

    public static CardIdentity identity(Inss inss, String first, String last, CardIdentity.Authenticity authenticity) {
        return identity(inss, first, last, authenticity, DocumentType.BELGIAN_EID);
    }

    /** An applet 1.7 card, as most cards on a site are today: its chip cannot be challenged. */
    public static CardIdentity identity(Inss inss, String first, String last, CardIdentity.Authenticity authenticity,
            DocumentType type) {
        return identity(inss, first, last, authenticity, type, ChipProof.NOT_PROVABLE);
    }

    public static CardIdentity identity(Inss inss, String first, String last, CardIdentity.Authenticity authenticity,
            DocumentType type, ChipProof chipProof) {
        return new CardIdentity(inss, first, last, LocalDate.of(2031, 1, 1), authenticity, Optional::empty, type,
                chipProof);
    }

    /** A child's card (document type 6), as a worker may pull from the wallet by mistake. */
    public static CardIdentity kidsCard() {
        return identity(Inss.parse("160412123" + check("160412123")), "Lena", "Peeters",
                CardIdentity.Authenticity.AUTHENTIC, DocumentType.KIDS_CARD);
    }

    private static String check(String first9) {
        // Born in 2000 or later: the check digits are taken over 2 followed by the nine digits.
        return String.format("%02d", 97 - Long.parseLong("2" + first9) % 97);
    }

    public static CardIdentity specimen() {
        return identity(SPECIMEN, "Alice Geldigekaart", "Specimen", CardIdentity.Authenticity.AUTHENTIC);
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        listener.readerStatus(status);
        return () -> listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    public void status(ReaderStatus newStatus) {
        status = newStatus;
        fire(l -> l.readerStatus(newStatus));
    }

    public void insert() {
        fire(Listener::cardInserted);
    }

    public void read(CardIdentity identity) {
        fire(l -> l.cardRead(identity));
    }

    /** Insert and read in one go, as a quick card does. */
    public void insertAndRead(CardIdentity identity) {
        insert();
        read(identity);
    }

    public void pulled() {
        fire(Listener::cardRemovedDuringRead);
    }

    /** The card left the reader after its read. */
    public void removed() {
        fire(Listener::cardRemoved);
    }

    public void unreadable() {
        fire(Listener::cardUnreadable);
    }

    /** A contactless badge held on the reader gave its UID. */
    public void badge(be.sitegate.domain.BadgeUid uid) {
        fire(l -> l.badgeRead(uid));
    }

    /** A contactless card held on the reader gave no usable UID. */
    public void badgeRefused(BadgeProblem problem) {
        fire(l -> l.badgeRefused(problem));
    }

    private void fire(Consumer<Listener> event) {
        for (Listener l : listeners) {
            event.accept(l);
        }
    }
}
