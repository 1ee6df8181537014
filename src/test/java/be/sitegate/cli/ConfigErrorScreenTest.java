package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.ui.configerror.ConfigErrorView;
import be.sitegate.ui.configerror.ConfigProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import picocli.CommandLine;

/**
 * The kiosk unit's {@code sitegate kiosk --show-config-errors} with a configuration that has a bad
 * key: instead of exiting (and being restarted every few seconds on a black screen), it shows what
 * is wrong, which key, what to do and where the file is, and waits there. The screen is shown in
 * TestFX's stage, as JavaFX can be launched only once in a JVM.
 */
class ConfigErrorScreenTest extends FxRobot {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @BeforeEach
    void platform() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aBadKeyIsShownOnTheScreenWithTheKeyTheFileAndWhatToDo() throws Exception {
        Path config = Files.writeString(dir.resolve("sitegate.properties"), "kiosk.langauge=fr\n");
        AtomicReference<ConfigProblem> shown = new AtomicReference<>();

        int exit = kiosk(shown, "kiosk", "--show-config-errors", "--config", config.toString());

        assertThat(exit).as("it waited on the screen, then ended as a start-up failure").isEqualTo(1);
        assertThat(shown.get().key()).isEqualTo("kiosk.langauge");
        assertThat(text("#config-error-key")).contains("kiosk.langauge");
        assertThat(text("#config-error-problem")).contains("unknown key");
        assertThat(text("#config-error-what-to-do")).contains(config.toString(), "systemctl restart sitegate-kiosk",
                "Wat te doen", "Que faire");
        assertThat(text("#config-error-file")).contains(config.toString());
        assertThat(text("#config-error-title")).contains("cannot start", "kan niet starten", "ne peut pas démarrer");
    }

    @Test
    void withoutTheOptionItIsStillOneLineAndNoScreen() throws Exception {
        Path config = Files.writeString(dir.resolve("sitegate.properties"), "kiosk.langauge=fr\n");
        AtomicReference<ConfigProblem> shown = new AtomicReference<>();

        int exit = kiosk(shown, "kiosk", "--config", config.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(shown.get()).isNull();
        assertThat(err.toString().strip()).startsWith("sitegate: kiosk.langauge: unknown key");
    }

    /** Runs the command with its screen shown in TestFX's stage instead of a JavaFX launch of its own. */
    private int kiosk(AtomicReference<ConfigProblem> shown, String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        KioskCommand command = cl.getSubcommands().get("kiosk").getCommand();
        command.configErrorScreen = (problem, onShown) -> {
            shown.set(problem);
            try {
                FxToolkit.setupSceneRoot(() -> new ConfigErrorView(problem));
                FxToolkit.showStage();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            onShown.run();
        };
        return cl.execute(args);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
