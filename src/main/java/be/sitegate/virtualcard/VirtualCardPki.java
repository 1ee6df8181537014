package be.sitegate.virtualcard;

import be.sitegate.pki.Certificates;
import be.sitegate.pki.Certificates.Profile;
import be.sitegate.pki.Certificates.Usage;
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
 *
 * <p>It also issues the signers of forged cards ({@link Forgery}): certificates the trusted root
 * (or a CA under it) really signed, each breaking one rule of what an RRN signing certificate is,
 * so a kiosk that checked only the chain would call those cards authentic.
 */
public final class VirtualCardPki {

    public static final String ROOT_SUBJECT = "CN=SiteGate Test Belgium Root CA, O=SiteGate Test, C=BE";

    /** Early enough for the "expired" card, issued in 2012: an RRN certificate must be valid on a card's issue day. */
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2050-01-01T00:00:00Z");
    private static final String FORGED_RRN = "CN=RRN, O=SiteGate Test forged RRN, C=BE";

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
    private final KeyPair forgedRsaKey;
    private final KeyPair forgedEcKey;
    private final KeyPair rrnIntermediateKey;
    private final X509Certificate rrnIntermediate;

    /**
     * How a forged card's signer breaks the rules of {@code card.RrnSignerPolicy}; {@code id} names
     * the profiles ({@code forged-<id>-rsa}, {@code forged-<id>-ec}).
     */
    public enum Forgery {
        /** A CA certificate named RRN, issued by the root. */
        CA_SIGNER("ca"),
        /** Key usage for encryption (RSA) or key agreement (EC) only, not for signing. */
        NO_SIGNING_USAGE("usage"),
        /** Another common name (RSA) or another country (EC) than CN=RRN, C=BE. */
        WRONG_SUBJECT("subject"),
        /** Issued by the citizen CA that the card carries in 503A: root, CA, then the signer. */
        EXTRA_INTERMEDIATE("extra-ca"),
        /** Issued by an intermediate "RRN CA" under the root that the card does not carry. */
        MISSING_INTERMEDIATE("missing-ca"),
        /** Expired before the card was issued (RSA) or valid only from after it (EC). */
        NOT_VALID_AT_ISSUE("dates");

        private final String id;

        Forgery(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A signing key and the certificate a forged card carries for it in 503C. */
    record Signer(KeyPair key, X509Certificate certificate) {
    }

    private VirtualCardPki() {
        rootKey = SeededRsaKeys.draw("root", 2048, () -> seeded("root"));
        root = Certificates.selfSigned(Profile.ca(ROOT_SUBJECT, rootKey.getPublic(), FROM, TO), rootKey.getPrivate(),
                BigInteger.valueOf(1));
        rrnRsaKey = SeededRsaKeys.draw("rrn-rsa", 2048, () -> seeded("rrn-rsa"));
        rrnRsa = Certificates.issue(Profile.signer("CN=RRN, O=SiteGate Test RRN, C=BE", rrnRsaKey.getPublic(), FROM, TO),
                root, rootKey.getPrivate(), BigInteger.valueOf(2));
        rrnEcKey = Certificates.ecP384(seeded("rrn-ec"));
        rrnEc = Certificates.issue(Profile.signer("CN=RRN, O=SiteGate Test RRN EC, C=BE", rrnEcKey.getPublic(), FROM, TO),
                root, rootKey.getPrivate(), BigInteger.valueOf(3));
        citizenCaKey = Certificates.ecP384(seeded("citizen-ca"));
        citizenCa = Certificates.issue(Profile.ca("CN=SiteGate Test Citizen CA, O=SiteGate Test, C=BE",
                citizenCaKey.getPublic(), FROM, TO), root, rootKey.getPrivate(), BigInteger.valueOf(4));
        citizenKey = Certificates.ecP384(seeded("citizen"));
        forgedRsaKey = SeededRsaKeys.draw("forged-rsa", 2048, () -> seeded("forged-rsa"));
        forgedEcKey = Certificates.ecP384(seeded("forged-ec"));
        rrnIntermediateKey = Certificates.ecP384(seeded("rrn-intermediate"));
        rrnIntermediate = Certificates.issue(Profile.ca("CN=SiteGate Test RRN CA, O=SiteGate Test, C=BE",
                rrnIntermediateKey.getPublic(), FROM, TO), root, rootKey.getPrivate(), BigInteger.valueOf(5));
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
    /**
     * Keeps the RSA keys in {@code keyFile} once drawn, so a later process builds the same PKI without
     * drawing them again (the demo's start). Only before the PKI is first used.
     */
    public static void keepRsaKeysIn(Path keyFile) {
        SeededRsaKeys.keepIn(keyFile);
    }

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

    /**
     * The signer of a forged card: a fixed key per algorithm (not the register's, so nothing can
     * pass by recognising the genuine key) and a certificate that breaks exactly {@code forgery}.
     */
    Signer forgedSigner(Forgery forgery, boolean ec) {
        KeyPair key = ec ? forgedEcKey : forgedRsaKey;
        BigInteger serial = BigInteger.valueOf(100 + 2L * forgery.ordinal() + (ec ? 1 : 0));
        X509Certificate certificate = switch (forgery) {
            case CA_SIGNER -> Certificates.issue(Profile.ca(FORGED_RRN, key.getPublic(), FROM, TO), root,
                    rootKey.getPrivate(), serial);
            case NO_SIGNING_USAGE -> Certificates.issue(Profile.signer(FORGED_RRN, key.getPublic(), FROM, TO)
                    .withKeyUsage(ec ? Usage.KEY_AGREEMENT : Usage.KEY_ENCIPHERMENT), root, rootKey.getPrivate(),
                    serial);
            case WRONG_SUBJECT -> Certificates.issue(Profile.signer(ec ? "CN=RRN, O=SiteGate Test forged RRN, C=NL"
                    : "CN=SiteGate Test Signer, O=SiteGate Test forged RRN, C=BE", key.getPublic(), FROM, TO), root,
                    rootKey.getPrivate(), serial);
            case EXTRA_INTERMEDIATE -> Certificates.issue(Profile.signer(FORGED_RRN, key.getPublic(), FROM, TO),
                    citizenCa, citizenCaKey.getPrivate(), serial);
            case MISSING_INTERMEDIATE -> Certificates.issue(Profile.signer(FORGED_RRN, key.getPublic(), FROM, TO),
                    rrnIntermediate, rrnIntermediateKey.getPrivate(), serial);
            case NOT_VALID_AT_ISSUE -> Certificates.issue(ec
                    ? Profile.signer(FORGED_RRN, key.getPublic(), Instant.parse("2030-01-01T00:00:00Z"), TO)
                    : Profile.signer(FORGED_RRN, key.getPublic(), FROM, Instant.parse("2020-01-01T00:00:00Z")),
                    root, rootKey.getPrivate(), serial);
        };
        return new Signer(key, certificate);
    }

    /**
     * The basic key pair of one applet 1.8 card, P-384 like the real cards', a fixed one per card
     * name: its public half is the card's file 4040 and is hashed into its signed identity file.
     */
    KeyPair basicKey(String cardName) {
        return Certificates.ecP384(seeded("basic key / " + cardName));
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
