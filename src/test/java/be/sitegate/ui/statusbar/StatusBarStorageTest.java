package be.sitegate.ui.statusbar;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.StorageFailedException.Reason;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status bar's storage item, without a screen. */
class StatusBarStorageTest {

    private static final Instant SINCE = Instant.parse("2026-11-23T06:12:00Z");
    private final StatusBarViewModel bar = new StatusBarViewModel(ZoneId.of("Europe/Brussels"));

    @Test
    void whileStoringWorksThereIsNoStorageItem() {
        bar.onStorage(new StorageHealth.Ok());
        assertThat(bar.storageProblemProperty().get()).isEqualTo(Msg.NONE);
        assertThat(bar.connectionAndQueueShownProperty().get()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void aFailingStoreShowsWhyAndNoLongerShowsTheQueueAsSaved(Reason reason) {
        bar.onSync(new SyncStatus(Connection.OFFLINE, 3, Optional.of(SINCE), 0, Optional.of(SINCE),
                Optional.of("TIMEOUT")));
        bar.onStorage(new StorageHealth.Failing(reason, SINCE));
        assertThat(bar.storageProblemProperty().get()).isEqualTo(
                Msg.of("status.storage.todo." + reason.name(), Msg.of("status.storage." + reason.name())));
        assertThat(bar.connectionAndQueueShownProperty().get()).isFalse();

        bar.onSync(new SyncStatus(Connection.OFFLINE, 4, Optional.of(SINCE), 0, Optional.of(SINCE),
                Optional.empty())); // the forwarder goes on reporting
        assertThat(bar.connectionAndQueueShownProperty().get()).as("still hidden while the store fails").isFalse();
    }

    @Test
    void theItemGoesAndTheQueueComesBackWhenStoringWorksAgain() {
        bar.onStorage(new StorageHealth.Failing(Reason.FULL, SINCE));
        bar.onStorage(new StorageHealth.Ok());
        assertThat(bar.storageProblemProperty().get()).isEqualTo(Msg.NONE);
        assertThat(bar.connectionAndQueueShownProperty().get()).isTrue();
    }

    @Test
    void eachFaultSaysWhatTheSiteManagerDoesAndWhetherARestartIsNeeded() {
        java.util.ResourceBundle english = be.sitegate.ui.shared.I18n.bundle(java.util.Locale.ENGLISH);
        bar.onStorage(new StorageHealth.Failing(Reason.FULL, SINCE));
        assertThat(be.sitegate.ui.shared.I18n.text(english, bar.storageProblemProperty().get()))
                .isEqualTo("Cannot save registrations: disk full. Free up disk space: it resumes by itself");
        bar.onStorage(new StorageHealth.Failing(Reason.READ_ONLY, SINCE));
        assertThat(be.sitegate.ui.shared.I18n.text(english, bar.storageProblemProperty().get()))
                .isEqualTo("Cannot save registrations: disk is read-only. Check the disk, then restart the kiosk");
        bar.onStorage(new StorageHealth.Failing(Reason.CORRUPT, SINCE));
        assertThat(be.sitegate.ui.shared.I18n.text(english, bar.storageProblemProperty().get()))
                .isEqualTo("Cannot save registrations: database damaged. Restore the latest backup, then restart the kiosk");
    }
}
