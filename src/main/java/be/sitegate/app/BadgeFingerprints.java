package be.sitegate.app;

import be.sitegate.domain.BadgeUid;
import be.sitegate.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keyed fingerprint a badge link is found by: HMAC-SHA-256 of the UID with a secret of this
 * kiosk, drawn once and kept in the data folder (0600) beside the store. A plain hash would not do:
 * UIDs are short (4 or 7 bytes), so anyone with a copy of the store could try them all and clone the
 * badges; without the secret the fingerprints say nothing. A kiosk restored without its secret
 * simply has no badge that matches: workers link them again.
 */
public final class BadgeFingerprints {

    /** The key's file name in the data folder (the doctor checks it; a backup of the store leaves it out). */
    public static final String FILE = "badge-link.key";
    /** Where a key file of the wrong size goes, for support to look at; a later one replaces it. */
    public static final String UNUSABLE = FILE + ".unusable";
    /** An HMAC-SHA-256 key of the hash's own size. */
    public static final int SECRET_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(BadgeFingerprints.class);

    private final SecretKeySpec key;

    private BadgeFingerprints(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * The secret in {@code folder}, made there on first use. A file of the wrong size (cut short by a
     * power cut, or something else written over it) cannot be the key: it is moved aside as
     * {@link #UNUSABLE}, a WARN says so, and a new key is made, so the kiosk still starts; every badge
     * linked before then matches nothing and is linked again.
     */
    public static BadgeFingerprints inFolder(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                long size = Files.size(file);
                if (size == SECRET_BYTES) {
                    return new BadgeFingerprints(Files.readAllBytes(file));
                }
                Path aside = folder.resolve(UNUSABLE);
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                PrivateFiles.tighten(aside);  // it may still be most of a key
                LOG.warn("the badge-link key {} has {} bytes instead of {}, so it cannot be the key: moved aside as {}"
                        + " and a new key made. Every badge linked on this kiosk before now no longer matches: workers"
                        + " link their badges again after their next eID registration", file, size, SECRET_BYTES, aside);
            }
            return new BadgeFingerprints(makeKey(folder, file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the badge-link key " + file, e);
        }
    }

    private static byte[] makeKey(Path folder, Path file) throws IOException {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        PrivateFiles.createFolders(folder);
        Path partial = folder.resolve(FILE + ".new");
        Files.deleteIfExists(partial);
        PrivateFiles.createNew(partial);
        Files.write(partial, secret);
        // Whole or not at all: a half-written key would silently unlink every badge at the next start.
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return secret;
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
