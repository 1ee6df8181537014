package be.sitegate.card;

import be.sitegate.domain.EidIdentity;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that the identity and address files were signed by the national register (RRN): that
 * the certificate in 503C is an RRN signing certificate issued by a configured trusted root
 * ({@link RrnSignerPolicy}), that its key verifies both signatures, that the photo matches its
 * hash, and that the card is within its validity dates.
 */
public final class EidVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(EidVerifier.class);

    private final RrnSignerPolicy signerPolicy;
    private final Clock clock;

    public EidVerifier(List<X509Certificate> trustedRoots, Clock clock) {
        this.signerPolicy = new RrnSignerPolicy(trustedRoots);
        this.clock = clock;
    }

    public Verification verify(EidFiles files, EidIdentity identity) {
        X509Certificate rrn;
        try {
            rrn = files.rrnCertificate();
        } catch (IllegalArgumentException e) {
            rrn = null;
        }
        return finish(early(rrn, identity, files.identity(), files.identitySignature()), files, identity);
    }

    /**
     * What can be checked before the address files are read: the RRN certificate against the
     * policy and its key against the identity signature. The reader runs it while the card is still
     * answering; {@link #finish} then gives the same verdict as {@link #verify}, in the same order.
     *
     * @param rrn the parsed RRN certificate, or null when the file holds none that parses
     */
    Early early(X509Certificate rrn, EidIdentity identity, byte[] identityFile, byte[] identitySignature) {
        return early(rrn, identity, identityFile, identitySignature, null);
    }

    /**
     * The same, with the identity signature already opened by the certificate's RSA key while the
     * identity was being read ({@link RsaSignature#open}), or null to check it here in full.
     */
    Early early(X509Certificate rrn, EidIdentity identity, byte[] identityFile, byte[] identitySignature,
            RsaSignature openedIdentitySignature) {
        if (rrn == null) {
            return new Early(null, Optional.of(NotAuthenticReason.RRN_CERTIFICATE_UNREADABLE));
        }
        Optional<RrnSignerPolicy.Refusal> refusal = signerPolicy.check(rrn, identity.validityBegin());
        if (refusal.isPresent()) {
            // The site manager's clue to a forged or mis-issued card: which rule, and what broke it.
            LOG.warn("eID {} not authentic: {}: {}", identity.nationalNumber().masked(), refusal.get().reason(),
                    refusal.get().detail());
            return new Early(rrn, Optional.of(refusal.get().reason()));
        }
        int photoHashLength = photoHashLength(identityFile);
        boolean valid = openedIdentitySignature != null && rrn.getPublicKey() instanceof RSAPublicKey
                ? openedIdentitySignature.signs(identityFile, rsaAlgorithms(photoHashLength))
                : signatureValid(rrn.getPublicKey(), identityFile, identitySignature, photoHashLength);
        if (!valid) {
            return new Early(rrn, Optional.of(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID));
        }
        return new Early(rrn, Optional.empty());
    }

    /** The verdict: {@code early}'s failure if any, else the address signature; the dates as of today. */
    Verification finish(Early early, EidFiles files, EidIdentity identity) {
        return finish(early, files, identity, null);
    }

    /**
     * The same, with the address signature already opened by the RRN certificate's RSA key while the
     * address was being read ({@link RsaSignature#open}), or null to check it here in full; the
     * verdict is the same either way ({@code RsaSignatureTest} holds the two checks to one answer).
     */
    Verification finish(Early early, EidFiles files, EidIdentity identity, RsaSignature openedAddressSignature) {
        LocalDate today = LocalDate.now(clock);
        boolean expired = identity.validityEnd().isBefore(today);
        boolean notYetValid = identity.validityBegin().isAfter(today);
        if (early.failure().isPresent()) {
            return Verification.notAuthentic(early.failure().get(), expired, notYetValid);
        }
        byte[] addressData = concat(Tlv.trimTrailingZeros(files.address()), files.identitySignature());
        int photoHashLength = photoHashLength(files.identity());
        boolean valid = openedAddressSignature != null && early.rrn().getPublicKey() instanceof RSAPublicKey
                ? openedAddressSignature.signs(addressData, rsaAlgorithms(photoHashLength))
                : signatureValid(early.rrn().getPublicKey(), addressData, files.addressSignature(), photoHashLength);
        if (!valid) {
            return Verification.notAuthentic(NotAuthenticReason.ADDRESS_SIGNATURE_INVALID, expired, notYetValid);
        }
        return Verification.authentic(expired, notYetValid);
    }

    /** The first checks' outcome: the certificate they used, and the first rule broken, if any. */
    record Early(X509Certificate rrn, Optional<NotAuthenticReason> failure) {
    }

    private static int photoHashLength(byte[] identityFile) {
        try {
            return EidFileParser.photoHash(identityFile).length;
        } catch (CorruptFileException e) {
            return 0;
        }
    }

    /** Whether the photo hashes to tag 17's value; the digest is chosen by the hash length. */
    public static boolean photoMatches(byte[] photo, byte[] expectedHash) {
        String algorithm = switch (expectedHash.length) {
            case 20 -> "SHA-1";
            case 32 -> "SHA-256";
            case 48 -> "SHA-384";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(MessageDigest.getInstance(algorithm).digest(photo), expectedHash);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * RSA cards signed with SHA-1 (old) or SHA-256; the photo hash length tells which one is
     * likely, and the other is tried when it fails (re-signed cards keep a SHA-1 photo hash). EC
     * cards use SHA-384 with ECDSA; their signature file is DER followed by zero padding.
     */
    static boolean signatureValid(PublicKey key, byte[] data, byte[] signatureFile, int photoHashLength) {
        if ("EC".equals(key.getAlgorithm())) {
            if (signatureFile.length < 2) {
                return false;
            }
            int length = (signatureFile[1] & 0xFF) + 2;
            if (length > signatureFile.length) {
                return false;
            }
            return check("SHA384withECDSA", key, data, Arrays.copyOf(signatureFile, length));
        }
        for (String algorithm : rsaAlgorithms(photoHashLength)) {
            if (check(algorithm, key, data, signatureFile)) {
                return true;
            }
        }
        return false;
    }

    /** The RSA signature algorithms to try, most likely first, for a photo hash of that length. */
    static List<String> rsaAlgorithms(int photoHashLength) {
        return photoHashLength == 20 ? List.of("SHA1withRSA", "SHA256withRSA")
                : photoHashLength == 48 ? List.of("SHA384withRSA", "SHA256withRSA", "SHA1withRSA")
                : List.of("SHA256withRSA", "SHA1withRSA");
    }

    private static boolean check(String algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
