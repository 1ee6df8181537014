package be.sitegate.ui;

import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import java.util.Locale;

/**
 * For tests of the kiosk's view models wired as the window wires them, on in-memory fakes, without a
 * screen: synchronous threads, English, and a countdown the test fires by hand.
 */
abstract class ViewModelsOnFakes {

    protected final KioskHarness h = new KioskHarness();
    protected final ManualCountdown countdown = new ManualCountdown();
    protected final I18n i18n = new I18n(Locale.ENGLISH);
    /** Not final: a test may wire them again over other services. */
    protected KioskViewModel vm = new KioskViewModel(h.services, Threads.direct(), countdown, i18n);

    /** Opened for the construction site, as the contractor would, and listening to the ports. */
    protected void openConstruction() {
        h.open(Fixtures.CIAW_SITE);
        vm.activate();
    }
}
