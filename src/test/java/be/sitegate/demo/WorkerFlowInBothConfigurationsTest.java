package be.sitegate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.KioskAssembly;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.Company;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.simulator.Capabilities;
import be.sitegate.testkit.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The worker's whole flow on the assembled kiosk (real simulator over loopback HTTPS, real SQLite,
 * the in-process virtual card) in both configurations: a service that offers the employer look-up,
 * the search and the replay of a resent reference, and one with only the real service's published
 * interface, where the kiosk asks for none of them.
 */
class WorkerFlowInBothConfigurationsTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final WorkplaceId CLEANING = WorkplaceId.parse("1Y1CLNBXL2026");
    private static final String BUILDER = "0566988259";
    /** Jan Peeters, employed by the subcontractor 0403123486. */
    private static final Inss JAN = Inss.parse("85073003328");
    private static final String JANS_EMPLOYER = "0403123486";
    private static final Inss SOFIE = Inss.parse("90021214541");
    private static final LimosaId TOMASZ = LimosaId.parse("23456789012345678");
    private static final Inss CLEANER = Inss.parse("82020517652");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    enum Configuration {
        EVERYTHING_OFFERED("employer-lookup,search", Capabilities.ALL),
        PUBLISHED_INTERFACE_ONLY("", Capabilities.NONE);

        final String offers;
        final Capabilities simulator;

        Configuration(String offers, Capabilities simulator) {
            this.offers = offers;
            this.simulator = simulator;
        }

        boolean lookUp() {
            return simulator.employerLookup();
        }
    }

    @TempDir
    Path dir;

    private DemoEnvironment demo;
    private KioskAssembly kiosk;
    private final BlockingQueue<CardIdentity> cards = new LinkedBlockingQueue<>();

    private void start(Configuration configuration) {
        demo = DemoEnvironment.start(KioskConfig.of(Map.of("central.offers", configuration.offers), Map.of()), dir,
                Clock.systemUTC(), configuration.simulator);
        kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC());
        kiosk.cardEvents().subscribe(new CardEvents.Listener() {
            @Override
            public void cardRead(CardIdentity identity) {
                cards.add(identity);
            }
        });
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Configuration.class)
    void cardTypedAndLimosaWorkersAreRegisteredWithTheirEmployerAndReceipted(Configuration configuration)
            throws Exception {
        start(configuration);
        signIn(GENT);

        demo.reader().insert("rsa-17");
        CardIdentity card = cards.poll(15, TimeUnit.SECONDS);
        assertThat(card).isNotNull();
        Worker alice = new Worker(WorkerId.of(card.inss()), IdentificationMethod.EID_CARD,
                Optional.of(card.displayName()));
        assertThat(register(configuration, alice, BUILDER).employer()).hasValueSatisfying(c ->
                assertThat(c.enterpriseNumber().toString()).isEqualTo(BUILDER));

        Worker jan = Worker.typed(WorkerId.of(JAN), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(register(configuration, jan, JANS_EMPLOYER).employer()).hasValueSatisfying(c ->
                assertThat(c.enterpriseNumber().toString()).isEqualTo(JANS_EMPLOYER));

        Worker tomasz = Worker.typed(WorkerId.of(TOMASZ), IdentificationMethod.TYPED_LIMOSA);
        assertThat(kiosk.registration().identify(tomasz)).as("a Limosa declaration names the employer itself")
                .isInstanceOf(RegistrationStep.Registered.class);

        List<Registration> day = awaitAllAccepted(3);
        assertThat(day).allSatisfy(r -> assertThat(r.delivery().receiptNumber()).isPresent());

        assertThat(kiosk.registration().identify(alice))
                .as("the second tap is known on the kiosk, and its employer remembered without asking again")
                .isInstanceOf(RegistrationStep.AlreadyRegistered.class);
        assertThat(kiosk.registration().identify(jan)).isInstanceOf(RegistrationStep.AlreadyRegistered.class);
        assertThat(kiosk.attendanceLog().registrations(GENT, today())).as("the foreman's list, from the kiosk itself")
                .extracting(r -> r.worker().key())
                .containsExactlyInAnyOrder(WorkerId.of(card.inss()).key(), WorkerId.of(JAN).key(),
                        WorkerId.of(TOMASZ).key());
    }

    @ParameterizedTest
    @EnumSource(Configuration.class)
    void aCleanerChecksInTakesABreakAndEnds(Configuration configuration) {
        start(configuration);
        signIn(CLEANING);
        Worker cleaner = Worker.typed(WorkerId.of(CLEANER), IdentificationMethod.TYPED_NATIONAL_NUMBER);

        assertThat(kiosk.registration().identify(cleaner)).as("the workplace's only company needs no question")
                .isInstanceOf(RegistrationStep.EventRecorded.class);
        var toBreak = (RegistrationStep.ChooseBreakOrEnd) kiosk.registration().identify(cleaner);
        assertThat(kiosk.registration().checkOut(toBreak, OutReason.BREAK))
                .isInstanceOf(RegistrationStep.EventRecorded.class);
        assertThat(kiosk.registration().identify(cleaner)).as("back from the break")
                .isInstanceOf(RegistrationStep.EventRecorded.class);
        var toEnd = (RegistrationStep.ChooseBreakOrEnd) kiosk.registration().identify(cleaner);
        assertThat(kiosk.registration().checkOut(toEnd, OutReason.END_OF_WORK))
                .isInstanceOf(RegistrationStep.EventRecorded.class);

        Await.until("four events accepted", PATIENCE, () -> {
            List<PresenceEvent> events = kiosk.attendanceLog().events(CLEANING, today());
            return events.size() == 4 && events.stream().allMatch(e -> e.delivery().status() == DeliveryStatus.ACCEPTED
                    && e.delivery().remarks().isEmpty());
        });
    }

    /**
     * The service committed the registration but its answer never arrived. A service that replays a
     * resent reference answers with the first receipt; the real one is not documented to, so the
     * resend is registered again and flagged as the same declaration: the kiosk keeps that answer,
     * never sends it again, and the presence counts once (exactly one registration without the
     * flag).
     */
    @ParameterizedTest
    @EnumSource(Configuration.class)
    void aLostAnswerIsSettledByTheResendWithoutAskingTheServiceWhatItStored(Configuration configuration) {
        start(configuration);
        signIn(GENT);
        Worker sofie = Worker.typed(WorkerId.of(SOFIE), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        // The fault drops every answer, the employer look-up's too: the worker picks, in both configurations.
        demo.simulator().faults().dropAfterCommit(1.0);
        var choose = (RegistrationStep.ChooseEmployer) kiosk.registration().identify(sofie);
        kiosk.registration().chooseEmployer(choose, choose.companies().stream()
                .filter(c -> c.enterpriseNumber().toString().equals(BUILDER)).findFirst().orElseThrow());
        // Both sides must have seen it: the service committed, and the kiosk saw the call fail (a fault
        // cleared while the answer is still on its way would let that answer through).
        Await.until("the service committed a send whose answer was lost", PATIENCE,
                () -> !remarksAtTheService(SOFIE).isEmpty() && kiosk.attendanceLog().registrations(GENT, today())
                        .stream().anyMatch(r -> r.delivery().status() == DeliveryStatus.PENDING
                                && r.delivery().lastError().isPresent()));
        demo.simulator().faults().clear();
        kiosk.deliveryControl().sendNow();

        Registration settled = awaitAllAccepted(1).get(0);
        List<List<String>> atTheService = remarksAtTheService(SOFIE);
        assertThat(atTheService.stream().filter(List::isEmpty)).as("the presence counts once").hasSize(1);
        if (configuration.simulator.referenceReplay()) {
            assertThat(atTheService).as("the resend was answered with the first registration").hasSize(1);
            assertThat(settled.delivery().remarks()).isEmpty();
        } else {
            assertThat(atTheService.subList(1, atTheService.size()))
                    .as("every resend was flagged as the same declaration")
                    .allSatisfy(r -> assertThat(r).containsExactly(Remark.ALREADY_REGISTERED.text()));
            assertThat(settled.delivery().remarks()).extracting(ServiceRemark::text)
                    .containsExactly(Remark.ALREADY_REGISTERED.text());
        }
        int registrations = atTheService.size();
        kiosk.deliveryControl().sendNow();
        assertThat(kiosk.registration().identify(sofie)).isInstanceOf(RegistrationStep.AlreadyRegistered.class);
        assertThat(remarksAtTheService(SOFIE)).as("nothing is sent again because of a remark").hasSize(registrations);
    }

    private RegistrationStep.Registered register(Configuration configuration, Worker worker, String employer) {
        RegistrationStep step = kiosk.registration().identify(worker);
        if (configuration.lookUp()) {
            assertThat(step).as("the service named the employer").isInstanceOf(RegistrationStep.Registered.class);
            return (RegistrationStep.Registered) step;
        }
        assertThat(step).as("no look-up: the worker picks from the workplace's companies")
                .isInstanceOf(RegistrationStep.ChooseEmployer.class);
        var choose = (RegistrationStep.ChooseEmployer) step;
        Company picked = choose.companies().stream().filter(c -> c.enterpriseNumber().toString().equals(employer))
                .findFirst().orElseThrow();
        return (RegistrationStep.Registered) kiosk.registration().chooseEmployer(choose, picked);
    }

    private List<Registration> awaitAllAccepted(int count) {
        Await.until(count + " registrations accepted", PATIENCE, () -> {
            List<Registration> day = kiosk.attendanceLog().registrations(GENT, today());
            return day.size() == count && day.stream().allMatch(r -> r.delivery().status() == DeliveryStatus.ACCEPTED);
        });
        return kiosk.attendanceLog().registrations(GENT, today());
    }

    private List<List<String>> remarksAtTheService(Inss person) {
        return demo.simulator().remarksOfPerson(GENT.toString(), today(), person.toString());
    }

    private LocalDate today() {
        return kiosk.session().today();
    }

    private void signIn(WorkplaceId workplace) {
        assertThat(kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), workplace))
                .isInstanceOf(InitialisationOutcome.Initialised.class);
    }
}
