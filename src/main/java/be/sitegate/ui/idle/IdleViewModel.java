package be.sitegate.ui.idle;

import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Language;
import java.util.List;
import java.util.Objects;

/** "Insert your eID card or type your number", with the language buttons. */
public final class IdleViewModel {

    private final I18n i18n;
    private final Runnable typeNumber;
    private final Runnable typeLimosa;
    private final Runnable showAttendance;
    private final boolean attendanceAvailable;

    public IdleViewModel(I18n i18n, Runnable typeNumber, Runnable typeLimosa, Runnable showAttendance,
            boolean attendanceAvailable) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.typeNumber = typeNumber;
        this.typeLimosa = typeLimosa;
        this.showAttendance = showAttendance;
        this.attendanceAvailable = attendanceAvailable;
    }

    /** Whether the discreet button to the foreman's list is shown. */
    public boolean attendanceAvailable() {
        return attendanceAvailable;
    }

    public void onShowAttendance() {
        showAttendance.run();
    }

    public List<Language> languages() {
        return Language.ALL;
    }

    public boolean isCurrent(Language language) {
        return language.locale().equals(i18n.locale());
    }

    public void onLanguage(Language language) {
        i18n.setLocale(language.locale());
    }

    public void onTypeNumber() {
        typeNumber.run();
    }

    public void onTypeLimosa() {
        typeLimosa.run();
    }
}
