package be.sitegate.ui.shared;

import java.util.List;
import java.util.Locale;

/** A language the kiosk speaks, with its name written in that language for the idle screen's buttons. */
public record Language(Locale locale, String ownName) {

    public static final List<Language> ALL = List.of(
            new Language(Locale.forLanguageTag("nl"), "Nederlands"),
            new Language(Locale.forLanguageTag("fr"), "Français"),
            new Language(Locale.forLanguageTag("de"), "Deutsch"),
            new Language(Locale.forLanguageTag("en"), "English"),
            new Language(Locale.forLanguageTag("pl"), "Polski"),
            new Language(Locale.forLanguageTag("ro"), "Română"),
            new Language(Locale.forLanguageTag("pt"), "Português"));

    public String code() {
        return locale.getLanguage();
    }
}
