package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day the site manager closed stays closed after a restart; the workplace details stay for an offline morning. */
class ClosedDayTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();
    private final FakeCentralService central = new FakeCentralService().knows(Fixtures.construction());

    @Test
    void aClosedDayIsNotResumedByARestart() {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            KioskSession session = new KioskSession(clock);
            StoreInitialisationRepository repository = new StoreInitialisationRepository(store.initialisations(), session);
            InitialisationService service = new InitialisationService(central, repository, session);
            service.initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);

            KioskSession afterARestart = new KioskSession(clock);
            repository.resumeInto(afterARestart);
            assertThat(afterARestart.current()).as("an open day resumes").isPresent();

            service.closeDay();

            assertThat(session.current()).isEmpty();
            KioskSession afterAnotherRestart = new KioskSession(clock);
            repository.resumeInto(afterAnotherRestart);
            assertThat(afterAnotherRestart.current()).as("a closed day does not").isEmpty();
            assertThat(repository.find(Fixtures.CIAW_SITE)).as("details kept for an offline morning").isPresent();
        }
    }
}
