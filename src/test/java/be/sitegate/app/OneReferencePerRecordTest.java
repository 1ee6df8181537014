package be.sitegate.app;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.EmployerResolver;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.PresenceRecorder;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.kiosk.fake.InMemoryPresences;
import be.sitegate.testkit.TestClock;
import be.sitegate.store.KioskStore;
import be.sitegate.store.OutboxItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reference {@link RegistrationService} mints for a tap is the reference of the record: the one
 * the screen is given, the store holds and the outbox sends, and the one the in-memory recorder of
 * the fast tests keeps, so the two agree. Each scenario runs over the production adapter on a real
 * SQLite file and over {@link InMemoryPresences}; a recorder in between notes what was minted.
 */
class OneReferencePerRecordTest {

    enum Recorder { SQLITE_STORE, IN_MEMORY }

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();
    private final FakeCentralService central = new FakeCentralService().knows(Fixtures.construction()).knows(Fixtures.cleaning());
    private final KioskSession session = new KioskSession(clock);
    private final InMemoryEmployerChoices choices = new InMemoryEmployerChoices();
    private final Worker cardHolder = new Worker(WorkerId.of(WORKER), IdentificationMethod.EID_CARD,
            Optional.of("Jan Peeters"));
    /** The references the service minted, in the order of the taps. */
    private final List<ClientReference> minted = new CopyOnWriteArrayList<>();
    /** What {@link StorePresenceRecorder} handed on to the forwarder and the delivery watch. */
    private final List<ClientReference> handedOn = new CopyOnWriteArrayList<>();
    private KioskStore store;
    private InMemoryPresences presences;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** A kiosk opened on {@code site} whose taps go to the recorder of that kind. */
    private RegistrationService serviceOver(Recorder kind, WorkplaceId site) {
        open(site);
        central.employs(WORKER, ROOFER);
        PresenceRecorder recorder = switch (kind) {
            case SQLITE_STORE -> {
                store = KioskStore.open(dir.resolve("kiosk.db"), clock);
                yield new StorePresenceRecorder(store, new StorageFaults(new be.sitegate.kiosk.StorageHealth(clock)),
                        handedOn::add);
            }
            case IN_MEMORY -> presences = new InMemoryPresences();
        };
        return new RegistrationService(session, new EmployerResolver(central, choices), choices,
                new NotingMinted(recorder, minted));
    }

    private void open(WorkplaceId site) {
        new InitialisationService(central, new InMemoryInitialisations(), session)
                .initialise("foreman", "secret".toCharArray(), site);
    }

    /** Every reference the recorder holds for today, registrations first, in the order they were made. */
    private List<ClientReference> held(Recorder kind) {
        Stream<ClientReference> registrations = kind == Recorder.SQLITE_STORE
                ? Stream.of(Fixtures.CIAW_SITE, Fixtures.CIAOW_SITE)
                        .flatMap(site -> store.registrations().forDay(site, session.today()).stream())
                        .map(Registration::reference)
                : presences.registrations.stream().map(Registration::reference);
        Stream<ClientReference> events = kind == Recorder.SQLITE_STORE
                ? Stream.of(Fixtures.CIAW_SITE, Fixtures.CIAOW_SITE)
                        .flatMap(site -> store.events().forDay(site, session.today()).stream())
                        .map(PresenceEvent::reference)
                : presences.events.stream().map(PresenceEvent::reference);
        return Stream.concat(registrations, events).toList();
    }

    @ParameterizedTest
    @EnumSource(Recorder.class)
    void aRegistrationIsHeldUnderTheReferenceTheTapWasGiven(Recorder kind) {
        RegistrationService service = serviceOver(kind, Fixtures.CIAW_SITE);

        var registered = (RegistrationStep.Registered) service.identify(cardHolder);

        assertThat(registered.registration().reference()).isEqualTo(minted.get(0));
        assertThat(held(kind)).containsExactly(minted.get(0));
    }

    @ParameterizedTest
    @EnumSource(Recorder.class)
    void checkInAndOutEventsAreHeldUnderTheReferencesTheTapsWereGiven(Recorder kind) {
        RegistrationService service = serviceOver(kind, Fixtures.CIAOW_SITE);

        var in = (RegistrationStep.EventRecorded) service.identify(cardHolder);
        clock.advance(Duration.ofHours(3));
        var out = (RegistrationStep.EventRecorded) service.checkOut(
                (RegistrationStep.ChooseBreakOrEnd) service.identify(cardHolder), OutReason.BREAK);

        assertThat(List.of(in.event().reference(), out.event().reference())).isEqualTo(minted);
        assertThat(held(kind)).isEqualTo(minted);
    }

    @ParameterizedTest
    @EnumSource(Recorder.class)
    void aSecondTapTheSameDayGetsTheFirstReferenceAndCreatesNothing(Recorder kind) {
        RegistrationService service = serviceOver(kind, Fixtures.CIAW_SITE);
        var first = (RegistrationStep.Registered) service.identify(cardHolder);

        clock.advance(Duration.ofHours(2));
        var again = (RegistrationStep.AlreadyRegistered) service.identify(cardHolder);

        assertThat(minted).hasSize(2); // the second tap's reference is minted, then never used
        assertThat(first.registration().reference()).isEqualTo(minted.get(0));
        assertThat(again.registration().reference()).isEqualTo(minted.get(0));
        assertThat(held(kind)).containsExactly(minted.get(0));
    }

    @Test
    void theOutboxSendsUnderTheReferencesTheTapsWereGiven() {
        RegistrationService service = serviceOver(Recorder.SQLITE_STORE, Fixtures.CIAW_SITE);
        var registered = (RegistrationStep.Registered) service.identify(cardHolder);
        service.identify(cardHolder); // already registered: nothing new to send
        open(Fixtures.CIAOW_SITE); // the afternoon on a cleaning site, same kiosk, same store
        var checkedIn = (RegistrationStep.EventRecorded) service.identify(cardHolder);

        List<ClientReference> given = List.of(registered.registration().reference(), checkedIn.event().reference());
        assertThat(given).containsExactly(minted.get(0), minted.get(2));
        assertThat(store.outbox().due(200)).extracting(OutboxItem::reference).containsExactlyElementsOf(given);
        assertThat(handedOn).containsExactlyElementsOf(given);
    }

    /** Passes every tap on to the recorder under test, noting the reference the service minted for it. */
    private record NotingMinted(PresenceRecorder recorder, List<ClientReference> minted) implements PresenceRecorder {

        @Override
        public DailyOutcome registerDaily(Registration registration) {
            minted.add(registration.reference());
            return recorder.registerDaily(registration);
        }

        @Override
        public Optional<PresenceEvent> lastEvent(WorkplaceId workplace, WorkerId worker, LocalDate date) {
            return recorder.lastEvent(workplace, worker, date);
        }

        @Override
        public PresenceEvent recordEvent(PresenceEvent event) {
            minted.add(event.reference());
            return recorder.recordEvent(event);
        }
    }
}
