package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.TechnicalUser;
import be.sitegate.cli.SiteGateCommand;
import be.sitegate.config.ConfigException;
import be.sitegate.pki.TechnicalUserKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code csr} and the kiosk read a password file by one rule, so the kiosk opens the key store
 * {@code csr} wrote with the same file. Before, {@code csr} kept a trailing space the kiosk stripped.
 */
class KioskOpensWhatCsrWroteTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int csr(String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk-pass\n", "kiosk-pass\r\n", "kiosk-pass", "two words inside\n"})
    void theKioskOpensTheKeyStoreCsrWroteWithTheSamePasswordFile(String content) throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), content);
        assertThat(csr("csr", "--out", dir.toString(), "--client-id", "kiosk-1", "--password-file", pw.toString()))
                .as(err.toString()).isZero();

        char[] password = ProductionEnvironment.readPassword(pw);
        TechnicalUser user = TechnicalUser.fromPkcs12(dir.resolve(TechnicalUserKeys.KEYSTORE), password, "kiosk-1");
        assertThat(user.privateKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void aTrailingSpaceIsRefusedByBothInsteadOfReadTwoWays() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "kiosk-pass \n");
        assertThat(csr("csr", "--out", dir.toString(), "--password-file", pw.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("white space");
        assertThat(dir.resolve(TechnicalUserKeys.KEYSTORE)).doesNotExist();

        assertThatThrownBy(() -> ProductionEnvironment.readPassword(pw)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("central.client-keystore-password-file").hasMessageContaining("white space");
    }
}
