package be.sitegate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that parse but make no sense, and values that used to give a raw Java exception: each is
 * refused with a {@link ConfigException} that names the key and says what to write instead.
 */
class AbsurdConfigurationTest {

    @TempDir
    Path dir;

    private static ConfigException refused(Map<String, String> values) {
        try {
            KioskConfig.of(values, Map.of());
        } catch (ConfigException e) {
            return e;
        } catch (RuntimeException e) {
            throw new AssertionError("a raw " + e.getClass().getName() + " instead of a ConfigException", e);
        }
        throw new AssertionError("accepted: " + values);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            // Overflows: before, NumberFormatException or ArithmeticException.
            "central.read-timeout    | 99999999999999999999999h | far too long",
            "central.call-timeout    | 9223372036854775807h     | far too long",
            "sync.backoff-max        | 153722867280912931m      | far too long",
            // Absurd but parsable.
            "central.call-timeout    | 87600h                   | outside 1s to 1h",
            "central.connect-timeout | 1ms                      | outside 100ms to 2m",
            "central.read-timeout    | 365000h                  | outside 1s to 10m",
            "sync.pull-interval      | 1ms                      | outside 10s to 24h",
            "sync.backoff-initial    | 10ms                     | outside 100ms to 1h",
            "card.read-timeout       | 876000h                  | outside 500ms to 2m",
            "kiosk.confirmation-time | 24h                      | outside 1s to 5m",
    })
    void anAbsurdOrOverflowingDurationIsRefusedWithItsRange(String key, String value, String says) {
        ConfigException e = refused(Map.of(key, value));
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).startsWith(key + ":").contains(says);
    }

    @Test
    void leadingZerosAreNotAnOverflow() {
        assertThat(KioskConfig.of(Map.of("central.read-timeout", "0000000000000000000015s"), Map.of()).readTimeout())
                .isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aBackoffThatStartsAboveItsMaximumIsRefused() {
        ConfigException e = refused(Map.of("sync.backoff-initial", "10m", "sync.backoff-max", "5m"));
        assertThat(e.key()).isEqualTo("sync.backoff-initial");
        assertThat(e.getMessage()).contains("longer than sync.backoff-max (5m)", "raise sync.backoff-max");
        assertThat(KioskConfig.of(Map.of("sync.backoff-initial", "5m", "sync.backoff-max", "5m"), Map.of())
                .syncBackoffInitial()).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://kiosk:s3cret@presence.example/api",
            "https://kiosk@presence.example/api",
            "https://:s3cret@presence.example/",
    })
    void credentialsInTheServiceAddressAreRefusedWithoutEchoingThem(String url) {
        ConfigException e = refused(Map.of("central.url", url));
        assertThat(e.key()).isEqualTo("central.url");
        assertThat(e.getMessage()).contains("user name or password").doesNotContain("s3cret").doesNotContain(url);
    }

    @Test
    void aQueryOrFragmentInTheServiceAddressIsRefused() {
        assertThat(refused(Map.of("central.url", "https://presence.example/api?debug=1")).key()).isEqualTo("central.url");
        assertThat(refused(Map.of("central.url", "https://presence.example/api#x")).key()).isEqualTo("central.url");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"store.file", "central.ca-file", "central.client-keystore",
        "central.client-keystore-password-file", "card.library", "card.trusted-roots"})
    void aNulOrLineBreakInAPathNamesTheKeyAndThePosition(String key) {
        // Before: Path.of threw InvalidPathException ("Nul character not allowed").
        ConfigException nul = refused(Map.of(key, "/var/lib/sitegate/kio\u0000sk.db"));
        assertThat(nul.key()).isEqualTo(key);
        assertThat(nul.getMessage()).contains("U+0000", "position 22", "retype the path");
        assertThat(refused(Map.of(key, "/var/lib/sitegate\n/kiosk.db")).getMessage()).contains("U+000A");
    }

    @Test
    void devNullAndOtherSystemFilesAreNoStore() {
        for (String odd : new String[] {"/dev/null", "/dev/shm/kiosk.db", "/proc/self/fd/1", "/sys/kiosk.db"}) {
            ConfigException e = refused(Map.of("store.file", odd));
            assertThat(e.key()).as(odd).isEqualTo("store.file");
            assertThat(e.getMessage()).as(odd).contains("devices or kernel files", "choose a file on a disk");
        }
    }

    @Test
    void aFolderIsNoStore() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        ConfigException e = refused(Map.of("store.file", folder.toString()));
        assertThat(e.getMessage()).contains("not an ordinary file", folder.resolve("kiosk.db").toString());
    }

    @Test
    void inProductionAnEmptyCaFileIsAnErrorNotTheWholeJavaTrustStore() throws Exception {
        Path pem = Files.writeString(dir.resolve("x.pem"), "");
        Map<String, String> everythingButTheCa = Map.of("central.url", "https://presence.example/api",
                "central.client-keystore", pem.toString(), "central.client-keystore-password-file", pem.toString(),
                "central.client-id", "kiosk-1", "card.trusted-roots", pem.toString(), "central.ca-file", " ");
        KioskConfig c = KioskConfig.of(everythingButTheCa, Map.of());
        assertThatThrownBy(c::requireCentralService).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.key()).isEqualTo("central.ca-file");
            assertThat(e.getMessage()).contains("is required", "not the Java runtime's list");
        });
    }
}
