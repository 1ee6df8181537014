package be.sitegate.ui.idle;

import be.sitegate.ui.shared.Language;
import be.sitegate.ui.shared.LanguageChoice;
import java.util.List;
import java.util.Objects;

/** "Insert your eID card or type your number", with the language buttons. */
public final class IdleViewModel {

    private final LanguageChoice languages;
    private final Runnable typeNumber;
    private final Runnable typeLimosa;
    private final Runnable showAttendance;
    private final boolean attendanceAvailable;
    private final Runnable siteManager;
    private final Runnable admin;

    /**
     * @param siteManager the kiosk's one way to the site manager's actions (where the PIN will be asked)
     * @param admin the way to the administration screen, behind the same PIN
     */
    public IdleViewModel(LanguageChoice languages, Runnable typeNumber, Runnable typeLimosa, Runnable showAttendance,
            boolean attendanceAvailable, Runnable siteManager, Runnable admin) {
        this.languages = Objects.requireNonNull(languages, "languages");
        this.typeNumber = typeNumber;
        this.typeLimosa = typeLimosa;
        this.showAttendance = showAttendance;
        this.attendanceAvailable = attendanceAvailable;
        this.siteManager = siteManager;
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    public void onAdmin() {
        admin.run();
    }

    public void onSiteManager() {
        siteManager.run();
    }

    /** Whether the discreet button to the foreman's list is shown. */
    public boolean attendanceAvailable() {
        return attendanceAvailable;
    }

    public void onShowAttendance() {
        showAttendance.run();
    }

    public List<Language> languages() {
        return languageChoice().languages();
    }

    /** What the language bar shows and switches. */
    public LanguageChoice languageChoice() {
        return languages;
    }

    public boolean isCurrent(Language language) {
        return languageChoice().isCurrent(language);
    }

    public void onLanguage(Language language) {
        languageChoice().choose(language);
    }

    public void onTypeNumber() {
        typeNumber.run();
    }

    public void onTypeLimosa() {
        typeLimosa.run();
    }
}
