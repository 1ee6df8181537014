package be.sitegate.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.ui.shared.Msg;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The administration without a screen: the state in words, and each action reaching its port once. */
class AdminViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z"); // 10:30 in Brussels

    private final List<String> calls = new ArrayList<>();
    private final AdminViewModel vm = new AdminViewModel(BRUSSELS, () -> NOW, "Nederlands",
            new AdminViewModel.Actions(() -> calls.add("sendNow"), () -> calls.add("reinitialise"),
                    () -> calls.add("exit"), () -> calls.add("back"), true),
            new AdminExports(Optional.empty(), Path.of("/media"), Runnable::run, () -> Locale.ENGLISH));

    private static SyncStatus offline(int waiting, Instant since, int toCheck, String error) {
        return new SyncStatus(Connection.OFFLINE, waiting, Optional.of(since), toCheck, Optional.of(since),
                Optional.ofNullable(error));
    }

    @Test
    void offlineWithAQueueSaysHowManySinceWhenAndWhatWentWrong() {
        vm.onSync(offline(3, Instant.parse("2026-11-23T06:05:00Z"), 2, "TIMEOUT"));

        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.offline"));
        assertThat(vm.failingSinceProperty().get()).isEqualTo(Msg.of("admin.failingSince", "07:05"));
        assertThat(vm.waitingProperty().get()).isEqualTo(Msg.of("admin.waiting", 3, "07:05"));
        assertThat(vm.toCheckProperty().get()).isEqualTo(Msg.of("status.attention", 2));
        assertThat(vm.lastErrorProperty().get()).isEqualTo(Msg.of("admin.error.TIMEOUT", "TIMEOUT"));
    }

    @Test
    void aQueueFromAnEarlierDayShowsTheDayToo() {
        vm.onSync(offline(1, Instant.parse("2026-11-21T15:00:00Z"), 0, null));

        assertThat(vm.waitingProperty().get()).isEqualTo(Msg.of("admin.waiting", 1, "21/11 16:00"));
        assertThat(vm.toCheckProperty().get()).isEqualTo(Msg.of("admin.toCheck.none"));
        assertThat(vm.lastErrorProperty().get()).isEqualTo(Msg.of("admin.error.none"));
    }

    @Test
    void onlineThereIsNoTroubleTimeAndNothingWaiting() {
        vm.onSync(SyncStatus.online(0));

        assertThat(vm.connectionProperty().get()).isEqualTo(Msg.of("status.online"));
        assertThat(vm.failingSinceProperty().get().isNone()).isTrue();
        assertThat(vm.waitingProperty().get()).isEqualTo(Msg.of("status.queue.empty"));
    }

    @Test
    void aKnownReasonWithDetailIsTranslatedAndKeepsTheDetail() {
        assertThat(LastErrorText.of(Optional.of("SERVER_ERROR (HTTP 500)")))
                .isEqualTo(Msg.of("admin.error.SERVER_ERROR", "SERVER_ERROR, HTTP 500"));
    }

    @Test
    void anUnknownCodeStillShowsAsItself() {
        assertThat(LastErrorText.of(Optional.of("INVALID_WORKPLACE")))
                .isEqualTo(Msg.of("admin.error.other", "INVALID_WORKPLACE"));
    }

    @Test
    void theReaderAndTheDefaultLanguageAreShown() {
        vm.onReader(ReaderStatus.NO_READER);

        assertThat(vm.readerProperty().get()).isEqualTo(Msg.of("status.reader.NO_READER"));
        assertThat(vm.defaultLanguage()).isEqualTo("Nederlands");
    }

    @Test
    void sendNowCallsThePortAndSaysSo() {
        vm.onSendNow();

        assertThat(calls).containsExactly("sendNow");
        assertThat(vm.feedbackProperty().get()).isEqualTo(Msg.of("admin.sentNow"));
        vm.open();
        assertThat(vm.feedbackProperty().get().isNone()).as("a new visit starts clean").isTrue();
    }

    @Test
    void exitAsksFirstAndOnlyAYesExits() {
        vm.onExit();
        assertThat(vm.confirmingExitProperty().get()).isTrue();
        assertThat(calls).isEmpty();

        vm.onExitCancelled();
        assertThat(vm.confirmingExitProperty().get()).isFalse();
        assertThat(calls).isEmpty();

        vm.onExit();
        vm.onExitConfirmed();
        assertThat(calls).containsExactly("exit");
    }

    @Test
    void reinitialiseAndBackLeaveThroughTheirExits() {
        vm.onReinitialise();
        vm.onBack();

        assertThat(calls).containsExactly("reinitialise", "back");
    }

    @Test
    void theErrorHistoryIsShownNewestFirstEachWithItsTimeAndPlainWords() {
        var history = new be.sitegate.kiosk.ErrorHistory(java.time.Clock.fixed(NOW, BRUSSELS));
        history.record(be.sitegate.kiosk.ErrorHistory.Source.DELIVERY, "SERVER_ERROR (HTTP 500)");
        history.record(be.sitegate.kiosk.ErrorHistory.Source.CERTIFICATE, "CLIENT_REFUSED");
        history.record(be.sitegate.kiosk.ErrorHistory.Source.STORAGE, "FULL");
        history.record(be.sitegate.kiosk.ErrorHistory.Source.CARD_READER, "NO_SERVICE");
        history.record(be.sitegate.kiosk.ErrorHistory.Source.STORAGE, "SOMETHING_NEW");

        vm.onErrors(history.recent());

        assertThat(vm.errors()).containsExactly(
                Msg.of("admin.history.line", "10:30", Msg.of("admin.error.other", "SOMETHING_NEW")),
                Msg.of("admin.history.line", "10:30", Msg.of("status.reader.NO_SERVICE")),
                Msg.of("admin.history.line", "10:30", Msg.of("status.storage.FULL")),
                Msg.of("admin.history.line", "10:30", Msg.of("admin.error.CLIENT_REFUSED", "CLIENT_REFUSED")),
                Msg.of("admin.history.line", "10:30", Msg.of("admin.error.SERVER_ERROR", "SERVER_ERROR, HTTP 500")));
        assertThat(vm.errorHistoryKept()).as("built without a history").isFalse();
    }

    @Test
    void theErrorsAndTheExportsTakeTheStatesPlaceOneAtATimeAndAVisitStartsOnTheState() {
        vm.onShowErrors();
        assertThat(vm.errorsShownProperty().get()).isTrue();
        vm.onShowExports();
        assertThat(vm.errorsShownProperty().get()).isFalse();
        assertThat(vm.exportsShownProperty().get()).isTrue();
        vm.onShowErrors();
        assertThat(vm.exportsShownProperty().get()).isFalse();
        vm.open();
        assertThat(vm.errorsShownProperty().get()).isFalse();
    }
}
