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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final Countdown countdown;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.INITIALISATION);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<ClientReference, Delivery> recentUpdates = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientReference, Delivery> eldest) {
            return size() > RECENT_UPDATES;
        }
    };
    /** Bumped for every new worker, so a late answer for someone who already left is not shown. */
    private long generation;

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

    public KioskViewModel(KioskServices services, Threads threads, Countdown countdown, I18n i18n) {
        this.services = services;
        this.threads = threads;
        this.countdown = countdown;
        this.i18n = i18n;
        var zone = services.session().zone();
        this.initialisation = new InitialisationViewModel(services.initialisation(), threads, zone, this::onOpened);
        this.idle = new IdleViewModel(i18n, () -> startTyping(TypedEntryViewModel.Kind.INSS, ""),
                () -> startTyping(TypedEntryViewModel.Kind.LIMOSA, ""), this::showAttendance,
                services.attendance().isPresent());
        this.attendance = new AttendanceViewModel(zone, this::toIdle);
        this.status = new StatusBarViewModel(zone);
        this.confirmation = new ConfirmationViewModel(zone, this::toIdle);
        this.message = new MessageViewModel(this::toIdle);
        this.entry = new TypedEntryViewModel(this::identify, this::toIdle);
        this.employerChoice = new EmployerChoiceViewModel(this::chooseEmployer, this::toIdle);
        this.breakOrEnd = new BreakOrEndViewModel(this::checkOut, this::toIdle);
    }

    /** Subscribes to the ports; call once the window is shown. */
    public void activate() {
        subscriptions.add(services.card().subscribe(new CardListener()));
        subscriptions.add(services.sync().subscribe(s -> threads.ui().execute(() -> status.onSync(s))));
        subscriptions.add(services.storage().subscribe(s -> threads.ui().execute(() -> status.onStorage(s))));
        subscriptions.add(services.deliveries().subscribe(u -> threads.ui().execute(() -> onDeliveryUpdate(u))));
        onTick();
        screen.set(services.session().current().isPresent() ? Screen.IDLE : Screen.INITIALISATION);
    }

    /** Unsubscribes everything, so a closed window leaves no listeners behind. */
    public void deactivate() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
        countdown.cancel();
    }

    /** Called every second: the clock, and the end of the kiosk's day. */
    public void onTick() {
        status.onTick(services.session().now());
        var current = services.session().current();
        status.onInitialisation(current);
        if (current.isEmpty() && screen.get() != Screen.INITIALISATION) {
            countdown.cancel();
            initialisation.reset();
            screen.set(Screen.INITIALISATION);
        }
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** Whether the worker-side keys (digits, scans) mean anything now. */
    private boolean workerScreen() {
        return screen.get() != Screen.INITIALISATION;
    }

    // --- keyboard and scanner input, routed here by the window ---

    public void onDigitKey(char digit) {
        switch (screen.get()) {
            case IDLE, CONFIRMATION, MESSAGE -> startTyping(TypedEntryViewModel.Kind.INSS, String.valueOf(digit));
            case TYPED_ENTRY -> entry.onDigit(digit);
            default -> {
                // digits mean nothing on the other screens
            }
        }
    }

    public void onBackspaceKey() {
        if (screen.get() == Screen.TYPED_ENTRY) {
            entry.onBackspace();
        }
    }

    public void onEnterKey() {
        if (screen.get() == Screen.TYPED_ENTRY) {
            entry.onSubmit();
        }
    }

    public void onEscapeKey() {
        if (workerScreen() && screen.get() != Screen.IDLE) {
            toIdle();
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
            showMessage(Kind.ERROR, Msg.of("msg.scan.title"), Msg.of("reason.UNREADABLE_SCAN"));
            return;
        }
        identify(Worker.typed(scanned.worker(), scanned.method()));
    }

    // --- the flow ---

    private void onOpened() {
        status.onInitialisation(services.session().current());
        toIdle();
    }

    private void toIdle() {
        countdown.cancel();
        generation++;
        // The next worker may not read the previous one's language: start again from the site's default.
        i18n.setLocale(services.settings().defaultLocale());
        screen.set(services.session().current().isPresent() ? Screen.IDLE : Screen.INITIALISATION);
    }

    /** The foreman's list; read on the background thread, closes by itself like any other screen. */
    private void showAttendance() {
        var log = services.attendance();
        var current = services.session().current();
        if (log.isEmpty() || current.isEmpty()) {
            return;
        }
        countdown.cancel();
        long mine = ++generation;
        var workplace = current.get().workplace();
        var today = services.session().today();
        threads.background().execute(() -> {
            var registrations = log.get().registrations(workplace.id(), today);
            var events = log.get().events(workplace.id(), today);
            var earlier = log.get().needingAttention(workplace.id());
            threads.ui().execute(() -> {
                if (mine == generation) {
                    attendance.show(workplace, registrations, events, earlier);
                    screen.set(Screen.ATTENDANCE);
                    countdown.start(services.settings().choiceTimeout(), this::toIdle);
                }
            });
        });
    }

    private void startTyping(TypedEntryViewModel.Kind kind, String first) {
        countdown.cancel();
        generation++;
        entry.start(kind, first);
        screen.set(Screen.TYPED_ENTRY);
        countdown.start(services.settings().choiceTimeout(), this::toIdle);
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
        countdown.cancel();
        long mine = ++generation;
        pendingNotice = notice;
        pendingPhoto = photo;
        reading.show(screen.get() == Screen.READING && photo.isPresent());
        screen.set(Screen.READING);
        threads.background().execute(() -> {
            RegistrationStep step;
            try {
                step = call.get();
            } catch (KioskNotInitialisedException e) {
                threads.ui().execute(() -> {
                    generation++;
                    onTick();
                });
                return;
            } catch (StorageFailedException e) {
                // The kiosk cannot store: the worker must know they are NOT registered, and that trying
                // again will not help until the site manager acts. The adapter has logged it already.
                threads.ui().execute(() -> {
                    if (mine == generation) {
                        showMessage(Kind.ERROR, Msg.of("msg.storage.title"), Msg.of("msg.storage.detail"));
                    }
                });
                return;
            } catch (RuntimeException e) {
                LOG.error("a worker's registration step failed", e);
                threads.ui().execute(() -> {
                    if (mine == generation) {
                        showMessage(Kind.ERROR, Msg.of("msg.error.title"), Msg.of("msg.error.detail"));
                    }
                });
                return;
            }
            threads.ui().execute(() -> {
                if (mine == generation) {
                    show(step, mine);
                }
            });
        });
    }

    private void show(RegistrationStep step, long mine) {
        if (step instanceof RegistrationStep.ChooseEmployer choose) {
            employerChoice.show(choose);
            screen.set(Screen.EMPLOYER_CHOICE);
            countdown.start(services.settings().choiceTimeout(), this::toIdle);
        } else if (step instanceof RegistrationStep.ChooseBreakOrEnd choose) {
            breakOrEnd.show(choose);
            screen.set(Screen.BREAK_OR_END);
            countdown.start(services.settings().choiceTimeout(), this::toIdle);
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
                if (mine == generation) {
                    jpeg.ifPresent(confirmation::onPhoto);
                }
            });
        }));
        screen.set(Screen.CONFIRMATION);
        countdown.start(services.settings().returnDelay(), this::toIdle);
    }

    private void onDeliveryUpdate(DeliveryUpdates.Update update) {
        recentUpdates.put(update.reference(), update.delivery());
        confirmation.onUpdate(update);
    }

    private void showMessage(Kind kind, Msg title, Msg detail) {
        countdown.cancel();
        generation++;
        message.show(kind, title, detail);
        screen.set(Screen.MESSAGE);
        countdown.start(services.settings().returnDelay(), this::toIdle);
    }

    // --- the card reader ---

    private void onCardInserted() {
        if (!workerScreen()) {
            return;
        }
        // A new card interrupts whatever the previous worker left on screen.
        countdown.cancel();
        generation++;
        reading.show(true);
        screen.set(Screen.READING);
        // A card layer that never reports back must not leave the kiosk stuck on "reading".
        countdown.start(services.settings().choiceTimeout(), this::toIdle);
    }

    private void onCardRead(CardIdentity card) {
        if (!workerScreen()) {
            return;
        }
        if (card.authenticity() == CardIdentity.Authenticity.NOT_AUTHENTIC) {
            showMessage(Kind.ERROR, Msg.of("msg.notAuthentic.title"), Msg.of("msg.notAuthentic.detail"));
            return;
        }
        Msg notice = card.authenticity() == CardIdentity.Authenticity.EXPIRED ? Msg.of("confirm.expired") : Msg.NONE;
        Worker worker = new Worker(WorkerId.of(card.inss()), IdentificationMethod.EID_CARD,
                Optional.of(card.displayName()));
        identify(worker, notice, Optional.of(card.photo()));
    }

    private void onCardPulled() {
        if (workerScreen()) {
            showMessage(Kind.WARNING, Msg.of("msg.removed.title"), Msg.of("msg.removed.detail"));
        }
    }

    private void onCardUnreadable() {
        if (workerScreen()) {
            showMessage(Kind.ERROR, Msg.of("msg.unreadable.title"), Msg.of("msg.unreadable.detail"));
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
