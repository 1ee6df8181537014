package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InitialisationScreenTest extends KioskUiTestBase {

    private void fillIn(String user, String password, String workplace) {
        clickOn("#username").write(user);
        clickOn("#password").write(password);
        clickOn("#workplace").write(workplace);
        clickOn("#submit");
    }

    @Test
    void aContractorOpensTheKioskAndSeesWhatFor() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);
        fillIn("foreman", "secret", "1Y101DRUNWB5Z");

        awaitTrue(() -> shown("#summaryWorkplace"));
        assertThat(text("#summaryWorkplace")).isEqualTo("1Y101DRUNWB5Z");
        assertThat(text("#summaryAddress")).isEqualTo("Kerkstraat 12, 9000 Gent");
        assertThat(text("#summaryMode")).isEqualTo("Checkinatwork – once a day");
        assertThat(lookup(".summary-company").queryAll()).hasSize(3);
        assertThat(shown("#summaryWarning")).isFalse();

        clickOn("#startButton");
        awaitScreen(Screen.IDLE);
        assertThat(text("#headline")).isEqualTo("Insert your eID card");
        assertThat(text("#workplace")).startsWith("1Y101DRUNWB5Z");
    }

    @Test
    void aWrongPasswordIsExplainedInPlainWords() throws Exception {
        launch(h -> { });
        fillIn("foreman", "guess", "1Y101DRUNWB5Z");
        awaitTrue(() -> shown("#error"));
        assertThat(text("#error")).isEqualTo("User name or password is wrong.");
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
    }

    @Test
    void offlineTheContractorCanReuseYesterdaysDetailsWithAWarning() throws Exception {
        launch(h -> {
            h.open(Fixtures.CIAW_SITE);
            h.session.end();
            h.clock.advance(Duration.ofDays(1));
            h.central.setOnline(false);
        });
        fillIn("foreman", "secret", "1Y101DRUNWB5Z");
        awaitTrue(() -> shown("#useCache"));
        assertThat(text("#error")).isEqualTo("The central service cannot be reached.");
        assertThat(text("#useCache")).isEqualTo("Use the details of 23/11/2026");

        clickOn("#useCache");
        awaitTrue(() -> shown("#summaryWarning"));
        assertThat(text("#summaryWarning")).startsWith("Offline: these details are from 24/11/2026");
        clickOn("#startButton");
        awaitScreen(Screen.IDLE);
    }
}
