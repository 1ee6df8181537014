package be.sitegate.ui.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Correction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.CorrectionLog;
import be.sitegate.kiosk.Corrections;
import be.sitegate.kiosk.DeliveryControl;
import be.sitegate.kiosk.Receipt;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.KioskHarness;
import be.sitegate.ui.corrections.CorrectionsViewModel.Page;
import be.sitegate.ui.corrections.CorrectionsViewModel.Tone;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The corrections screen's steps without a screen: the real {@link Corrections} over the in-memory
 * service and records, synchronous threads unless a test holds the background back.
 */
class CorrectionsViewModelTest {

    private static final String RECEIPT = "123456789012";

    private final KioskHarness h = new KioskHarness().open(Fixtures.CIAW_SITE);
    private final List<Correction> logged = new CopyOnWriteArrayList<>();
    private final List<Map.Entry<ClientReference, Optional<EnterpriseNumber>>> resent = new ArrayList<>();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private boolean holdBackground;
    private Worker askedEmployerFor;
    private Consumer<Company> employerAnswer;
    private int backToList;

    private final Corrections corrections = new Corrections(h.session, h.central, new ResendRefused(),
            h.services.registration(), new Log(), h.clock);
    private final CorrectionsViewModel vm = new CorrectionsViewModel(corrections, h.session,
            new Threads(Runnable::run, r -> {
                if (holdBackground) {
                    background.add(r);
                } else {
                    r.run();
                }
            }), h.session.zone(), new CorrectionsViewModel.Exits(() -> backToList++, (worker, then) -> {
                askedEmployerFor = worker;
                employerAnswer = then;
            }, () -> { }, reference -> Optional.of("Anna")));

    @Test
    void aRegistrationWithItsReceiptIsWithdrawnWithTheReasonChosenAndAYes() {
        Registration accepted = acceptedRegistration();
        vm.open(target(accepted));
        assertThat(vm.withdrawOfferedProperty().get()).isTrue();
        assertThat(vm.resendOfferedProperty().get()).as("not refused: nothing to send again").isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(Msg.of("attendance.status.accepted", RECEIPT));

        vm.onWithdraw();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.REASON);
        vm.onReason(CancelReason.HOLIDAY);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.CONFIRM);
        assertThat(vm.questionProperty().get()).isEqualTo(Msg.of("corrections.confirm", "Anna Specimen", RECEIPT,
                Msg.of("corrections.reason.HOLIDAY")));
        assertThat(logged).as("nothing is sent before the yes").isEmpty();
        vm.onConfirm();

        assertThat(vm.pageProperty().get()).isEqualTo(Page.OUTCOME);
        assertThat(vm.toneProperty().get()).isEqualTo(Tone.DONE);
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("corrections.outcome.withdrawn"));
        assertThat(h.central.registration(RECEIPT)).hasValueSatisfying(r ->
                assertThat(r.status()).isEqualTo(Receipt.Status.CANCELLED));
        assertThat(logged).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Correction.Kind.CANCEL);
            assertThat(c.detail()).contains("HOLIDAY");
            assertThat(c.actor()).contains("foreman");
        });
        assertThat(vm.log()).singleElement().satisfies(line -> {
            assertThat(line.key()).isEqualTo("corrections.log.line");
            assertThat(line.args().get(0)).isEqualTo("Anna");
            assertThat(((Msg) line.args().get(1)).key()).isEqualTo("corrections.note.CANCEL.DONE");
        });

        vm.open(target(accepted));
        assertThat(vm.withdrawOfferedProperty().get()).as("withdrawn once is enough").isFalse();
        assertThat(vm.whyNoneProperty().get()).isEqualTo(Msg.of("corrections.none.withdrawn"));
    }

    @Test
    void aWithdrawalThatCannotReachTheServiceSaysNothingChanged() {
        Registration accepted = acceptedRegistration();
        h.central.setOnline(false);
        vm.open(target(accepted));
        vm.onWithdraw();
        vm.onReason(CancelReason.DISEASE);
        vm.onConfirm();

        assertThat(vm.toneProperty().get()).isEqualTo(Tone.NOT_DONE);
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("corrections.outcome.notSent"));
        assertThat(logged).extracting(Correction::outcome).containsExactly(Correction.Outcome.NOT_SENT);
    }

    @Test
    void backFromTheReasonOrTheQuestionGoesOneStepBackAndSendsNothing() {
        vm.open(target(acceptedRegistration()));
        vm.onWithdraw();
        vm.onReason(CancelReason.PLANNING);
        vm.onBack();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.REASON);
        vm.onBack();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.OVERVIEW);
        vm.onBack();
        assertThat(backToList).isEqualTo(1);
        assertThat(logged).isEmpty();
    }

    @Test
    void aRefusedRegistrationIsSentAgainWithTheEmployerTheForemanChooses() {
        Registration refused = registration(Fixtures.BUILDER);
        h.presences.reject(refused.reference(), "COMPANY IS NOT KNOWN AS BUILDER OR SUBCONTRACTOR IN THIS DUC");
        vm.open(target(own(refused)));
        assertThat(vm.resendOfferedProperty().get()).isTrue();
        assertThat(vm.resendLabelProperty().get()).isEqualTo(Msg.of("corrections.resendWithEmployer"));
        assertThat(vm.withdrawOfferedProperty().get()).as("no receipt: nothing to withdraw").isFalse();

        vm.onResend();
        assertThat(askedEmployerFor.id()).isEqualTo(Fixtures.ANNA);
        employerAnswer.accept(Fixtures.ROOFER);

        assertThat(resent).containsExactly(Map.entry(refused.reference(), Optional.of(Fixtures.ROOFER.enterpriseNumber())));
        assertThat(vm.toneProperty().get()).isEqualTo(Tone.DONE);
        assertThat(vm.outcomeProperty().get()).isEqualTo(Msg.of("corrections.outcome.resent.detail",
                Fixtures.ROOFER.name()));
        assertThat(logged).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Correction.Kind.RESEND);
            assertThat(c.detail()).contains(Fixtures.ROOFER.enterpriseNumber().toString());
        });
    }

    @Test
    void aRecordNotSentInTimeOrOfAnEarlierDayOffersNothingAndSaysWhy() {
        Registration late = registration(Fixtures.BUILDER);
        h.presences.expire(late.reference());
        vm.open(target(own(late)));
        assertThat(vm.withdrawOfferedProperty().get()).isFalse();
        assertThat(vm.resendOfferedProperty().get()).isFalse();
        assertThat(vm.whyNoneProperty().get()).isEqualTo(Msg.of("corrections.none.expired"));

        Registration refused = registration(Fixtures.ELECTRICIAN, Fixtures.BOGDAN);
        h.presences.reject(refused.reference(), "X");
        vm.open(new CorrectionTarget("", "**", "", List.of(own(refused)), List.of(), true));
        assertThat(vm.resendOfferedProperty().get()).as("the service takes no earlier day").isFalse();
        assertThat(vm.whyNoneProperty().get()).isEqualTo(Msg.of("corrections.none.earlier"));
    }

    @Test
    void aRegistrationOnAWorkersBehalfIsRegisteredWithTheEmployerTheForemanNamed() {
        // The worker once chose the builder here; the foreman says today it is the roofer.
        h.choices.remember(Fixtures.CIAW_SITE, Fixtures.OTHER_WORKER, Fixtures.BUILDER.enterpriseNumber());
        vm.registerOnBehalf(Worker.typed(be.sitegate.domain.WorkerId.of(Fixtures.OTHER_WORKER),
                IdentificationMethod.TYPED_NATIONAL_NUMBER), Optional.of(Fixtures.ROOFER));

        Registration made = h.presences.lastRegistration();
        assertThat(made.method()).isEqualTo(IdentificationMethod.ON_BEHALF);
        assertThat(made.employer()).contains(Fixtures.ROOFER.enterpriseNumber());
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("corrections.outcome.registered"));
        assertThat(logged).extracting(Correction::kind).containsExactly(Correction.Kind.ON_BEHALF);
        assertThat(vm.log()).singleElement().satisfies(line ->
                assertThat(line.args().get(0)).isEqualTo(made.worker().masked()));
    }

    @Test
    void anAnswerThatArrivesAfterTheForemanMovedOnIsNotShownOverTheNextLine() {
        Registration accepted = acceptedRegistration();
        vm.open(target(accepted));
        vm.onWithdraw();
        vm.onReason(CancelReason.C32A);
        holdBackground = true;
        vm.onConfirm();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.WORKING);

        Registration refused = registration(Fixtures.ELECTRICIAN, Fixtures.BOGDAN);
        h.presences.reject(refused.reference(), "X");
        vm.open(target(own(refused)));
        holdBackground = false;
        background.forEach(Runnable::run);

        assertThat(vm.pageProperty().get()).isEqualTo(Page.OVERVIEW);
        assertThat(vm.resendOfferedProperty().get()).isTrue();
        assertThat(logged).as("the withdrawal itself went through and is recorded").hasSize(1);
    }

    private Registration acceptedRegistration() {
        Registration r = registration(Fixtures.BUILDER);
        h.presences.accept(r.reference(), RECEIPT);
        h.central.holds(new Receipt(RECEIPT, Optional.of(r.reference()), Receipt.Status.REGISTERED, List.of()));
        return own(r);
    }

    private Registration registration(Company employer) {
        return registration(employer, Fixtures.ANNA);
    }

    private Registration registration(Company employer, be.sitegate.domain.WorkerId worker) {
        var step = (RegistrationStep.ChooseEmployer) h.services.registration().identify(
                new Worker(worker, IdentificationMethod.EID_CARD, Optional.of("Anna Specimen")));
        return ((RegistrationStep.Registered) h.services.registration().chooseEmployer(step, employer)).registration();
    }

    private Registration own(Registration r) {
        return h.presences.registrations.stream().filter(x -> x.reference().equals(r.reference())).findFirst()
                .orElseThrow();
    }

    private static CorrectionTarget target(Registration r) {
        return new CorrectionTarget(r.displayName().orElse(""), r.worker().masked(), "Bouwbedrijf Peeters NV",
                List.of(r), List.of(), false);
    }

    /** Sends a refused record again, as the outbox does; refuses anything else. */
    private final class ResendRefused implements DeliveryControl {
        @Override
        public boolean resend(ClientReference reference, Optional<EnterpriseNumber> correctedEmployer) {
            boolean refused = h.presences.registrations.stream().anyMatch(r -> r.reference().equals(reference)
                    && r.delivery().status() == be.sitegate.domain.DeliveryStatus.REJECTED);
            if (refused) {
                resent.add(Map.entry(reference, correctedEmployer));
            }
            return refused;
        }

        @Override
        public boolean markWithdrawn(ClientReference reference, be.sitegate.kiosk.CancelReason reason) {
            return h.presences.withdraw(reference, reason.name());
        }

        @Override
        public boolean acknowledge(ClientReference reference) {
            return false;
        }

        @Override
        public void sendNow() {
        }
    }

    private final class Log implements CorrectionLog {
        @Override
        public void append(Correction correction) {
            logged.add(correction);
        }

        @Override
        public List<Correction> forDay(WorkplaceId workplace, LocalDate day) {
            return logged.stream().filter(c -> c.workplace().equals(workplace) && c.day().equals(day)).toList();
        }
    }
}
