package be.sitegate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KioskConfigTest {

    private static final Path SAMPLE = Path.of("kiosk-config", "sitegate.properties");

    @TempDir
    Path dir;

    @Test
    void theSampleDocumentsExactlyTheKeysTheKioskKnows() throws Exception {
        Properties sample = new Properties();
        try (Reader in = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
            sample.load(in);
        }
        assertThat(new TreeSet<>(sample.stringPropertyNames())).isEqualTo(new TreeSet<>(KioskConfig.KEYS));
    }

    @Test
    void theSampleLoadsToTheDefaults() {
        KioskConfig fromSample = KioskConfig.load(SAMPLE, Map.of("XDG_DATA_HOME", "/srv/data"));
        KioskConfig defaults = KioskConfig.of(Map.of(), Map.of("XDG_DATA_HOME", "/srv/data"));
        assertThat(fromSample).isEqualTo(defaults);
        assertThat(defaults.storeFile()).isEqualTo(Path.of("/srv/data/sitegate/kiosk.db"));
        assertThat(defaults.centralUrl()).isEmpty();
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.dayEndsAt()).isEqualTo(LocalTime.of(23, 59));
        assertThat(defaults.languages()).containsExactly("nl", "fr", "de", "en", "pl", "ro", "pt",
                "bg", "es", "it", "sk", "tr", "uk", "hu", "lt");
        assertThat(defaults.acceptSpecimenCards()).isFalse();
    }

    @Test
    void theKioskAsksOnlyWhatTheRealServiceOffersUnlessToldOtherwise() {
        assertThat(KioskConfig.of(Map.of(), Map.of()).centralOffers()).isEqualTo(CentralOffers.NONE);
        assertThat(KioskConfig.of(Map.of("central.offers", "search"), Map.of()).centralOffers())
                .isEqualTo(new CentralOffers(false, true));
        assertThat(KioskConfig.of(Map.of("central.offers", "employer-lookup, search"), Map.of()).centralOffers())
                .isEqualTo(CentralOffers.ALL);
        assertThatThrownBy(() -> KioskConfig.of(Map.of("central.offers", "lookup"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("central.offers")
                .hasMessageContaining("'lookup' is not one of employer-lookup, search");
    }

    @Test
    void withoutXdgTheStoreLivesUnderTheHomeFolder() {
        KioskConfig c = KioskConfig.of(Map.of(), Map.of());
        assertThat(c.storeFile()).isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/sitegate/kiosk.db"));
    }

    @Test
    void aMissingFileMeansDefaults() {
        assertThat(KioskConfig.load(dir.resolve("absent.properties"), Map.of()))
                .isEqualTo(KioskConfig.of(Map.of(), Map.of()));
    }

    @Test
    void aKeyAnEarlierVersionUnderstoodIsIgnoredNotRefused() {
        assertThat(KioskConfig.of(Map.of("sync.max-attempts", "50"), Map.of()))
                .isEqualTo(KioskConfig.of(Map.of(), Map.of()));
        assertThat(KioskConfig.RETIRED_KEYS).containsKey("sync.max-attempts");
    }

    @ParameterizedTest(name = "{0}={1} is refused naming the key")
    @CsvSource({
            "central.url, http://insecure.example, central.url",
            "central.url, not a url, central.url",
            "central.read-timeout, fifteen, central.read-timeout",
            "central.call-timeout, 0s, central.call-timeout",
            "sync.backoff-initial, soon, sync.backoff-initial",
            "sync.backoff-max, -5m, sync.backoff-max",
            "card.accept-specimen, maybe, card.accept-specimen",
            "kiosk.day-ends-at, midnight, kiosk.day-ends-at",
            "kiosk.languages, 'nl,xx', kiosk.languages",
            "kiosk.language, ja, kiosk.language",
            "central.ulr, https://x.example, central.ulr",
    })
    void invalidValuesNameTheirKey(String key, String value, String named) {
        assertThatThrownBy(() -> KioskConfig.of(Map.of(key, value), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo(named);
                    assertThat(e.getMessage()).startsWith(named + ":");
                });
    }

    @Test
    void aRealKioskNamesTheFirstMissingCentralKey() {
        KioskConfig c = KioskConfig.of(Map.of("central.url", "https://presence.example/api"), Map.of());
        assertThatThrownBy(c::requireCentralService)
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("central.client-keystore"));
        assertThatThrownBy(() -> KioskConfig.of(Map.of(), Map.of()).requireCentralService())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("central.url"));
    }

    @Test
    void theSoundVolumeIsZeroToOneHundredAndZeroIsOff() {
        assertThat(KioskConfig.of(Map.of(), Map.of()).soundVolume()).isEqualTo(KioskConfig.DEFAULT_SOUND_VOLUME);
        assertThat(KioskConfig.of(Map.of("sound.volume", "0"), Map.of()).soundVolume()).isZero();
        assertThat(KioskConfig.of(Map.of("sound.volume", "100"), Map.of()).forDemo(dir.resolve("d.db")).soundVolume())
                .isEqualTo(100);
        for (String bad : new String[] {"101", "-1", "loud", "50%"}) {
            assertThatThrownBy(() -> KioskConfig.of(Map.of("sound.volume", bad), Map.of()))
                    .as(bad).isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.key()).isEqualTo("sound.volume"));
        }
    }

    @Test
    void readsDurationsInEveryDocumentedUnit() {
        KioskConfig c = KioskConfig.of(Map.of("central.connect-timeout", "500ms", "central.read-timeout", "2m",
                "central.call-timeout", "1h", "kiosk.confirmation-time", "8s"), Map.of());
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.callTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(c.confirmationShownFor()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void knowsNoKeyThatLooksLikeASecret() {
        Set<String> secretish = new TreeSet<>();
        KioskConfig.KEYS.stream().filter(k -> k.endsWith("password") || k.endsWith("secret") || k.endsWith("token"))
                .forEach(secretish::add);
        assertThat(secretish).isEmpty();
    }

    @Test
    void theExportFolderIsAKeyWithTheHomeFolderAsDefaultAndAFileOrSystemFolderIsRefused() throws Exception {
        assertThat(KioskConfig.of(Map.of(), Map.of()).exportFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(KioskConfig.of(Map.of("export.folder", "/media/sitegate/STICK"), Map.of()).exportFolder())
                .as("a stick plugged in later need not exist at start-up").isEqualTo(Path.of("/media/sitegate/STICK"));
        Path file = Files.writeString(dir.resolve("not-a-folder.txt"), "x");
        assertThatThrownBy(() -> KioskConfig.of(Map.of("export.folder", file.toString()), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("export.folder: ")
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> KioskConfig.of(Map.of("export.folder", "/proc/self"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("export.folder: ");
        assertThatThrownBy(() -> KioskConfig.of(Map.of("export.folder", "/media/st\u0000ick"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("export.folder: ");
    }

    @Test
    void theOldExportFolderVariableIsNoLongerRead() {
        assertThat(KioskConfig.of(Map.of(), Map.of("SITEGATE_EXPORT_FOLDER", "/media/old")).exportFolder())
                .isEqualTo(Path.of(System.getProperty("user.home")));
    }
}
