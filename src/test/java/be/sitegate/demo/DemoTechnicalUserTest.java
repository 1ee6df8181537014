package be.sitegate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.TechnicalUser;
import be.sitegate.simulator.SimulatorOptions;
import be.sitegate.simulator.SimulatorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo keeps its technical user between starts, and only while the simulator still knows it. */
class DemoTechnicalUserTest {

    @TempDir
    Path dir;

    private SimulatorServer simulator(String folder) {
        return SimulatorServer.start(SimulatorOptions.builder().port(0).dataDir(dir.resolve(folder))
                .clock(Clock.systemUTC()).build());
    }

    @Test
    void aRestartedDemoTakesTheSameKeyAgainFromOwnerOnlyFiles() throws Exception {
        TechnicalUser first;
        try (SimulatorServer simulator = simulator("simulator")) {
            first = DemoTechnicalUser.loadOrIssue(dir, simulator, DemoEnvironment.CLIENT_ID);
        }
        try (SimulatorServer restarted = simulator("simulator")) {
            TechnicalUser again = DemoTechnicalUser.loadOrIssue(dir, restarted, DemoEnvironment.CLIENT_ID);
            assertThat(again.certificate()).isEqualTo(first.certificate());
            assertThat(again.privateKey()).isEqualTo(first.privateKey());
        }
        for (String file : new String[] {DemoTechnicalUser.KEYSTORE, DemoTechnicalUser.PASSWORD_FILE}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aSimulatorThatNeverIssuedTheCertificateGetsANewOne() {
        TechnicalUser first;
        try (SimulatorServer simulator = simulator("simulator")) {
            first = DemoTechnicalUser.loadOrIssue(dir, simulator, DemoEnvironment.CLIENT_ID);
        }
        try (SimulatorServer other = simulator("another-simulator")) {
            TechnicalUser issued = DemoTechnicalUser.loadOrIssue(dir, other, DemoEnvironment.CLIENT_ID);
            assertThat(issued.certificate()).isNotEqualTo(first.certificate());
            assertThat(other.knowsTechnicalUser(issued.certificate())).isTrue();
        }
    }

    @Test
    void aDamagedKeyStoreIsReplacedNotFatal() throws Exception {
        try (SimulatorServer simulator = simulator("simulator")) {
            DemoTechnicalUser.loadOrIssue(dir, simulator, DemoEnvironment.CLIENT_ID);
            Files.write(dir.resolve(DemoTechnicalUser.KEYSTORE), new byte[] {1, 2, 3});
            TechnicalUser replaced = DemoTechnicalUser.loadOrIssue(dir, simulator, DemoEnvironment.CLIENT_ID);
            assertThat(simulator.knowsTechnicalUser(replaced.certificate())).isTrue();
        }
    }
}
