package be.sitegate.ui;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.InvalidIdentifierException;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.ScannedIdentifier;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.KioskNotInitialisedException;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.MessageViewModel.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's flow: which screen shows, what a card or a typed number leads to, and when the screen
 * returns to idle. It reacts to the ports' events (moved onto the UI thread), calls the services on
 * the background thread, and feeds the screen view models. Nothing here knows about nodes or FXML.
 */
public final class KioskViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);
    /** Delivery updates remembered in case the receipt is faster than the confirmation screen. */
    private static final int RECENT_UPDATES = 32;

    private final KioskServices services;
    private final Threads threads;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<ClientReference, Delivery> recentUpdates = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientReference, Delivery> eldest) {
            return size() > RECENT_UPDATES;
        }
    };
    public final KioskFlow flow;
    public final InitialisationViewModel initialisation;
    public final IdleViewModel idle;
    public final ReadingViewModel reading = new ReadingViewModel();
    public final StatusBarViewModel status;
    public final ConfirmationViewModel confirmation;
    public final MessageViewModel message;
    public final TypedEntryViewModel entry;
    public final EmployerChoiceViewModel employerChoice;
    public final BreakOrEndViewModel breakOrEnd;
    public final AttendanceViewModel attendance;
    private final StatusBarFeed statusFeed;
    private final WorkerMessages messages;

    public KioskViewModel(KioskServices services, Threads threads, Countdown countdown, I18n i18n) {
        this.services = services;
        this.threads = threads;
        var zone = services.session().zone();
        this.initialisation = new InitialisationViewModel(services.initialisation(), threads, zone, this::onOpened);
        this.flow = new KioskFlow(services.session(), services.settings(), countdown, i18n, initialisation::reset);
        this.attendance = new AttendanceViewModel(zone, flow::toIdle);
        var attendanceOpening = new AttendanceOpening(services.attendance(), services.session(), threads, flow,
                attendance);
        this.idle = new IdleViewModel(i18n, () -> startTyping(TypedEntryViewModel.Kind.INSS, ""),
                () -> startTyping(TypedEntryViewModel.Kind.LIMOSA, ""), attendanceOpening::open,
                attendanceOpening.available());
        this.status = new StatusBarViewModel(zone);
        this.statusFeed = new StatusBarFeed(services.session(), threads, status);
        this.confirmation = new ConfirmationViewModel(zone, flow::toIdle);
        this.message = new MessageViewModel(flow::toIdle);
        this.messages = new WorkerMessages(flow, message);
        this.entry = new TypedEntryViewModel(this::identify, flow::toIdle);
        this.employerChoice = new EmployerChoiceViewModel(this::chooseEmployer, flow::toIdle);
        this.breakOrEnd = new BreakOrEndViewModel(this::checkOut, flow::toIdle);
    }

    /** Subscribes to the ports; call once the window is shown. */
    public void activate() {
        subscriptions.add(services.card().subscribe(new CardListener()));
        subscriptions.addAll(statusFeed.subscribe(services.sync(), services.storage()));
        subscriptions.add(services.deliveries().subscribe(u -> threads.ui().execute(() -> onDeliveryUpdate(u))));
        onTick();
        flow.start();
    }

    /** Unsubscribes everything, so a closed window leaves no listeners behind. */
    public void deactivate() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
        flow.stop();
    }

    /** Called every second: the clock, and the end of the kiosk's day. */
    public void onTick() {
        statusFeed.onTick();
        flow.checkTheDay();
    }

    private boolean workerScreen() {
        return flow.workerScreen();
    }

    // --- keyboard and scanner input, routed here by the window ---

    public void onDigitKey(char digit) {
        switch (flow.screen()) {
            case IDLE, CONFIRMATION, MESSAGE -> startTyping(TypedEntryViewModel.Kind.INSS, String.valueOf(digit));
            case TYPED_ENTRY -> entry.onDigit(digit);
            default -> {
                // digits mean nothing on the other screens
            }
        }
    }

    public void onBackspaceKey() {
        if (flow.screen() == Screen.TYPED_ENTRY) {
            entry.onBackspace();
        }
    }

    public void onEnterKey() {
        if (flow.screen() == Screen.TYPED_ENTRY) {
            entry.onSubmit();
        }
    }

    public void onEscapeKey() {
        if (workerScreen() && flow.screen() != Screen.IDLE) {
            flow.toIdle();
        }
    }

    /** A scanner-fast burst ended in Enter: a Limosa L1 code (or a national number) goes straight to registration. */
    public void onScan(String text) {
        if (!workerScreen()) {
            return;
        }
        ScannedIdentifier scanned;
        try {
            scanned = ScannedIdentifier.parse(text);
        } catch (InvalidIdentifierException e) {
            messages.show(Kind.ERROR, Msg.of("msg.scan.title"), Msg.of("reason.UNREADABLE_SCAN"));
            return;
        }
        identify(Worker.typed(scanned.worker(), scanned.method()));
    }

    // --- the flow ---

    private void onOpened() {
        statusFeed.showWorkplace();
        flow.toIdle();
    }

    private void startTyping(TypedEntryViewModel.Kind kind, String first) {
        flow.beginTurn();
        entry.start(kind, first);
        flow.showWaiting(Screen.TYPED_ENTRY);
    }

    private void identify(Worker worker) {
        identify(worker, Msg.NONE, Optional.empty());
    }

    private void identify(Worker worker, Msg notice, Optional<Supplier<Optional<byte[]>>> photo) {
        runStep(() -> services.registration().identify(worker), notice, photo);
    }

    private void chooseEmployer(RegistrationStep.ChooseEmployer step, Company company) {
        runStep(() -> services.registration().chooseEmployer(step, company), pendingNotice, pendingPhoto);
    }

    private void checkOut(RegistrationStep.ChooseBreakOrEnd step, OutReason reason) {
        runStep(() -> services.registration().checkOut(step, reason), pendingNotice, pendingPhoto);
    }

    /** Kept across a question (employer, break or end) so the confirmation still shows them. */
    private Msg pendingNotice = Msg.NONE;
    private Optional<Supplier<Optional<byte[]>>> pendingPhoto = Optional.empty();

    private void runStep(Supplier<RegistrationStep> call, Msg notice, Optional<Supplier<Optional<byte[]>>> photo) {
        long mine = flow.beginTurn();
        pendingNotice = notice;
        pendingPhoto = photo;
        reading.show(flow.screen() == Screen.READING && photo.isPresent());
        flow.show(Screen.READING);
        threads.background().execute(() -> {
            RegistrationStep step;
            try {
                step = call.get();
            } catch (KioskNotInitialisedException e) {
                threads.ui().execute(() -> {
                    flow.outdateAnswers();
                    onTick();
                });
                return;
            } catch (StorageFailedException e) {
                // The kiosk cannot store: the worker must know they are NOT registered, and that trying
                // again will not help until the site manager acts. The adapter has logged it already.
                threads.ui().execute(() -> {
                    if (flow.isTurn(mine)) {
                        messages.show(Kind.ERROR, Msg.of("msg.storage.title"), Msg.of("msg.storage.detail"));
                    }
                });
                return;
            } catch (RuntimeException e) {
                LOG.error("a worker's registration step failed", e);
                threads.ui().execute(() -> {
                    if (flow.isTurn(mine)) {
                        messages.show(Kind.ERROR, Msg.of("msg.error.title"), Msg.of("msg.error.detail"));
                    }
                });
                return;
            }
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    show(step, mine);
                }
            });
        });
    }

    private void show(RegistrationStep step, long mine) {
        if (step instanceof RegistrationStep.ChooseEmployer choose) {
            employerChoice.show(choose);
            flow.showWaiting(Screen.EMPLOYER_CHOICE);
        } else if (step instanceof RegistrationStep.ChooseBreakOrEnd choose) {
            breakOrEnd.show(choose);
            flow.showWaiting(Screen.BREAK_OR_END);
        } else if (step instanceof RegistrationStep.Registered r) {
            confirm(Msg.of("confirm.registered.title"), r.registration().worker(), r.registration().displayName(),
                    r.employer(), r.registration().registeredAt(), r.registration().reference(),
                    r.registration().delivery(), false, mine);
        } else if (step instanceof RegistrationStep.AlreadyRegistered r) {
            confirm(Msg.of("confirm.already.title"), r.registration().worker(), r.registration().displayName(),
                    r.employer(), r.registration().registeredAt(), r.registration().reference(),
                    r.registration().delivery(), true, mine);
        } else if (step instanceof RegistrationStep.EventRecorded e) {
            PresenceEvent event = e.event();
            confirm(headlineFor(event), event.worker(), event.displayName(), e.employer(), event.at(),
                    event.reference(), event.delivery(), false, mine);
        }
    }

    private static Msg headlineFor(PresenceEvent event) {
        if (event.direction() == Direction.IN) {
            return Msg.of("confirm.in.title");
        }
        return Msg.of(event.outReason().orElse(OutReason.END_OF_WORK) == OutReason.BREAK
                ? "confirm.break.title" : "confirm.end.title");
    }

    private void confirm(Msg headline, WorkerId worker, Optional<String> name, Optional<Company> employer,
            java.time.Instant at, ClientReference reference, Delivery delivery, boolean earlier, long mine) {
        Delivery latest = recentUpdates.getOrDefault(reference, delivery);
        confirmation.show(new ConfirmationViewModel.Shown(headline, name.orElse(worker.masked()), worker.masked(),
                employer, at, reference, latest, earlier, pendingNotice));
        pendingPhoto.ifPresent(photo -> threads.background().execute(() -> {
            Optional<byte[]> jpeg = photo.get();
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    jpeg.ifPresent(confirmation::onPhoto);
                }
            });
        }));
        flow.showResult(Screen.CONFIRMATION);
    }

    private void onDeliveryUpdate(DeliveryUpdates.Update update) {
        recentUpdates.put(update.reference(), update.delivery());
        confirmation.onUpdate(update);
    }

    // --- the card reader ---

    private void onCardInserted() {
        if (!workerScreen()) {
            return;
        }
        // A new card interrupts whatever the previous worker left on screen.
        flow.beginTurn();
        reading.show(true);
        // A card layer that never reports back must not leave the kiosk stuck on "reading".
        flow.showWaiting(Screen.READING);
    }

    private void onCardRead(CardIdentity card) {
        if (!workerScreen()) {
            return;
        }
        if (card.authenticity() == CardIdentity.Authenticity.NOT_AUTHENTIC) {
            messages.show(Kind.ERROR, Msg.of("msg.notAuthentic.title"), Msg.of("msg.notAuthentic.detail"));
            return;
        }
        Msg notice = card.authenticity() == CardIdentity.Authenticity.EXPIRED ? Msg.of("confirm.expired") : Msg.NONE;
        Worker worker = new Worker(WorkerId.of(card.inss()), IdentificationMethod.EID_CARD,
                Optional.of(card.displayName()));
        identify(worker, notice, Optional.of(card.photo()));
    }

    private void onCardPulled() {
        if (workerScreen()) {
            messages.show(Kind.WARNING, Msg.of("msg.removed.title"), Msg.of("msg.removed.detail"));
        }
    }

    private void onCardUnreadable() {
        if (workerScreen()) {
            messages.show(Kind.ERROR, Msg.of("msg.unreadable.title"), Msg.of("msg.unreadable.detail"));
        }
    }

    /** Moves every card event onto the UI thread before it touches a property. */
    private final class CardListener implements CardEvents.Listener {
        @Override
        public void readerStatus(CardEvents.ReaderStatus readerStatus) {
            threads.ui().execute(() -> status.onReader(readerStatus));
        }

        @Override
        public void cardInserted() {
            threads.ui().execute(KioskViewModel.this::onCardInserted);
        }

        @Override
        public void cardRead(CardIdentity identity) {
            threads.ui().execute(() -> onCardRead(identity));
        }

        @Override
        public void cardRemovedDuringRead() {
            threads.ui().execute(KioskViewModel.this::onCardPulled);
        }

        @Override
        public void cardUnreadable() {
            threads.ui().execute(KioskViewModel.this::onCardUnreadable);
        }
    }

}
