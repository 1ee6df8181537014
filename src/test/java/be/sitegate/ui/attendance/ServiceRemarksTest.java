package be.sitegate.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the foreman's list says about a receipt that came with a remark, or a refusal. */
class ServiceRemarksTest {

    private static Delivery delivery(DeliveryStatus status, String receipt, ServiceRemark... remarks) {
        return new Delivery(status, 1, Optional.ofNullable(receipt), List.of(remarks), Optional.empty(), Instant.EPOCH,
                Optional.empty());
    }

    private static String dutch(Msg msg) {
        return I18n.text(I18n.bundle(Locale.forLanguageTag("nl")), msg);
    }

    @Test
    void aReceiptWithTheServicesRemarkSaysWhatToCheckInTheForemansLanguage() {
        Msg status = AttendanceViewModel.status(delivery(DeliveryStatus.ACCEPTED, "100000000001",
                ServiceRemark.remark("NISS IS NOT KNOW IN THE NATIONAL REGISTER")));
        assertThat(dutch(status)).isEqualTo("Ontvangst 100000000001 – nummer niet in het Rijksregister");
    }

    @Test
    void aPlainReceiptStaysPlain() {
        assertThat(AttendanceViewModel.status(delivery(DeliveryStatus.ACCEPTED, "42")))
                .isEqualTo(Msg.of("attendance.status.accepted", "42"));
    }

    @Test
    void aRefusalNamesItsReasonAndAnUnknownRemarkIsShownAsWritten() {
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.REJECTED, null, ServiceRemark.error("LIMOSA_NOT_KNOWN", "LIMOSA ID IS NOT KNOWN")))))
                .isEqualTo("Geweigerd: Limosa-nummer onbekend");
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.REJECTED, null, ServiceRemark.error("INVALID_INSS", "INSS IS NOT VALID")))))
                .isEqualTo("Geweigerd: INVALID_INSS: INSS IS NOT VALID");
        assertThat(AttendanceViewModel.status(delivery(DeliveryStatus.REJECTED, null)))
                .isEqualTo(Msg.of("attendance.status.rejected"));
    }
}
