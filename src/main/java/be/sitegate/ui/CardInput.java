package be.sitegate.ui;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.message.MessageViewModel.Kind;
import be.sitegate.ui.reading.ReadingViewModel;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The card reader's events, each moved onto the UI thread before it touches a property: the reader's
 * state goes to the status bar; a card shows "reading" and, once read, authentic and a card one may
 * work with, is registered. Cards mean nothing until the kiosk is opened for the day.
 */
final class CardInput implements CardEvents.Listener {

    private final Threads threads;
    private final KioskFlow flow;
    private final ReadingViewModel reading;
    private final RegistrationRun run;
    private final WorkerMessages messages;
    private final Consumer<CardEvents.ReaderStatus> readerStatus;
    private final Optional<BadgeLinking> linking;

    CardInput(Threads threads, KioskFlow flow, ReadingViewModel reading, RegistrationRun run, WorkerMessages messages,
            Consumer<CardEvents.ReaderStatus> readerStatus) {
        this(threads, flow, reading, run, messages, readerStatus, Optional.empty());
    }

    /** {@code linking}: a badge held while "hold your badge" shows is linked, not registered. */
    CardInput(Threads threads, KioskFlow flow, ReadingViewModel reading, RegistrationRun run, WorkerMessages messages,
            Consumer<CardEvents.ReaderStatus> readerStatus, Optional<BadgeLinking> linking) {
        this.linking = linking;
        this.threads = threads;
        this.flow = flow;
        this.reading = reading;
        this.run = run;
        this.messages = messages;
        this.readerStatus = readerStatus;
    }

    @Override
    public void readerStatus(CardEvents.ReaderStatus status) {
        threads.ui().execute(() -> readerStatus.accept(status));
    }

    @Override
    public void cardInserted() {
        threads.ui().execute(this::onInserted);
    }

    @Override
    public void cardRead(CardIdentity identity) {
        threads.ui().execute(() -> onRead(identity));
    }

    @Override
    public void cardRemovedDuringRead() {
        threads.ui().execute(this::onPulled);
    }

    @Override
    public void cardRemoved() {
        threads.ui().execute(flow::cardTakenOut);
    }

    @Override
    public void cardUnreadable() {
        threads.ui().execute(this::onUnreadable);
    }

    @Override
    public void badgeRead(BadgeUid badge) {
        threads.ui().execute(() -> onBadge(badge));
    }

    @Override
    public void badgeRefused(CardEvents.BadgeProblem problem) {
        threads.ui().execute(() -> onBadgeRefused(problem));
    }

    /**
     * A badge registers its holder only from the workers' screens: under the foreman's or site
     * manager's screens (a registration on someone's behalf among them) it does nothing, so a badge
     * never registers anyone but the person holding it, and never on another's behalf.
     */
    private void onBadge(BadgeUid badge) {
        if (!flow.workerScreen() || flow.foremanScreen()) {
            return;
        }
        if (linking.isPresent() && linking.get().waitingForBadge()) {
            linking.get().badgeHeld(badge);
            return;
        }
        flow.beginTurn();
        flow.cardPutIn();
        run.identifyBadge(badge);
    }

    private void onBadgeRefused(CardEvents.BadgeProblem problem) {
        if (!flow.workerScreen() || flow.foremanScreen()) {
            return;
        }
        switch (problem) {
            case RANDOM_UID -> messages.show(Kind.WARNING, Msg.of("msg.badgeRandom.title"),
                    Msg.of("msg.badgeRandom.detail"));
            case READER_CANNOT -> messages.show(Kind.WARNING, Msg.of("msg.badgeReader.title"),
                    Msg.of("msg.badgeReader.detail"));
            case NOT_READ -> messages.show(Kind.WARNING, Msg.of("msg.badgeNotRead.title"),
                    Msg.of("msg.badgeNotRead.detail"));
        }
    }

    private void onInserted() {
        if (!flow.workerScreen()) {
            return;
        }
        // A new card interrupts whatever the previous worker left on screen.
        flow.beginTurn();
        flow.cardPutIn();
        reading.show(true);
        // A card layer that never reports back must not leave the kiosk stuck on "reading".
        flow.showWaiting(Screen.READING);
    }

    private void onRead(CardIdentity card) {
        if (!flow.workerScreen()) {
            return;
        }
        if (card.authenticity() == Authenticity.NOT_AUTHENTIC) {
            messages.show(Kind.ERROR, Msg.of("msg.notAuthentic.title"), Msg.of("msg.notAuthentic.detail"));
            return;
        }
        if (!card.usableForWork()) {
            // A child's card: said before any employer is asked, and nothing is registered.
            messages.show(Kind.ERROR, Msg.of("msg.kidsCard.title"), Msg.of("msg.kidsCard.detail"));
            return;
        }
        Msg notice = card.authenticity() == Authenticity.EXPIRED ? Msg.of("confirm.expired") : Msg.NONE;
        Worker worker = new Worker(WorkerId.of(card.inss()), card.identificationMethod(),
                Optional.of(card.displayName()));
        // Only a card that proved who its holder is may vouch for a badge; an expired one does not.
        Optional<BadgeLinking.Candidate> candidate = card.authenticity() == Authenticity.AUTHENTIC
                ? Optional.of(new BadgeLinking.Candidate(card.inss(), card.displayName())) : Optional.empty();
        run.identify(worker, new CardExtras(notice, Optional.of(card.photo()), candidate));
    }

    private void onPulled() {
        if (flow.workerScreen()) {
            messages.show(Kind.WARNING, Msg.of("msg.removed.title"), Msg.of("msg.removed.detail"));
        }
    }

    private void onUnreadable() {
        if (flow.workerScreen()) {
            messages.show(Kind.ERROR, Msg.of("msg.unreadable.title"), Msg.of("msg.unreadable.detail"));
        }
    }
}
