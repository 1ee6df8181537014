package be.sitegate.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one password-file rule: one UTF-8 line, at most one line end dropped, nothing trimmed. */
class PasswordFileTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("pw"), content, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "s3cret!\\n             | s3cret!",
            "s3cret!\\r\\n          | s3cret!",
            "s3cret!                | s3cret!",
            "pass word\\n           | pass word",
            "zażółć-gęślą\\n        | zażółć-gęślą",
    })
    void oneLineWithAtMostOneLineEndIsThePassword(String content, String password) throws Exception {
        assertThat(PasswordFile.read(file(unescape(content)))).containsExactly(password.toCharArray());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "s3cret! \\n          | begins or ends with white space",
            "' s3cret!'           | begins or ends with white space",
            "s3cret!\\t\\n        | U+0009",
            "s3cret!\\u00a0       | begins or ends with white space",
            "\\ufeffs3cret!\\n    | U+FEFF",
            "s3cret!\\n\\n        | more than one line",
            "s3cret!\\nsecond     | more than one line",
            "s3cret!\\r           | more than one line",
            "pass\\u0000word      | U+0000",
            "\\n                  | holds no password",
            "''                   | holds no password",
    })
    void anythingElseIsRefusedWithTheFileAndTheFix(String content, String says) throws Exception {
        Path pw = file(unescape(content));
        assertThatThrownBy(() -> PasswordFile.read(pw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(pw.toString()).hasMessageContaining(says);
    }

    @Test
    void notUtf8AndHugeFilesAreRefused() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'p', (byte) 0xe9, '\n'});
        assertThatThrownBy(() -> PasswordFile.read(latin1)).hasMessageContaining("not UTF-8");
        Path huge = Files.writeString(dir.resolve("huge"), "x".repeat(PasswordFile.MAX_BYTES + 1));
        assertThatThrownBy(() -> PasswordFile.read(huge)).hasMessageContaining("one line");
    }

    @Test
    void aTypedPasswordFollowsTheSameRule() {
        assertThatThrownBy(() -> PasswordFile.check("s3cret! ".toCharArray(), "the typed password"))
                .hasMessageContaining("the typed password").hasMessageContaining("white space");
        PasswordFile.check("s3cret!".toCharArray(), "the typed password");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
