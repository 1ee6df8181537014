package be.sitegate.kiosk;

import static be.sitegate.testkit.Fixtures.ELECTRICIAN;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.kiosk.fake.InMemoryPresences;
import be.sitegate.testkit.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {

    private final TestClock clock = TestClock.mondayMorning();
    private final FakeCentralService central = new FakeCentralService().knows(Fixtures.construction()).knows(Fixtures.cleaning());
    private final KioskSession session = new KioskSession(clock);
    private final InMemoryEmployerChoices choices = new InMemoryEmployerChoices();
    private final InMemoryPresences presences = new InMemoryPresences();
    private final RegistrationService service = new RegistrationService(session,
            new EmployerResolver(central, choices), choices, presences);
    private final Worker cardHolder = new Worker(WorkerId.of(WORKER), IdentificationMethod.EID_CARD, Optional.of("Jan Peeters"));

    private void open(be.sitegate.domain.WorkplaceId site) {
        new InitialisationService(central, new InMemoryInitialisations(), session)
                .initialise("foreman", "secret".toCharArray(), site);
    }

    @Test
    void refusesWhenTheKioskIsNotInitialised() {
        assertThatThrownBy(() -> service.identify(cardHolder)).isInstanceOf(KioskNotInitialisedException.class);
    }

    @Test
    void checkinatworkRegistersOncePerDay() {
        open(Fixtures.CIAW_SITE);
        central.employs(WORKER, ROOFER);

        var first = (RegistrationStep.Registered) service.identify(cardHolder);
        assertThat(first.employer()).contains(ROOFER);
        assertThat(first.registration().employer()).contains(ROOFER.enterpriseNumber());
        assertThat(first.registration().displayName()).contains("Jan Peeters");
        assertThat(first.registration().date()).isEqualTo(session.today());

        clock.advance(Duration.ofHours(2));
        var second = (RegistrationStep.AlreadyRegistered) service.identify(cardHolder);
        assertThat(second.registration().reference()).isEqualTo(first.registration().reference());
        assertThat(second.employer()).contains(ROOFER);
        assertThat(presences.registrations).hasSize(1);
    }

    @Test
    void aChosenEmployerIsRememberedForNextTime() {
        open(Fixtures.CIAW_SITE);
        central.setOnline(false);
        var choose = (RegistrationStep.ChooseEmployer) service.identify(cardHolder);
        assertThat(choose.companies()).hasSize(3);

        var registered = (RegistrationStep.Registered) service.chooseEmployer(choose, ELECTRICIAN);
        assertThat(registered.employer()).contains(ELECTRICIAN);
        assertThat(choices.find(Fixtures.CIAW_SITE, WORKER)).contains(ELECTRICIAN.enterpriseNumber());

        presences.registrations.clear(); // a new day, same workplace
        assertThat(service.identify(cardHolder)).isInstanceOf(RegistrationStep.Registered.class);
        assertThat(presences.lastRegistration().employer()).contains(ELECTRICIAN.enterpriseNumber());
    }

    @Test
    void anEarlyLookUpBeforeTheKioskIsOpenedDoesNothingAndNeverFails() {
        central.employs(WORKER, ROOFER);
        service.lookUpEarly(WorkerId.of(WORKER));
        service.lookUpEarly(WorkerId.of(LimosaId.parse("12345678901234567")));
        assertThat(choices.find(Fixtures.CIAW_SITE, WORKER)).as("nothing was asked").isEmpty();
    }

    @Test
    void anEarlyLookUpsAnswerRegistersTheWorkerForTheServicesEmployer() {
        open(Fixtures.CIAW_SITE);
        central.employs(WORKER, ROOFER);
        service.lookUpEarly(WorkerId.of(WORKER));
        central.employs(WORKER, ELECTRICIAN); // what the service says later today is not asked again
        var registered = (RegistrationStep.Registered) service.identify(cardHolder);
        assertThat(registered.employer()).contains(ROOFER);
    }

    @Test
    void aLimosaWorkerNeedsNoEmployer() {
        open(Fixtures.CIAW_SITE);
        Worker posted = Worker.typed(WorkerId.of(LimosaId.parse("12345678901234567")), IdentificationMethod.TYPED_LIMOSA);
        var registered = (RegistrationStep.Registered) service.identify(posted);
        assertThat(registered.employer()).isEmpty();
        assertThat(registered.registration().method()).isEqualTo(IdentificationMethod.TYPED_LIMOSA);
    }

    @Test
    void checkInAndOutFollowsInBreakInEnd() {
        open(Fixtures.CIAOW_SITE);
        central.employs(WORKER, ROOFER);

        var in = (RegistrationStep.EventRecorded) service.identify(cardHolder);
        assertThat(in.event().direction()).isEqualTo(Direction.IN);
        assertThat(in.employer()).contains(ROOFER);

        clock.advance(Duration.ofHours(3));
        var choice = (RegistrationStep.ChooseBreakOrEnd) service.identify(cardHolder);
        assertThat(choice.employer()).contains(ROOFER);
        var breakOut = (RegistrationStep.EventRecorded) service.checkOut(choice, OutReason.BREAK);
        assertThat(breakOut.event().direction()).isEqualTo(Direction.OUT);
        assertThat(breakOut.event().outReason()).contains(OutReason.BREAK);

        clock.advance(Duration.ofMinutes(30));
        var backIn = (RegistrationStep.EventRecorded) service.identify(cardHolder);
        assertThat(backIn.event().direction()).isEqualTo(Direction.IN);

        clock.advance(Duration.ofHours(4));
        var end = (RegistrationStep.EventRecorded) service.checkOut(
                (RegistrationStep.ChooseBreakOrEnd) service.identify(cardHolder), OutReason.END_OF_WORK);
        assertThat(end.event().outReason()).contains(OutReason.END_OF_WORK);
        assertThat(presences.events).hasSize(4);

        // A split shift: a tap after the end of work checks in again.
        var again = (RegistrationStep.EventRecorded) service.identify(cardHolder);
        assertThat(again.event().direction()).isEqualTo(Direction.IN);
    }
}
