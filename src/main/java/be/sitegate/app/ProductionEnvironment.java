package be.sitegate.app;

import be.sitegate.card.PcscLibrary;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.TechnicalUser;
import be.sitegate.config.ConfigException;
import be.sitegate.config.KioskConfig;
import be.sitegate.pki.Certificates;
import be.sitegate.pki.PasswordFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/** A kiosk on a site: the configured central service, the PC/SC readers, the Belgian roots. */
public final class ProductionEnvironment {

    private ProductionEnvironment() {
    }

    public static KioskEnvironment from(KioskConfig config) {
        config.requireCentralService();
        config.cardLibrary().ifPresent(p -> System.setProperty(PcscLibrary.PROPERTY, p.toString()));
        PcscLibrary.configure();
        char[] password = readPassword(config.clientKeystorePasswordFile().orElseThrow());
        try {
            // requireCentralService refused an empty central.ca-file: the service's own CA only, never the JDK's list.
            List<X509Certificate> serviceCas = roots("central.ca-file", config.centralCaFile().orElseThrow());
            TechnicalUser user = technicalUser(config, password);
            URI base = config.centralUrl().orElseThrow();
            CentralConfig central = CentralConfig.of(base, serviceCas, user)
                    .withTimeouts(config.connectTimeout(), config.readTimeout(), config.readTimeout(),
                            config.callTimeout())
                    .withTokenUrl(config.centralTokenUrl().orElse(CentralConfig.underBase(base)));
            return new KioskEnvironment(config, central, new PcscTerminalSource(),
                    roots("card.trusted-roots", config.cardTrustedRoots().orElseThrow()), () -> { });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static List<X509Certificate> roots(String key, Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException(key, "cannot read " + file);
        }
        try {
            return Certificates.readAll(file);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, file + " holds no readable certificate");
        }
    }

    private static TechnicalUser technicalUser(KioskConfig config, char[] password) {
        Path keystore = config.clientKeystore().orElseThrow();
        try {
            return TechnicalUser.fromPkcs12(keystore, password, config.clientId().orElseThrow());
        } catch (RuntimeException e) {
            throw new ConfigException("central.client-keystore", "cannot open " + keystore + " with the password in "
                    + "central.client-keystore-password-file (" + e.getMessage() + ")");
        }
    }

    /** The same reader as {@code sitegate csr}, so the kiosk opens exactly the key store csr wrote. */
    static char[] readPassword(Path file) {
        try {
            return PasswordFile.read(file);
        } catch (UncheckedIOException e) {
            throw new ConfigException("central.client-keystore-password-file", "cannot read " + file);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("central.client-keystore-password-file", e.getMessage());
        }
    }
}
