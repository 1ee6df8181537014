package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Language;
import be.sitegate.ui.shared.Threads;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code kiosk.languages}: the site chooses which language buttons its workers see, and in which order. */
class OfferedLanguagesTest {

    private static KioskViewModel kioskOffering(List<String> codes) {
        KioskHarness h = new KioskHarness(KioskSettings.defaults().withLanguages(codes));
        return new KioskViewModel(h.services, Threads.direct(), new ManualCountdown(), new I18n(Locale.ENGLISH));
    }

    private static List<String> codes(List<Language> languages) {
        return languages.stream().map(Language::code).toList();
    }

    @Test
    void theIdleScreenAndTheMorningScreenOfferTheSitesLanguagesInItsOrder() {
        KioskViewModel vm = kioskOffering(List.of("pl", "nl", "ro", "fr"));
        assertThat(codes(vm.idle.languages())).containsExactly("pl", "nl", "ro", "fr");
        assertThat(codes(vm.initialisation.languages().languages())).containsExactly("pl", "nl", "ro", "fr");
    }

    @Test
    void noListOffersEveryLanguageTheKioskSpeaks() {
        assertThat(kioskOffering(List.of()).idle.languages()).isEqualTo(Language.ALL);
    }
}
