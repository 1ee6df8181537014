package be.sitegate.ops;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.central.TechnicalUser;
import be.sitegate.pki.Certificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A kiosk's files as an installed kiosk has them (configuration, CA file, the technical user's
 * PKCS#12 and its password file, the store's folder) against the project's real simulator, for the
 * doctor to check. Each test breaks one thing for real.
 */
final class DoctorKiosk implements AutoCloseable {

    static final char[] PASSWORD = "kiosk-keystore-pass".toCharArray();
    static final Map<String, String> WITH_DISPLAY = Map.of("DISPLAY", ":0");

    /** On the wall clock, like the Date its HTTP server puts on every answer. */
    final SimulatorFixture simulator = new SimulatorFixture(Clock.systemUTC());
    /** The doctor's own clock, on the real time unless a test sets it off. */
    final SkewedClock clock = new SkewedClock();
    final Path dir;
    final Path config;
    final Path store;
    final Map<String, String> settings = new LinkedHashMap<>();

    DoctorKiosk(Path dir) {
        this.dir = dir;
        this.config = dir.resolve("sitegate.properties");
        this.store = dir.resolve("data").resolve("kiosk.db");
        TechnicalUser user = simulator.config().technicalUser();
        writeKeyStore(user.privateKey(), user.chain().toArray(X509Certificate[]::new));
        settings.put("store.file", store.toString());
        settings.put("central.url", simulator.server().baseUrl());
        settings.put("central.ca-file", simulator.server().caCertificatePath().toString());
        settings.put("central.client-keystore", dir.resolve("technical-user.p12").toString());
        settings.put("central.client-keystore-password-file", dir.resolve("keystore-password").toString());
        settings.put("central.client-id", user.clientId());
        settings.put("card.trusted-roots", simulator.server().caCertificatePath().toString());
        settings.put("central.connect-timeout", "2s");
        settings.put("central.read-timeout", "5s");
        writeConfig();
    }

    void set(String key, String value) {
        settings.put(key, value);
        writeConfig();
    }

    void writeConfig() {
        write(config, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
    }

    /** Replaces the technical user's certificate with one valid from {@code from} to {@code to}, made with the project's PKI helpers. */
    void certificateValid(Instant from, Instant to) {
        KeyPair keys = Certificates.rsa(2048);
        X509Certificate cert = Certificates.selfSigned(Certificates.Profile.signer(
                "CN=" + simulator.config().technicalUser().clientId(), keys.getPublic(), from, to), keys.getPrivate());
        writeKeyStore(keys.getPrivate(), cert);
    }

    private void writeKeyStore(java.security.PrivateKey key, X509Certificate... chain) {
        Certificates.writePkcs12(dir.resolve("technical-user.p12"), "technical-user", key, PASSWORD, chain);
        write(dir.resolve("keystore-password"), new String(PASSWORD) + "\n");
    }

    DoctorReport run() {
        return run(WITH_DISPLAY, true);
    }

    DoctorReport run(Map<String, String> environment, boolean fromAShell) {
        return KioskChecks.run(Optional.of(config), environment, fromAShell, clock, ReadersForTests.oneWithoutCard());
    }

    static CheckResult result(DoctorReport report, String name) {
        return report.results().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name + " in " + report));
    }

    void advanceClock(Duration d) {
        clock.advance(d);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        simulator.close();
    }
}
