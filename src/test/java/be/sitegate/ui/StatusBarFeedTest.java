package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.Subscription;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.statusbar.StatusBarViewModel;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The status bar follows the clock, the workplace, the sync and the store, and stops when told. */
class StatusBarFeedTest {

    private final KioskHarness h = new KioskHarness();
    private final StatusBarViewModel status = new StatusBarViewModel(h.session.zone());
    private final StatusBarFeed feed = new StatusBarFeed(h.session, Threads.direct(), status);

    @Test
    void everyTickShowsTheTimeAndTheWorkplaceUntilTheDayIsOver() {
        h.open(Fixtures.CIAW_SITE);
        feed.onTick();
        assertThat(status.timeProperty().get()).isEqualTo("07:12");
        assertThat(status.workplaceProperty().get()).startsWith(Fixtures.CIAW_SITE.toString());
        h.clock.advance(Duration.ofHours(17));
        feed.onTick();
        assertThat(status.workplaceProperty().get()).isEmpty();
    }

    @Test
    void theSyncAndTheStoreAreFollowedUntilTheSubscriptionsAreCancelled() {
        feed.onTick();
        var subscriptions = feed.subscribe(h.sync, h.storage);
        assertThat(h.sync.listenerCount()).isEqualTo(1);
        h.sync.set(false, 2);
        assertThat(status.queueProperty().get()).isEqualTo(Msg.of("status.queue", 2, "07:00"));

        subscriptions.forEach(Subscription::cancel);
        assertThat(h.sync.listenerCount()).isZero();
        h.sync.set(false, 5);
        h.storage.failed(StorageFailedException.Reason.FULL);
        assertThat(status.queueProperty().get()).isEqualTo(Msg.of("status.queue", 2, "07:00"));
        assertThat(status.storageProblemProperty().get()).isEqualTo(Msg.NONE);
    }

    /** The status bar as the kiosk's view models feed it. */
    @Nested
    class AsWired extends ViewModelsOnFakes {

        @Test
        void theStatusBarFollowsTheConnectionQueueAndReader() {
            openConstruction();
            h.sync.set(false, 3);
            assertThat(vm.status.connectionProperty().get()).isEqualTo(Msg.of("status.offline"));
            assertThat(vm.status.queueProperty().get()).isEqualTo(Msg.of("status.queue", 3, "07:00"));
            assertThat(vm.status.attentionProperty().get()).isEqualTo(Msg.NONE);
            h.card.status(ReaderStatus.NO_READER);
            assertThat(vm.status.readerProperty().get()).isEqualTo(Msg.of("status.reader.NO_READER"));
            assertThat(vm.status.timeProperty().get()).isEqualTo("07:12");
            assertThat(vm.status.workplaceProperty().get()).startsWith(Fixtures.CIAW_SITE.toString());
        }

        @Test
        void theStatusBarFollowsTheStorageHealth() {
            openConstruction();
            assertThat(vm.status.storageProblemProperty().get()).isEqualTo(Msg.NONE);
            h.storage.failed(StorageFailedException.Reason.READ_ONLY);
            assertThat(vm.status.storageProblemProperty().get()).isEqualTo(Msg.of("status.storage.todo.READ_ONLY", Msg.of("status.storage.READ_ONLY")));
            assertThat(vm.status.connectionAndQueueShownProperty().get()).isFalse();
            h.storage.stored();
            assertThat(vm.status.storageProblemProperty().get()).isEqualTo(Msg.NONE);
            assertThat(vm.status.connectionAndQueueShownProperty().get()).isTrue();

            vm.deactivate();
            h.storage.failed(StorageFailedException.Reason.FULL);
            assertThat(vm.status.storageProblemProperty().get()).as("no listener left behind").isEqualTo(Msg.NONE);
        }
    }
}
