package be.sitegate.ui;

import be.sitegate.domain.Company;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.KioskNotInitialisedException;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.message.MessageViewModel.Kind;
import be.sitegate.ui.reading.ReadingViewModel;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
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
    /** Kept across a question (employer, break or end) so the confirmation still shows them. */
    private CardExtras pending = CardExtras.NONE;

    /** {@code kioskClosed} runs when the kiosk's day ended under the worker's step. */
    RegistrationRun(RegistrationService registration, Threads threads, KioskFlow flow, ReadingViewModel reading,
            WorkerMessages messages, StepPresenter presenter, Runnable kioskClosed) {
        this.registration = registration;
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
            } catch (StorageFailedException e) {
                // The kiosk cannot store: the worker must know they are NOT registered, and that trying
                // again will not help until the site manager acts. The adapter has logged it already.
                showIfStillTheirs(mine, Msg.of("msg.storage.title"), Msg.of("msg.storage.detail"));
                return;
            } catch (RuntimeException e) {
                LOG.error("a worker's registration step failed", e);
                showIfStillTheirs(mine, Msg.of("msg.error.title"), Msg.of("msg.error.detail"));
                return;
            }
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    presenter.show(step, mine, pending);
                }
            });
        });
    }

    private void showIfStillTheirs(long mine, Msg title, Msg detail) {
        threads.ui().execute(() -> {
            if (flow.isTurn(mine)) {
                messages.show(Kind.ERROR, title, detail);
            }
        });
    }
}
