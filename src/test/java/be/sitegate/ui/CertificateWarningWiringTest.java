package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CertificateExpiry;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The certificate's expiry the kiosk command passes in its settings reaches the status bar, in words. */
class CertificateWarningWiringTest {

    @Test
    void aCertificateTenDaysFromExpiryIsWarnedAboutOnTheBar() {
        KioskHarness probe = new KioskHarness();
        CertificateExpiry expiry = new CertificateExpiry(probe.clock.instant().minus(Duration.ofDays(700)),
                probe.clock.instant().plus(Duration.ofDays(10)).plus(Duration.ofHours(2)));
        KioskHarness h = new KioskHarness(KioskSettings.defaults().withCertificateExpiry(expiry));
        I18n i18n = new I18n(Locale.ENGLISH);
        KioskViewModel vm = new KioskViewModel(h.services, Threads.direct(), new ManualCountdown(), i18n);

        vm.status.onTick(h.clock.instant());

        assertThat(vm.status.certificateProperty().get()).isEqualTo(Msg.of("status.certificate.expiring", 10L));
        assertThat(i18n.text(vm.status.certificateProperty().get())).isEqualTo("Certificate expires in 10 days: renew it");
    }
}
