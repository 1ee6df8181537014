package be.sitegate.ui;

import be.sitegate.kiosk.fake.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import java.util.Locale;

/**
 * The kiosk's view models wired as the window wires them, on in-memory fakes, without a screen:
 * synchronous threads, English, and a countdown the test fires by hand.
 */
final class ViewModelsOnFakes {

    final KioskHarness h = new KioskHarness();
    final ManualCountdown countdown = new ManualCountdown();
    final I18n i18n = new I18n(Locale.ENGLISH);
    final KioskViewModel vm = new KioskViewModel(h.services, Threads.direct(), countdown, i18n);

    /** Opened for the construction site, as the contractor would, and listening to the ports. */
    void openConstruction() {
        h.open(Fixtures.CIAW_SITE);
        vm.activate();
    }
}
