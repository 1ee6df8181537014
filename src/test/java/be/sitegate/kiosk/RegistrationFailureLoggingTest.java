package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.testkit.TestClock;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A tap that fails is not only shown to the worker: the log says what failed, for whom (masked). */
class RegistrationFailureLoggingTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(RegistrationService.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    private static final class BrokenStore implements PresenceRecorder {
        @Override
        public DailyOutcome registerDaily(Registration r) {
            throw new IllegalStateException("store write failed: SQLITE_FULL");
        }

        @Override
        public Optional<PresenceEvent> lastEvent(WorkplaceId workplace, WorkerId worker, LocalDate date) {
            return Optional.empty();
        }

        @Override
        public PresenceEvent recordEvent(PresenceEvent e) {
            throw new IllegalStateException("store write failed: SQLITE_FULL");
        }
    }

    @Test
    void aStoreFailureOnTheTapPathIsLoggedWithTheWorkerMasked() {
        TestClock clock = TestClock.mondayMorning();
        FakeCentralService central = new FakeCentralService().knows(Fixtures.construction());
        central.employs(Fixtures.WORKER, Fixtures.ROOFER);
        KioskSession session = new KioskSession(clock);
        InMemoryEmployerChoices choices = new InMemoryEmployerChoices();
        new InitialisationService(central, new InMemoryInitialisations(), session)
                .initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
        RegistrationService service = new RegistrationService(session, new EmployerResolver(central, choices), choices,
                new BrokenStore());

        assertThatThrownBy(() -> service.identify(new Worker(WorkerId.of(Fixtures.WORKER),
                IdentificationMethod.EID_CARD, Optional.empty()))).isInstanceOf(IllegalStateException.class);

        assertThat(log.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getFormattedMessage()).contains("**.**.**-***.28").contains("nothing was registered")
                    .doesNotContain(Fixtures.WORKER.toString());
            assertThat(e.getFormattedMessage()).contains("SQLITE_FULL");
        });
    }
}
