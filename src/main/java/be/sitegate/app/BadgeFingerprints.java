package be.sitegate.app;

import be.sitegate.domain.BadgeUid;
import be.sitegate.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed fingerprint a badge link is found by: HMAC-SHA-256 of the UID with a secret of this
 * kiosk, drawn once and kept in the data folder (0600) beside the store. A plain hash would not do:
 * UIDs are short (4 or 7 bytes), so anyone with a copy of the store could try them all and clone the
 * badges; without the secret the fingerprints say nothing. A kiosk restored without its secret
 * simply has no badge that matches: workers link them again.
 */
public final class BadgeFingerprints {

    static final String FILE = "badge-link.key";
    private static final int SECRET_BYTES = 32;

    private final SecretKeySpec key;

    private BadgeFingerprints(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The secret in {@code folder}, made there on first use. */
    public static BadgeFingerprints inFolder(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[SECRET_BYTES];
                new SecureRandom().nextBytes(secret);
                PrivateFiles.createFolders(folder);
                Path partial = folder.resolve(FILE + ".new");
                Files.deleteIfExists(partial);
                PrivateFiles.createNew(partial);
                Files.write(partial, secret);
                // Whole or not at all: a half-written key would silently unlink every badge at the next start.
                Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length != SECRET_BYTES) {
                throw new IllegalStateException(file + " is not a badge-link key (" + secret.length
                        + " bytes): move it aside, and workers link their badges again");
            }
            return new BadgeFingerprints(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the badge-link key " + file, e);
        }
    }

    public byte[] of(BadgeUid uid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(uid.bytes());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }
}
