package be.sitegate.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralUnavailableException;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.logging.NationalNumberMask;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The forwarder's failure lines say when it tries next in a form the log's national-number mask
 * leaves alone. Found by the fault matrix (issue 18.2): with the clock's nanoseconds, "next try at
 * 2026-12-02T07:12:48.805417083Z" went to the journal as "07:12:**.**.**-***.83Z".
 */
class FailureLogTimesTest {

    @TempDir
    Path dir;

    @Test
    void theNextTryIsLoggedToTheSecondAndSurvivesTheMask() {
        Instant now = Instant.parse("2026-11-23T08:00:00.805417083Z");
        TestClock clock = new TestClock(now);
        Logger logger = (Logger) LoggerFactory.getLogger(ForwardingCycle.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            store.registrations().register(Fixtures.registration(WorkplaceId.parse("1Y101DRUNWB5Z"),
                    Fixtures.worker(1), EnterpriseNumber.parse("0566988259"), BelgianTime.dateOf(now), now));
            Backoff tenSeconds = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(10), () -> 0.0);
            new ForwardingCycle(store.outbox(), items -> {
                throw new CentralUnavailableException(CentralUnavailableException.Reason.SERVER_ERROR,
                        OptionalInt.of(500), "the central service answered HTTP 500", null);
            }, ForwarderSettings.defaults().withBackoff(tenSeconds), clock, new StatusBoard()).run();
        } finally {
            logger.detachAppender(log);
        }
        List<String> lines = log.list.stream().map(e -> NationalNumberMask.mask(e.getFormattedMessage()))
                .filter(l -> l.startsWith("forwarding ")).toList();
        assertThat(lines).singleElement().asString().contains("next try at 2026-11-23T08:00:05Z").doesNotContain("**");
    }
}
