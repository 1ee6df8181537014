package be.sitegate.ui.shared;

import java.util.List;
import java.util.Objects;

/**
 * The languages a screen offers and the one in use: what a view model hands its language bar, so
 * the idle and the morning screens switch language the same way.
 */
public final class LanguageChoice {

    private final I18n i18n;
    private final List<Language> languages;

    public LanguageChoice(I18n i18n, List<Language> languages) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.languages = List.copyOf(languages);
    }

    /** Every language the kiosk speaks, most used first (the bar shows as many of the first as fit). */
    public List<Language> languages() {
        return languages;
    }

    public boolean isCurrent(Language language) {
        return language.locale().equals(i18n.locale());
    }

    public void choose(Language language) {
        i18n.setLocale(language.locale());
    }
}
