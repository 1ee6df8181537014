package be.sitegate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the kiosk says when its configuration file is not where it was told, or nowhere at all. */
class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void aConfigOptionThatPointsAtNothingSaysSoAndNamesTheFile() {
        Path typo = dir.resolve("sitegate.propreties");
        for (boolean demo : new boolean[] {false, true}) {
            assertThatThrownBy(() -> ConfigFile.load(Optional.of(typo), Map.of(), demo))
                    .isInstanceOfSatisfying(ConfigException.class, e -> {
                        assertThat(e.key()).isEqualTo(typo.toString());
                        assertThat(e.getMessage()).startsWith(typo + ": no such file (given with --config)");
                    });
        }
    }

    @Test
    void withNoConfigurationAtAllARealKioskNamesTheFileItLookedForAndTheSample() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        Path lookedFor = dir.resolve("sitegate").resolve("sitegate.properties");
        assertThatThrownBy(() -> ConfigFile.load(Optional.empty(), env, false))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo(lookedFor.toString());
                    assertThat(e.getMessage()).startsWith(lookedFor + ": no configuration")
                            .contains("kiosk-config/sitegate.properties", "--config FILE", "--demo");
                });
    }

    @Test
    void theDemoNeedsNoConfigurationFile() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        assertThat(ConfigFile.load(Optional.empty(), env, true)).isEqualTo(KioskConfig.of(Map.of(), env));
    }

    @Test
    void aFileThatIsThereIsRead() throws Exception {
        Path given = Files.writeString(dir.resolve("kiosk.properties"), "kiosk.language=fr\n");
        assertThat(ConfigFile.load(Optional.of(given), Map.of(), false).language()).isEqualTo("fr");
        Path atTheDefaultPlace = dir.resolve("sitegate").resolve("sitegate.properties");
        Files.createDirectories(atTheDefaultPlace.getParent());
        Files.writeString(atTheDefaultPlace, "kiosk.language=de\n");
        assertThat(ConfigFile.load(Optional.empty(), Map.of("XDG_CONFIG_HOME", dir.toString()), false).language())
                .isEqualTo("de");
    }

    @Test
    void theSampleTheMessagesNameExists() {
        assertThat(Path.of(ConfigFile.SAMPLE)).isRegularFile();
    }
}
