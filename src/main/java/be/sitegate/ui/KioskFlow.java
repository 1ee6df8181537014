package be.sitegate.ui;

import be.sitegate.kiosk.KioskSession;
import be.sitegate.ui.shared.Countdown;
import be.sitegate.ui.shared.I18n;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The flow between the screens: which one shows, whose turn it is, and when the kiosk goes back to
 * idle by itself. A turn starts with anything new for a worker (a card, a key, a tap); an answer
 * that arrives after the next turn started is for someone who already left and is not shown.
 */
public final class KioskFlow {

    private final KioskSession session;
    private final KioskSettings settings;
    private final Countdown countdown;
    private final I18n i18n;
    private final Runnable dayEnded;
    /** The screens that show a card holder's name while they wait (issue 13: it must not outstay the card). */
    private static final Set<Screen> NAMED = EnumSet.of(Screen.EMPLOYER_CHOICE, Screen.BREAK_OR_END,
            Screen.CONFIRMATION);

    /** The screens behind the PIN, which lock themselves after a while without a touch. */
    private static final Set<Screen> FOREMAN = EnumSet.of(Screen.PIN, Screen.ATTENDANCE, Screen.ADMIN,
            Screen.CORRECTIONS, Screen.ON_BEHALF_ENTRY, Screen.CORRECTION_EMPLOYER, Screen.BADGE_LINKS);

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.INITIALISATION);
    private long turn;
    /** This turn is for the worker whose card was read; a typed number's turn is not. */
    private boolean cardsTurn;
    /** The card has left the reader since it went in. */
    private boolean cardOut = true;

    /** {@code dayEnded} runs when the kiosk's day is over, just before the initialisation screen returns. */
    public KioskFlow(KioskSession session, KioskSettings settings, Countdown countdown, I18n i18n, Runnable dayEnded) {
        this.session = Objects.requireNonNull(session, "session");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.countdown = Objects.requireNonNull(countdown, "countdown");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.dayEnded = Objects.requireNonNull(dayEnded, "dayEnded");
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** Seconds before the kiosk goes back to idle by itself; 0 when it waits for nobody. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return countdown.secondsLeftProperty();
    }

    /** Whether the worker-side input (cards, digits, scans) means anything now. */
    public boolean workerScreen() {
        return screen.get() != Screen.INITIALISATION;
    }

    /** Whether a foreman's or site manager's screen shows: a scan or a worker's tap must not act under it. */
    boolean foremanScreen() {
        return FOREMAN.contains(screen.get());
    }

    /** The first screen: idle once the kiosk is opened for the day, else the initialisation. */
    void start() {
        screen.set(openScreen());
    }

    /**
     * Something new for a worker: the running countdown stops, and answers still under way for the
     * previous turn will be ignored. Returns the new turn, for {@link #isTurn}.
     */
    long beginTurn() {
        countdown.cancel();
        cardsTurn = false;
        return ++turn;
    }

    /** A card went into the reader. */
    void cardPutIn() {
        cardOut = false;
    }

    /** The turn just begun registers the card that was read. */
    void cardsTurn() {
        cardsTurn = true;
    }

    /**
     * The card left the reader: a screen that shows its holder's name goes within the confirmation
     * time (a question still waits that long for a tap), so the name does not stay for the next one.
     */
    void cardTakenOut() {
        cardOut = true;
        if (cardsTurn && NAMED.contains(screen.get())
                && countdown.secondsLeftProperty().get() > settings.returnDelay().toSeconds()) {
            countdown.start(settings.returnDelay(), this::toIdle);
        }
    }

    /** Whether {@code mine} is still the current turn, so its answer may be shown. */
    boolean isTurn(long mine) {
        return mine == turn;
    }

    /** Answers under way are ignored from now on; the screen and its countdown stay as they are. */
    void outdateAnswers() {
        turn++;
    }

    /** A screen the flow leaves only when the worker (or a service) acts. */
    void show(Screen next) {
        screen.set(next);
    }

    /**
     * A screen that waits for someone: a question, the keypad, the foreman's list, a card being read.
     * Unanswered, it goes back to idle after the choice timeout.
     */
    void showWaiting(Screen next) {
        screen.set(next);
        boolean nameWithoutCard = cardsTurn && cardOut && NAMED.contains(next);
        Duration wait = nameWithoutCard && settings.returnDelay().compareTo(settings.choiceTimeout()) < 0
                ? settings.returnDelay() : settings.choiceTimeout();
        countdown.start(wait, this::toIdle);
    }

    /**
     * A foreman's or site manager's screen (the PIN door, the list): it locks itself, back to the
     * workers' idle screen, after {@link #foremanIdle()} without a touch or a key, and each touch
     * starts that time again ({@link #activity()}).
     */
    void showForeman(Screen next) {
        screen.set(next);
        countdown.start(foremanIdle(), this::toIdle);
    }

    /** A touch or a key: a foreman's screen stays open for another {@link #foremanIdle()}. */
    void activity() {
        if (FOREMAN.contains(screen.get())) {
            countdown.start(foremanIdle(), this::toIdle);
        }
    }

    /** Long enough to read a list to an inspector, short enough that nobody walks up to an open one. */
    private Duration foremanIdle() {
        return settings.choiceTimeout().multipliedBy(4);
    }

    /** A confirmation or a message: back to idle after the return delay. */
    void showResult(Screen next) {
        screen.set(next);
        countdown.start(settings.returnDelay(), this::toIdle);
    }

    /** Back to the waiting screen, for the next worker. */
    public void toIdle() {
        beginTurn();
        // The next worker may not read the previous one's language: start again from the site's default.
        i18n.setLocale(settings.defaultLocale());
        screen.set(openScreen());
    }

    /** Called every second: once the kiosk's day is over, back to the initialisation form. */
    void checkTheDay() {
        if (session.current().isEmpty() && screen.get() != Screen.INITIALISATION) {
            countdown.cancel();
            dayEnded.run();
            screen.set(Screen.INITIALISATION);
        }
    }

    /** The window closes: no countdown may fire after it. */
    void stop() {
        countdown.cancel();
    }

    private Screen openScreen() {
        return session.current().isPresent() ? Screen.IDLE : Screen.INITIALISATION;
    }
}
