package be.sitegate.simulator;

import static be.sitegate.simulator.SimulatorTestSupport.NOW;

import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One simulator per test class on a test clock, set back to {@code NOW} with a fresh client for each test. */
abstract class SimulatorOnTestClock {

    @TempDir
    static Path dataDir;
    static TestClock clock;
    static SimulatorServer sim;
    SimulatorClient client;

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(NOW);
        sim = SimulatorTestSupport.start(dataDir, clock);
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void newClient() {
        clock.set(NOW);
        client = new SimulatorClient(sim);
    }
}
