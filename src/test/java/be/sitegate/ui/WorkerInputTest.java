package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.typedentry.TypedEntryViewModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The worker's keys and scans: the keypad, Enter, Escape, and a scanned code straight to registration. */
class WorkerInputTest extends ViewModelsOnFakes {

    @Test
    void typedNumberWithWrongCheckDigitsSaysWhy() {
        openConstruction();
        "85073003327".chars().forEach(c -> vm.input.onDigitKey((char) c));
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        assertThat(vm.entry.displayProperty().get()).isEqualTo("85.07.30-033.27");
        vm.input.onEnterKey();
        assertThat(vm.entry.errorProperty().get()).isEqualTo(Msg.of("reason.WRONG_CHECK_DIGITS"));
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);

        // The service knows where the worker works before the number is complete: its employer
        // look-up starts with the eleventh digit (issue 17, B1).
        h.central.employs(WORKER, ROOFER);
        vm.input.onBackspaceKey();
        vm.input.onDigitKey('8');
        assertThat(vm.entry.errorProperty().get()).isEqualTo(Msg.NONE);
        vm.input.onEnterKey();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.nameProperty().get()).isEqualTo("**.**.**-***.28");
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
    }

    @Test
    void limosaNumbersNeedNoEmployer() {
        openConstruction();
        vm.idle.onTypeLimosa();
        assertThat(vm.entry.kindProperty().get()).isEqualTo(TypedEntryViewModel.Kind.LIMOSA);
        "1234567".chars().forEach(c -> vm.entry.onDigit((char) c));
        vm.entry.onSubmit();
        assertThat(vm.entry.errorProperty().get()).isEqualTo(Msg.of("reason.limosa.WRONG_LENGTH"));
        vm.entry.onDigit('8');
        vm.entry.onSubmit();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        // No employer is asked; the confirmation says it is the one on the Limosa declaration.
        assertThat(vm.confirmation.employerProperty().get()).isEqualTo(Msg.of("confirm.limosa.employer"));
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_LIMOSA);
    }

    @Test
    void aScannedLimosaCodeGoesStraightToRegistration() {
        openConstruction();
        vm.input.onScan("https://www.limosa.be/check?limosaId=12345678901234567&name=Kowalski");
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("L:12345678901234567");
    }

    @Test
    void aNationalNumberArrivingAsFastAsAScanIsTakenAsANationalNumber() {
        openConstruction();
        h.central.employs(WORKER, ROOFER);
        vm.input.onScan(WORKER.toString());
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("I:" + WORKER);
    }

    @Test
    void anUnreadableScanSaysSo() {
        openConstruction();
        vm.input.onScan("https://example.org/nothing-here");
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("reason.UNREADABLE_SCAN"));
    }

    @Test
    void keysAndScansMeanNothingUntilTheKioskIsOpened() {
        vm.activate();
        vm.input.onDigitKey('8');
        vm.input.onScan(WORKER.toString());
        vm.input.onEscapeKey();
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void aDigitOnAMessageOpensTheKeypadWithItAndEscapeGoesBackToIdle() {
        openConstruction();
        h.card.insert();
        h.card.pulled();
        vm.input.onDigitKey('8');
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        assertThat(vm.entry.displayProperty().get()).isEqualTo("8_.__.__-___.__");
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30));
        vm.input.onEscapeKey();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }
}
