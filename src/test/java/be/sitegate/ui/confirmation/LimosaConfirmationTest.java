package be.sitegate.ui.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.fake.RecordingSounds;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Limosa worker registers without naming an employer: the declaration does. The confirmation says
 * so until the service answers, then names the employer the service recorded.
 */
class LimosaConfirmationTest {

    private static final Instant AT = Instant.parse("2026-11-23T06:12:00Z");
    private static final ClientReference REF = new ClientReference("SGLIMOSA");

    private final ConfirmationViewModel vm = new ConfirmationViewModel(ZoneId.of("Europe/Brussels"),
            number -> number.equals(Fixtures.ROOFER.enterpriseNumber()) ? Fixtures.ROOFER.name() : number.toString(),
            new RecordingSounds(), () -> { });

    private static String english(Msg msg) {
        return I18n.text(I18n.bundle(Locale.ENGLISH), msg);
    }

    private void showLimosaRegistration() {
        Registration r = new Registration(REF, Fixtures.SITE, WorkerId.of(LimosaId.parse("23456789012345678")),
                Optional.empty(), LocalDate.of(2026, 11, 23), AT, IdentificationMethod.TYPED_LIMOSA, Optional.empty(),
                Delivery.pending(AT));
        vm.show(Confirmation.of(new RegistrationStep.Registered(r, Optional.empty()), Msg.NONE));
    }

    private void answer(Optional<EnterpriseNumber> serviceEmployer) {
        vm.onUpdate(new DeliveryUpdates.Update(REF, new Delivery(DeliveryStatus.ACCEPTED, 1,
                Optional.of("123456789012"), List.of(), Optional.empty(), AT, Optional.empty(), serviceEmployer, Optional.empty())));
    }

    @Test
    void beforeTheAnswerItSaysTheDeclarationNamesTheEmployer() {
        showLimosaRegistration();
        assertThat(english(vm.employerProperty().get())).isEqualTo("Employer: as on your Limosa declaration");
    }

    @Test
    void theAnswerNamesTheEmployerTheServiceRecordedByTheWorkplacesName() {
        showLimosaRegistration();
        answer(Optional.of(Fixtures.ROOFER.enterpriseNumber()));
        assertThat(english(vm.employerProperty().get())).isEqualTo("Employer: " + Fixtures.ROOFER.name());
    }

    @Test
    void anAnswerWithoutAnEmployerKeepsPointingAtTheDeclaration() {
        showLimosaRegistration();
        answer(Optional.empty());
        assertThat(english(vm.employerProperty().get())).isEqualTo("Employer: as on your Limosa declaration");
    }

    @Test
    void anAnswerThatCameBeforeTheScreenStillNamesTheEmployer() {
        answer(Optional.of(Fixtures.ROOFER.enterpriseNumber()));
        showLimosaRegistration();
        assertThat(english(vm.employerProperty().get())).isEqualTo("Employer: " + Fixtures.ROOFER.name());
    }
}
