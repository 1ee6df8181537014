package be.sitegate.ui;

import be.sitegate.ui.initialisation.InitialisationViewModel;

/**
 * The one way to the site manager's actions (close the day, switch workplace, open the kiosk
 * again): every button that leads there calls {@link #open}. The PIN that the foreman issue adds
 * goes here, in front of {@code open}, so no other path can skip it.
 */
final class SiteManagerEntry {

    private final KioskFlow flow;
    private final InitialisationViewModel initialisation;

    SiteManagerEntry(KioskFlow flow, InitialisationViewModel initialisation) {
        this.flow = flow;
        this.initialisation = initialisation;
    }

    /** Shows the site manager's actions; left alone, the kiosk goes back to the workers after the choice timeout. */
    void open() {
        flow.beginTurn();
        initialisation.manage();
        flow.showWaiting(Screen.INITIALISATION);
    }

    /** The site manager started filling in the form: no timeout may take it away mid-typing. */
    void formTaken() {
        flow.beginTurn();
    }
}
