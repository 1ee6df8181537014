package be.sitegate.reliability;

import be.sitegate.pki.TechnicalUserKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

/**
 * A kiosk's folder set up as an installer would against a simulator: the technical user's key made
 * with {@code sitegate csr}, its certificate issued by the running simulator's admin endpoint and
 * imported with {@code sitegate csr --import-cert}, and a configuration file naming them, the
 * simulator's address and CA, and the store. Every restart of the kiosk reuses all of it.
 */
final class KioskFolder {

    /** The seed's sender: a CN with its enterprise number makes the kiosk send for that organisation. */
    static final String CLIENT_ID = "kiosk-0566988259";

    private final Path config;
    private final Path store;

    private KioskFolder(Path config, Path store) {
        this.config = config;
        this.store = store;
    }

    /** The technical user's key and request ({@code sitegate csr}); needs no simulator yet. */
    static Key createKey(Path dir) {
        try {
            Path keys = Files.createDirectories(dir.resolve("keys"));
            Path password = keys.resolve("technical-user.password");
            Files.writeString(password, "crash-loop-" + UUID.randomUUID());
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            SimulatorProcess.run(List.of("csr", "--out", keys.toString(), "--client-id", CLIENT_ID,
                    "--password-file", password.toString()));
            return new Key(dir, keys, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key's certificate from the simulator's CA, and the configuration that names it all. */
    static KioskFolder prepare(Key key, SimulatorProcess simulator) throws InterruptedException {
        try {
            Path chain = key.keys().resolve("technical-user.chain.pem");
            simulator.issueCertificate(key.keys().resolve(TechnicalUserKeys.REQUEST), chain);
            SimulatorProcess.run(List.of("csr", "--out", key.keys().toString(), "--import-cert", chain.toString(),
                    "--password-file", key.password().toString()));
            // No card is read in this kiosk; the key is required, and any certificate will do for it.
            Path roots = simulator.dataDir().resolve("ca.pem");
            Path store = key.dir().resolve("data").resolve("kiosk.db");
            Path config = key.dir().resolve("sitegate.properties");
            Files.writeString(config, String.join("\n",
                    "central.environment=simulation",
                    "central.url=" + simulator.baseUrl(),
                    "central.ca-file=" + simulator.dataDir().resolve("ca.pem"),
                    "central.client-keystore=" + key.keys().resolve(TechnicalUserKeys.KEYSTORE),
                    "central.client-keystore-password-file=" + key.password(),
                    "central.client-id=" + CLIENT_ID,
                    "card.trusted-roots=" + roots,
                    "card.accept-specimen=true",
                    "store.file=" + store,
                    ""));
            return new KioskFolder(config, store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key store with its request, waiting for its certificate. */
    record Key(Path dir, Path keys, Path password) {
    }

    Path config() {
        return config;
    }

    Path store() {
        return store;
    }
}
