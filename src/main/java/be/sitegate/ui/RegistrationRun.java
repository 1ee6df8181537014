package be.sitegate.ui;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Company;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.BadgeTaps;
import be.sitegate.kiosk.KioskNotInitialisedException;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.message.MessageViewModel.Kind;
import be.sitegate.ui.reading.ReadingViewModel;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each step of a worker's registration on the background thread while the reading screen
 * says what is happening, then shows its answer, unless the next worker came meanwhile. A step
 * that fails is never shown as registered.
 */
final class RegistrationRun {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationRun.class);

    private final RegistrationService registration;
    private final Threads threads;
    private final KioskFlow flow;
    private final ReadingViewModel reading;
    private final WorkerMessages messages;
    private final StepPresenter presenter;
    private final Runnable kioskClosed;
    private final Optional<BadgeTaps> badges;
    /** Kept across a question (employer, break or end) so the confirmation still shows them. */
    private CardExtras pending = CardExtras.NONE;

    /** {@code kioskClosed} runs when the kiosk's day ended under the worker's step. */
    RegistrationRun(RegistrationService registration, Threads threads, KioskFlow flow, ReadingViewModel reading,
            WorkerMessages messages, StepPresenter presenter, Runnable kioskClosed) {
        this(registration, Optional.empty(), threads, flow, reading, messages, presenter, kioskClosed);
    }

    /** {@code badges} registers the holders of enrolled badges; without it a badge registers nobody. */
    RegistrationRun(RegistrationService registration, Optional<BadgeTaps> badges, Threads threads, KioskFlow flow,
            ReadingViewModel reading, WorkerMessages messages, StepPresenter presenter, Runnable kioskClosed) {
        this.registration = registration;
        this.badges = badges;
        this.threads = threads;
        this.flow = flow;
        this.reading = reading;
        this.messages = messages;
        this.presenter = presenter;
        this.kioskClosed = kioskClosed;
    }

    /** A typed or scanned number. */
    void identify(Worker worker) {
        identify(worker, CardExtras.NONE);
    }

    void identify(Worker worker, CardExtras extras) {
        run(() -> registration.identify(worker), extras);
    }

    /**
     * A badge held on the reader: its holder registers exactly as with their eID (the same step,
     * the same employer), greeted with the photo kept at enrolment if any; an unknown, ended or
     * revoked badge tells them to use their eID or type their number.
     */
    void identifyBadge(BadgeUid badge) {
        AtomicReference<Optional<byte[]>> photo = new AtomicReference<>(Optional.empty());
        // The photo is known once the link is found, on the background thread, before the step returns.
        run(() -> {
            BadgeTaps.Tap tap = badges.flatMap(taps -> taps.tap(badge)).orElseThrow(UnknownBadge::new);
            photo.set(tap.photo());
            return tap.step();
        }, new CardExtras(Msg.NONE, Optional.of(photo::get)));
    }

    /** No active link names the badge: nothing was registered. */
    private static final class UnknownBadge extends RuntimeException {
        UnknownBadge() {
            super("no active link for this badge", null, false, false);
        }
    }

    /** The number is known before OK: the employer look-up starts, off the screen's thread. */
    void lookUpEarly(WorkerId id) {
        threads.background().execute(() -> registration.lookUpEarly(id));
    }

    void chooseEmployer(RegistrationStep.ChooseEmployer step, Company company) {
        run(() -> registration.chooseEmployer(step, company), pending);
    }

    void checkOut(RegistrationStep.ChooseBreakOrEnd step, OutReason reason) {
        run(() -> registration.checkOut(step, reason), pending);
    }

    private void run(Supplier<RegistrationStep> call, CardExtras extras) {
        long mine = flow.beginTurn();
        if (extras.fromACard()) {
            flow.cardsTurn();
        }
        pending = extras;
        // "Reading your card" stays while a card that was just read is registered; else "one moment".
        reading.show(flow.screen() == Screen.READING && extras.fromACard());
        flow.show(Screen.READING);
        threads.background().execute(() -> {
            RegistrationStep step;
            try {
                step = call.get();
            } catch (KioskNotInitialisedException e) {
                threads.ui().execute(() -> {
                    flow.outdateAnswers();
                    kioskClosed.run();
                });
                return;
            } catch (UnknownBadge e) {
                showIfStillTheirs(mine, Kind.WARNING, Msg.of("msg.badgeUnknown.title"),
                        Msg.of("msg.badgeUnknown.detail"));
                return;
            } catch (StorageFailedException e) {
                // The kiosk cannot store: the worker must know they are NOT registered, and that trying
                // again will not help until the site manager acts. The adapter has logged it already.
                showIfStillTheirs(mine, Kind.ERROR, Msg.of("msg.storage.title"), Msg.of("msg.storage.detail"));
                return;
            } catch (RuntimeException e) {
                LOG.error("a worker's registration step failed", e);
                showIfStillTheirs(mine, Kind.ERROR, Msg.of("msg.error.title"), Msg.of("msg.error.detail"));
                return;
            }
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    presenter.show(step, mine, pending);
                }
            });
        });
    }

    private void showIfStillTheirs(long mine, Kind kind, Msg title, Msg detail) {
        threads.ui().execute(() -> {
            if (flow.isTurn(mine)) {
                messages.show(kind, title, detail);
            }
        });
    }
}
