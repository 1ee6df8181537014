package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.RrnSignerPolicy.Refusal;
import be.sitegate.pki.Certificates;
import be.sitegate.pki.Certificates.Profile;
import be.sitegate.pki.Certificates.Usage;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of the RRN signer policy on certificates made for the purpose, one property off at a time. */
class RrnSignerPolicyTest {

    private static final String ROOT_DN = "CN=Policy Test Root CA, O=SiteGate Test, C=BE";
    private static final String RRN_DN = "CN=RRN, O=RRN, C=BE";
    private static final Instant FROM = Instant.parse("2015-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2045-01-01T00:00:00Z");
    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 15);

    private static KeyPair rootKey;
    private static X509Certificate root;
    private static KeyPair rsaRootKey;
    private static X509Certificate rsaRoot;
    private static KeyPair ecKey;
    private static KeyPair rsaKey;
    private static RrnSignerPolicy policy;

    @BeforeAll
    static void pki() {
        rootKey = Certificates.ecP384();
        root = Certificates.selfSigned(Profile.ca(ROOT_DN, rootKey.getPublic(), FROM, TO), rootKey.getPrivate());
        rsaRootKey = Certificates.rsa(2048);
        rsaRoot = Certificates.selfSigned(Profile.ca("CN=Policy Test RSA Root CA, C=BE", rsaRootKey.getPublic(), FROM,
                TO), rsaRootKey.getPrivate());
        ecKey = Certificates.ecP384();
        rsaKey = Certificates.rsa(2048);
        policy = new RrnSignerPolicy(List.of(root, rsaRoot));
    }

    private static X509Certificate byRoot(Profile profile) {
        return Certificates.issue(profile, root, rootKey.getPrivate());
    }

    private static Profile rrn(String dn) {
        return Profile.signer(dn, ecKey.getPublic(), FROM, TO);
    }

    private static Optional<NotAuthenticReason> reason(X509Certificate certificate) {
        return policy.check(certificate, ISSUED).map(Refusal::reason);
    }

    @Test
    void anRrnCertificateIssuedByTheRootPasses() {
        assertThat(policy.check(byRoot(rrn(RRN_DN)), ISSUED)).isEmpty();
        X509Certificate rsa = Certificates.issue(Profile.signer(RRN_DN, rsaKey.getPublic(), FROM, TO), rsaRoot,
                rsaRootKey.getPrivate());
        assertThat(policy.check(rsa, ISSUED)).isEmpty();
    }

    @Test
    void eitherSigningUsageIsEnough() {
        assertThat(reason(byRoot(rrn(RRN_DN).withKeyUsage(Usage.DIGITAL_SIGNATURE)))).isEmpty();
        assertThat(reason(byRoot(rrn(RRN_DN).withKeyUsage(Usage.NON_REPUDIATION)))).isEmpty();
    }

    @Test
    void aCaCertificateIsRefusedEvenWithSigningUsage() {
        X509Certificate ca = byRoot(Profile.ca(RRN_DN, ecKey.getPublic(), FROM, TO)
                .withKeyUsage(Usage.DIGITAL_SIGNATURE, Usage.NON_REPUDIATION, Usage.KEY_CERT_SIGN));
        assertThat(reason(ca)).contains(NotAuthenticReason.RRN_SIGNER_IS_CA);
        X509Certificate caWithoutCertSign = byRoot(Profile.ca(RRN_DN, ecKey.getPublic(), FROM, TO)
                .withKeyUsage(Usage.DIGITAL_SIGNATURE));
        assertThat(reason(caWithoutCertSign)).as("basic constraints alone").contains(NotAuthenticReason.RRN_SIGNER_IS_CA);
    }

    @Test
    void aKeyThatCertifiesIsACaKeyWhateverTheBasicConstraintsSay() {
        assertThat(reason(byRoot(rrn(RRN_DN).withKeyUsage(Usage.DIGITAL_SIGNATURE, Usage.KEY_CERT_SIGN))))
                .contains(NotAuthenticReason.RRN_SIGNER_IS_CA);
        assertThat(reason(byRoot(rrn(RRN_DN).withKeyUsage(Usage.DIGITAL_SIGNATURE, Usage.CRL_SIGN))))
                .contains(NotAuthenticReason.RRN_SIGNER_IS_CA);
    }

    @Test
    void theRootItselfIsNotAnRrnCertificate() {
        assertThat(reason(root)).contains(NotAuthenticReason.RRN_PATH_SHAPE);
        assertThat(reason(rsaRoot)).contains(NotAuthenticReason.RRN_PATH_SHAPE);
    }

    @Test
    void keyUsageMustAllowSigning() {
        assertThat(reason(byRoot(rrn(RRN_DN).withKeyUsage(Usage.KEY_ENCIPHERMENT, Usage.DATA_ENCIPHERMENT))))
                .contains(NotAuthenticReason.RRN_KEY_USAGE);
        assertThat(reason(byRoot(rrn(RRN_DN).withKeyUsage(Usage.KEY_AGREEMENT))))
                .contains(NotAuthenticReason.RRN_KEY_USAGE);
        assertThat(policy.check(byRoot(rrn(RRN_DN).withKeyUsage()), ISSUED)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(NotAuthenticReason.RRN_KEY_USAGE);
            assertThat(r.detail()).contains("no key usage extension");
        });
    }

    @Test
    void theSubjectMustBeExactlyTheRegister() {
        for (String dn : List.of("CN=RRN2, O=RRN, C=BE", "CN=rrn, O=RRN, C=BE",
                "CN=Alice Specimen (Signature), C=BE", "O=RRN, C=BE", "CN=RRN, O=RRN, C=NL", "CN=RRN, O=RRN",
                "CN=RRN, CN=Mallory, C=BE", "CN=RRN+CN=Mallory, C=BE", "CN=RRN, C=BE, C=NL", "CN=RRN\\, Mallory, C=BE")) {
            assertThat(reason(byRoot(rrn(dn)))).as(dn).contains(NotAuthenticReason.RRN_SUBJECT);
        }
        assertThat(reason(byRoot(rrn("C=BE, O=Any Organisation, CN=RRN")))).as("order and O are free").isEmpty();
    }

    @Test
    void theSubjectIsNeverLogged() {
        Optional<Refusal> refusal = policy.check(byRoot(rrn("CN=Alice Specimen (Signature), C=BE")), ISSUED);
        assertThat(refusal).isPresent();
        assertThat(refusal.get().detail()).doesNotContain("Alice").contains("serial");
    }

    @Test
    void anIntermediateBetweenRootAndSignerIsTheWrongPathShape() {
        KeyPair caKey = Certificates.ecP384();
        X509Certificate intermediate = byRoot(Profile.ca("CN=Citizen CA, C=BE", caKey.getPublic(), FROM, TO));
        X509Certificate underIntermediate = Certificates.issue(rrn(RRN_DN), intermediate, caKey.getPrivate());
        assertThat(policy.check(underIntermediate, ISSUED)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(NotAuthenticReason.RRN_PATH_SHAPE);
            assertThat(r.detail()).contains("Citizen CA");
        });
        // Trusting the intermediate as a root as well does not make the path longer than root, RRN.
        assertThat(new RrnSignerPolicy(List.of(root, intermediate)).check(underIntermediate, ISSUED)).isEmpty();
    }

    @Test
    void aSelfMadeSignerIsRefused() {
        KeyPair own = Certificates.ecP384();
        X509Certificate selfSigned = Certificates.selfSigned(Profile.signer(RRN_DN, own.getPublic(), FROM, TO),
                own.getPrivate());
        assertThat(reason(selfSigned)).contains(NotAuthenticReason.RRN_PATH_SHAPE);
    }

    @Test
    void aRootOfTheSameNameWithAnotherKeyIsUntrusted() {
        KeyPair impostorKey = Certificates.ecP384();
        X509Certificate impostor = Certificates.selfSigned(Profile.ca(ROOT_DN, impostorKey.getPublic(), FROM, TO),
                impostorKey.getPrivate());
        X509Certificate signed = Certificates.issue(rrn(RRN_DN), impostor, impostorKey.getPrivate());
        assertThat(reason(signed)).contains(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED);
    }

    @Test
    void theCertificateMustBeValidOnTheIssueDay() {
        X509Certificate expiredBefore = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(), FROM,
                Instant.parse("2024-03-13T23:59:59Z")));
        assertThat(reason(expiredBefore)).contains(NotAuthenticReason.RRN_NOT_VALID_AT_ISSUE);
        X509Certificate validFromAfter = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(),
                Instant.parse("2024-03-16T00:00:00Z"), TO));
        assertThat(reason(validFromAfter)).contains(NotAuthenticReason.RRN_NOT_VALID_AT_ISSUE);
        assertThat(policy.check(validFromAfter, ISSUED).get().detail()).doesNotContain("2024-03-15");
    }

    @Test
    void theIssueDayIsABrusselsDayAndAnyMomentOfItCounts() {
        // 15 March 2024 in Brussels is 14 March 23:00 UTC to 15 March 23:00 UTC.
        X509Certificate endsEarlyThatDay = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(), FROM,
                Instant.parse("2024-03-14T23:30:00Z")));
        assertThat(reason(endsEarlyThatDay)).isEmpty();
        X509Certificate startsLateThatDay = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(),
                Instant.parse("2024-03-15T22:30:00Z"), TO));
        assertThat(reason(startsLateThatDay)).isEmpty();
        X509Certificate endedTheEveningBefore = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(), FROM,
                Instant.parse("2024-03-14T22:30:00Z")));
        assertThat(reason(endedTheEveningBefore)).contains(NotAuthenticReason.RRN_NOT_VALID_AT_ISSUE);
    }

    @Test
    void anRrnCertificateExpiredSinceTheCardWasIssuedStillPasses() {
        X509Certificate expiredSince = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(), FROM,
                Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(reason(expiredSince)).as("checked at the issue date, not today").isEmpty();
    }

    @Test
    void thePathIsCheckedFirst() {
        // An untrusted certificate's other properties were chosen by its maker: the path is the reason.
        KeyPair own = Certificates.ecP384();
        X509Certificate selfMadeCa = Certificates.selfSigned(Profile.ca("CN=Mallory, C=XX", own.getPublic(), FROM,
                Instant.parse("2016-01-01T00:00:00Z")), own.getPrivate());
        assertThat(reason(selfMadeCa)).contains(NotAuthenticReason.RRN_PATH_SHAPE);
    }

    /** Rules 1-4 are kept per certificate; rule 5 depends on each card's own issue day and is checked every time. */
    @Test
    void aCertificateSeenBeforeIsStillCheckedAgainstEachCardsIssueDay() {
        X509Certificate signer = byRoot(Profile.signer(RRN_DN, ecKey.getPublic(), FROM,
                Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(reason(signer)).isEmpty();
        assertThat(policy.check(signer, LocalDate.of(2026, 6, 1)).map(Refusal::reason))
                .contains(NotAuthenticReason.RRN_NOT_VALID_AT_ISSUE);
        assertThat(reason(signer)).isEmpty();
    }

    /** A certificate kept as passing gives nothing to one that differs from it in a single bit. */
    @Test
    void aCertificateOneBitAwayFromAPassingOneIsCheckedInFull() throws Exception {
        X509Certificate genuine = byRoot(rrn(RRN_DN));
        assertThat(reason(genuine)).isEmpty();
        byte[] der = genuine.getEncoded();
        der[der.length - 1] ^= 0x01; // the last byte is the root's signature
        X509Certificate altered = Certificates.parse(der);
        assertThat(reason(altered)).contains(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED);
        assertThat(reason(genuine)).isEmpty();
        assertThat(reason(altered)).contains(NotAuthenticReason.RRN_CERTIFICATE_UNTRUSTED);
    }

    @Test
    void aRefusalSeenBeforeIsTheSameRefusal() {
        X509Certificate wrongSubject = byRoot(rrn("CN=Mallory, C=BE"));
        RrnSignerPolicy fresh = new RrnSignerPolicy(List.of(root, rsaRoot));
        Optional<Refusal> first = fresh.check(wrongSubject, ISSUED);
        assertThat(first.map(Refusal::reason)).contains(NotAuthenticReason.RRN_SUBJECT);
        assertThat(fresh.check(wrongSubject, ISSUED)).isEqualTo(first);
    }

    /** More certificates than are kept: each still gets its own outcome, the first ones again after they went. */
    @Test
    void moreCertificatesThanAreKeptEachGetTheirOwnOutcome() {
        RrnSignerPolicy fresh = new RrnSignerPolicy(List.of(root, rsaRoot));
        List<X509Certificate> good = List.of(byRoot(rrn(RRN_DN)), byRoot(rrn("C=BE, CN=RRN")),
                byRoot(rrn("CN=RRN, O=One, C=BE")), byRoot(rrn("CN=RRN, O=Two, C=BE")), byRoot(rrn("CN=RRN, O=Three, C=BE")));
        List<X509Certificate> bad = List.of(byRoot(rrn("CN=RRN, O=RRN, C=NL")), byRoot(rrn("CN=RRN1, C=BE")),
                byRoot(rrn(RRN_DN).withKeyUsage(Usage.KEY_AGREEMENT)));
        for (int round = 0; round < 3; round++) {
            for (X509Certificate c : good) {
                assertThat(fresh.check(c, ISSUED)).as("round %d", round).isEmpty();
            }
            for (X509Certificate c : bad) {
                assertThat(fresh.check(c, ISSUED)).as("round %d", round).isPresent();
            }
        }
    }
}
