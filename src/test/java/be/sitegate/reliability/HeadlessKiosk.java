package be.sitegate.reliability;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.KioskEnvironment;
import be.sitegate.app.ProductionEnvironment;
import be.sitegate.card.TerminalSource;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.Fixtures;
import be.sitegate.virtualcard.VirtualTerminals;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The kiosk's process without its screen, for the crash loop: the real assembly (store, central
 * client, outbox forwarder with its production settings) from a configuration file, opened for the
 * seed's construction site, then typed national numbers one after another through the same
 * {@code RegistrationService} the screen calls. It tells the harness on standard output, one flushed
 * line each, what it is doing:
 *
 * <pre>
 *   READY                      opened, about to register (or to drain)
 *   BEGIN &lt;index&gt; &lt;inss&gt;       a tap begins: identify, employer, commit
 *   ACK &lt;index&gt; &lt;inss&gt; &lt;ref&gt;   stored durably: the moment the screen would say "done"
 *   DRAINED / NOT-DRAINED &lt;n&gt;   (drain mode) the outbox is empty / still holds n at the deadline
 * </pre>
 *
 * <p>Arguments: {@code CONFIG FIRST} registers workers {@code FIRST, FIRST+1, ...} until killed;
 * {@code CONFIG --drain SECONDS} registers nothing and exits once the outbox is empty.
 */
public final class HeadlessKiosk {

    /** The built-in seed's construction site and its site manager (README, quick start). */
    static final WorkplaceId WORKPLACE = WorkplaceId.parse("1Y101DRUNWB5Z");
    static final String USERNAME = "demo";
    static final String PASSWORD = "demo-site-2026";
    /** A tap every few tens of milliseconds: a busy morning compressed, so commits and sends overlap. */
    static final Duration PACE = Duration.ofMillis(20);

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);

    private HeadlessKiosk() {
    }

    public static void main(String[] args) throws Exception {
        KioskConfig config = KioskConfig.load(Path.of(args[0]), System.getenv());
        KioskEnvironment production = ProductionEnvironment.from(config);
        // No reader: a card tap is not what this process is about, and the machine's pcscd belongs to the card tests.
        KioskEnvironment headless = new KioskEnvironment(config, production.central(),
                TerminalSource.of(new VirtualTerminals()), production.cardRoots(), production.extras());
        KioskAssembly kiosk = KioskAssembly.start(headless, Clock.systemUTC());
        open(kiosk);
        say("READY");
        if (args[1].equals("--drain")) {
            int waiting = drain(config, Duration.ofSeconds(Long.parseLong(args[2])));
            say(waiting == 0 ? "DRAINED" : "NOT-DRAINED " + waiting);
            kiosk.close();
            System.exit(waiting == 0 ? 0 : 3);
        }
        registerFrom(kiosk, Integer.parseInt(args[1]));
    }

    /** A restarted kiosk resumes the morning's initialisation from its store; the first run signs in. */
    private static void open(KioskAssembly kiosk) {
        if (kiosk.session().current().isPresent()) {
            return;
        }
        InitialisationOutcome outcome = kiosk.initialisation().initialise(USERNAME, PASSWORD.toCharArray(), WORKPLACE);
        if (!(outcome instanceof InitialisationOutcome.Initialised)) {
            throw new IllegalStateException("the simulator did not open the kiosk: " + outcome);
        }
    }

    private static void registerFrom(KioskAssembly kiosk, int first) throws InterruptedException {
        for (int index = first; ; index++) {
            Worker worker = Worker.typed(Fixtures.worker(index), IdentificationMethod.TYPED_NATIONAL_NUMBER);
            String inss = worker.id().key().substring(2);
            say("BEGIN " + index + " " + inss);
            RegistrationStep step = kiosk.registration().identify(worker);
            if (step instanceof RegistrationStep.ChooseEmployer choose) {
                // Without the employer look-up the worker picks from the declaration: the builder, listed first.
                step = kiosk.registration().chooseEmployer(choose, choose.companies().get(0));
            }
            if (!(step instanceof RegistrationStep.Registered registered)) {
                throw new IllegalStateException("worker " + index + " was not registered anew: " + step);
            }
            say("ACK " + index + " " + inss + " " + registered.registration().reference().value());
            Thread.sleep(PACE.toMillis());
        }
    }

    /**
     * Waits until the store holds nothing the service has not answered for; returns how many still
     * wait at the deadline. Read from the store itself, not from the status bar's counts, which an
     * empty outbox at start never updates.
     */
    private static int drain(KioskConfig config, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        int waiting = KioskOutbox.of(config.storeFile()).unsettled().size();
        while (waiting > 0 && System.nanoTime() < end) {
            Thread.sleep(100);
            waiting = KioskOutbox.of(config.storeFile()).unsettled().size();
        }
        return waiting;
    }

    /** One write per line, well under a pipe's atomic size: a kill leaves a line whole or absent, never cut. */
    private static void say(String line) {
        try {
            OUT.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the harness no longer reads this kiosk's output", e);
        }
    }
}
