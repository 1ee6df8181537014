package be.sitegate.store;

import be.sitegate.testkit.TestClock;
import static be.sitegate.testkit.Fixtures.ANNA;
import static be.sitegate.testkit.Fixtures.BOGDAN;
import static be.sitegate.testkit.Fixtures.BUILDER_NUMBER;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.OTHER_SITE;
import static be.sitegate.testkit.Fixtures.SEVEN_AM;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.event;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.NextAction;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationAndEventStoreTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(SEVEN_AM);
    private KioskStore store;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSecondRegistrationOfTheSamePersonWorkplaceAndDayReturnsTheFirst() {
        RegisterResult first = store.registrations().register(registration(ANNA, SITE, DAY));
        clock.advance(Duration.ofMinutes(5));
        RegisterResult again = store.registrations().register(registration(ANNA, SITE, DAY));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.registration().reference()).isEqualTo(first.registration().reference());
        assertThat(again.registration().registeredAt()).isEqualTo(SEVEN_AM);
        assertThat(store.outbox().counts().pending()).isEqualTo(1);
    }

    @Test
    void aRecordIsStoredAndQueuedUnderTheReferenceItCameWith() {
        ClientReference registrationRef = ClientReference.generate(SEVEN_AM);
        ClientReference eventRef = ClientReference.generate(SEVEN_AM);

        RegisterResult registered = store.registrations().register(registration(registrationRef, ANNA, SITE, DAY));
        PresenceEvent recorded = store.events().record(event(eventRef, BOGDAN, Direction.IN, Optional.empty(), SEVEN_AM));

        assertThat(registered.registration().reference()).isEqualTo(registrationRef);
        assertThat(recorded.reference()).isEqualTo(eventRef);
        assertThat(store.registrations().find(registrationRef)).isPresent();
        assertThat(store.events().find(eventRef)).isPresent();
        assertThat(store.outbox().due(10)).extracting(OutboxItem::reference)
                .containsExactlyInAnyOrder(registrationRef, eventRef);
    }

    @Test
    void aReferenceAlreadyStoredIsRefusedAndNothingIsReplaced() {
        ClientReference taken = ClientReference.generate(SEVEN_AM);
        store.registrations().register(registration(taken, ANNA, SITE, DAY));

        assertThatThrownBy(() -> store.registrations().register(registration(taken, BOGDAN, SITE, DAY)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONSTRAINT))
                .hasMessageContaining("SQLITE_CONSTRAINT_PRIMARYKEY");
        assertThatThrownBy(() -> store.events().record(event(taken, BOGDAN, Direction.IN, Optional.empty(), SEVEN_AM)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONSTRAINT))
                .hasMessageContaining("SQLITE_CONSTRAINT_PRIMARYKEY");

        assertThat(store.registrations().find(taken)).hasValueSatisfying(r -> assertThat(r.worker()).isEqualTo(ANNA));
        assertThat(store.registrations().find(BOGDAN, SITE, DAY)).isEmpty();
        assertThat(store.events().forDay(SITE, DAY)).isEmpty();
        assertThat(store.outbox().counts().pending()).isEqualTo(1);
    }

    @Test
    void anotherDayOrWorkplaceOrPersonIsANewRegistration() {
        store.registrations().register(registration(ANNA, SITE, DAY));
        assertThat(store.registrations().register(registration(ANNA, SITE, DAY.plusDays(1))).created()).isTrue();
        assertThat(store.registrations().register(registration(ANNA, OTHER_SITE, DAY)).created()).isTrue();
        assertThat(store.registrations().register(registration(BOGDAN, SITE, DAY)).created()).isTrue();
        assertThat(store.outbox().counts().pending()).isEqualTo(4);
    }

    @Test
    void limosaWorkersRegisterWithoutAnEmployer() {
        WorkerId posted = WorkerId.of(LimosaId.parse("12345678901234567"));
        var r = new NewRegistration(ClientReference.generate(SEVEN_AM), SITE, posted, Optional.empty(), DAY, SEVEN_AM,
                be.sitegate.domain.IdentificationMethod.SCANNED_LIMOSA_QR, Optional.empty());
        var stored = store.registrations().register(r).registration();
        assertThat(store.registrations().find(stored.reference())).hasValueSatisfying(found -> {
            assertThat(found.worker()).isEqualTo(posted);
            assertThat(found.employer()).isEmpty();
        });
    }

    @Test
    void theLastEventOfTheDayDecidesWhatTheNextTapMeans() {
        assertThat(NextAction.after(store.events().last(ANNA, SITE, DAY))).isEqualTo(NextAction.CHECK_IN);
        store.events().record(event(ANNA, Direction.IN, Optional.empty(), SEVEN_AM));
        assertThat(NextAction.after(store.events().last(ANNA, SITE, DAY))).isEqualTo(NextAction.CHOOSE_BREAK_OR_END);
        store.events().record(event(ANNA, Direction.OUT, Optional.of(OutReason.BREAK), SEVEN_AM.plusSeconds(3 * 3600)));
        assertThat(NextAction.after(store.events().last(ANNA, SITE, DAY))).isEqualTo(NextAction.CHECK_IN);
        store.events().record(event(ANNA, Direction.IN, Optional.empty(), SEVEN_AM.plusSeconds(4 * 3600)));
        store.events().record(event(ANNA, Direction.OUT, Optional.of(OutReason.END_OF_WORK), SEVEN_AM.plusSeconds(9 * 3600)));
        assertThat(NextAction.after(store.events().last(ANNA, SITE, DAY))).isEqualTo(NextAction.CHECK_IN_AGAIN);
        assertThat(store.events().forDay(SITE, DAY)).hasSize(4);
        assertThat(store.outbox().counts().pending()).isEqualTo(4);
    }

    @Test
    void initialisationsAreKeptWithTheirWorkplaceForAnOfflineMorning() {
        Workplace workplace = new Workplace(SITE, "Rue de la Loi 16, 1000 Brussel", Sector.CONSTRUCTION, RegistrationMode.CIAW,
                List.of(new Company(BUILDER_NUMBER, "Bouw NV"), new Company(EnterpriseNumber.parse("0403170701"), "Elektro BV")));
        KioskInitialisation init = new KioskInitialisation(workplace, BUILDER_NUMBER, "site.manager", SEVEN_AM,
                SEVEN_AM.plus(Duration.ofHours(16)), false);
        store.initialisations().save(init);

        assertThat(store.initialisations().latest()).contains(init);
        assertThat(store.initialisations().cachedWorkplace(SITE)).contains(workplace);
        assertThat(store.initialisations().latestConfirmed(SITE)).contains(init);
        store.initialisations().save(new KioskInitialisation(workplace, BUILDER_NUMBER, "site.manager",
                SEVEN_AM.plus(Duration.ofDays(1)), SEVEN_AM.plus(Duration.ofDays(1).plusHours(16)), true));
        assertThat(store.initialisations().latestConfirmed(SITE)).contains(init);
        assertThat(store.initialisations().latest()).hasValueSatisfying(i -> assertThat(i.fromCache()).isTrue());
        assertThat(store.initialisations().latestConfirmed(OTHER_SITE)).isEmpty();
        assertThat(store.initialisations().cachedWorkplace(OTHER_SITE)).isEmpty();
        assertThat(init.isValidAt(SEVEN_AM.plus(Duration.ofHours(17)))).isFalse();
    }

    @Test
    void theEmployerAWorkerChoseIsRemembered() {
        EnterpriseNumber sub = EnterpriseNumber.parse("0403170701");
        assertThat(store.employerChoices().chosen(ANNA, SITE)).isEmpty();
        store.employerChoices().remember(ANNA, SITE, BUILDER_NUMBER);
        store.employerChoices().remember(ANNA, SITE, sub);
        assertThat(store.employerChoices().chosen(ANNA, SITE)).contains(sub);
        assertThat(store.employerChoices().chosen(ANNA, OTHER_SITE)).isEmpty();
    }

    @Test
    void attendanceShowsOurRegistrationsAndAddsThoseFromOtherChannelsOnce() {
        var ours = store.registrations().register(registration(ANNA, SITE, DAY)).registration();
        store.outbox().markSent(List.of(ours.reference()), Duration.ofMinutes(1));
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ours.reference(), "100000000001", List.of())));

        CentralPresence sameAsOurs = new CentralPresence("100000000001", SITE, ANNA, Optional.of(BUILDER_NUMBER), DAY,
                Optional.empty(), Optional.of(SEVEN_AM), "GATEWAY", Optional.of(ours.reference()), "SUCCESSFULLY REGISTERED");
        CentralPresence viaWeb = new CentralPresence("100000000002", SITE, BOGDAN, Optional.of(BUILDER_NUMBER), DAY,
                Optional.empty(), Optional.of(SEVEN_AM.minusSeconds(600)), "ONLINE", Optional.empty(), "VALIDATED");
        store.centralPresences().replaceDay(SITE, DAY, List.of(sameAsOurs, viaWeb));

        var list = store.attendance().forDay(SITE, DAY);
        assertThat(list).hasSize(2);
        assertThat(list.get(0).worker()).isEqualTo(BOGDAN);
        assertThat(list.get(0).otherChannel()).isTrue();
        assertThat(list.get(1).worker()).isEqualTo(ANNA);
        assertThat(list.get(1).status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(list.get(1).receiptNumber()).contains("100000000001");
        assertThat(list.get(1).displayName()).contains("Anna Peeters");

        store.centralPresences().replaceDay(SITE, DAY, List.of(sameAsOurs));
        assertThat(store.attendance().forDay(SITE, DAY)).hasSize(1);
    }

    @Test
    void attendanceForCheckInOutShowsWhereEachWorkerIsNow() {
        store.events().record(event(ANNA, Direction.IN, Optional.empty(), SEVEN_AM));
        store.events().record(event(BOGDAN, Direction.IN, Optional.empty(), SEVEN_AM.plusSeconds(60)));
        store.events().record(event(ANNA, Direction.OUT, Optional.of(OutReason.BREAK), SEVEN_AM.plusSeconds(7200)));

        var list = store.attendance().forDay(SITE, DAY);
        assertThat(list).extracting(e -> e.worker()).containsExactly(ANNA, BOGDAN);
        assertThat(list.get(0).presentNow()).isFalse();
        assertThat(list.get(0).lastOutReason()).contains(OutReason.BREAK);
        assertThat(list.get(0).firstSeen()).isEqualTo(SEVEN_AM);
        assertThat(list.get(1).presentNow()).isTrue();
    }

    @Test
    void findsNothingForAnUnknownReference() {
        assertThat(store.registrations().find(new ClientReference("SGUNKNOWN"))).isEmpty();
        assertThat(store.events().find(new ClientReference("SGUNKNOWN"))).isEmpty();
    }
}
