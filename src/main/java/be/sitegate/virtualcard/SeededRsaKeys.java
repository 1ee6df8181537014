package be.sitegate.virtualcard;

import be.sitegate.pki.Certificates;
import be.sitegate.pki.OwnerOnlyFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test PKI's RSA keys, drawn from constant seeds, kept in a file once drawn where a caller asks
 * for it ({@link #keepIn}). Drawing an RSA 2048 key costs up to a second, more under the launcher's
 * client-only compiler, and the demo is restarted often. A kept key is exactly what its seed gives
 * again, so keeping it changes the time and nothing else; an entry that does not parse, or whose
 * halves do not belong together, is drawn again.
 */
final class SeededRsaKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SeededRsaKeys.class);

    private static Path file;

    private SeededRsaKeys() {
    }

    /** Keeps the keys in {@code keyFile} (owner-only) from now on; before, every process draws its own. */
    static synchronized void keepIn(Path keyFile) {
        file = keyFile;
    }

    static synchronized KeyPair draw(String purpose, int bits, Supplier<SecureRandom> seeded) {
        String name = "rsa-" + bits + "/" + purpose;
        Properties kept = file == null ? new Properties() : read(file);
        Optional<KeyPair> found = decode(kept.getProperty(name));
        if (found.isPresent()) {
            return found.get();
        }
        KeyPair drawn = Certificates.rsa(bits, seeded.get());
        if (file != null) {
            Base64.Encoder b64 = Base64.getEncoder();
            kept.setProperty(name, b64.encodeToString(drawn.getPrivate().getEncoded()) + " "
                    + b64.encodeToString(drawn.getPublic().getEncoded()));
            write(file, kept);
        }
        return drawn;
    }

    private static Optional<KeyPair> decode(String entry) {
        if (entry == null) {
            return Optional.empty();
        }
        try {
            String[] halves = entry.trim().split(" ");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(halves[0])));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(halves[1])));
            if (privateKey.getModulus().equals(publicKey.getModulus())
                    && privateKey.getPublicExponent().equals(publicKey.getPublicExponent())) {
                return Optional.of(new KeyPair(publicKey, privateKey));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // drawn again below
        }
        return Optional.empty();
    }

    private static Properties read(Path keyFile) {
        Properties kept = new Properties();
        if (Files.exists(keyFile)) {
            try {
                kept.load(new StringReader(Files.readString(keyFile, StandardCharsets.ISO_8859_1)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.info("the virtual cards' key file {} cannot be read ({}); its keys are drawn again", keyFile,
                        e.getMessage());
            }
        }
        return kept;
    }

    private static void write(Path keyFile, Properties kept) {
        try {
            StringWriter out = new StringWriter();
            kept.store(out, "SiteGate virtual eID TEST keys, drawn from constant seeds: public by construction");
            OwnerOnlyFiles.replace(keyFile, out.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException | UncheckedIOException e) {
            // A folder that cannot be written costs the next start its time, nothing else.
            LOG.info("cannot keep the virtual cards' keys in {}: {}", keyFile, e.getMessage());
        }
    }
}
