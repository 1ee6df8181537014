package be.sitegate.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ServiceRemarks;
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
                ServiceRemark.remark("NISS IS NOT KNOW IN THE NATIONAL REGISTER")), false);
        assertThat(dutch(status)).isEqualTo("Ontvangst 100000000001 – nummer niet in het Rijksregister: "
                + "controleer het rijksregisternummer met de werknemer");
    }

    @Test
    void everyKnownRemarkHasWhatToDoInEveryLanguage() {
        for (be.sitegate.domain.Remark known : be.sitegate.domain.Remark.values()) {
            String text = known == be.sitegate.domain.Remark.OTHER ? "SOMETHING NEW" : known.text();
            for (be.sitegate.ui.shared.Language language : be.sitegate.ui.shared.Language.ALL) {
                String remedy = I18n.text(I18n.bundle(language.locale()), ServiceRemarks.remedy(ServiceRemark.remark(text)));
                assertThat(remedy).as(known + " in " + language).isNotBlank().doesNotStartWith("remedy.");
            }
        }
    }

    @Test
    void aDuplicateFlagNeedsNoActionAndALateRecordSaysWhatCanStillBeDone() {
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.ACCEPTED, "7",
                ServiceRemark.remark("SAME DECLARATION HAS ALREADY BEEN REGISTERED")), false)))
                .isEqualTo("Ontvangst 7 – al geregistreerd: niets te doen: de aanwezigheid telt één keer");
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.EXPIRED, null), true)))
                .contains("30 dagen");
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.EXPIRED, null), false)))
                .contains("dezelfde dag");
    }

    @Test
    void aPlainReceiptStaysPlain() {
        assertThat(AttendanceViewModel.status(delivery(DeliveryStatus.ACCEPTED, "42"), false))
                .isEqualTo(Msg.of("attendance.status.accepted", "42"));
    }

    @Test
    void aRefusalNamesItsReasonAndAnUnknownRemarkIsShownAsWritten() {
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.REJECTED, null, ServiceRemark.error("LIMOSA_NOT_KNOWN", "LIMOSA ID IS NOT KNOWN")), false)))
                .isEqualTo("Geweigerd: Limosa-nummer onbekend");
        assertThat(dutch(AttendanceViewModel.status(delivery(DeliveryStatus.REJECTED, null, ServiceRemark.error("INVALID_INSS", "INSS IS NOT VALID")), false)))
                .isEqualTo("Geweigerd: INVALID_INSS: INSS IS NOT VALID");
        assertThat(AttendanceViewModel.status(delivery(DeliveryStatus.REJECTED, null), false))
                .isEqualTo(Msg.of("attendance.status.rejected"));
    }
}
