package be.sitegate.card;

import be.sitegate.pki.DistinguishedNames;
import be.sitegate.pki.DistinguishedNames.Attribute;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Whether the certificate in file 503C may be the one that signed a card's identity and address
 * files: the national register's (RRN) signing certificate, issued by a trusted Belgian root. A
 * signature that verifies proves only that the holder of <em>that</em> key signed; this class
 * decides whether that key is the national register's. Each rule names the line of
 * {@code shared/reference/belgian-eid.md} ("ref") it rests on, or says it is our choice where the
 * reference is silent; {@code docs/SECURITY.md} lists the same rules for readers of the code.
 *
 * <ol>
 * <li><b>Path: trusted root, then the RRN certificate, nothing between.</b> Ref line 97: "The RRN
 *     certificate must chain to a trusted Belgian root"; ref lines 23-25 list the card's
 *     certificates: the citizen/foreigner CA (503A) issues the holder's certificates, and no
 *     intermediate is documented for the RRN certificate (503C). So its issuer must be a trusted
 *     root by name and the root's key must verify it ({@link NotAuthenticReason#RRN_CERTIFICATE_UNTRUSTED}
 *     when the name matches but no key does); any other issuer is an intermediate the reference
 *     does not know, or a stranger ({@link NotAuthenticReason#RRN_PATH_SHAPE}), and so is a
 *     trusted root itself in 503C (a path with no RRN certificate in it). Our choice: the path is
 *     not extended with the card's 503A (a CA the card itself brings proves nothing).</li>
 * <li><b>Not a CA.</b> Ref line 16: the files are signed "by the national register "RRN" key",
 *     an end entity, not an authority. The reference does not state the extensions; our choice,
 *     after RFC 5280 4.2.1.9 and 4.2.1.3: basic constraints with cA true, or a key usage with
 *     keyCertSign or cRLSign, make it a CA certificate ({@link NotAuthenticReason#RRN_SIGNER_IS_CA}).</li>
 * <li><b>A key usage for signing.</b> The reference is silent on key usage; our choice: the
 *     extension must be present (a certificate that does not say what its key is for is not the
 *     register's signing certificate) and assert digitalSignature or nonRepudiation, the two
 *     RFC 5280 usages for signatures on data ({@link NotAuthenticReason#RRN_KEY_USAGE}).</li>
 * <li><b>The subject is the national register.</b> Ref lines 16 and 25 name the signer "RRN",
 *     line 97 makes it Belgian; the exact distinguished name is not in the reference. Our choice:
 *     exactly one common name, "RRN", and exactly one country, "BE"; the organisation is not
 *     checked, so the test PKI can say it is a test ({@link NotAuthenticReason#RRN_SUBJECT}).</li>
 * <li><b>Valid when the card was issued.</b> Ref line 63: tag 3 is the card's "validity begin";
 *     the reference does not call it the issue date, nor say when the files were signed. Our
 *     choice: the certificate must be valid at some moment of that day, Brussels time
 *     ({@link NotAuthenticReason#RRN_NOT_VALID_AT_ISSUE}). Not "valid today": a card stays in use for
 *     years (tags 3/4) and ref line 100 keeps an expired card identifying its holder, so an RRN
 *     certificate that expired since the card was made does not make the card a forgery. The
 *     root's own dates are not checked (a trust anchor is configured, not validated).</li>
 * </ol>
 *
 * <p>Rules are checked in this order and the first broken one is reported: after a path that
 * fails, the certificate's other properties were chosen by whoever made it and say nothing. Rules
 * 1-4 depend on the certificate's bytes alone: their outcome is kept for the last four certificates
 * seen, by exact DER encoding, so a read of a card of a known generation pays only for rule 5.
 */
public final class RrnSignerPolicy {

    /** Card dates (tags 3 and 4) are Belgian civil dates. */
    public static final ZoneId CARD_DATES_ZONE = ZoneId.of("Europe/Brussels");

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;

    private final List<X509Certificate> trustedRoots;
    /** Rules 1-4's outcome for the last few RRN certificates seen, by their exact DER bytes. */
    private final ExactBytesCache<Optional<Refusal>> certificateOutcomes = new ExactBytesCache<>(4);

    public RrnSignerPolicy(List<X509Certificate> trustedRoots) {
        this.trustedRoots = List.copyOf(trustedRoots);
    }

    /**
     * Why a certificate may not sign a card, for the site manager's log. {@code detail} never holds
     * the certificate's subject (a forged one may name a person), only what broke the rule.
     */
    public record Refusal(NotAuthenticReason reason, String detail) {
    }

    /** Empty when {@code rrn} may have signed a card whose validity began on {@code issueDate}. */
    public Optional<Refusal> check(X509Certificate rrn, LocalDate issueDate) {
        Optional<Refusal> refusal = certificateRules(rrn);
        if (refusal.isEmpty()) {
            refusal = withSerial(rrn, validOn(rrn, issueDate));
        }
        return refusal;
    }

    /**
     * Rules 1 to 4, which depend on the certificate alone, and on nothing of the card but its bytes:
     * every card of a generation carries one of a handful of RRN certificates, so their outcome is
     * kept for the last few certificates, each by its exact DER encoding (another certificate, even
     * one differing in a single bit, is checked in full). Rule 5 depends on the card's date and is
     * checked every time.
     */
    private Optional<Refusal> certificateRules(X509Certificate rrn) {
        byte[] der;
        try {
            der = rrn.getEncoded();
        } catch (java.security.cert.CertificateEncodingException | RuntimeException e) {
            return checkCertificateRules(rrn);
        }
        return certificateOutcomes.get(der, () -> checkCertificateRules(rrn));
    }

    private Optional<Refusal> checkCertificateRules(X509Certificate rrn) {
        Optional<Refusal> refusal = path(rrn);
        if (refusal.isEmpty()) {
            refusal = notCa(rrn);
        }
        if (refusal.isEmpty()) {
            refusal = signingKeyUsage(rrn);
        }
        if (refusal.isEmpty()) {
            refusal = subject(rrn);
        }
        return withSerial(rrn, refusal);
    }

    private static Optional<Refusal> withSerial(X509Certificate rrn, Optional<Refusal> refusal) {
        return refusal.map(r -> new Refusal(r.reason(), r.detail() + " (certificate serial "
                + rrn.getSerialNumber().toString(16) + ")"));
    }

    private Optional<Refusal> path(X509Certificate rrn) {
        if (trustedRoots.contains(rrn)) {
            return refuse(NotAuthenticReason.RRN_PATH_SHAPE,
                    "503C holds a trusted root itself, not an RRN certificate issued by it");
        }
        boolean issuerNamed = false;
        for (X509Certificate root : trustedRoots) {
            if (!root.getSubjectX500Principal().equals(rrn.getIssuerX500Principal())) {
                continue;
            }
            issuerNamed = true;
            try {
                rrn.verify(root.getPublicKey());
                return Optional.empty();
            } catch (GeneralSecurityException | RuntimeException e) {
                // another root with the same name may still match
            }
        }
        if (issuerNamed) {
            return refuse(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED,
                    "issuer is named as a trusted root but no trusted root's key verifies the certificate");
        }
        return refuse(NotAuthenticReason.RRN_PATH_SHAPE, "issued by '" + rrn.getIssuerX500Principal().getName()
                + "', not by a trusted root: the path must be root then RRN certificate, with no intermediate");
    }

    private static Optional<Refusal> notCa(X509Certificate rrn) {
        if (rrn.getBasicConstraints() >= 0) {
            return refuse(NotAuthenticReason.RRN_SIGNER_IS_CA, "basic constraints say it is a CA certificate");
        }
        boolean[] usage = rrn.getKeyUsage();
        if (usage != null && (bit(usage, KEY_CERT_SIGN) || bit(usage, CRL_SIGN))) {
            return refuse(NotAuthenticReason.RRN_SIGNER_IS_CA, "key usage allows signing certificates or CRLs");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> signingKeyUsage(X509Certificate rrn) {
        boolean[] usage = rrn.getKeyUsage();
        if (usage == null) {
            return refuse(NotAuthenticReason.RRN_KEY_USAGE, "no key usage extension");
        }
        if (!bit(usage, DIGITAL_SIGNATURE) && !bit(usage, NON_REPUDIATION)) {
            return refuse(NotAuthenticReason.RRN_KEY_USAGE,
                    "key usage allows neither digitalSignature nor nonRepudiation");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> subject(X509Certificate rrn) {
        List<String> commonNames = DistinguishedNames.values(rrn.getSubjectX500Principal(), Attribute.COMMON_NAME);
        List<String> countries = DistinguishedNames.values(rrn.getSubjectX500Principal(), Attribute.COUNTRY);
        if (!commonNames.equals(List.of("RRN"))) {
            return refuse(NotAuthenticReason.RRN_SUBJECT, "subject's common name is not exactly one 'RRN' ("
                    + commonNames.size() + " common names; the value is not logged)");
        }
        if (!countries.equals(List.of("BE"))) {
            return refuse(NotAuthenticReason.RRN_SUBJECT, "subject's country is not exactly one 'BE' ("
                    + countries.size() + " countries)");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> validOn(X509Certificate rrn, LocalDate issueDate) {
        Instant dayStart = issueDate.atStartOfDay(CARD_DATES_ZONE).toInstant();
        Instant nextDayStart = issueDate.plusDays(1).atStartOfDay(CARD_DATES_ZONE).toInstant();
        Instant notBefore = rrn.getNotBefore().toInstant();
        Instant notAfter = rrn.getNotAfter().toInstant();
        if (!notBefore.isBefore(nextDayStart) || notAfter.isBefore(dayStart)) {
            return refuse(NotAuthenticReason.RRN_NOT_VALID_AT_ISSUE, "valid from " + notBefore + " to " + notAfter
                    + ", not on the card's validity begin (tag 3; the date is not logged)");
        }
        return Optional.empty();
    }

    private static boolean bit(boolean[] usage, int index) {
        return usage.length > index && usage[index];
    }

    private static Optional<Refusal> refuse(NotAuthenticReason reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
