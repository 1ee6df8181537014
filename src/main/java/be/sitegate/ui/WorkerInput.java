package be.sitegate.ui;

import be.sitegate.domain.InvalidIdentifierException;
import be.sitegate.domain.ScannedIdentifier;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.message.MessageViewModel.Kind;
import be.sitegate.ui.pin.PinViewModel;
import java.util.Optional;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.typedentry.TypedEntryViewModel;

/**
 * The worker's keys and scans, routed here by the window: a digit opens the keypad (or goes into it),
 * Enter submits it, Escape goes back to idle, and a scanned code goes straight to registration.
 */
public final class WorkerInput {

    private final KioskFlow flow;
    private final TypedEntryViewModel entry;
    /** The foreman's keypad for a registration on a worker's behalf. */
    private final TypedEntryViewModel onBehalf;
    private final RegistrationRun run;
    private final WorkerMessages messages;
    private final Optional<PinViewModel> pin;

    WorkerInput(KioskFlow flow, TypedEntryViewModel entry, TypedEntryViewModel onBehalf, RegistrationRun run,
            WorkerMessages messages, Optional<PinViewModel> pin) {
        this.flow = flow;
        this.entry = entry;
        this.onBehalf = onBehalf;
        this.run = run;
        this.messages = messages;
        this.pin = pin;
    }

    /** The keypad, empty or with the digit already typed on another screen. */
    void startTyping(TypedEntryViewModel.Kind kind, String first) {
        flow.beginTurn();
        entry.start(kind, first);
        flow.showWaiting(Screen.TYPED_ENTRY);
    }

    public void onDigitKey(char digit) {
        switch (flow.screen()) {
            case IDLE, CONFIRMATION, MESSAGE -> startTyping(TypedEntryViewModel.Kind.INSS, String.valueOf(digit));
            case TYPED_ENTRY -> entry.onDigit(digit);
            case ON_BEHALF_ENTRY -> onBehalf.onDigit(digit);
            case PIN -> pin.ifPresent(door -> door.onDigit(digit));
            default -> {
                // digits mean nothing on the other screens
            }
        }
    }

    public void onBackspaceKey() {
        if (flow.screen() == Screen.TYPED_ENTRY) {
            entry.onBackspace();
        } else if (flow.screen() == Screen.ON_BEHALF_ENTRY) {
            onBehalf.onBackspace();
        } else if (flow.screen() == Screen.PIN) {
            pin.ifPresent(PinViewModel::onBackspace);
        }
    }

    public void onEnterKey() {
        if (flow.screen() == Screen.TYPED_ENTRY) {
            entry.onSubmit();
        } else if (flow.screen() == Screen.ON_BEHALF_ENTRY) {
            onBehalf.onSubmit();
        } else if (flow.screen() == Screen.PIN) {
            pin.ifPresent(PinViewModel::onOk);
        }
    }

    public void onEscapeKey() {
        if (flow.workerScreen() && flow.screen() != Screen.IDLE) {
            flow.toIdle();
        }
    }

    /** A scanner-fast burst ended in Enter: a Limosa L1 code (or a national number) goes straight to registration. */
    public void onScan(String text) {
        if (!flow.workerScreen() || flow.foremanScreen()) {
            return; // a scan never registers anyone from under the foreman's screens
        }
        ScannedIdentifier scanned;
        try {
            scanned = ScannedIdentifier.parse(text);
        } catch (InvalidIdentifierException e) {
            messages.show(Kind.ERROR, Msg.of("msg.scan.title"), Msg.of("reason.UNREADABLE_SCAN"));
            return;
        }
        run.identify(Worker.typed(scanned.worker(), scanned.method()));
    }
}
