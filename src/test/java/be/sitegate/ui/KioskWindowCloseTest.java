package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A closed kiosk window leaves nothing subscribed: not on the ports, not on the view models. */
class KioskWindowCloseTest extends KioskUiTestBase {

    @Test
    void closingTheWindowLetsGoOfEveryPort() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);
        assertThat(h.card.listenerCount()).isEqualTo(1);
        assertThat(h.presences.listenerCount()).isEqualTo(1);
        assertThat(h.sync.listenerCount()).isEqualTo(1);

        FxToolkit.setupFixture(() -> window.close());

        assertThat(h.card.listenerCount()).isZero();
        assertThat(h.presences.listenerCount()).isZero();
        assertThat(h.sync.listenerCount()).isZero();
        h.storage.failed(StorageFailedException.Reason.FULL);
        assertThat(vm.status.storageProblemProperty().get()).as("no storage listener left").isEqualTo(Msg.NONE);
    }

    @Test
    void aClosedWindowNoLongerFollowsTheScreenTheLanguageOrTheStatusBar() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);
        Node idle = lookup("#screen-idle").query();
        Node bar = lookup("#status-bar").query();
        String time = text("#time");

        FxToolkit.setupFixture(() -> window.close());
        FxToolkit.setupFixture(() -> {
            vm.idle.onTypeNumber(); // the view model moves on; the closed window must not
            i18n.setLocale(Locale.forLanguageTag("pl"));
            h.clock.advance(Duration.ofHours(1));
            vm.onTick();
        });

        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        assertThat(lookup("#screen-typed_entry").tryQuery()).isEmpty();
        assertThat(lookup("#screen-idle").<Node>query()).isSameAs(idle);
        assertThat(lookup("#status-bar").<Node>query()).as("not rebuilt in Polish").isSameAs(bar);
        assertThat(vm.status.timeProperty().get()).isNotEqualTo(time);
        assertThat(text("#time")).as("no longer bound to the status bar's view model").isEqualTo(time);
    }

    @Test
    void aWindowShownAlongsideClosesWithTheKioskWindowOnce() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        List<String> calls = new ArrayList<>();
        AuxiliaryWindow reader = new AuxiliaryWindow() {
            @Override
            public void show() {
                calls.add("show");
            }

            @Override
            public void close() {
                calls.add("close");
            }
        };
        FxToolkit.setupFixture(() -> window.showAlongside(List.of(reader)));
        assertThat(calls).containsExactly("show");

        FxToolkit.setupFixture(() -> window.close());
        FxToolkit.setupFixture(() -> window.close()); // the stage hidden, then the application stopped
        assertThat(calls).containsExactly("show", "close");
    }
}
