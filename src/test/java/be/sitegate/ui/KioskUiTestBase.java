package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.shared.TimelineCountdown;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real kiosk window (1024x768, the smallest supported screen) on fakes, headless under
 * Monocle. Each test builds its own harness, so it can choose settings and prepare the fakes first.
 */
abstract class KioskUiTestBase extends FxRobot {

    protected KioskHarness h;
    protected KioskViewModel vm;
    protected I18n i18n;
    protected KioskWindow window;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    protected void launch(KioskSettings settings, Consumer<KioskHarness> prepare) throws TimeoutException {
        h = new KioskHarness(settings);
        prepare.accept(h);
        show(h.services, settings);
    }

    /**
     * Shows the real kiosk window over the given services: fakes, or the assembled kiosk. The robot
     * clicks as soon as a screen shows, faster than any finger, so the pause after a screen change in
     * which a press is not yet a tap is left out; the tests of that pause use {@link #showAsSet}.
     */
    protected void show(KioskServices services, KioskSettings settings) throws TimeoutException {
        showAsSet(services, settings.withTapSettle(Duration.ZERO), 1024, 768);
    }

    /** Shows the real kiosk window with these settings as they are, at this size. */
    protected void showAsSet(KioskServices services, KioskSettings settings, double width, double height)
            throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            i18n = new I18n(settings.defaultLocale());
            vm = new KioskViewModel(services, new Threads(Platform::runLater, Runnable::run),
                    new TimelineCountdown(), i18n);
            window = new KioskWindow(vm, i18n, settings.withWindowed(true));
            window.attach(stage, width, height);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void launch(Consumer<KioskHarness> prepare) throws TimeoutException {
        launch(KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH).withReturnDelay(Duration.ofSeconds(30)),
                prepare);
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.close());
        }
    }

    /** Waits (up to 10 s) for the kiosk to show a screen. */
    protected void awaitScreen(Screen screen) {
        awaitScreen(10, screen);
    }

    /** Waits until the view model is on the screen and the screen's view is in the window. */
    protected void awaitScreen(int seconds, Screen screen) {
        awaitTrue(seconds, () -> vm.flow.screen() == screen && lookup("#screen-" + screen.name().toLowerCase(Locale.ROOT)).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void awaitTrue(java.util.concurrent.Callable<Boolean> condition) {
        awaitTrue(5, condition);
    }

    /** For answers that cross a network or a card reader, where 5 s is tight on a loaded CI machine. */
    protected void awaitTrue(int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + seconds + " s (screen " + vm.flow.screen() + ")", e);
        }
    }

    /** The text of a visible label or button on the current screen. */
    protected String text(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = lookup(query).query();
        assertThat(node.isVisible()).as("%s visible", query).isTrue();
        return ((Labeled) node).getText();
    }

    /** Whether a visible label or button shows this text now; false while the screen is being swapped. */
    protected boolean shows(String query, String expected) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).tryQuery().filter(Node::isVisible)
                .map(n -> expected.equals(((Labeled) n).getText())).orElse(false);
    }

    /** True when the labelled node is visible and its whole text matches {@code regex}. */
    protected boolean showsMatching(String query, String regex) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).tryQuery().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText().matches(regex)).orElse(false);
    }

    protected boolean shown(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Taps the on-screen keypad. */
    protected void keypad(String digits) {
        for (char c : digits.toCharArray()) {
            clickOn("#key" + c);
        }
    }
}
