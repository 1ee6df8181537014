package be.sitegate.reliability;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.Registration;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.testkit.Await;
import java.time.Duration;
import java.util.List;

/**
 * The rows of the fault matrix: each of the central service's faults, switched on and off through
 * the simulator's fault injection (or its process stopped and started again), with what the kiosk's
 * status bar must say while it lasts.
 */
enum ServiceFault {

    OUTAGE_BEYOND_THE_BACKOFF("outage (503) longer than the backoff's ramp", Connection.REFUSING,
            List.of("OUTAGE (HTTP 503)")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().faults().outage(Duration.ofHours(1)); // ended by the matrix, not by its own clock
        }
    },
    PROCESS_DOWN_AND_BACK("the service's process down, then back on its port", Connection.OFFLINE,
            List.of("CONNECTION_REFUSED", "NETWORK")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.stop();
        }

        @Override
        void end(SimulatorFixture sim) {
            sim.startAgain();
        }

        @Override
        boolean seenByTheService() {
            return false;
        }
    },
    PROCESS_DOWN_WITH_A_CALL_IN_FLIGHT("the service's process down while it holds a committed call, then back",
            Connection.OFFLINE, List.of("TIMEOUT", "CONNECTION_REFUSED", "NETWORK")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().faults().replyDelay(Duration.ofHours(1)); // the first call is committed, then held
        }

        @Override
        void afterRegistration(MatrixBench bench, Registration made, int index) {
            if (index == 0) {
                Await.until(this + ": the first registration committed", FaultRound.PATIENCE,
                        () -> bench.atTheService(made) == 1);
                bench.sim().stop(); // its answer never comes; the kiosk cannot know it was registered
            }
        }

        @Override
        void end(SimulatorFixture sim) {
            sim.startAgain(); // its faults lived in its memory: it comes back without them
        }

        @Override
        boolean seenByTheService() {
            return false;
        }
    },
    SERVER_ERRORS("5xx answers", Connection.REFUSING, List.of("SERVER_ERROR (HTTP 500)")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().faults().serverErrors(1.0);
        }
    },
    LOST_REPLIES("answers lost after commit", Connection.OFFLINE, List.of("NETWORK")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().faults().dropAfterCommit(1.0);
        }
    },
    MALFORMED_BODIES("malformed bodies after commit", Connection.REFUSING, List.of("MALFORMED_ANSWER")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().faults().malformed(1.0);
        }
    },
    EXPIRED_TOKENS("access tokens expired before every registration", Connection.ONLINE, List.of()) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().expireAllTokens();
        }

        @Override
        void beforeEachRegistration(SimulatorFixture sim) {
            sim.server().expireAllTokens();
        }

        @Override
        boolean deliversDuringTheFault() {
            return true;
        }
    },
    LATE_ANSWERS("answers after the read timeout, after commit", Connection.OFFLINE, List.of("TIMEOUT")) {
        @Override
        void begin(SimulatorFixture sim) {
            sim.server().faults().replyDelay(MatrixBench.READ_TIMEOUT.multipliedBy(5).dividedBy(2));
        }
    };

    private final String description;
    private final Connection shown;
    private final List<String> reasons;

    ServiceFault(String description, Connection shown, List<String> reasons) {
        this.description = description;
        this.shown = shown;
        this.reasons = reasons;
    }

    abstract void begin(SimulatorFixture sim);

    /** Ends the fault; the service answers normally again. */
    void end(SimulatorFixture sim) {
        sim.server().faults().clear();
    }

    void beforeEachRegistration(SimulatorFixture sim) {
    }

    /** After the {@code index}-th registration (from 0) of the fault was stored on the kiosk. */
    void afterRegistration(MatrixBench bench, Registration made, int index) {
    }

    /** The fault does not stop delivery: the kiosk gets round it (a new token) and stays online. */
    boolean deliversDuringTheFault() {
        return false;
    }

    /** Whether the service can count the kiosk's calls during the fault (not while its process is down). */
    boolean seenByTheService() {
        return true;
    }

    String description() {
        return description;
    }

    /** What the status bar's connection must say once the fault has met the kiosk. */
    Connection shown() {
        return shown;
    }

    /** The reason codes the kiosk may give for this fault (empty: none, it is not failing). */
    List<String> reasons() {
        return reasons;
    }
}
