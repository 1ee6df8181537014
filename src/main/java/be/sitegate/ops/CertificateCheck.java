package be.sitegate.ops;

import be.sitegate.central.TechnicalUser;
import be.sitegate.config.KioskConfig;
import be.sitegate.kiosk.CertificateExpiry;
import be.sitegate.pki.PasswordFile;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * The technical user's certificate, opened as the kiosk opens it (the PKCS#12 file and its password
 * file): failed when it cannot be opened, has expired or is not valid yet; a warning from 30 days
 * before it expires ({@link CertificateExpiry}).
 */
public final class CertificateCheck implements Check {

    private static final String RENEW = "renew it now: 'sitegate csr --out DIR' (a new key and request), have the"
            + " request issued, 'sitegate csr --out DIR --import-cert CHAIN.pem', then restart the kiosk"
            + " (README, \"Renewing the certificate\")";

    private final KioskConfig config;
    private final Clock clock;

    public CertificateCheck(KioskConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public CheckResult run() {
        X509Certificate certificate;
        try {
            certificate = open();
        } catch (RuntimeException e) {
            return CheckResult.fail(name(), "cannot open the technical user's key store: " + e.getMessage(),
                    "check central.client-keystore and central.client-keystore-password-file (the files 'sitegate"
                            + " csr' wrote, readable by the kiosk's user)");
        }
        CertificateExpiry expiry = new CertificateExpiry(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
        Instant now = clock.instant();
        String who = certificate.getSubjectX500Principal().getName();
        String until = who + ", valid until " + expiry.notAfter();
        return switch (expiry.state(now)) {
            case VALID -> CheckResult.ok(name(), until + " (" + expiry.daysLeft(now) + " days left)");
            case EXPIRING -> CheckResult.warn(name(), until + ": only " + expiry.daysLeft(now) + " days left", RENEW);
            case EXPIRED -> CheckResult.fail(name(), who + " expired on " + expiry.notAfter()
                    + ": the service refuses the kiosk, nothing is sent", RENEW);
            case NOT_YET_VALID -> CheckResult.fail(name(), who + " is valid only from " + expiry.notBefore()
                    + " (is this computer's clock right?)", "check the clock ('timedatectl'); else wait until then or"
                    + " import the certificate that is valid now");
        };
    }

    private X509Certificate open() {
        Path keystore = config.clientKeystore().orElseThrow(() -> new IllegalStateException("none configured"));
        char[] password = PasswordFile.read(config.clientKeystorePasswordFile()
                .orElseThrow(() -> new IllegalStateException("no password file configured")));
        try {
            return TechnicalUser.fromPkcs12(keystore, password, config.clientId().orElse("sitegate-kiosk"))
                    .certificate();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
