package be.sitegate.demoui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.demo.VirtualReaderControl;
import be.sitegate.ui.shared.I18n;
import java.util.ArrayList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class VirtualReaderWindowTest extends FxRobot {

    private final List<String> calls = new ArrayList<>();
    private final VirtualReaderControl reader = new VirtualReaderControl() {
        @Override
        public List<Profile> profiles() {
            return List.of(new Profile("valid", "Alice (valid)"), new Profile("expired", "Bob (expired)"));
        }

        @Override
        public void insert(String profileId) {
            calls.add("insert " + profileId);
        }

        @Override
        public void remove() {
            calls.add("remove");
        }

        @Override
        public List<String> badges() {
            return List.of("badge", "random");
        }

        @Override
        public void holdBadge(String badgeId) {
            calls.add("badge " + badgeId);
        }

        @Override
        public Optional<DemoSignIn> signIn() {
            return Optional.of(new DemoSignIn("demo", "pw", List.of("1Y101DRUNWB5Z")));
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aButtonPerSpecimenAndOneToPullTheCard() throws Exception {
        FxToolkit.setupFixture(() -> new VirtualReaderWindow(reader, new I18n(Locale.ENGLISH), Runnable::run).show());
        clickOn("#insert-expired");
        clickOn("#remove-card");
        assertThat(calls).containsExactly("insert expired", "remove");
        assertThat(lookup("#remove-card").queryButton().getText()).isEqualTo("Remove card");
    }

    @Test
    void aButtonPerBadgeInTheWorkersWords() throws Exception {
        FxToolkit.setupFixture(() -> new VirtualReaderWindow(reader, new I18n(Locale.forLanguageTag("nl")),
                Runnable::run).show());
        assertThat(lookup("#hold-badge").queryButton().getText()).isEqualTo("badge (om te koppelen)");
        assertThat(lookup("#hold-random").queryButton().getText()).isEqualTo("chip met willekeurig nummer");
        clickOn("#hold-badge");
        clickOn("#hold-random");
        assertThat(calls).containsExactly("badge badge", "badge random");
    }

    @Test
    void theKioskKeepsTheKeyboardAndTheReaderKeepsToItsStrip() throws Exception {
        Stage kiosk = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new TextField("kiosk form"), 1024, 768));
            stage.show();
        });
        VirtualReaderWindow window = new VirtualReaderWindow(reader, new I18n(Locale.ENGLISH), Runnable::run);
        FxToolkit.setupFixture(() -> window.show(kiosk));
        assertThat(window.kioskHasTheKeyboard()).as("after the reader window opened").isTrue();

        clickOn("#insert-valid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.kioskHasTheKeyboard()).as("after a tap in the reader window").isTrue();

        Window readerStage = lookup("#remove-card").query().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(readerStage.getX()).as("inside the strip the kiosk leaves free")
                .isGreaterThanOrEqualTo(screen.getMaxX() - window.reservedWidth());
        assertThat(readerStage.getX() + readerStage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        FxToolkit.setupFixture(window::close);
    }

    @Test
    void knownProfilesGetAShortTranslatedNameAndTheSignInIsShown() throws Exception {
        FxToolkit.setupFixture(() -> new VirtualReaderWindow(reader, new I18n(Locale.forLanguageTag("nl")),
                Runnable::run).show());
        assertThat(lookup("#insert-expired").queryButton().getText()).isEqualTo("expired · verlopen");
        assertThat(lookup("#insert-valid").queryButton().getText()).isEqualTo("Alice (valid)");
        assertThat(lookup("#demo-sign-in").queryLabeled().getText())
                .isEqualTo("Aanmelden: demo / pw, werf 1Y101DRUNWB5Z");
    }
}
