package be.sitegate.ui.pin;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinGate;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The PIN door in front of the foreman's and site manager's screens, typed on the big keypad. The
 * digits show as dots. Checking waits for a slow hash, so it runs off the screen's thread. A new
 * PIN is chosen (twice) only right after the morning initialisation, which the site manager's own
 * credentials opened: the door itself never lets a passer-by choose one.
 */
public final class PinViewModel {

    /** Where the door leads and what it does when left. */
    public record Exits(Runnable granted, Runnable cancelled) {
    }

    private enum Step {
        ENTER, CHOOSE, CONFIRM
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PinGate gate;
    private final Threads threads;
    private final ZoneId zone;
    private final StringBuilder digits = new StringBuilder();
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Msg> title = new ReadOnlyObjectWrapper<>(Msg.of("pin.enter"));
    private final ReadOnlyObjectWrapper<Msg> message = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Step step = Step.ENTER;
    private String chosen = "";
    private Exits exits = new Exits(() -> { }, () -> { });

    public PinViewModel(PinGate gate, Threads threads, ZoneId zone) {
        this.gate = gate;
        this.threads = threads;
        this.zone = zone;
    }

    /** Opens the door empty, asking for the PIN; without one the door stays shut and says why. */
    public void open(Exits where) {
        start(where, Step.ENTER, gate.isSet() ? Msg.NONE : Msg.of("pin.notSet"));
    }

    /** After the morning initialisation: the site manager chooses the PIN, typed twice. */
    public void choose(Exits where) {
        start(where, Step.CHOOSE, Msg.of("pin.none", Pin.MIN_DIGITS, Pin.MAX_DIGITS));
    }

    /** Whether the site manager still has to choose a PIN (none set, none in the configuration). */
    public boolean needsChoosing() {
        return !gate.isSet();
    }

    private void start(Exits where, Step first, Msg hint) {
        this.exits = where;
        step = first;
        chosen = "";
        digits.setLength(0);
        message.set(hint);
        refresh();
    }

    public void onDigit(char digit) {
        if (digit >= '0' && digit <= '9' && digits.length() < Pin.MAX_DIGITS && !busy.get()) {
            digits.append(digit);
            refresh();
        }
    }

    public void onBackspace() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
            refresh();
        }
    }

    public void onCancel() {
        digits.setLength(0);
        refresh();
        exits.cancelled().run();
    }

    public void onOk() {
        if (busy.get()) {
            return;
        }
        String typed = digits.toString();
        digits.setLength(0);
        refresh();
        if (!Pin.isValid(typed)) {
            message.set(Msg.of("pin.form", Pin.MIN_DIGITS, Pin.MAX_DIGITS));
            return;
        }
        switch (step) {
            case ENTER -> {
                if (gate.isSet()) {
                    check(Pin.of(typed));
                } else {
                    message.set(Msg.of("pin.notSet"));
                }
            }
            case CHOOSE -> {
                chosen = typed;
                step = Step.CONFIRM;
                message.set(Msg.NONE);
                refresh();
            }
            case CONFIRM -> confirm(typed);
        }
    }

    private void check(Pin pin) {
        busy.set(true);
        threads.background().execute(() -> {
            PinGate.Attempt attempt = gate.check(pin);
            threads.ui().execute(() -> {
                busy.set(false);
                answer(attempt);
            });
        });
    }

    private void answer(PinGate.Attempt attempt) {
        if (attempt instanceof PinGate.Attempt.Granted) {
            message.set(Msg.NONE);
            exits.granted().run();
        } else if (attempt instanceof PinGate.Attempt.Locked locked) {
            message.set(Msg.of("pin.locked", TIME.format(locked.until().atZone(zone))));
        } else {
            message.set(Msg.of("pin.wrong"));
        }
    }

    private void confirm(String again) {
        if (!again.equals(chosen)) {
            step = Step.CHOOSE;
            chosen = "";
            message.set(Msg.of("pin.differ"));
            refresh();
            return;
        }
        busy.set(true);
        Pin pin = Pin.of(again);
        threads.background().execute(() -> {
            gate.set(pin);
            threads.ui().execute(() -> {
                busy.set(false);
                message.set(Msg.NONE);
                exits.granted().run();
            });
        });
    }

    private void refresh() {
        dots.set("●".repeat(digits.length()));
        title.set(switch (step) {
            case ENTER -> Msg.of("pin.enter");
            case CHOOSE -> Msg.of("pin.choose");
            case CONFIRM -> Msg.of("pin.confirm");
        });
    }

    public ReadOnlyStringProperty dotsProperty() {
        return dots.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
