package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.fake.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The root view model connects the screens' view models to the ports only while the window is shown. */
class KioskViewModelTest {

    private final KioskHarness h = new KioskHarness();
    private final ManualCountdown countdown = new ManualCountdown();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private KioskViewModel vm;

    @BeforeEach
    void start() {
        vm = new KioskViewModel(h.services, Threads.direct(), countdown, i18n);
    }

    private void openConstruction() {
        h.open(Fixtures.CIAW_SITE);
        vm.activate();
    }

    @Test
    void deactivateLeavesNoListenersBehind() {
        openConstruction();
        assertThat(h.card.listenerCount()).isEqualTo(1);
        assertThat(h.presences.listenerCount()).isEqualTo(1);
        vm.deactivate();
        assertThat(h.card.listenerCount()).isZero();
        assertThat(h.presences.listenerCount()).isZero();
    }
}
