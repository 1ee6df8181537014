package be.sitegate.reliability;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.SimulatorKiosks;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.statusbar.StatusBarViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One kiosk of the fault matrix, assembled as {@code sitegate kiosk} assembles it (the store, its
 * faults and recovery probe, the outbox forwarder to the simulator over loopback HTTPS) and opened
 * on a construction workplace. Workers type their national number and choose their employer, as on
 * the screen; the status bar's view model follows the kiosk's storage health as the screen's does.
 * It remembers every registration the kiosk acknowledged, which is what must never be lost.
 */
final class MatrixKiosk implements AutoCloseable {

    static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    /** Short, so a recovery shows within the test; the kiosk probes every 15 s. */
    static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    /** What RegistrationRun shows a worker whose tap hit a {@link StorageFailedException} (RegistrationRunTest). */
    static final String TAP_FAILED_MESSAGE = "msg.storage.title";

    private final KioskAssembly kiosk;
    private final Path storeFile;
    private final StatusBarViewModel statusBar = new StatusBarViewModel(ZoneId.of("Europe/Brussels"));
    private final Subscription following;
    private final Map<ClientReference, WorkerId> acknowledged = new LinkedHashMap<>();

    private MatrixKiosk(KioskAssembly kiosk, Path storeFile) {
        this.kiosk = kiosk;
        this.storeFile = storeFile;
        following = kiosk.storageHealth().subscribe(statusBar::onStorage);
    }

    /** Starts the kiosk {@code folder/name/kiosk.db} and opens it, or throws what the start threw. */
    static MatrixKiosk start(SimulatorFixture sim, Path folder, String name) {
        SimulatorKiosks kiosks = new SimulatorKiosks(sim, folder);
        KioskAssembly kiosk = kiosks.start(name, "", Clock.systemUTC(), PROBE_INTERVAL);
        MatrixKiosk started = new MatrixKiosk(kiosk, kiosks.storeFile(name));
        if (!SimulatorKiosks.signIn(kiosk, GENT)) {
            started.close();
            throw new IllegalStateException("the simulator did not open the kiosk for " + GENT);
        }
        return started;
    }

    /** What a worker's tap ended in: registered under a reference, or not stored and why. */
    sealed interface Tap {
        record Registered(ClientReference reference) implements Tap {
        }

        record NotStored(StorageFailedException.Reason reason) implements Tap {
        }
    }

    /** Worker {@code n} types their national number and picks the builder, as on the screen. */
    Tap register(int n) {
        WorkerId worker = Fixtures.worker(n);
        try {
            RegistrationStep step = kiosk.registration().identify(
                    Worker.typed(worker, IdentificationMethod.TYPED_NATIONAL_NUMBER));
            if (step instanceof RegistrationStep.ChooseEmployer choose) {
                Company builder = choose.companies().stream()
                        .filter(c -> c.enterpriseNumber().toString().equals(SimulatorFixture.SENDER))
                        .findFirst().orElseThrow();
                step = kiosk.registration().chooseEmployer(choose, builder);
            }
            if (step instanceof RegistrationStep.Registered registered) {
                ClientReference reference = registered.registration().reference();
                acknowledged.put(reference, worker);
                return new Tap.Registered(reference);
            }
            throw new IllegalStateException("worker " + n + " got " + step);
        } catch (StorageFailedException e) {
            return new Tap.NotStored(e.reason());
        }
    }

    /** Registers workers {@code from} to {@code to - 1}; fails on the first that is not stored. */
    void registerAll(int from, int to) {
        for (int n = from; n < to; n++) {
            if (register(n) instanceof Tap.NotStored failed) {
                throw new IllegalStateException("worker " + n + " was not stored: " + failed.reason());
            }
        }
    }

    /** The registrations this kiosk confirmed to a worker, in order. */
    Map<ClientReference, WorkerId> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Registrations confirmed by an earlier kiosk on the same store, which this one must still have. */
    void alsoAcknowledged(Map<ClientReference, WorkerId> earlier) {
        acknowledged.putAll(earlier);
    }

    /** The key of the status bar's storage item; empty while storing works. */
    String statusMessage() {
        Msg shown = statusBar.storageProblemProperty().get();
        return shown.equals(Msg.NONE) ? "" : shown.key();
    }

    StorageHealth health() {
        return kiosk.storageHealth();
    }

    Path storeFile() {
        return storeFile;
    }

    /** The reason the store fails for now, if it does. */
    Optional<StorageFailedException.Reason> failing() {
        return kiosk.storageHealth().current() instanceof StorageHealth.Failing f ? Optional.of(f.reason())
                : Optional.empty();
    }

    @Override
    public void close() {
        following.cancel();
        kiosk.close();
    }
}
