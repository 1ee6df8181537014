package be.sitegate.logging;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.UnderUmask;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's log file: private whatever the umask, masked like the console, with a date on every line. */
class FileLogTest {

    @TempDir
    Path dir;

    @Test
    void underUmask000TheLogFileIs0600InA0700FolderAndItsLinesAreMasked() throws Exception {
        Path logs = dir.resolve("data").resolve("logs");
        String modes = UnderUmask.run("000", WriteOneLogLine.class, logs.toString());

        assertThat(modes).as("the umask is really 000 in the child").contains("plain rw-rw-rw-");
        assertThat(modes).contains("folder rwx------", "file rw-------");
        String text = Files.readString(logs.resolve(FileLog.ACTIVE));
        assertThat(text).matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN .*")
                .contains("**.**.**-***.28", "Bearer [token removed]")
                .doesNotContain("033.28", "abcdefghijklmnop1234");
    }

    @Test
    void secretsAreMaskedWhereverTheyStand() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJraW9zayJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        assertThat(SecretMask.mask("assertion " + jwt + " sent")).isEqualTo("assertion [token removed] sent");
        assertThat(SecretMask.mask("Authorization: bearer 0123456789abcdef")).isEqualTo("Authorization: bearer [token removed]");
        assertThat(SecretMask.mask("key:\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\nafter"))
                .isEqualTo("key:\n[private key removed]\nafter");
        assertThat(SecretMask.mask("-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBg (cut off)"))
                .isEqualTo("[private key removed]");
        assertThat(SecretMask.mask("a bearer of bad news")).as("a word is not a token").isEqualTo("a bearer of bad news");
        assertThat(SecretMask.maskAll("85073003328 with Bearer abcdefghijklmnop")).isEqualTo(
                "**.**.**-***.28 with Bearer [token removed]");
    }
}
