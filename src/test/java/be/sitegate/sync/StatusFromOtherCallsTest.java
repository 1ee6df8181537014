package be.sitegate.sync;

import static be.sitegate.testkit.Await.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.CentralUnavailableException;
import be.sitegate.central.CentralUnavailableException.Reason;
import be.sitegate.central.InitialisationRefusedException;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.store.KioskStore;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The status bar's connection from the first second: "connecting" (UNKNOWN) until the service
 * answered any call, online after an answer, offline (with the reason in the log) when it cannot be
 * reached; and the forwarder's own verdict stays in charge while it has records to send.
 */
class StatusFromOtherCallsTest {

    @TempDir
    Path dir;

    private final Clock clock = Fixtures.runningFrom(Fixtures.START);
    private KioskStore store;
    private OutboxForwarder forwarder;

    @AfterEach
    void stop() {
        if (forwarder != null) {
            forwarder.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private OutboxForwarder idleForwarder() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        forwarder = new OutboxForwarder(store.outbox(), new FakeCentralService(), ForwarderSettings.defaults(), clock);
        return forwarder;
    }

    @Test
    void nothingIsKnownBeforeTheFirstAnswerAndAnAnswerMeansOnline() {
        OutboxForwarder f = idleForwarder();
        assertThat(f.status().connection()).isEqualTo(SyncStatus.Connection.UNKNOWN);

        assertThat(f.observing(() -> "details")).isEqualTo("details");

        assertThat(f.status().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
        assertThat(f.status().lastSuccess()).isPresent();
    }

    @Test
    void aRefusedInitialisationIsStillAnAnswer() {
        OutboxForwarder f = idleForwarder();
        assertThatThrownBy(() -> f.observing(() -> {
            throw new InitialisationRefusedException(InitialisationRefusedException.Reason.BAD_CREDENTIALS,
                    Optional.empty());
        })).isInstanceOf(InitialisationRefusedException.class);
        assertThat(f.status().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
    }

    @Test
    void anUnreachableServiceIsOfflineWithTheReasonInTheLog() {
        OutboxForwarder f = idleForwarder();
        Logger log = (Logger) LoggerFactory.getLogger(OutboxForwarder.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            CentralUnavailableException refused = new CentralUnavailableException(Reason.CONNECTION_REFUSED,
                    OptionalInt.empty(), "nothing listens", null);
            assertThatThrownBy(() -> f.observing(() -> {
                throw refused;
            })).isSameAs(refused);
        } finally {
            log.detachAppender(lines);
        }
        assertThat(f.status().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
        assertThat(f.status().lastErrorReason()).contains("CONNECTION_REFUSED");
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("cannot be reached", "CONNECTION_REFUSED"));
    }

    @Test
    void whileRecordsWaitTheForwardersOwnVerdictStands() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 3, Fixtures.START);
        FakeCentralService central = new FakeCentralService();
        central.failure = () -> new CentralUnavailableException(Reason.TIMEOUT, OptionalInt.empty(), "timeout", null);
        forwarder = new OutboxForwarder(store.outbox(), central, ForwarderSettings.defaults()
                .withBackoff(new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30), () -> 0.5)), clock);
        forwarder.start();
        until("the forwarder found the service offline", Duration.ofSeconds(30),
                () -> forwarder.status().connection() == SyncStatus.Connection.OFFLINE);

        forwarder.observing(() -> "an unrelated call got through");

        assertThat(forwarder.status().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
    }
}
