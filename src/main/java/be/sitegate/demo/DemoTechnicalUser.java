package be.sitegate.demo;

import be.sitegate.central.TechnicalUser;
import be.sitegate.pki.Certificates;
import be.sitegate.pki.OwnerOnlyFiles;
import be.sitegate.pki.PasswordFile;
import be.sitegate.simulator.SimulatorServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * The demo kiosk's technical user, kept in the demo folder beside the simulator's CA. A new RSA key
 * costs about a second of the demo's start (more with the launcher's client-only compiler), and a
 * newcomer restarts the demo often; the key and its certificate are therefore made once and taken
 * again as long as the simulator still knows the certificate (its CA signed it, it is valid, it is
 * in the simulator's register). Anything else, a damaged file included, makes a new one.
 */
final class DemoTechnicalUser {

    static final String KEYSTORE = "demo-technical-user.p12";
    static final String PASSWORD_FILE = "demo-technical-user.password";
    private static final String ALIAS = "demo-technical-user";

    private DemoTechnicalUser() {
    }

    static TechnicalUser loadOrIssue(Path folder, SimulatorServer simulator, String clientId) {
        Path keystore = folder.resolve(KEYSTORE);
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            try {
                TechnicalUser kept = TechnicalUser.fromPkcs12(keystore, PasswordFile.read(passwordFile), clientId);
                if (simulator.knowsTechnicalUser(kept.certificate())) {
                    return kept;
                }
            } catch (RuntimeException e) {
                // a damaged or foreign key store: a new user replaces it below
            }
        }
        return issue(OwnerOnlyFiles.folder(folder), keystore, passwordFile, simulator, clientId);
    }

    private static TechnicalUser issue(Path folder, Path keystore, Path passwordFile, SimulatorServer simulator,
            String clientId) {
        KeyPair key = Certificates.rsa(2048);
        X509Certificate certificate = simulator.issueClientCertificate(key.getPublic(), clientId);
        char[] password = randomPassword();
        OwnerOnlyFiles.replace(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
        OwnerOnlyFiles.replace(keystore, Certificates.pkcs12(ALIAS, key.getPrivate(), password, certificate));
        return new TechnicalUser(clientId, key.getPrivate(), List.of(certificate));
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }
}
