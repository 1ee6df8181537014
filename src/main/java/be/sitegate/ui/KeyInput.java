package be.sitegate.ui;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The physical keyboard and the keyboard-wedge QR scanner on the worker screens, as scene event
 * filters. Characters are watched for a scanner burst; a fast burst with the form of a scan (a URL,
 * a full-length Limosa number) ending in Enter is a scan, anything else is typing. Every digit typed
 * reaches the keypad, even inside a burst, so Enter can always submit the whole typed number. On the
 * initialisation screen the text fields get the keys as usual.
 */
final class KeyInput {

    private final KioskFlow flow;
    private final WorkerInput input;
    private final ScanDetector detector;
    private final LongSupplier nanoTime;

    KeyInput(KioskFlow flow, WorkerInput input, Duration maxGap) {
        this(flow, input, maxGap, System::nanoTime);
    }

    /** With the clock the key times are read from: a test's, to type "at scanner speed" exactly. */
    KeyInput(KioskFlow flow, WorkerInput input, Duration maxGap, LongSupplier nanoTime) {
        this.flow = flow;
        this.input = input;
        this.detector = new ScanDetector(maxGap);
        this.nanoTime = nanoTime;
    }

    /** Printable characters: fed to the scan detector, digits also to the view model. */
    void onTyped(KeyEvent event) {
        if (!flow.workerScreen() || event.getCharacter().isEmpty()) {
            return;
        }
        char c = event.getCharacter().charAt(0);
        if (Character.isISOControl(c)) {
            return; // Enter and Backspace are handled as key presses
        }
        long now = nanoTime.getAsLong();
        boolean urlArriving = detector.inTextBurst(now);
        detector.onCharacter(c, now);
        if (Character.isDigit(c) && !urlArriving && !(event.getTarget() instanceof TextInputControl)) {
            input.onDigitKey(c);
            event.consume();
        }
    }

    /** Enter (ends a scan or submits a typed number), Backspace and Escape. */
    void onPressed(KeyEvent event) {
        if (!flow.workerScreen()) {
            return;
        }
        boolean inTextField = event.getTarget() instanceof TextInputControl;
        if (event.getCode() == KeyCode.ENTER) {
            String scan = detector.onEnter(nanoTime.getAsLong());
            if (scan != null) {
                input.onScan(scan);
            } else {
                input.onEnterKey();
            }
            event.consume(); // a focused button must not fire as well
        } else if (event.getCode() == KeyCode.BACK_SPACE && !inTextField) {
            input.onBackspaceKey();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            input.onEscapeKey();
            event.consume();
        }
    }
}
