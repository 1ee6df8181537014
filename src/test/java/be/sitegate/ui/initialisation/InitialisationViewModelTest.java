package be.sitegate.ui.initialisation;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.KioskHarness;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Language;
import be.sitegate.ui.shared.LanguageChoice;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InitialisationViewModelTest {

    private final KioskHarness h = new KioskHarness();
    private boolean opened;
    private final InitialisationViewModel vm = new InitialisationViewModel(h.services.initialisation(),
            Threads.direct(), h.session.zone(), new LanguageChoice(new I18n(Locale.ENGLISH), Language.ALL),
            InitialisationViewModel.Exits.opened(() -> opened = true));

    private void fill(String user, String workplace) {
        vm.usernameProperty().set(user);
        vm.workplaceProperty().set(workplace);
    }

    @Test
    void successShowsWhatTheKioskWasOpenedFor() {
        fill("foreman", "1Y101DRUNWB5Z");
        char[] password = "secret".toCharArray();
        vm.onSubmit(password);

        assertThat(password).containsOnly('\0');
        assertThat(vm.phaseProperty().get()).isEqualTo(InitialisationViewModel.Phase.SUMMARY);
        assertThat(vm.summaryWorkplaceProperty().get()).isEqualTo("1Y101DRUNWB5Z");
        assertThat(vm.summaryAddressProperty().get()).isEqualTo("Kerkstraat 12, 9000 Gent");
        assertThat(vm.summarySectorProperty().get()).isEqualTo(Msg.of("sector.CONSTRUCTION"));
        assertThat(vm.summaryModeProperty().get()).isEqualTo(Msg.of("mode.CIAW"));
        assertThat(vm.summaryCompanies()).hasSize(3).first().asString().contains("Bouwbedrijf Peeters NV");
        assertThat(vm.summaryWarningProperty().get()).isEqualTo(Msg.NONE);
        vm.onStart();
        assertThat(opened).isTrue();
    }

    @Test
    void aScannedDeclarationUrlFillsTheWorkplaceNumber() {
        fill("foreman", "https%3A%2F%2Fwww.socialsecurity.be%2Fdecl%3FworkplaceId%3D1Y101DRUNWB5Z");
        vm.onSubmit("secret".toCharArray());
        assertThat(vm.workplaceProperty().get()).isEqualTo("1Y101DRUNWB5Z");
        assertThat(vm.phaseProperty().get()).isEqualTo(InitialisationViewModel.Phase.SUMMARY);
    }

    @Test
    void refusalsAndInputMistakesAreExplained() {
        fill("foreman", "1Y101DRUNWB5Z");
        vm.onSubmit("wrong".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.error.BAD_CREDENTIALS"));

        fill("foreman", "1Y1111111111111");
        vm.onSubmit("secret".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.workplace.WRONG_LENGTH"));

        fill("foreman", "1Y999999999ZZ");
        vm.onSubmit("secret".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.error.UNKNOWN_WORKPLACE"));

        fill("", "1Y101DRUNWB5Z");
        vm.onSubmit("secret".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.error.missingUser"));
        assertThat(vm.phaseProperty().get()).isEqualTo(InitialisationViewModel.Phase.FORM);
    }

    @Test
    void anExplainedMistakeGoesAwayAsSoonAsItIsBeingCorrected() {
        fill("foreman", "");
        vm.onSubmit("secret".toCharArray());
        assertThat(vm.errorProperty().get()).isNotEqualTo(Msg.NONE);
        vm.workplaceProperty().set("1");
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.NONE);

        fill("nobody", "1Y101DRUNWB5Z");
        vm.onSubmit("wrong".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.error.BAD_CREDENTIALS"));
        vm.usernameProperty().set("foreman");
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.NONE);
    }

    @Test
    void offlineOffersYesterdaysDetailsWithAWarning() {
        h.open(Fixtures.CIAW_SITE);
        h.session.end();
        h.clock.advance(Duration.ofDays(1));
        h.central.setOnline(false);

        fill("foreman", "1Y101DRUNWB5Z");
        vm.onSubmit("whatever".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.offline"));
        assertThat(vm.cacheOfferProperty().get()).isEqualTo(Msg.of("init.offline.useCache", "23/11/2026"));

        vm.onUseCache();
        assertThat(vm.phaseProperty().get()).isEqualTo(InitialisationViewModel.Phase.SUMMARY);
        assertThat(vm.summaryWarningProperty().get()).isEqualTo(Msg.of("init.summary.cached", "24/11/2026"));
        assertThat(h.session.current()).hasValueSatisfying(i -> assertThat(i.fromCache()).isTrue());
    }

    @Test
    void offlineWithoutEarlierDetailsSaysTryLater() {
        h.central.setOnline(false);
        fill("foreman", "1Y101DRUNWB5Z");
        vm.onSubmit("secret".toCharArray());
        assertThat(vm.errorProperty().get()).isEqualTo(Msg.of("init.offline.noCache"));
        assertThat(vm.cacheOfferProperty().get()).isEqualTo(Msg.NONE);
    }
}
