package be.sitegate.reliability;

import be.sitegate.app.CardEventsAdapter;
import be.sitegate.app.KioskAssembly;
import be.sitegate.app.KioskEnvironment;
import be.sitegate.card.CardMonitor;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.card.TerminalSource;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.fake.RecordingSounds;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.KioskHarness;
import be.sitegate.ui.KioskServices;
import be.sitegate.ui.KioskSettings;
import be.sitegate.ui.KioskViewModel;
import be.sitegate.ui.Screen;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import be.sitegate.virtualcard.VirtualCardPki;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * A kiosk reading cards from the readers it is given through the real card monitor and card
 * events: assembled as the kiosk command assembles it, or on in-memory fakes for the fast form;
 * with the screens' view models wired as the window wires them, on a thread of their own that
 * stands in for the JavaFX thread, and no screen. It records what the card layer tells the kiosk
 * and every exception that escapes to the UI thread, a thread's top or the card monitor's loop.
 */
final class KioskOnReader implements AutoCloseable {

    static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    /** Generous: detects a hang, measures nothing. */
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Set<Screen> RESULTS = Set.of(Screen.MESSAGE, Screen.CONFIRMATION, Screen.EMPLOYER_CHOICE,
            Screen.BREAK_OR_END);

    private final AutoCloseable kiosk;
    private final ExecutorService ui;
    private final ExecutorService background;
    private final HandCountdown countdown = new HandCountdown();
    private final KioskViewModel vm;
    private final BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
    private final List<Throwable> crashes;
    private final ListAppender<ILoggingEvent> monitorLog;
    private final Subscription subscription;
    private final Thread.UncaughtExceptionHandler previousHandler;

    private KioskOnReader(Watch watch, AutoCloseable kiosk, Function<KioskSettings, KioskServices> services)
            throws Exception {
        this.previousHandler = watch.previousHandler;
        this.crashes = watch.crashes;
        this.monitorLog = watch.monitorLog;
        this.kiosk = kiosk;
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH);
        KioskServices wired = services.apply(settings);
        subscription = wired.card().subscribe(new Recorder());
        ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "kiosk-ui"));
        background = Executors.newSingleThreadExecutor(r -> new Thread(r, "kiosk-services"));
        Threads threads = new Threads(task -> ui.execute(guarded(task)), task -> background.execute(guarded(task)));
        vm = onUi(() -> new KioskViewModel(wired, threads, countdown, new I18n(Locale.ENGLISH)));
        onUi(() -> {
            vm.activate();
            return null;
        });
    }

    /**
     * The kiosk as the kiosk command assembles it over {@code readers}: the project's simulator over
     * loopback HTTPS (which opens it for the day on the Ghent workplace), a real SQLite file under
     * {@code dir}, the real card monitor and card events. Idle when this returns.
     */
    static KioskOnReader assembled(Path dir, TerminalSource readers) throws Exception {
        Watch watch = new Watch();
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        KioskEnvironment env = demo.environment();
        KioskAssembly assembly = KioskAssembly.start(new KioskEnvironment(env.config(), env.central(), readers,
                env.cardRoots(), env.extras()), Clock.systemUTC());
        InitialisationOutcome opened = assembly.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);
        if (!(opened instanceof InitialisationOutcome.Initialised)) {
            assembly.close();
            throw new IllegalStateException("the simulator did not open the kiosk: " + opened);
        }
        KioskOnReader kiosk = new KioskOnReader(watch, assembly, settings -> new KioskServices(assembly.session(),
                assembly.initialisation(), assembly.registration(), assembly.cardEvents(), assembly.deliveries(),
                assembly.syncStatus(), assembly.storageHealth(), Optional.of(assembly.attendanceLog()), settings,
                new RecordingSounds()));
        return kiosk.idle();
    }

    /**
     * The fast form: the real card monitor and card events over {@code readers} (the reader trusting
     * the virtual card's test root, specimens accepted as in the demo), and the kiosk's other
     * services on the in-memory fakes the view-model tests use. Idle when this returns.
     */
    static KioskOnReader onFakes(TerminalSource readers) throws Exception {
        Watch watch = new Watch();
        KioskHarness harness = new KioskHarness().open(Fixtures.CIAW_SITE);
        CardEventsAdapter cardEvents = new CardEventsAdapter(true);
        CardMonitor monitor = new CardMonitor(readers,
                new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot()))), cardEvents);
        KioskServices fakes = harness.services;
        KioskOnReader kiosk = new KioskOnReader(watch, monitor, settings -> new KioskServices(fakes.session(),
                fakes.initialisation(), fakes.registration(), cardEvents, fakes.deliveries(), fakes.sync(),
                fakes.storage(), fakes.attendance(), settings, fakes.sounds()));
        monitor.start();
        return kiosk.idle();
    }

    private KioskOnReader idle() throws Exception {
        if (!awaitScreen(Screen.IDLE)) {
            close();
            throw new IllegalStateException("the kiosk did not reach its idle screen");
        }
        return this;
    }

    /** What catches the exceptions that escape, from before the kiosk's first thread starts. */
    private static final class Watch {
        final List<Throwable> crashes = new CopyOnWriteArrayList<>();
        final ListAppender<ILoggingEvent> monitorLog = new ListAppender<>();
        final Thread.UncaughtExceptionHandler previousHandler = Thread.getDefaultUncaughtExceptionHandler();

        /** The threads of the card's way to the screen; another test's leftover thread is none of ours. */
        private static final List<String> OURS = List.of("card-monitor", "eid-", "kiosk-ui", "kiosk-services",
                "vpcd-card");

        Watch() {
            Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
                if (OURS.stream().anyMatch(thread.getName()::startsWith)) {
                    crashes.add(error);
                } else if (previousHandler != null) {
                    previousHandler.uncaughtException(thread, error);
                }
            });
            monitorLog.start();
            ((Logger) LoggerFactory.getLogger(CardMonitor.class)).addAppender(monitorLog);
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                crashes.add(e);
            }
        };
    }

    <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    Screen screen() throws Exception {
        return onUi(() -> vm.flow.screen());
    }

    /** The reading screen's view model says a card (not a typed number) is being read. */
    boolean readingACard() throws Exception {
        return onUi(() -> vm.reading.readingCardProperty().get());
    }

    Msg messageTitle() throws Exception {
        return onUi(() -> vm.message.titleProperty().get());
    }

    Msg readerStatusText() throws Exception {
        return onUi(() -> vm.status.readerProperty().get());
    }

    /**
     * Waits until the status bar says {@code expected} about the reader, and returns what it says
     * then (the card events reach the harness before the UI thread updates the bar).
     */
    Msg awaitReaderStatusText(Msg expected) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        Msg now = readerStatusText();
        while (!expected.equals(now) && System.nanoTime() < end) {
            Thread.sleep(20);
            now = readerStatusText();
        }
        return now;
    }

    /** Waits (polling the UI thread) until the kiosk shows {@code expected}; false after the deadline. */
    boolean awaitScreen(Screen expected) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            if (screen() == expected) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Waits until the kiosk shows a result (a message, a confirmation, a question); null after the deadline. */
    Screen awaitResult() throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            Screen now = screen();
            if (RESULTS.contains(now)) {
                return now;
            }
            Thread.sleep(20);
        }
        return null;
    }

    /**
     * What the worker's screen does when nobody touches it: each countdown runs out, until the kiosk
     * is idle. True when it got there (a screen without a countdown would stay).
     */
    boolean leftAlone() throws Exception {
        for (int i = 0; i < 5; i++) {
            if (screen() == Screen.IDLE) {
                return true;
            }
            if (!onUi(countdown::fire)) {
                return screen() == Screen.IDLE;
            }
        }
        return screen() == Screen.IDLE;
    }

    /** The next card event, or null when none came within the deadline. */
    CardEvent next() throws InterruptedException {
        return events.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next event that ends a read (read, pulled, unreadable), skipping the others; null on a hang. */
    CardEvent nextReadEnd() throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            CardEvent e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e != null && e.endsARead()) {
                return e;
            }
        }
        return null;
    }

    /** Waits for {@code expected}, skipping the others; false after the deadline. */
    boolean await(CardEvent expected) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            CardEvent e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (expected.equals(e)) {
                return true;
            }
        }
        return false;
    }

    void forgetEvents() {
        events.clear();
    }

    /** Exceptions that escaped so far, and card monitor cycles or listeners that failed. */
    int crashes() {
        // The monitor catches what a cycle or the listener throws, logs it and goes on: still a crash.
        long monitorFailures = monitorLog.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getMessage)
                .filter(m -> m.startsWith("card monitor cycle failed") || m.startsWith("card listener failed"))
                .count();
        return crashes.size() + (int) monitorFailures;
    }

    List<Throwable> crashList() {
        return List.copyOf(crashes);
    }

    @Override
    public void close() {
        subscription.close();
        try {
            kiosk.close();
        } catch (Exception e) {
            crashes.add(e);
        }
        ui.shutdownNow();
        background.shutdownNow();
        ((Logger) LoggerFactory.getLogger(CardMonitor.class)).detachAppender(monitorLog);
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    private final class Recorder implements CardEvents.Listener {
        @Override
        public void readerStatus(CardEvents.ReaderStatus status) {
            events.add(new CardEvent.Reader(status));
        }

        @Override
        public void cardInserted() {
            events.add(new CardEvent.Inserted());
        }

        @Override
        public void nationalNumberRead(Inss nationalNumber) {
            // a head start only; the read's end follows
        }

        @Override
        public void cardRead(CardIdentity identity) {
            events.add(new CardEvent.Read(identity.authenticity()));
        }

        @Override
        public void cardRemovedDuringRead() {
            events.add(new CardEvent.RemovedDuringRead());
        }

        @Override
        public void cardUnreadable() {
            events.add(new CardEvent.Unreadable());
        }

        @Override
        public void cardRemoved() {
            events.add(new CardEvent.Removed());
        }
    }
}
