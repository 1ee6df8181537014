package be.sitegate.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The technical-user certificates this simulator issued, one SHA-256 fingerprint a line in
 * {@value #FILE} next to the CA. Only a registered certificate gets a token: a certificate the CA
 * signed for another job (its own TLS server certificate) or outside the issuing paths is not a
 * technical user, whatever its fields say. The file is read at each check, so a certificate that
 * {@code simulator issue-cert} issued while the server runs is known at once; deleting its line
 * revokes it.
 */
final class TechnicalUserRegistry {

    static final String FILE = "technical-users";

    private final Path file;

    TechnicalUserRegistry(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    synchronized void register(X509Certificate certificate) {
        String line = fingerprint(certificate) + " " + certificate.getSubjectX500Principal().getName() + "\n";
        try {
            if (!Files.exists(file)) {
                SecretFiles.writeOwnerOnly(file, "");
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register the technical user in " + file, e);
        }
    }

    boolean isRegistered(X509Certificate certificate) {
        String fingerprint = fingerprint(certificate);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.startsWith(fingerprint + " "));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }
}
