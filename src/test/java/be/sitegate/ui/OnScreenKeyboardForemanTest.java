package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.InMemoryPins;
import be.sitegate.kiosk.PinGate;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 8, on the foreman's list: the search is typed on the on-screen keyboard alone,
 * which docks under the list when the search is tapped and goes away with "done".
 */
class OnScreenKeyboardForemanTest extends KioskUiTestBase {

    private final InMemoryPins records = new InMemoryPins();
    private final PinGate gate = new PinGate(records, InMemoryPins.FAST_HASHER, Optional.empty(), Clock.systemUTC());

    private Registration registered(String ref, WorkerId who, String name) {
        return new Registration(new ClientReference(ref), Fixtures.CIAW_SITE, who,
                Optional.of(Fixtures.ROOFER.enterpriseNumber()), h.session.today(), h.clock.instant(),
                IdentificationMethod.EID_CARD, Optional.of(name), Delivery.pending(h.clock.instant()));
    }

    @Test
    void theForemanSearchesTheListTappingOnlyTheOnScreenKeys() throws Exception {
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30));
        h = new KioskHarness(settings);
        h.open(Fixtures.CIAW_SITE);
        gate.set(be.sitegate.domain.Pin.of("482913"));
        h.presences.registrations.add(registered("SGKBD1", Fixtures.ANNA, "Anna Peeters"));
        h.presences.registrations.add(registered("SGKBD2", WorkerId.of(Fixtures.OTHER_WORKER), "Ioana Popescu"));
        show(h.services.withPin(gate), settings);
        awaitScreen(Screen.IDLE);
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        "482913".chars().forEach(c -> clickOn("#pin" + (char) c));
        clickOn("#okButton");
        awaitScreen(Screen.ATTENDANCE);
        assertThat(shown("#keyboard")).as("no keyboard until the search is tapped").isFalse();

        clickOn("#search");
        awaitTrue(() -> shown("#keyboard"));
        clickOn("#osk-i");
        clickOn("#osk-o");
        clickOn("#osk-a");
        TableView<?> table = lookup("#table").queryAs(TableView.class);
        awaitTrue(() -> table.getItems().size() == 1);
        clickOn("#osk-enter");
        awaitTrue(() -> !shown("#keyboard"));
        assertThat(table.getItems()).hasSize(1);
    }
}
