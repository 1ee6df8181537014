package be.sitegate.ui.statusbar;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the bottom line says about sending: which kind of trouble, since when, and what waits. */
class StatusBarViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 09:30 in Brussels. */
    private static final Instant NOW = Instant.parse("2026-11-24T08:30:00Z");
    private static final Instant SEVEN_TEN = Instant.parse("2026-11-24T06:10:00Z");
    private static final Instant YESTERDAY_FOUR_PM = Instant.parse("2026-11-23T15:00:00Z");

    private final StatusBarViewModel vm = new StatusBarViewModel(BRUSSELS);

    @BeforeEach
    void tick() {
        vm.onTick(NOW);
    }

    private static SyncStatus status(Connection c, int waiting, Optional<Instant> since, int toCheck) {
        return new SyncStatus(c, waiting, since, toCheck, Optional.of(SEVEN_TEN), Optional.of("x"));
    }

    @Test
    void offlineOnlyWhenTheServiceCannotBeReachedRefusingWhenItAnswersWithErrors() {
        vm.onSync(status(Connection.OFFLINE, 2, Optional.of(SEVEN_TEN), 0));
        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.offline"));
        assertThat(vm.onlineProperty().get()).isFalse();
        assertThat(vm.sendingStoppedProperty().get()).isFalse();

        vm.onSync(status(Connection.REFUSING, 2, Optional.of(SEVEN_TEN), 0));
        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.refusing"));
        assertThat(vm.onlineProperty().get()).isFalse();
    }

    @Test
    void connectingUntilTheServiceFirstAnsweredOnlineOnlyAfter() {
        vm.onSync(new SyncStatus(Connection.CONNECTING, 0, Optional.empty(), 0, Optional.empty(), Optional.empty()));
        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.connecting"));
        assertThat(vm.onlineProperty().get()).as("not yet known to fail: no red").isTrue();

        vm.onSync(SyncStatus.online(0));
        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.online"));
    }

    @Test
    void theQueueSaysHowManyWaitAndSinceWhenAcrossMidnight() {
        vm.onSync(status(Connection.OFFLINE, 37, Optional.of(YESTERDAY_FOUR_PM), 0));
        assertThat(vm.queueProperty().get()).isEqualTo(Msg.of("status.queue", 37, "23/11"));
        vm.onSync(SyncStatus.online(0));
        assertThat(vm.queueProperty().get()).isEqualTo(Msg.of("status.queue.empty"));
        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.online"));
        assertThat(vm.onlineProperty().get()).isTrue();
    }

    @Test
    void aQueueStillWaitingAfterMidnightSaysFromWhichDayOnceTheDayTurns() {
        vm.onSync(status(Connection.OFFLINE, 2, Optional.of(SEVEN_TEN), 0));
        assertThat(vm.queueProperty().get()).isEqualTo(Msg.of("status.queue", 2, "07:10"));
        vm.onTick(Instant.parse("2026-11-25T05:00:00Z")); // 06:00 the next morning, no new status
        assertThat(vm.queueProperty().get()).isEqualTo(Msg.of("status.queue", 2, "24/11"));
    }

    @Test
    void aKioskTheServiceDoesNotAcceptSaysSendingStoppedAndWhomToTell() {
        vm.onSync(status(Connection.NOT_ACCEPTED, 5, Optional.of(SEVEN_TEN), 0));
        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.notAccepted"));
        assertThat(vm.sendingStoppedProperty().get()).isTrue();
        assertThat(vm.queueProperty().get()).isEqualTo(Msg.of("status.queue", 5, "07:10"));
    }

    @Test
    void refusedAndNotSentInTimeRecordsAreCountedUntilAcknowledged() {
        vm.onSync(status(Connection.ONLINE, 0, Optional.empty(), 3));
        assertThat(vm.attentionProperty().get()).isEqualTo(Msg.of("status.attention", 3));
        vm.onSync(status(Connection.ONLINE, 0, Optional.empty(), 0));
        assertThat(vm.attentionProperty().get()).isEqualTo(Msg.NONE);
    }
}
