package be.sitegate.ui.shared;

import java.util.List;
import java.util.Locale;

/**
 * A language the kiosk speaks, with its name written in that language (and script) for the idle
 * screen's buttons. The seven of the first version, then the languages of the largest groups of
 * foreign workers on Belgian sites; those that do not fit on the row are in the language bar's picker.
 */
public record Language(Locale locale, String ownName) {

    public static final List<Language> ALL = List.of(
            new Language(Locale.forLanguageTag("nl"), "Nederlands"),
            new Language(Locale.forLanguageTag("fr"), "Français"),
            new Language(Locale.forLanguageTag("de"), "Deutsch"),
            new Language(Locale.forLanguageTag("en"), "English"),
            new Language(Locale.forLanguageTag("pl"), "Polski"),
            new Language(Locale.forLanguageTag("ro"), "Română"),
            new Language(Locale.forLanguageTag("pt"), "Português"),
            new Language(Locale.forLanguageTag("bg"), "Български"),
            new Language(Locale.forLanguageTag("es"), "Español"),
            new Language(Locale.forLanguageTag("it"), "Italiano"),
            new Language(Locale.forLanguageTag("sk"), "Slovenčina"),
            new Language(Locale.forLanguageTag("tr"), "Türkçe"),
            new Language(Locale.forLanguageTag("uk"), "Українська"),
            new Language(Locale.forLanguageTag("hu"), "Magyar"),
            new Language(Locale.forLanguageTag("lt"), "Lietuvių"));

    /** The languages of {@code codes} in that order, unknown codes left out; all of them when none is named. */
    public static List<Language> offered(List<String> codes) {
        if (codes.isEmpty()) {
            return ALL;
        }
        return codes.stream().flatMap(code -> ALL.stream().filter(l -> l.code().equals(code))).distinct().toList();
    }

    public String code() {
        return locale.getLanguage();
    }
}
