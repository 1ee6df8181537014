package be.sitegate.ui.statusbar;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CertificateExpiry;
import be.sitegate.ui.shared.Msg;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bar warns from 30 days before the technical user's certificate expires, counting the days down. */
class StatusBarCertificateTest {

    private static final Instant NOT_AFTER = Instant.parse("2027-03-01T10:00:00Z");
    private final StatusBarViewModel bar = new StatusBarViewModel(ZoneId.of("Europe/Brussels"));

    @Test
    void nothingUntilThirtyDaysBeforeThenTheDaysLeftThenExpired() {
        bar.onCertificate(Optional.of(new CertificateExpiry(NOT_AFTER.minus(Duration.ofDays(730)), NOT_AFTER)));

        bar.onTick(NOT_AFTER.minus(Duration.ofDays(31)));
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.NONE);

        bar.onTick(NOT_AFTER.minus(Duration.ofDays(29)).minus(Duration.ofHours(1)));
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.of("status.certificate.expiring", 29L));

        bar.onTick(NOT_AFTER.minus(Duration.ofHours(3)));
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.of("status.certificate.expiring", 0L));

        bar.onTick(NOT_AFTER.plus(Duration.ofMinutes(1)));
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.of("status.certificate.expired"));
    }

    @Test
    void aRenewedCertificateEndsTheWarning() {
        bar.onTick(NOT_AFTER.minus(Duration.ofDays(5)));
        bar.onCertificate(Optional.of(new CertificateExpiry(NOT_AFTER.minus(Duration.ofDays(730)), NOT_AFTER)));
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.of("status.certificate.expiring", 5L));

        Instant renewed = NOT_AFTER.plus(Duration.ofDays(730));
        bar.onCertificate(Optional.of(new CertificateExpiry(NOT_AFTER.minus(Duration.ofDays(1)), renewed)));
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.NONE);
    }

    @Test
    void withoutACertificateTheBarSaysNothing() {
        bar.onCertificate(Optional.empty());
        bar.onTick(NOT_AFTER);
        assertThat(bar.certificateProperty().get()).isEqualTo(Msg.NONE);
    }
}
