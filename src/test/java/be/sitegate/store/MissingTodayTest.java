package be.sitegate.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.RecentWorkingDays;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who is missing" on a real SQLite file: whoever this kiosk recorded on the workplace on the
 * five working days before today (registrations and events alike), with no record there today.
 */
class MissingTodayTest {

    /** Wednesday 25 November 2026: the working days before it are 24, 23, 20, 19 and 18 November. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final WorkplaceId SITE = Fixtures.CIAW_SITE;
    private static final EnterpriseNumber ROOFER = Fixtures.ROOFER.enterpriseNumber();

    @TempDir
    Path dir;

    private KioskStore store;
    private int references;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), new TestClock(Instant.parse("2026-11-25T06:00:00Z")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Instant morningOf(LocalDate day) {
        return day.atTime(7, 0).atZone(BelgianTime.ZONE).toInstant();
    }

    private void registered(WorkerId who, WorkplaceId where, LocalDate day, EnterpriseNumber employer, String name) {
        IdentificationMethod method = name == null ? IdentificationMethod.TYPED_NATIONAL_NUMBER : IdentificationMethod.EID_CARD;
        store.registrations().register(new NewRegistration(new ClientReference("SGR" + references++), where, who,
                Optional.of(employer), day, morningOf(day), method, Optional.ofNullable(name)));
    }

    private void checkedIn(WorkerId who, LocalDate day) {
        store.events().record(new NewPresenceEvent(new ClientReference("SGE" + references++), SITE, who,
                Optional.of(Fixtures.BUILDER_NUMBER), Direction.IN, Optional.empty(), morningOf(day),
                IdentificationMethod.EID_CARD, Optional.of("Ioana Popescu")));
    }

    private List<MissingWorker> missing() {
        return store.attendance().notYetToday(SITE, RecentWorkingDays.before(WEDNESDAY), WEDNESDAY);
    }

    @Test
    void someoneWhoCameOnRecentWorkingDaysAndNotTodayIsMissingWithTheirLatestNameAndEmployer() {
        WorkerId anna = Fixtures.ANNA;
        registered(anna, SITE, LocalDate.of(2026, 11, 23), Fixtures.BUILDER_NUMBER, "Anna Peeters");
        registered(anna, SITE, LocalDate.of(2026, 11, 24), ROOFER, null); // typed: no name this time

        assertThat(missing()).containsExactly(new MissingWorker(anna, Optional.of("Anna Peeters"), Optional.of(ROOFER),
                LocalDate.of(2026, 11, 24), 2));
    }

    @Test
    void whoeverIsHereTodayOrCameLongerAgoOrElsewhereIsNotMissing() {
        WorkerId here = Fixtures.worker(1);
        registered(here, SITE, LocalDate.of(2026, 11, 24), ROOFER, "Here Today");
        registered(here, SITE, WEDNESDAY, ROOFER, "Here Today");
        registered(Fixtures.worker(2), SITE, LocalDate.of(2026, 11, 17), ROOFER, "Came Eight Days Ago");
        registered(Fixtures.worker(3), SITE, LocalDate.of(2026, 11, 22), ROOFER, "Came On Sunday");
        registered(Fixtures.worker(4), Fixtures.CIAOW_SITE, LocalDate.of(2026, 11, 24), ROOFER, "Works Elsewhere");
        registered(Fixtures.worker(5), SITE, LocalDate.of(2026, 11, 18), ROOFER, "Five Working Days Ago");

        assertThat(missing()).extracting(m -> m.displayName().orElseThrow()).containsExactly("Five Working Days Ago");
    }

    @Test
    void checkInAndOutEventsCountLikeRegistrations() {
        WorkerId ioana = Fixtures.worker(6);
        checkedIn(ioana, LocalDate.of(2026, 11, 20));
        WorkerId inToday = Fixtures.worker(7);
        checkedIn(inToday, LocalDate.of(2026, 11, 20));
        checkedIn(inToday, WEDNESDAY);

        assertThat(missing()).extracting(MissingWorker::worker).containsExactly(ioana);
        assertThat(missing().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void someoneRegisteredTodayAtAnotherGateIsNotMissingUnlessThatRegistrationWasCancelled() {
        WorkerId atGateB = Fixtures.worker(8);
        WorkerId cancelled = Fixtures.worker(9);
        registered(atGateB, SITE, LocalDate.of(2026, 11, 24), ROOFER, "At Gate B");
        registered(cancelled, SITE, LocalDate.of(2026, 11, 24), ROOFER, "Cancelled Elsewhere");
        store.centralPresences().replaceDay(SITE, WEDNESDAY, List.of(
                central("500", atGateB, "SUCCESSFULLY REGISTERED"), central("501", cancelled, "SUCCESSFULLY CANCELLED")));

        assertThat(missing()).extracting(m -> m.displayName().orElseThrow()).containsExactly("Cancelled Elsewhere");
    }

    @Test
    void theListIsByNameAndOnePerPerson() {
        registered(Fixtures.worker(10), SITE, LocalDate.of(2026, 11, 19), ROOFER, "Zofia Zielinska");
        registered(Fixtures.worker(11), SITE, LocalDate.of(2026, 11, 19), ROOFER, "Anton Aerts");
        registered(Fixtures.worker(11), SITE, LocalDate.of(2026, 11, 20), ROOFER, "Anton Aerts");
        assertThat(missing()).extracting(m -> m.displayName().orElseThrow()).containsExactly("Anton Aerts", "Zofia Zielinska");
        assertThat(missing().get(0).days()).isEqualTo(2);
    }

    private static CentralPresence central(String receipt, WorkerId who, String status) {
        return new CentralPresence(receipt, SITE, who, Optional.of(ROOFER), WEDNESDAY, Optional.empty(),
                Optional.of(morningOf(WEDNESDAY)), "ONLINE", Optional.empty(), status);
    }
}
