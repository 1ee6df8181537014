package be.sitegate.virtualcard;

import be.sitegate.pki.Certificates;
import be.sitegate.pki.Certificates.Profile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The virtual card's test PKI: a "SiteGate Test Belgium Root CA", the national register (RRN)
 * certificates it issues (RSA for applet 1.7 cards, EC P-384 for 1.8) and a citizen CA for the
 * authentication and signing certificates.
 *
 * <p>Every key is drawn from a SHA1PRNG generator seeded with a constant, and certificates carry
 * fixed serials and dates, so the root is the same in every process and on every machine: a
 * virtual card started from the command line and a kiosk or test in another JVM agree on the
 * trusted root without exchanging files. A constant seed is only acceptable because this is a TEST
 * PKI whose private keys are public by construction; nothing real may ever trust this root.
 */
public final class VirtualCardPki {

    public static final String ROOT_SUBJECT = "CN=SiteGate Test Belgium Root CA, O=SiteGate Test, C=BE";

    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2050-01-01T00:00:00Z");

    private static volatile VirtualCardPki instance;

    private final KeyPair rootKey;
    private final X509Certificate root;
    private final KeyPair rrnRsaKey;
    private final X509Certificate rrnRsa;
    private final KeyPair rrnEcKey;
    private final X509Certificate rrnEc;
    private final KeyPair citizenCaKey;
    private final X509Certificate citizenCa;
    private final KeyPair citizenKey;

    private VirtualCardPki() {
        rootKey = Certificates.rsa(2048, seeded("root"));
        root = Certificates.selfSigned(Profile.ca(ROOT_SUBJECT, rootKey.getPublic(), FROM, TO), rootKey.getPrivate(),
                BigInteger.valueOf(1));
        rrnRsaKey = Certificates.rsa(2048, seeded("rrn-rsa"));
        rrnRsa = Certificates.issue(Profile.signer("CN=RRN, O=SiteGate Test RRN, C=BE", rrnRsaKey.getPublic(), FROM, TO),
                root, rootKey.getPrivate(), BigInteger.valueOf(2));
        rrnEcKey = Certificates.ecP384(seeded("rrn-ec"));
        rrnEc = Certificates.issue(Profile.signer("CN=RRN EC, O=SiteGate Test RRN, C=BE", rrnEcKey.getPublic(), FROM, TO),
                root, rootKey.getPrivate(), BigInteger.valueOf(3));
        citizenCaKey = Certificates.ecP384(seeded("citizen-ca"));
        citizenCa = Certificates.issue(Profile.ca("CN=SiteGate Test Citizen CA, O=SiteGate Test, C=BE",
                citizenCaKey.getPublic(), FROM, TO), root, rootKey.getPrivate(), BigInteger.valueOf(4));
        citizenKey = Certificates.ecP384(seeded("citizen"));
    }

    /** The process-wide test PKI, built on first use (about a second: two RSA keys). */
    public static VirtualCardPki get() {
        VirtualCardPki p = instance;
        if (p == null) {
            synchronized (VirtualCardPki.class) {
                p = instance;
                if (p == null) {
                    p = generate();
                    instance = p;
                }
            }
        }
        return p;
    }

    /** A new generation of the same PKI (for the reproducibility test; use {@link #get()}). */
    static VirtualCardPki generate() {
        return new VirtualCardPki();
    }

    /** The root a kiosk in demo or test mode trusts to verify virtual cards. */
    public static X509Certificate testRoot() {
        return get().root;
    }

    public static void writeRoot(Path pemFile) {
        Certificates.writePem(pemFile, testRoot());
    }

    X509Certificate root() {
        return root;
    }

    KeyPair rrnKey(boolean ec) {
        return ec ? rrnEcKey : rrnRsaKey;
    }

    X509Certificate rrnCertificate(boolean ec) {
        return ec ? rrnEc : rrnRsa;
    }

    X509Certificate citizenCa() {
        return citizenCa;
    }

    /** An authentication or signing certificate for one holder (content is not verified by the kiosk). */
    X509Certificate citizenCertificate(String holderName, int serial) {
        return Certificates.issue(Profile.signer("CN=" + holderName.replace(",", " ") + ", C=BE",
                citizenKey.getPublic(), FROM, TO), citizenCa, citizenCaKey.getPrivate(), BigInteger.valueOf(serial));
    }

    private static SecureRandom seeded(String purpose) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            // Seeding before the first nextBytes replaces the system seed: the output is fixed.
            random.setSeed(("SiteGate virtual eID test PKI / " + purpose).getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
        }
    }
}
