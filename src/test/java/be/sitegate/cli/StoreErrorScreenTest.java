package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.ui.configerror.StoreErrorView;
import be.sitegate.ui.configerror.StoreProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * The kiosk unit's {@code sitegate kiosk --show-config-errors} on a damaged database: instead of
 * exiting (and being restarted every few seconds on a black screen, the reason only in the journal),
 * it shows that the database cannot be used, the store's advice with the way back (the latest
 * backup), and what to do, in the kiosk's language, and waits there. Shown in TestFX's stage, as
 * JavaFX can be launched only once in a JVM.
 */
class StoreErrorScreenTest extends FxRobot {

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
    void aDamagedDatabaseIsShownOnTheScreenWithTheWayBackAndTheKioskStaysUpUntilClosed() throws Exception {
        Path store = damagedDemoStore();
        AtomicReference<StoreProblem> shown = new AtomicReference<>();

        int exit = kiosk(shown, "kiosk", "--demo", "--show-config-errors", "--config", emptyConfig().toString());

        assertThat(exit).as("it waited on the screen, then ended as a start-up failure").isEqualTo(1);
        assertThat(shown.get().file()).isEqualTo(store);
        assertThat(shown.get().language()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(text("#store-error-title")).isEqualTo("Deze kiosk kan niet starten: de databank is onbruikbaar");
        assertThat(text("#store-error-advice")).contains(store.toString(), "is damaged", "latest backup", "kiosk.db-wal");
        assertThat(text("#store-error-what-to-do")).contains("sitegate doctor --backup", "systemctl restart sitegate-kiosk");
        assertThat(text("#store-error-file")).isEqualTo(store.toString());
        assertThat(err.toString()).isEmpty(); // the command's line went to the process's standard error, as for the configuration
    }

    @Test
    void withoutTheOptionItIsStillOneLineAndNoScreen() throws Exception {
        Path store = damagedDemoStore();
        AtomicReference<StoreProblem> shown = new AtomicReference<>();

        int exit = kiosk(shown, "kiosk", "--demo", "--config", emptyConfig().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(shown.get()).isNull();
        assertThat(err.toString().strip()).startsWith("sitegate: the kiosk's database " + store + " is damaged");
    }

    /** Garbage where the demo keeps its database: what a bad sector or a wrong copy leaves. */
    private Path damagedDemoStore() throws Exception {
        Path store = Files.createDirectories(dir.resolve("data").resolve("sitegate").resolve("demo")).resolve("kiosk.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(18).nextBytes(garbage);
        Files.write(store, garbage);
        return store;
    }

    private Path emptyConfig() throws Exception {
        return Files.writeString(dir.resolve("empty.properties"), "");
    }

    /** Runs the command with its screen shown in TestFX's stage instead of a JavaFX launch of its own. */
    private int kiosk(AtomicReference<StoreProblem> shown, String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        KioskCommand command = cl.getSubcommands().get("kiosk").getCommand();
        command.environment = Map.of("XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "HOME", dir.toString());
        command.storeErrorScreen = (problem, onShown) -> {
            shown.set(problem);
            try {
                // The kiosk gives the view the screen's size; here a small kiosk screen's, or its
                // wrapped lines would be measured unwrapped, wider than the headless screen.
                FxToolkit.setupSceneRoot(() -> {
                    StoreErrorView view = new StoreErrorView(problem);
                    view.setPrefSize(1024, 768);
                    return view;
                });
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
