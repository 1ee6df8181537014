package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.ErrorHistory;
import be.sitegate.kiosk.ErrorHistory.Entry;
import be.sitegate.kiosk.ErrorHistory.Source;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.kiosk.fake.FakeSyncStatus;
import be.sitegate.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What goes into the administration's error history: one entry per trouble, not one per retry. */
class ErrorHistoryFeedTest {

    private final TestClock clock = TestClock.mondayMorning();
    private final ErrorHistory history = new ErrorHistory(clock);
    private final FakeSyncStatus sync = new FakeSyncStatus();
    private final StorageHealth storage = new StorageHealth(clock);
    private final FakeCard card = new FakeCard();
    private final ErrorHistoryFeed feed = new ErrorHistoryFeed(history).follow(sync, storage, card);

    private static SyncStatus failing(Connection connection, Instant since, String error) {
        return new SyncStatus(connection, 3, Optional.of(since), 0, Optional.of(since), Optional.of(error));
    }

    @Test
    void aNightOfRetriesIsOneEntryAndANewReasonAnother() {
        Instant since = clock.instant();
        sync.set(failing(Connection.OFFLINE, since, "TIMEOUT"));
        sync.set(failing(Connection.OFFLINE, since, "TIMEOUT"));
        sync.set(failing(Connection.OFFLINE, since, "TIMEOUT"));
        clock.advance(Duration.ofMinutes(5));
        sync.set(failing(Connection.REFUSING, since, "SERVER_ERROR (HTTP 500)"));
        sync.set(SyncStatus.online(0));
        clock.advance(Duration.ofHours(1));
        sync.set(failing(Connection.OFFLINE, clock.instant(), "TIMEOUT"));

        assertThat(history.recent()).extracting(Entry::source, Entry::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Source.DELIVERY, "TIMEOUT"),
                org.assertj.core.groups.Tuple.tuple(Source.DELIVERY, "SERVER_ERROR (HTTP 500)"),
                org.assertj.core.groups.Tuple.tuple(Source.DELIVERY, "TIMEOUT"));
        assertThat(history.recent().get(0).at()).isEqualTo(clock.instant());
    }

    @Test
    void aRefusedCertificateTheStoreAndTheReaderEachSayTheirOwn() {
        sync.set(failing(Connection.NOT_ACCEPTED, clock.instant(), "CLIENT_REFUSED"));
        sync.set(failing(Connection.NOT_ACCEPTED, clock.instant(), "CLIENT_REFUSED"));
        storage.failed(StorageFailedException.Reason.FULL);
        storage.failed(StorageFailedException.Reason.FULL);
        card.status(ReaderStatus.READY);
        card.status(ReaderStatus.NO_READER);

        assertThat(history.recent()).extracting(Entry::source, Entry::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Source.CARD_READER, "NO_READER"),
                org.assertj.core.groups.Tuple.tuple(Source.STORAGE, "FULL"),
                org.assertj.core.groups.Tuple.tuple(Source.CERTIFICATE, "CLIENT_REFUSED"));
    }

    @Test
    void theHistoryKeepsTheLastTwentyNewestFirst() {
        for (int i = 0; i < 25; i++) {
            history.record(Source.DELIVERY, "E" + i);
        }
        assertThat(history.recent()).hasSize(ErrorHistory.CAPACITY);
        assertThat(history.recent().get(0).code()).isEqualTo("E24");
        assertThat(history.recent().get(19).code()).isEqualTo("E5");
    }

    @Test
    void closedItHearsNothingMore() {
        feed.close();
        storage.failed(StorageFailedException.Reason.READ_ONLY);
        assertThat(history.recent()).isEmpty();
    }
}
