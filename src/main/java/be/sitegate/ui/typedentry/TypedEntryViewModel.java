package be.sitegate.ui.typedentry;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.InvalidIdentifierException;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.shared.Msg;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Typing a national number (shown live as {@code YY.MM.DD-SSS.CC}) or a Limosa number on the big
 * keypad or a keyboard; a refused number shows why in plain words.
 */
public final class TypedEntryViewModel {

    /** Which number the worker is typing. */
    public enum Kind {
        INSS,
        LIMOSA
    }

    static final String INSS_TEMPLATE = "__.__.__-___.__";
    static final int INSS_DIGITS = 11;
    /** What an L1 form shows (identifiers.md: observed numbers have 17 digits); the kiosk takes 8 to 20. */
    static final int LIMOSA_USUAL_DIGITS = 17;
    static final int LIMOSA_MAX_DIGITS = 20;

    private final StringBuilder digits = new StringBuilder();
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.INSS);
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper(INSS_TEMPLATE);
    private final ReadOnlyObjectWrapper<Msg> error = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> hint = new ReadOnlyObjectWrapper<>(Msg.of("entry.hint.INSS"));
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final Consumer<Worker> identified;
    /** Told a valid national number as soon as its last digit is typed, before OK: the look-up may start. */
    private final Consumer<WorkerId> numberComplete;
    private final Runnable cancel;
    /** Where the title, hint and switch texts are: the worker's own ({@code entry.}) or the foreman's. */
    private final String texts;

    public TypedEntryViewModel(Consumer<Worker> identified, Runnable cancel) {
        this(identified, cancel, "entry.");
    }

    /** The worker's keypad, telling {@code numberComplete} a valid national number before OK is pressed. */
    public TypedEntryViewModel(Consumer<Worker> identified, Consumer<WorkerId> numberComplete, Runnable cancel) {
        this(identified, numberComplete, cancel, "entry.");
    }

    /**
     * @param texts the prefix of the title, hint and switch keys ({@code title.INSS} and so on): the
     *        same keypad reads "type the worker's number" when the foreman types it for them
     */
    public TypedEntryViewModel(Consumer<Worker> identified, Runnable cancel, String texts) {
        this(identified, number -> { }, cancel, texts);
    }

    private TypedEntryViewModel(Consumer<Worker> identified, Consumer<WorkerId> numberComplete, Runnable cancel,
            String texts) {
        this.identified = identified;
        this.numberComplete = numberComplete;
        this.cancel = cancel;
        this.texts = texts;
        hint.set(Msg.of(texts + "hint.INSS"));
    }

    /** The title for the number being typed. */
    public Msg title() {
        return Msg.of(texts + "title." + kind.get().name());
    }

    /** The words of the button that switches to the other kind of number. */
    public Msg switchText() {
        return Msg.of(texts + "switch." + kind.get().name());
    }

    /** Opens the screen empty, or with the first digit already typed on the idle screen. */
    public void start(Kind startKind, String firstDigits) {
        kind.set(startKind);
        digits.setLength(0);
        firstDigits.chars().filter(Character::isDigit).forEach(c -> append((char) c));
        error.set(Msg.NONE);
        refresh();
    }

    public void onDigit(char digit) {
        if (!Character.isDigit(digit)) {
            return;
        }
        boolean wasComplete = complete.get();
        append(digit);
        error.set(Msg.NONE);
        refresh();
        if (!wasComplete && kind.get() == Kind.INSS && complete.get()) {
            tellCompleteNumber();
        }
    }

    /** Only a number that OK would take: a typo is not sent to the service. */
    private void tellCompleteNumber() {
        try {
            numberComplete.accept(WorkerId.of(Inss.parse(digits.toString())));
        } catch (InvalidIdentifierException e) {
            // OK will say why
        }
    }

    private void append(char digit) {
        int max = kind.get() == Kind.INSS ? INSS_DIGITS : LIMOSA_MAX_DIGITS;
        if (digits.length() < max) {
            digits.append(digit);
        }
    }

    public void onBackspace() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
        }
        error.set(Msg.NONE);
        refresh();
    }

    public void onClear() {
        digits.setLength(0);
        error.set(Msg.NONE);
        refresh();
    }

    public void onSwitchKind() {
        start(kind.get() == Kind.INSS ? Kind.LIMOSA : Kind.INSS, "");
    }

    public void onCancel() {
        cancel.run();
    }

    public void onSubmit() {
        try {
            Worker worker = kind.get() == Kind.INSS
                    ? Worker.typed(WorkerId.of(Inss.parse(digits.toString())), IdentificationMethod.TYPED_NATIONAL_NUMBER)
                    : Worker.typed(WorkerId.of(LimosaId.parse(digits.toString())), IdentificationMethod.TYPED_LIMOSA);
            digits.setLength(0);
            refresh();
            identified.accept(worker);
        } catch (InvalidIdentifierException e) {
            error.set(reasonText(kind.get(), e.reason()));
        }
    }

    /** The plain-words reason; a Limosa number has its own length rule. */
    static Msg reasonText(Kind kind, InvalidIdentifierException.Reason reason) {
        if (kind == Kind.LIMOSA && reason == InvalidIdentifierException.Reason.WRONG_LENGTH) {
            return Msg.of("reason.limosa.WRONG_LENGTH");
        }
        return Msg.of("reason." + reason.name());
    }

    private void refresh() {
        hint.set(Msg.of(texts + "hint." + kind.get().name()));
        display.set(kind.get() == Kind.INSS ? formatInss(digits) : formatLimosa(digits));
        complete.set(kind.get() == Kind.INSS ? digits.length() == INSS_DIGITS : digits.length() >= 8);
    }

    /** Fills {@code __.__.__-___.__} from the left, so the worker sees where they are. */
    static String formatInss(CharSequence typed) {
        StringBuilder out = new StringBuilder(INSS_TEMPLATE);
        int next = 0;
        for (int i = 0; i < out.length() && next < typed.length(); i++) {
            if (out.charAt(i) == '_') {
                out.setCharAt(i, typed.charAt(next++));
            }
        }
        return out.toString();
    }

    /**
     * Fills the usual 17-digit mask {@code ____ ____ ____ ____ _} from the left, in the groups of four
     * the confirmation shows; a longer number (up to 20 digits) grows the mask.
     */
    static String formatLimosa(CharSequence typed) {
        int slots = Math.max(LIMOSA_USUAL_DIGITS, typed.length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < slots; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(i < typed.length() ? typed.charAt(i) : '_');
        }
        return out.toString();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The form the number has, and for a Limosa number that the L1 form's QR code can be scanned instead. */
    public ReadOnlyObjectProperty<Msg> hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
