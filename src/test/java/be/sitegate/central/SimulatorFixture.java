package be.sitegate.central;

import be.sitegate.pki.Certificates;
import be.sitegate.simulator.PasswordHasher;
import be.sitegate.simulator.Seed;
import be.sitegate.simulator.SeedLoader;
import be.sitegate.simulator.Capabilities;
import be.sitegate.simulator.SimulatorOptions;
import be.sitegate.simulator.SimulatorServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's real simulator, started for one test on a loopback port with a fixed clock and a
 * temporary data folder, plus a technical user its CA issued. The client trusts only its CA.
 */
public final class SimulatorFixture implements AutoCloseable {

    /** 09:00 in Brussels on a Monday. */
    public static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final String USERNAME = "site-manager";
    public static final String PASSWORD = "correct horse battery";
    public static final String SENDER = "0566988259";
    /** RSA generation is slow; one key serves every fixture. */
    private static final KeyPair CLIENT_KEYS = Certificates.rsa(2048);

    private final Path dataDir;
    private final SimulatorOptions options;
    private SimulatorServer server;
    private final TechnicalUser user;
    public final Clock clock;

    public SimulatorFixture() {
        this(CLIENT_KEYS);
    }

    public SimulatorFixture(KeyPair clientKeys) {
        this(clientKeys, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** For tests that meet material made with the wall clock, such as a certificate from {@code issue-cert}. */
    public SimulatorFixture(Clock clock) {
        this(CLIENT_KEYS, clock, Capabilities.ALL);
    }

    /** A simulator that offers only some of the operations the real service is not documented to offer. */
    public SimulatorFixture(Clock clock, Capabilities capabilities) {
        this(CLIENT_KEYS, clock, capabilities);
    }

    private SimulatorFixture(KeyPair clientKeys, Clock clock) {
        this(clientKeys, clock, Capabilities.ALL);
    }

    private SimulatorFixture(KeyPair clientKeys, Clock clock, Capabilities capabilities) {
        this.clock = clock;
        try {
            dataDir = Files.createTempDirectory("sitegate-sim");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Seed base = SeedLoader.loadDefault();
        List<Seed.Account> accounts = new ArrayList<>(base.accounts());
        accounts.add(new Seed.Account(USERNAME, PasswordHasher.hash(PASSWORD.toCharArray(), 1_000), SENDER,
                List.of("1Y101DRUNWB5Z", "1Y1CLNBXL2026", "1Y1SMALLLEUV7")));
        Seed seed = new Seed(base.defaultSender(), new Seed.LoginPolicy(3, 10, 5, 300), base.companies(),
                base.persons(), base.declarations(), base.limosaDeclarations(), base.employments(), accounts);
        server = SimulatorServer.start(SimulatorOptions.builder().dataDir(dataDir).port(0).clock(clock).seed(seed)
                .capabilities(capabilities).build());
        // A restart comes back where clients already point: the same port, the same data folder.
        options = SimulatorOptions.builder().dataDir(dataDir).port(server.port()).clock(clock).seed(seed)
                .capabilities(capabilities).build();
        String clientId = "kiosk-" + SENDER;
        X509Certificate cert = server.issueClientCertificate(clientKeys.getPublic(), clientId);
        user = new TechnicalUser(clientId, clientKeys.getPrivate(), List.of(cert, server.caCertificate()));
    }

    /** The running simulator; after {@link #startAgain()}, the new one. */
    public SimulatorServer server() {
        return server;
    }

    /** The service's process goes down: nothing listens on its port until {@link #startAgain()}. */
    public void stop() {
        server.close();
    }

    /**
     * The service comes back on the same port with the same data folder: its registrations, CA and
     * admin token survive, its access tokens and faults do not (they live in its memory).
     */
    public void startAgain() {
        server = SimulatorServer.start(options);
    }

    public CentralConfig config() {
        return CentralConfig.of(URI.create(server.baseUrl()), List.of(server.caCertificate()), user);
    }

    public CentralClient newClient() {
        return new CentralClient(config(), clock);
    }

    public int registrationCount(String clientReference) {
        return server.registrationCount(SENDER, clientReference);
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
